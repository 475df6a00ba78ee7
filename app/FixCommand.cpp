#include "FixCommand.h"

#include "CliText.h"
#include "ExitCode.h"
#include "FixSession.h"

#include "diagnostics/Scenario.h"
#include "diagnostics/fix/FixSteps.h"

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
        if (const auto badges = badgeText(fix->badges()); !badges.empty())
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
        err << "wsafix: " << e.what() << "\n";
        return ExitUsage;
    } catch (const FixIdError& e) {
        err << "wsafix fix: " << e.what() << "\n";
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

    bool ok = session->recover(json ? err : out, err);
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
        const FixReport report = session->runner().apply(*fix);
        session->record(report);
        session->save();
        ok = ok && report.succeeded();
        stopped = report.outcome == "rolled-back" || report.outcome == "rollback-failed";
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
    session->record().step = "fix";
    session->save();
    if (json)
        out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    else
        out << format(translate("FixCommand", "Session %1"), {session->record().id}) << "\n";
    return ok ? ExitFine : ExitProblems;
}

} // namespace wsafix
