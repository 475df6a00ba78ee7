#include "diagnostics/report/ReportModel.h"

#include "diagnostics/Names.h"
#include "diagnostics/SocketText.h"
#include "diagnostics/errors/Decoder.h"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace wsafix {
namespace {

std::vector<ReportCount> sortedCounts(const std::unordered_map<std::string, std::size_t>& counts)
{
    std::vector<ReportCount> out;
    out.reserve(counts.size());
    for (const auto& [name, count] : counts)
        out.push_back({name, count});
    std::sort(out.begin(), out.end(), [](const ReportCount& a, const ReportCount& b) {
        return a.count != b.count ? a.count > b.count : a.name < b.name;
    });
    return out;
}

std::string stateOf(const SocketEntry& s)
{
    return s.transport == Transport::Udp ? std::string("UDP") : std::string(tcpStateName(s.state));
}

ReportIntake intakeOf(const Intake& in)
{
    ReportIntake out;
    out.code = in.code;
    if (!in.code.empty()) {
        const DecodeResult decoded = decodeError(in.code);
        out.decodeStatus = std::string(decodeStatusName(decoded.status));
        if (decoded.entry) {
            out.errorName = std::string(decoded.entry->name);
            out.errorCode = decoded.entry->code;
            out.errorHex = errorHex(decoded.entry->code);
            out.message = std::string(decoded.entry->systemMessage);
            out.meaning = std::string(decoded.meaning());
        }
    }
    if (!in.process.empty() || in.pid)
        out.application = in.process + (in.pid ? (in.process.empty() ? "PID " : " (PID ") + std::to_string(in.pid) +
                                                     (in.process.empty() ? "" : ")")
                                               : std::string());
    if (!in.host.empty())
        out.target = endpointText(in.host, in.port);
    out.ticket = in.ticket;
    return out;
}

SocketSummary socketsOf(const std::vector<SocketEntry>& sockets, const Intake& intake)
{
    SocketSummary out;
    out.total = sockets.size();
    std::unordered_map<std::string, std::size_t> states, targetStates, processes;
    for (const auto& s : sockets) {
        ++states[stateOf(s)];
        ++processes[s.pid ? (s.processName.empty() ? "PID " + std::to_string(s.pid)
                                                   : s.processName + " (" + std::to_string(s.pid) + ")")
                          : std::string("(owner unknown)")];
        if (isTargetSocket(s, intake)) {
            out.target.push_back(s);
            ++targetStates[stateOf(s)];
        }
    }
    out.byState = sortedCounts(states);
    out.targetByState = sortedCounts(targetStates);
    auto all = sortedCounts(processes);
    for (std::size_t i = SocketSummary::kTopProcesses; i < all.size(); ++i) {
        ++out.otherProcesses;
        out.otherProcessSockets += all[i].count;
    }
    all.resize(std::min(all.size(), SocketSummary::kTopProcesses));
    out.topProcesses = std::move(all);
    return out;
}

ProbeSeriesStats statsOf(const std::vector<VerifyAttempt>& attempts)
{
    ProbeSeriesStats out;
    out.attempts = attempts.size();
    double sum = 0;
    for (const auto& a : attempts) {
        if (!a.result.resolved)
            ++out.unresolved;
        if (!a.result.connected)
            continue;
        const double ms = a.result.milliseconds;
        out.minMs = out.connected == 0 ? ms : std::min(out.minMs, ms);
        out.maxMs = std::max(out.maxMs, ms);
        sum += ms;
        ++out.connected;
    }
    out.avgMs = out.connected ? sum / static_cast<double>(out.connected) : 0;
    return out;
}

std::string fixTitle(const ReportOptions& options, const std::string& fixId)
{
    return options.fixTitle ? options.fixTitle(fixId) : fixId;
}

// "Remove the layered provider 1010 (`remove-provider:1010`)", or just the id when there is no title.
std::string fixPhrase(const ReportOptions& options, const std::string& fixId)
{
    return options.fixTitle ? options.fixTitle(fixId) + " (`" + fixId + "`)" : "`" + fixId + "`";
}

std::string verifyCommand(const Intake& in)
{
    return in.host.empty() ? std::string("wsafix verify --host HOST --port PORT")
                           : "wsafix verify --host " + in.host + " --port " + std::to_string(in.port);
}

// Recommended fixes of `findings` that no action has applied yet, least invasive first as the rules order them.
std::vector<std::string> untriedFixes(const std::vector<Finding>& findings, const std::vector<Action>& actions)
{
    std::set<std::string> tried;
    for (const auto& a : actions)
        tried.insert(a.fixId);
    std::vector<std::string> out;
    for (const auto& f : findings)
        for (const auto& fix : f.fixes)
            if (!tried.count(fix) && std::find(out.begin(), out.end(), fix) == out.end())
                out.push_back(fix);
    return out;
}

std::vector<std::string> nextStepsOf(const SessionRecord& r, const ReportModel& m, const ReportOptions& options)
{
    std::vector<std::string> steps;
    if (!r.inventory) {
        steps.push_back("Examine the computer first: open the wizard or run `wsafix detect`.");
        return steps;
    }
    const auto appFinding = std::any_of(r.findings.begin(), r.findings.end(),
                                        [](const Finding& f) { return f.id == "app-reconnect-pattern"; });
    if (m.verdict == "fixed") {
        steps.push_back("Close the ticket and attach this report: the verification above shows the fix held.");
        steps.push_back("If the error comes back, run wsafix again and compare with this report.");
        return steps;
    }
    if (m.verdict == "not-fixed") {
        const auto untried = untriedFixes(r.verification->remainingFindings, r.actions);
        if (!untried.empty())
            steps.push_back("Try the next recommended fix: " + fixPhrase(options, untried.front()) +
                            ", then verify again.");
        for (const auto& a : r.actions)
            if (!a.snapshotId.empty() && a.outcome == "applied") {
                steps.push_back("If the change made things worse, roll it back: `wsafix snapshots restore " +
                                a.snapshotId + "`.");
                break;
            }
        steps.push_back("If it still fails, escalate the ticket with this report attached.");
        return steps;
    }
    if (m.verdict == "could-not-verify") {
        steps.push_back("Verify again when the reason above no longer applies: `" + verifyCommand(r.intake) + "`.");
        steps.push_back("If it cannot be verified, escalate the ticket with this report attached.");
        return steps;
    }
    // Not verified yet.
    if (r.findings.empty()) {
        steps.push_back("Nothing on this computer explains the error: the failing program itself is the likely "
                        "cause. Send this report to its developers.");
        return steps;
    }
    if (appFinding)
        steps.push_back("Send this report to the developers of the failing program: its sockets show the pattern "
                        "that causes this error (see the findings).");
    const auto untried = untriedFixes(r.findings, r.actions);
    if (r.actions.empty() && !untried.empty())
        steps.push_back("Apply the recommended fix, least invasive first: " + fixPhrase(options, untried.front()) +
                        ".");
    steps.push_back("Then verify that the fix held: `" + verifyCommand(r.intake) + "`.");
    return steps;
}

} // namespace

