#include "SnapshotsCommand.h"

#include "ExitCode.h"
#include "FixSession.h"

#include "diagnostics/Scenario.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace wsafix {
namespace {

constexpr std::size_t kShownBytes = 4096;

int list(const CommandLine& cl, bool json, std::ostream& out)
{
    const SnapshotStore store(SessionStore(cl.stateDir).stateDir());
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
        out << "No snapshots in " << store.folder().string() << "\n";
    for (const auto& e : entries) {
        if (e.problem.empty())
            out << e.id << "  " << e.created << "  " << e.machine << "  " << e.fixId << "\n";
        else
            out << e.id << "  DAMAGED: " << e.problem << "\n";
    }
    return ExitFine;
}

int show(const CommandLine& cl, const std::string& id, bool json, std::ostream& out, std::ostream& err)
{
    const SnapshotStore store(SessionStore(cl.stateDir).stateDir());
    Snapshot s;
    try {
        s = store.load(id);
    } catch (const SnapshotError& e) {
        err << "wsafix snapshots: " << e.what() << "\n";
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
    out << "Snapshot " << s.id << " (checksums verified)\n  fix:     " << s.fixId << "\n  machine: " << s.machine
        << "\n  taken:   " << s.created << "\n  folder:  " << doc["folder"].get<std::string>() << "\n";
    for (const auto& p : s.parts) {
        out << "\n" << p.name << " (" << p.bytes.size() << " bytes)\n";
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
        err << "wsafix: " << e.what() << "\n";
        return ExitUsage;
    }
    Snapshot snapshot;
    try {
        snapshot = session->snapshots().load(id);
    } catch (const SnapshotError& e) {
        err << "wsafix snapshots: " << e.what() << "; nothing was restored\n";
        return SnapshotStore::idProblem(id).empty() ? ExitProblems : ExitUsage;
    }
    if (snapshot.machine != session->factory().machine()) {
        err << "wsafix snapshots: snapshot " << id << " was taken on " << snapshot.machine << ", not on "
            << session->factory().machine()
            << (session->simulated() ? "" : " (add --scenario NAME for a simulated one)") << "; nothing was restored\n";
        return ExitUsage;
    }
    std::unique_ptr<Fix> fix;
    try {
        fix = session->factory().create(snapshot.fixId);
    } catch (const FixIdError& e) {
        err << "wsafix snapshots: snapshot " << id << " belongs to a fix this wsafix cannot build: " << e.what()
            << "\n";
        return ExitProblems;
    }
    if (const auto missing = session->missingRights(*fix); !missing.empty()) {
        err << "wsafix snapshots: restoring " << id << ": " << missing << "\n";
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
        out << "snapshot " << id << ": " << report.outcome << "\n  " << report.detail
            << "\n  machine: " << report.machineState << "\n";
    return ok ? ExitFine : ExitProblems;
}

} // namespace

int runSnapshotsCommand(const CommandLine& cl, std::ostream& out, std::ostream& err)
{
    const bool json = cl.options.count("json") > 0;
    const std::string verb = cl.positionals.empty() ? "" : cl.positionals[0];
    if (verb == "list" && cl.positionals.size() == 1)
        return list(cl, json, out);
    if ((verb == "show" || verb == "restore") && cl.positionals.size() == 2) {
        const std::string& id = cl.positionals[1];
        if (const auto problem = SnapshotStore::idProblem(id); !problem.empty()) {
            err << "wsafix snapshots: '" << id << "' is not a snapshot id: " << problem << "\n";
            return ExitUsage;
        }
        return verb == "show" ? show(cl, id, json, out, err) : restore(cl, id, json, out, err);
    }
    err << "wsafix snapshots: use 'snapshots list', 'snapshots show ID' or 'snapshots restore ID'\n";
    return ExitUsage;
}

} // namespace wsafix
