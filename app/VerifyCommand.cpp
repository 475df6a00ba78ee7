#include "VerifyCommand.h"

#include "CliText.h"
#include "ExitCode.h"
#include "IntakeOptions.h"

#include "diagnostics/InventoryJson.h"
#include "diagnostics/Scenario.h"
#include "diagnostics/SessionStore.h"
#include "diagnostics/SystemFactory.h"
#include "diagnostics/Verifier.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <ostream>

namespace wsafix {
namespace {

using cli::format;
using cli::translate;

std::string milliseconds(double ms)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", ms);
    return format(translate("VerifyCommand", "%1 ms"), {text});
}

std::string machine(const SystemInfo& sys)
{
    const std::string name = sys.backend == "simulated"
                                 ? format(translate("VerifyCommand", "simulated machine '%1'"), {sys.scenario})
                                 : translate("VerifyCommand", "this machine");
    return format(translate("VerifyCommand", "%1 (%2, %3)"), {name, sys.hostname, sys.os});
}

std::string states(const std::map<std::string, int>& counts)
{
    if (counts.empty())
        return translate("VerifyCommand", "none");
    std::string text;
    for (const auto& [state, count] : counts)
        text += (text.empty() ? "" : ", ") + state + " " + std::to_string(count);
    return text;
}

void printComparison(std::ostream& out, const BaselineComparison& c)
{
    const std::string scope = c.socketScope.empty() ? translate("VerifyCommand", "the whole machine") : c.socketScope;
    if (!c.compared) {
        out << format(translate("VerifyCommand", "No comparison with detect: %1."), {cli::engineText(c.reason)})
            << "\n";
        out << "  "
            << format(translate("VerifyCommand", "TCP sockets of %1 now: %2"), {scope, states(c.socketStatesAfter)})
            << "\n";
        return;
    }
    out << translate("VerifyCommand", "Since detect:") << "\n";
    out << "  "
        << format(translate("VerifyCommand", "catalog: %1 added, %2 removed; layered providers %3 -> %4"),
                  {std::to_string(c.catalogAdded.size()), std::to_string(c.catalogRemoved.size()),
                   std::to_string(c.layeredBefore), std::to_string(c.layeredAfter)})
        << "\n";
    for (const auto& e : c.catalogRemoved)
        out << "    - " << e.catalogId << " " << e.name << " (" << e.providerPath << ")\n";
    for (const auto& e : c.catalogAdded)
        out << "    + " << e.catalogId << " " << e.name << " (" << e.providerPath << ")\n";
    out << "  "
        << format(translate("VerifyCommand", "TCP sockets of %1: before %2; now %3"),
                  {scope, states(c.socketStatesBefore), states(c.socketStatesAfter)})
        << "\n";
    out << "  "
        << (c.adapterChanges.empty() ? translate("VerifyCommand", "adapters: no change")
                                     : translate("VerifyCommand", "adapters:"))
        << "\n";
    for (const auto& a : c.adapterChanges)
        out << "    " << a.name << " (" << a.id << "): " << a.change << "\n";
    out << "  " << format(translate("VerifyCommand", "new events: %1"), {std::to_string(c.newEvents.size())}) << "\n";
    for (const auto& e : c.newEvents)
        out << "    " << e.time << " " << e.source << " " << e.eventId << ": " << e.message << "\n";
    for (const auto& p : c.lostProbes)
        out << "  " << format(translate("VerifyCommand", "unavailable now: %1"), {cli::engineText(p)}) << "\n";
}

std::string verdictText(const std::string& verdict)
{
    if (verdict == "fixed")
        return translate("VerifyCommand", "FIXED");
    if (verdict == "works")
        return translate("VerifyCommand", "WORKS (nothing was fixed)");
    if (verdict == "not-fixed")
        return translate("VerifyCommand", "NOT FIXED");
    return translate("VerifyCommand", "COULD NOT VERIFY");
}

std::string findingStatus(const std::string& status)
{
    if (status == "resolved")
        return translate("VerifyCommand", "resolved");
    if (status == "still-present")
        return translate("VerifyCommand", "still-present");
    if (status == "new")
        return translate("VerifyCommand", "new");
    if (status == "not-rechecked")
        return translate("VerifyCommand", "not-rechecked");
    return status;
}

void printText(std::ostream& out, const SystemInfo& sys, const Verification& v, const std::string& sessionId,
               const SessionStore& store)
{
    out << format(translate("VerifyCommand", "wsafix verify: %1"), {machine(sys)}) << "\n\n";
    if (!v.host.empty()) {
        if (v.resolution) {
            std::string addresses;
            for (const auto& a : v.resolution->addresses)
                addresses += " " + a;
            out << (v.resolution->resolved
                        ? format(translate("VerifyCommand", "Name %1: resolves to%2"), {v.host, addresses})
                        : format(translate("VerifyCommand", "Name %1: does not resolve (%2)"),
                                 {v.host, v.resolution->error}))
                << "\n";
        }
        out << format(translate("VerifyCommand", "Connections to %1:%2 (%3 of %4 attempts, %5 ms time-out each):"),
                      {v.host, std::to_string(v.port), std::to_string(v.attempts.size()), std::to_string(v.count),
                       std::to_string(v.timeoutMs)})
            << "\n";
        const std::string connected = translate("VerifyCommand", "connected");
        const std::string failed = translate("VerifyCommand", "failed");
        const std::size_t width = std::max(cli::textWidth(connected), cli::textWidth(failed));
        for (std::size_t i = 0; i < v.attempts.size(); ++i) {
            const auto& a = v.attempts[i];
            const std::string& result = a.result.connected ? connected : failed;
            out << "  " << (i + 1) << "  " << result << std::string(width - cli::textWidth(result), ' ') << "  "
                << a.result.address << "  " << milliseconds(a.result.milliseconds);
            if (!a.result.connected) {
                out << "  " << (a.errorName.empty() ? a.result.error : a.errorName);
                if (a.errorCatalogCode)
                    out << " (" << a.errorCatalogCode << ")";
                if (!a.errorMeaning.empty())
                    out << ": " << cli::engineText(a.errorMeaning);
            }
            out << "\n";
        }
        out << "\n";
    }
    printComparison(out, v.comparison);
    if (!v.comparison.findings.empty()) {
        out << "\n" << translate("VerifyCommand", "Findings:") << "\n";
        for (const auto& f : v.comparison.findings)
            out << "  [" << findingStatus(f.status) << "] " << cli::engineText(f.finding.title) << "\n";
    }
    out << "\n"
        << format(translate("VerifyCommand", "Verdict: %1. %2"), {verdictText(v.verdict), cli::engineText(v.reason)})
        << "\n";
    if (!v.nextSteps.empty()) {
        out << translate("VerifyCommand", "Next:") << "\n";
        for (const auto& s : v.nextSteps)
            out << "  - " << cli::engineText(s.text) << "\n";
    }
    out << "\n"
        << format(translate("VerifyCommand", "Verification saved in session %1 (%2)"),
                  {sessionId, store.stateDir().string()})
        << "\n";
}

// The latest session of the state directory, if it examined the same machine this command examines.
std::optional<SessionRecord> baselineSession(const SessionStore& store, const std::string& scenario,
                                             const SystemInfo& info, std::string& note)
{
    std::optional<SessionRecord> latest = store.latest();
    if (!latest)
        return std::nullopt;
    if (latest->scenario != scenario || latest->system.backend != info.backend) {
        note = "the latest session (" + latest->id + ") examined " +
               (latest->scenario.empty() ? std::string("a real machine") : "the scenario '" + latest->scenario + "'");
        return std::nullopt;
    }
    return latest;
}

} // namespace

