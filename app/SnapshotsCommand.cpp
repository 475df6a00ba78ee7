#include "SnapshotsCommand.h"

#include "CliText.h"
#include "ExitCode.h"
#include "FixSession.h"

#include "diagnostics/Scenario.h"
#include "diagnostics/fix/PrivilegedState.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <ostream>

namespace wsafix {
namespace {

using cli::format;
using cli::translate;

constexpr std::size_t kShownBytes = 4096;

// The store a run trusts: as root on this machine the privileged folder (where elevated fix steps keep theirs).
SnapshotStore trustedStore(const CommandLine& cl)
{
    return SnapshotStore(trustedStateDir(SessionStore(cl.stateDir).stateDir(), !cl.scenario.empty()));
}

int list(const CommandLine& cl, bool json, std::ostream& out)
{
    const SnapshotStore store = trustedStore(cl);
    const auto entries = store.list();
    if (json) {
        nlohmann::json doc = nlohmann::json::array();
        for (const auto& e : entries)
            doc.push_back({{"id", e.id},
                           {"fix", e.fixId},
                           {"machine", e.machine},
                           {"created", e.created},
                           {"ok", e.problem.empty()},
                           {"problem", e.problem}});
        out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return ExitFine;
    }
    if (entries.empty())
        out << format(translate("SnapshotsCommand", "No snapshots in %1"), {store.folder().string()}) << "\n";
    for (const auto& e : entries) {
        if (e.problem.empty())
            out << e.id << "  " << e.created << "  " << e.machine << "  " << e.fixId << "\n";
        else
            out << e.id << "  DAMAGED: " << e.problem << "\n"; // DAMAGED stays English: scripts look for it
    }
    return ExitFine;
}

int show(const CommandLine& cl, const std::string& id, bool json, std::ostream& out, std::ostream& err)
{
    const SnapshotStore store = trustedStore(cl);
    Snapshot s;
    try {
        s = store.load(id);
    } catch (const SnapshotError& e) {
        err << "wsafix snapshots: " << cli::engineText(e.what()) << "\n";
        return SnapshotStore::idProblem(id).empty() ? ExitProblems : ExitUsage;
    }
    nlohmann::json doc{{"id", s.id},
                       {"fix", s.fixId},
                       {"machine", s.machine},
                       {"created", s.created},
                       {"folder", (store.folder() / s.id).string()},
                       {"parts", nlohmann::json::array()}};
    for (const auto& p : s.parts) {
        nlohmann::json part{{"name", p.name}, {"bytes", p.bytes.size()}, {"meta", p.meta}};
        if (p.kind == SnapshotPart::Kind::Json)
            part["json"] = nlohmann::json::parse(p.bytes);
        doc["parts"].push_back(part);
    }
    if (json) {
        out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return ExitFine;
    }
    out << format(translate("SnapshotsCommand", "Snapshot %1 (checksums verified)"), {s.id}) << "\n";
    const std::vector<std::pair<std::string, std::string>> rows{
        {translate("SnapshotsCommand", "fix:"), s.fixId},
        {translate("SnapshotsCommand", "machine:"), s.machine},
        {translate("SnapshotsCommand", "taken:"), s.created},
        {translate("SnapshotsCommand", "folder:"), doc["folder"].get<std::string>()}};
    std::size_t width = 0;
    for (const auto& row : rows)
        width = std::max(width, cli::textWidth(row.first));
    for (const auto& [label, value] : rows)
        out << "  " << label << std::string(width + 1 - cli::textWidth(label), ' ') << value << "\n";
    for (const auto& p : s.parts) {
        out << "\n"
            << format(translate("SnapshotsCommand", "%1 (%2 bytes)"), {p.name, std::to_string(p.bytes.size())}) << "\n";
        const std::string text =
            p.kind == SnapshotPart::Kind::Json
                ? nlohmann::json::parse(p.bytes).dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
                : p.bytes;
        out << text.substr(0, kShownBytes) << (text.size() > kShownBytes ? "\n  …" : "") << "\n";
    }
    return ExitFine;
}

int restore(const CommandLine& cl, const std::string& id, bool json, std::ostream& out, std::ostream& err)
{
    std::unique_ptr<FixSession> session;
    try {
        session = std::make_unique<FixSession>(cl);
    } catch (const ScenarioError& e) {
        err << "wsafix: " << cli::engineText(e.what()) << "\n";
        return ExitUsage;
    } catch (const PrivilegedStateError& e) {
        err << "wsafix snapshots: " << e.what() << "\n";
        return ExitProblems;
    }
    Snapshot snapshot;
    try {
        snapshot = session->snapshots().load(id);
    } catch (const SnapshotError& e) {
        err << format(translate("SnapshotsCommand", "wsafix snapshots: %1; nothing was restored"), {e.what()}) << "\n";
        return SnapshotStore::idProblem(id).empty() ? ExitProblems : ExitUsage;
    }
    if (snapshot.machine != session->factory().machine()) {
        err << format(session->simulated()
                          ? translate("SnapshotsCommand", "wsafix snapshots: snapshot %1 was taken on %2, not on %3; "
                                                          "nothing was restored")
                          : translate("SnapshotsCommand",
                                      "wsafix snapshots: snapshot %1 was taken on %2, not on %3 (add "
                                      "--scenario NAME for a simulated one); nothing was restored"),
                      {id, snapshot.machine, session->factory().machine()})
            << "\n";
        return ExitUsage;
    }
    std::unique_ptr<Fix> fix;
    try {
        fix = session->factory().create(snapshot.fixId);
    } catch (const FixIdError& e) {
        err << format(translate("SnapshotsCommand",
                                "wsafix snapshots: snapshot %1 belongs to a fix this wsafix cannot build: %2"),
                      {id, e.what()})
            << "\n";
        return ExitProblems;
    }
    if (const auto missing = session->missingRights(*fix); !missing.empty()) {
        err << format(translate("SnapshotsCommand", "wsafix snapshots: restoring %1: %2"), {id, missing}) << "\n";
        return ExitNeedsElevation;
    }
    bool ok = session->recover(json ? err : out, err);
    const FixReport report = session->runner().restore(*fix, snapshot);
    session->record(report);
    session->save();
    ok = ok && report.succeeded();
    if (json)
        out << nlohmann::json{{"snapshot", id},
                              {"fix", report.fixId},
                              {"outcome", report.outcome},
                              {"detail", report.detail},
                              {"machineState", report.machineState},
                              {"commands", report.commands}}
                   .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
            << "\n";
    else
        out << format(translate("SnapshotsCommand", "snapshot %1: %2"), {id, report.outcome}) << "\n  "
            << cli::engineText(report.detail) << "\n  "
            << format(translate("SnapshotsCommand", "machine: %1"), {cli::engineText(report.machineState)}) << "\n";
    return ok ? ExitFine : ExitProblems;
}

} // namespace

int runSnapshotsCommand(const CommandLine& cl, std::ostream& out, std::ostream& err)
{
    const bool json = cl.options.count("json") > 0;
    const std::string verb = cl.positionals.empty() ? "" : cl.positionals[0];
    try {
        if (verb == "list" && cl.positionals.size() == 1)
            return list(cl, json, out);
    } catch (const PrivilegedStateError& e) {
        err << "wsafix snapshots: " << e.what() << "\n";
        return ExitProblems;
    }
    if ((verb == "show" || verb == "restore") && cl.positionals.size() == 2) {
        const std::string& id = cl.positionals[1];
        if (const auto problem = SnapshotStore::idProblem(id); !problem.empty()) {
            err << format(translate("SnapshotsCommand", "wsafix snapshots: '%1' is not a snapshot id: %2"),
                          {id, problem})
                << "\n";
            return ExitUsage;
        }
        try {
            return verb == "show" ? show(cl, id, json, out, err) : restore(cl, id, json, out, err);
        } catch (const PrivilegedStateError& e) {
            err << "wsafix snapshots: " << e.what() << "\n";
            return ExitProblems;
        }
    }
    err << translate("SnapshotsCommand", "wsafix snapshots: use 'snapshots list', 'snapshots show ID' or 'snapshots "
                                         "restore ID'")
        << "\n";
    return ExitUsage;
}

} // namespace wsafix
