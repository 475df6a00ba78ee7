#include "FixCommand.h"

#include "CliText.h"
#include "ExitCode.h"
#include "FixSession.h"

#include "diagnostics/Scenario.h"
#include "diagnostics/fix/DetachedProcess.h"
#include "diagnostics/fix/FixSteps.h"
#include "diagnostics/fix/GuardLauncher.h"
#include "diagnostics/fix/PrivilegedState.h"
#include "diagnostics/fix/RemoteSession.h"
#include "diagnostics/fix/ResumeEntry.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace wsafix {
namespace {

using cli::format;
using cli::translate;

nlohmann::json badgesJson(const FixBadges& b)
{
    return {{"needsAdmin", b.needsAdmin},
            {"needsReboot", b.needsReboot},
            {"dropsConnections", b.dropsConnections},
            {"cutsOffMachine", b.cutsOffMachine}};
}

nlohmann::json reportJson(const FixReport& r)
{
    return {{"fix", r.fixId},           {"outcome", r.outcome},  {"detail", r.detail}, {"machineState", r.machineState},
            {"snapshot", r.snapshotId}, {"commands", r.commands}};
}

int dryRun(FixSession& session, std::vector<std::unique_ptr<Fix>>& fixes, bool json, std::ostream& out)
{
    nlohmann::json doc{{"dryRun", true}, {"machine", session.factory().machine()}, {"fixes", nlohmann::json::array()}};
    for (auto& fix : fixes) {
        nlohmann::json item{{"fix", fix->id()},
                            {"title", fix->title()},
                            {"explanation", fix->explanation()},
                            {"badges", badgesJson(fix->badges())},
                            {"unavailable", fix->unavailable()},
                            {"snapshot", fix->snapshotPlan()},
                            {"commands", nlohmann::json::array()}};
        try {
            item["commands"] = fix->preview();
        } catch (const std::exception& e) {
            item["commandsUnknown"] = e.what();
        }
        doc["fixes"].push_back(item);
        if (json)
            continue;
        out << fix->id() << " — " << cli::engineText(fix->title()) << "\n";
        if (const auto badges = translatedBadges(fix->badges()); !badges.empty())
            out << "  [" << badges << "]\n";
        out << "  " << cli::engineText(fix->explanation()) << "\n";
        if (!item["unavailable"].get<std::string>().empty())
            out << "  "
                << format(translate("FixCommand", "unavailable: %1"),
                          {cli::engineText(item["unavailable"].get<std::string>())})
                << "\n";
        out << "  " << translate("FixCommand", "snapshot first:") << "\n";
        for (const auto& line : fix->snapshotPlan())
            out << "    " << line << "\n";
        if (item.contains("commandsUnknown")) {
            out << "  "
                << format(translate("FixCommand", "commands: cannot be listed: %1"),
                          {item["commandsUnknown"].get<std::string>()})
                << "\n";
        } else if (item["commands"].empty()) {
            out << "  "
                << (session.simulated()
                        ? translate("FixCommand", "commands: none (the simulated machine runs no commands)")
                        : translate("FixCommand", "commands: none"))
                << "\n";
        } else {
            out << "  " << translate("FixCommand", "commands:") << "\n";
            for (const auto& argv : item["commands"])
                out << "    " << FixSteps::display(argv.get<std::vector<std::string>>()) << "\n";
        }
    }
    if (json)
        out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    else
        out << translate("FixCommand", "Dry run: nothing was changed.") << "\n";
    return ExitFine;
}

// --guard-timeout S: seconds the watchdog waits for confirmation; 0 runs without the guard. nullopt: bad value.
std::optional<std::chrono::seconds> guardTimeout(const CommandLine& cl)
{
    const auto it = cl.options.find("guard-timeout");
    if (it == cl.options.end())
        return AutoRevertGuard::kDefaultTimeout;
    const std::string& text = it->second;
    if (text.empty() || text.size() > 4 || text.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    const int seconds = std::stoi(text);
    return seconds <= 3600 ? std::optional(std::chrono::seconds(seconds)) : std::nullopt;
}

// Confirms (or stands down) the watchdog of `report` and waits for its last word. True when it put the snapshot
// back, which `report` then says.
bool settleGuard(AutoRevertGuard& guard, FixReport& report, std::chrono::seconds timeout)
{
    // The fix's own check is this command's confirmation; a rolled-back fix needs no second restore, but one whose
    // rollback failed is left to the watchdog, which tries once more.
    if (report.outcome != "rollback-failed")
        guard.confirm();
    const auto outcome = guard.waitForOutcome(timeout + timeout + std::chrono::seconds(10));
    if (!outcome) {
        report.detail +=
            "; the auto-revert guard did not report back (see " + (guard.folder() / "guard.log").string() + ")";
        return false;
    }
    if (outcome->outcome == "confirmed")
        return false;
    report.outcome = outcome->outcome == "restored" ? "restored" : "rollback-failed";
    report.detail = outcome->detail;
    if (outcome->restore)
        report.machineState = outcome->restore->machineState;
    return true;
}

} // namespace

int runFixCommand(const CommandLine& cl, std::ostream& out, std::ostream& err)
{
    if (cl.positionals.empty()) {
        err << translate("FixCommand",
                         "wsafix fix: name at least one fix (e.g. wsafix fix flush-dns); see wsafix fix --help")
            << "\n";
        return ExitUsage;
    }
    const bool json = cl.options.count("json") > 0;
    const bool dry = cl.options.count("dry-run") > 0;
    std::unique_ptr<FixSession> session;
    std::vector<std::unique_ptr<Fix>> fixes;
    try {
        session = std::make_unique<FixSession>(cl);
        for (const auto& id : cl.positionals)
            fixes.push_back(session->factory().create(id));
    } catch (const ScenarioError& e) {
        err << "wsafix: " << cli::engineText(e.what()) << "\n";
        return ExitUsage;
    } catch (const FixIdError& e) {
        err << "wsafix fix: " << cli::engineText(e.what()) << "\n";
        return ExitUsage;
    } catch (const SessionError& e) {
        err << "wsafix fix: " << cli::engineText(e.what()) << "\n";
        return ExitUsage;
    } catch (const PrivilegedStateError& e) {
        err << "wsafix fix: " << e.what() << "\n";
        return ExitProblems;
    }
    const auto timeout = guardTimeout(cl);
    if (!timeout) {
        err << format(translate("FixCommand",
                                "wsafix fix: --guard-timeout must be a whole number of seconds from 0 (no "
                                "guard) to 3600, not '%1'"),
                      {cl.options.at("guard-timeout")})
            << "\n";
        return ExitUsage;
    }
    if (dry)
        return dryRun(*session, fixes, json, out);

    for (const auto& fix : fixes) {
        if (const auto missing = session->missingRights(*fix); !missing.empty()) {
            err << "wsafix fix: " << missing << "\n";
            return ExitNeedsElevation;
        }
    }
    if (!session->simulated() && !cl.options.count("yes")) {
        err << translate("FixCommand", "wsafix fix: this would change this machine; nothing was changed. Add --yes to "
                                       "apply, or --dry-run to see the exact commands and snapshots first.")
            << "\n";
        return ExitUsage;
    }

    // The remote session this runs in is of this machine only: a simulated machine has none.
    const RemoteSession remote = session->simulated() ? RemoteSession{} : currentRemoteSession();
    for (const auto& fix : fixes) {
        if (const auto why =
                remoteSessionRefusal(fix->id(), fix->badges().cutsOffMachine, remote, timeout->count() > 0);
            !why.empty()) {
            err << format(translate("FixCommand", "wsafix fix: refused: %1"), {cli::engineText(why)}) << "\n";
            return ExitUsage;
        }
    }

    bool ok = session->recover(json ? err : out, err);
    // Saved first: the watchdog records a restore in this session, so it must exist on disk.
    session->save();
    GuardSettings guardSettings;
    guardSettings.executable = currentExecutable();
    guardSettings.stateDir = std::filesystem::absolute(session->stateDir());
    guardSettings.trustedDir = std::filesystem::absolute(session->trustedDir());
    guardSettings.scenario = session->record().scenario;
    guardSettings.sessionId = session->record().id;
    guardSettings.timeout = timeout->count() > 0 ? *timeout : AutoRevertGuard::kDefaultTimeout;
    bool restoredByGuard = false;
    bool rebootNeeded = false;
    nlohmann::json doc{{"machine", session->factory().machine()}, {"results", nlohmann::json::array()}};
    bool stopped = false;
    for (auto& fix : fixes) {
        if (stopped) {
            doc["results"].push_back({{"fix", fix->id()}, {"outcome", "not-run"}});
            if (!json)
                out << format(translate("FixCommand", "%1: not run, because an earlier fix failed"), {fix->id()})
                    << "\n";
            continue;
        }
        std::optional<AutoRevertGuard> guard;
        FixReport report = session->runner().apply(
            *fix, timeout->count() > 0 ? guardBeforeChange(guardSettings, *fix, guard) : FixRunner::BeforeChange{});
        if (guard && (restoredByGuard = settleGuard(*guard, report, guardSettings.timeout))) {
            // The watchdog recorded its restore in the session: this process's copy is stale now.
            ok = false;
            stopped = true;
        } else {
            session->record(report);
            session->save();
            ok = ok && report.succeeded();
            stopped = report.outcome == "rolled-back" || report.outcome == "rollback-failed";
            rebootNeeded = rebootNeeded || (report.succeeded() && fix->badges().needsReboot);
        }
        doc["results"].push_back(reportJson(report));
        if (json)
            continue;
        out << fix->id() << ": " << report.outcome << "\n  " << cli::engineText(report.detail) << "\n";
        if (!report.commands.empty()) {
            out << "  " << translate("FixCommand", "ran:") << "\n";
            for (const auto& c : report.commands)
                out << "    " << c << "\n";
        }
        out << "  " << format(translate("FixCommand", "machine: %1"), {cli::engineText(report.machineState)}) << "\n";
    }
    if (!restoredByGuard) {
        session->record().step = "fix";
        session->save();
    }
    // The elevated step (--session) leaves the resume entry to the user's own process, which has the user's logon.
    if (rebootNeeded && !session->simulated() && !cl.options.count("session")) {
        const auto why = writeResumeEntry(guardSettings.executable,
                                          resumeArguments(session->record().id, guardSettings.stateDir, {}));
        err << (why.empty()
                    ? translate("FixCommand", "wsafix fix: restart the computer to finish; the wizard re-opens at "
                                              "its verify page after the restart.")
                    : format(translate("FixCommand", "wsafix fix: restart the computer to finish, then run "
                                                     "wsafix --resume %1 (the wizard could not be set to "
                                                     "re-open: %2)"),
                             {session->record().id, cli::engineText(why)}))
            << "\n";
    }
    if (json)
        out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    else
        out << format(translate("FixCommand", "Session %1"), {session->record().id}) << "\n";
    return ok ? ExitFine : ExitProblems;
}

} // namespace wsafix