int runVerifyCommand(const CommandLine& cl, std::ostream& out, std::ostream& err)
{
    Intake target;
    if (const auto problem = intakeFromOptions(cl.options, target); !problem.empty()) {
        err << "wsafix verify: " << problem << "\n";
        return ExitUsage;
    }
    if (target.host.empty()) {
        err << translate("VerifyCommand",
                         "wsafix verify: --host and --port are required (the target the failing program connects to)")
            << "\n";
        return ExitUsage;
    }
    VerifyRequest request;
    request.host = target.host;
    request.port = target.port;
    if (const auto it = cl.options.find("count"); it != cl.options.end()) {
        const std::string& text = it->second;
        int count = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), count);
        if (ec != std::errc() || end != text.data() + text.size() || count < 1 || count > VerifyRequest::kMaxCount) {
            err << format(translate("VerifyCommand", "wsafix verify: --count '%1' is not a number of attempts (1-%2)"),
                          {text, std::to_string(VerifyRequest::kMaxCount)})
                << "\n";
            return ExitUsage;
        }
        request.count = count;
    }

    std::unique_ptr<System> system;
    try {
        system = createSystem(cl.scenario);
    } catch (const ScenarioError& e) {
        err << "wsafix: " << cli::engineText(e.what()) << "\n";
        return ExitUsage;
    }
    const SystemInfo info = system->info();
    SessionStore store(cl.stateDir);
    std::string note;
    std::optional<SessionRecord> found;
    try {
        found = baselineSession(store, cl.scenario, info, note);
    } catch (const SessionError& e) {
        err << "wsafix verify: " << cli::engineText(e.what()) << "\n";
        return ExitUsage;
    }
    SessionRecord record;
    if (found) {
        record = std::move(*found);
        if (!resumeSimulatedFixes(*system, record.simulatedFixes))
            err << translate("VerifyCommand",
                             "wsafix verify: some fixes of the session are not simulated by this scenario")
                << "\n";
    } else {
        // Not started yet (no id): the verifier then says there was no session; the id comes before the save.
        record.scenario = cl.scenario;
        record.system = info;
        record.intake.host = target.host;
        record.intake.port = target.port;
    }

    request.noBaselineReason = note;
    VerifyRun run = Verifier(*system).run(record, request);
    const Verification& v = run.verification;
    if (record.id.empty()) {
        const SessionRecord started = SessionRecord::start();
        record.id = started.id;
        record.created = started.created;
    }
    record.verification = v;
    record.step = "verify";
    record.note("verify " + target.host + ":" + std::to_string(target.port) + ": " + v.verdict + " (" + v.reason + ")");
    try {
        store.save(record);
    } catch (const SessionError& e) {
        err << "wsafix: " << cli::engineText(e.what()) << "\n";
        return ExitInternal;
    }

    if (cl.options.count("json"))
        out << verifyDocument(info, record.id, v).dump(2) << "\n";
    else
        printText(out, info, v, record.id, store);
    // A script asks "is it still broken?": fixed, or nothing to fix and the target works, is 0.
    return v.verdict == "fixed" || v.verdict == "works" ? ExitFine : ExitProblems;
}

} // namespace wsafix
