#include "GuardCommand.h"

#include "CliText.h"
#include "ExitCode.h"
#include "FixSession.h"

#include "diagnostics/Scenario.h"
#include "diagnostics/SessionRecord.h"
#include "diagnostics/fix/AutoRevertGuard.h"
#include "diagnostics/fix/PrivilegedState.h"

#include <ostream>

namespace wsafix {

int runGuardCommand(const CommandLine& cl, std::ostream& out, std::ostream& err)
{
    const auto snapshot = cl.options.find("snapshot");
    const auto timeoutText = cl.options.find("timeout");
    if (snapshot == cl.options.end() || timeoutText == cl.options.end()) {
        err << cli::translate("GuardCommand",
                              "wsafix guard: --snapshot ID and --timeout S are both needed (see wsafix guard --help)")
            << "\n";
        return ExitUsage;
    }
    long long seconds = 0;
    try {
        std::size_t used = 0;
        seconds = std::stoll(timeoutText->second, &used);
        if (used != timeoutText->second.size())
            seconds = 0;
    } catch (const std::exception&) {
        seconds = 0;
    }
    if (seconds < 1 || seconds > 3600) {
        err << cli::format(cli::translate("GuardCommand",
                                          "wsafix guard: --timeout must be a whole number of seconds from 1 to 3600, "
                                          "not '%1'"),
                           {timeoutText->second})
            << "\n";
        return ExitUsage;
    }
    std::optional<AutoRevertGuard> guard;
    std::unique_ptr<FixSession> session;
    const auto sha256 = cl.options.find("sha256");
    const std::string expected = sha256 == cl.options.end() ? std::string() : sha256->second;
    try {
        session = std::make_unique<FixSession>(cl);
        // Its control files are where the session keeps what it trusts: the privileged folder of a root run.
        guard.emplace(session->trustedDir(), snapshot->second);
    } catch (const std::exception& e) {
        err << "wsafix guard: " << e.what() << "\n";
        return ExitUsage;
    }
    // As root, only the snapshot the arming fix step names by its manifest hash is restored.
    if (expected.empty() && !session->simulated() && runningPrivileged()) {
        err << cli::translate("GuardCommand", "wsafix guard: --sha256 HASH (the snapshot's manifest hash, given by the "
                                              "fix step that arms the guard) is needed when the guard runs as root")
            << "\n";
        return ExitUsage;
    }
    const std::string machine = session->factory().machine();
    // The restore runs on the machine as it is then (a fresh session: the fix step saved it after the change).
    const auto restore = [&cl](const Snapshot& taken) {
        FixSession now(cl);
        const auto fix = now.factory().create(taken.fixId);
        FixReport report = now.runner().restore(*fix, taken);
        report.detail = "auto-revert guard: connectivity was not confirmed in time; " + report.detail;
        now.record(report);
        now.record().note("the auto-revert guard put back snapshot " + taken.id);
        now.save();
        return report;
    };
    const GuardOutcome outcome = guard->watch(session->snapshots(), session->journal(), machine,
                                              std::chrono::seconds(seconds), restore, expected);
    out << utcNow() << " guard of snapshot " << snapshot->second << ": " << outcome.outcome << ": " << outcome.detail
        << "\n";
    return outcome.outcome == "confirmed" || outcome.outcome == "restored" ? ExitFine : ExitProblems;
}

} // namespace wsafix
