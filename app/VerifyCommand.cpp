#include "VerifyCommand.h"

#include "ExitCode.h"
#include "IntakeOptions.h"

#include "diagnostics/InventoryJson.h"
#include "diagnostics/Scenario.h"
#include "diagnostics/SessionStore.h"
#include "diagnostics/SystemFactory.h"
#include "diagnostics/Verifier.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cstdio>
#include <ostream>

namespace wsafix {
namespace {

std::string milliseconds(double ms)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f ms", ms);
    return text;
}

std::string machine(const SystemInfo& sys)
{
    return (sys.backend == "simulated" ? "simulated machine '" + sys.scenario + "'" : std::string("this machine")) +
           " (" + sys.hostname + ", " + sys.os + ")";
}

std::string states(const std::map<std::string, int>& counts)
{
    if (counts.empty())
        return "none";
    std::string text;
    for (const auto& [state, count] : counts)
        text += (text.empty() ? "" : ", ") + state + " " + std::to_string(count);
    return text;
}

void printComparison(std::ostream& out, const BaselineComparison& c)
{
    const std::string scope = c.socketScope.empty() ? std::string("the whole machine") : c.socketScope;
    if (!c.compared) {
        out << "No comparison with detect: " << c.reason << ".\n";
        out << "  TCP sockets of " << scope << " now: " << states(c.socketStatesAfter) << "\n";
        return;
    }
    out << "Since detect:\n";
    out << "  catalog: " << c.catalogAdded.size() << " added, " << c.catalogRemoved.size()
        << " removed; layered providers " << c.layeredBefore << " -> " << c.layeredAfter << "\n";
    for (const auto& e : c.catalogRemoved)
        out << "    - " << e.catalogId << " " << e.name << " (" << e.providerPath << ")\n";
    for (const auto& e : c.catalogAdded)
        out << "    + " << e.catalogId << " " << e.name << " (" << e.providerPath << ")\n";
    out << "  TCP sockets of " << scope << ": before " << states(c.socketStatesBefore) << "; now "
        << states(c.socketStatesAfter) << "\n";
    out << "  adapters: " << (c.adapterChanges.empty() ? "no change" : "") << "\n";
    for (const auto& a : c.adapterChanges)
        out << "    " << a.name << " (" << a.id << "): " << a.change << "\n";
    out << "  new events: " << c.newEvents.size() << "\n";
    for (const auto& e : c.newEvents)
        out << "    " << e.time << " " << e.source << " " << e.eventId << ": " << e.message << "\n";
    for (const auto& p : c.lostProbes)
        out << "  unavailable now: " << p << "\n";
}

void printText(std::ostream& out, const SystemInfo& sys, const Verification& v, const std::string& sessionId,
               const SessionStore& store)
{
    out << "wsafix verify: " << machine(sys) << "\n\n";
    if (!v.host.empty()) {
        if (v.resolution) {
            out << "Name " << v.host << ": ";
            if (v.resolution->resolved) {
                out << "resolves to";
                for (const auto& a : v.resolution->addresses)
                    out << " " << a;
                out << "\n";
            } else {
                out << "does not resolve (" << v.resolution->error << ")\n";
            }
        }
        out << "Connections to " << v.host << ":" << v.port << " (" << v.attempts.size() << " of " << v.count
            << " attempts, " << v.timeoutMs << " ms time-out each):\n";
        for (std::size_t i = 0; i < v.attempts.size(); ++i) {
            const auto& a = v.attempts[i];
            out << "  " << (i + 1) << "  " << (a.result.connected ? "connected" : "failed   ") << "  "
                << a.result.address << "  " << milliseconds(a.result.milliseconds);
            if (!a.result.connected) {
                out << "  " << (a.errorName.empty() ? a.result.error : a.errorName);
                if (a.errorCatalogCode)
                    out << " (" << a.errorCatalogCode << ")";
                if (!a.errorMeaning.empty())
                    out << ": " << a.errorMeaning;
            }
            out << "\n";
        }
        out << "\n";
    }
    printComparison(out, v.comparison);
    if (!v.comparison.findings.empty()) {
        out << "\nFindings:\n";
        for (const auto& f : v.comparison.findings)
            out << "  [" << f.status << "] " << f.finding.title << "\n";
    }
    const std::string verdict = v.verdict == "fixed"       ? "FIXED"
                                : v.verdict == "not-fixed" ? "NOT FIXED"
                                                           : "COULD NOT VERIFY";
    out << "\nVerdict: " << verdict << ". " << v.reason << "\n";
    if (!v.nextSteps.empty()) {
        out << "Next:\n";
        for (const auto& s : v.nextSteps)
            out << "  - " << s.text << "\n";
    }
    out << "\nVerification saved in session " << sessionId << " (" << store.stateDir().string() << ")\n";
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
        err << "wsafix verify: --host and --port are required (the target the failing program connects to)\n";
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
            err << "wsafix verify: --count '" << text << "' is not a number of attempts (1-" << VerifyRequest::kMaxCount
                << ")\n";
            return ExitUsage;
        }
        request.count = count;
    }

    std::unique_ptr<System> system;
    try {
        system = createSystem(cl.scenario);
    } catch (const ScenarioError& e) {
        err << "wsafix: " << e.what() << "\n";
        return ExitUsage;
    }
    const SystemInfo info = system->info();
    SessionStore store(cl.stateDir);
    std::string note;
    std::optional<SessionRecord> found;
    try {
        found = baselineSession(store, cl.scenario, info, note);
    } catch (const SessionError& e) {
        err << "wsafix verify: " << e.what() << "\n";
        return ExitUsage;
    }
    SessionRecord record;
    if (found) {
        record = std::move(*found);
        if (!resumeSimulatedFixes(*system, record.simulatedFixes))
            err << "wsafix verify: some fixes of the session are not simulated by this scenario\n";
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
        err << "wsafix: " << e.what() << "\n";
        return ExitInternal;
    }

    if (cl.options.count("json"))
        out << verifyDocument(info, record.id, v).dump(2) << "\n";
    else
        printText(out, info, v, record.id, store);
    return v.verdict == "fixed" ? ExitFine : ExitProblems;
}

} // namespace wsafix