std::string ReportModel::verdictLabelOf(const std::string& verdict)
{
    if (verdict == "fixed")
        return "Fixed";
    if (verdict == "works")
        return "Works (nothing was fixed)";
    if (verdict == "not-fixed")
        return "Not fixed";
    if (verdict == "could-not-verify")
        return "Could not verify";
    return "Not verified";
}

ReportModel buildReportModel(const SessionRecord& r, const ReportOptions& options)
{
    ReportModel m;
    m.sessionId = r.id;
    m.created = r.created;
    m.updated = r.updated;
    m.generated = options.generated.empty() ? utcNow() : options.generated;
    m.step = r.step;
    m.redacted = options.redacted;
    m.redactions = options.redactions;
    m.intake = intakeOf(r.intake);
    m.machine = r.system;
    m.scenario = r.scenario;
    m.examined = r.inventory.has_value();
    m.findings = r.findings;
    for (const auto& a : r.actions)
        m.actions.push_back({a, fixTitle(options, a.fixId)});
    m.snapshots = r.snapshots;
    m.verification = r.verification;
    m.verdict = r.verification ? r.verification->verdict : std::string("not-verified");
    m.verdictLabel = ReportModel::verdictLabelOf(r.verification ? r.verification->verdict : std::string());
    if (r.verification)
        m.series = statsOf(r.verification->attempts);
    if (r.inventory) {
        const Inventory& inv = *r.inventory;
        m.probes = inv.probes;
        m.catalog = inv.catalog;
        m.sockets = socketsOf(inv.sockets, r.intake);
        m.adapters = inv.adapters;
        m.totalEvents = inv.events.size();
        m.events = inv.events;
        std::stable_sort(m.events.begin(), m.events.end(),
                         [](const EventEntry& a, const EventEntry& b) { return a.time > b.time; });
        if (m.events.size() > options.maxEvents)
            m.events.resize(options.maxEvents);
        m.connectivity = inv.connectivity;
    }
    m.nextSteps = nextStepsOf(r, m, options);
    m.timeline = r.timeline;
    return m;
}

} // namespace wsafix
