#include "FixSession.h"

#include "CliText.h"

#include "diagnostics/Scenario.h"
#include "diagnostics/SystemFactory.h"
#include "diagnostics/platform/simulated/SimulatedFix.h"

#include <algorithm>
#include <ostream>

namespace wsafix {
namespace {

std::filesystem::path stateDirOf(const CommandLine& cl)
{
    return SessionStore(cl.stateDir).stateDir();
}

} // namespace

FixSession::FixSession(const CommandLine& cl)
    : m_sessions(cl.stateDir), m_snapshots(stateDirOf(cl)), m_journal(stateDirOf(cl) / "journal")
{
    const auto latest = m_sessions.latest();
    const bool continues = latest && latest->scenario == cl.scenario;
    m_record = continues ? *latest : SessionRecord::start();
    if (cl.scenario.empty()) {
        m_processRunner = createProcessRunner(defaultAllowList());
        m_system = createNativeSystem();
        m_factory.emplace(createNativeFixFactory(*m_processRunner));
    } else {
        auto simulated = std::make_unique<SimulatedSystem>(loadScenario(cl.scenario));
        if (continues)
            simulated->resetTo(m_record.simulatedFixes);
        m_simulated = simulated.get();
        m_system = std::move(simulated);
        m_factory.emplace(createSimulatedFixFactory(*m_simulated));
    }
    m_info = m_system->info();
    if (!continues) {
        m_record.scenario = cl.scenario;
        m_record.system = m_info;
        m_record.note("session started by a fix or snapshot command");
    }
    m_runner.emplace(m_snapshots, m_journal, m_factory->machine());
}

std::string FixSession::missingRights(const Fix& fix) const
{
    if (!fix.badges().needsAdmin || m_info.elevated)
        return {};
    if (simulated())
        return cli::format(cli::translate("FixSession",
                                          "%1 needs administrator rights, and on the simulated machine '%2' "
                                          "wsafix runs without them (its scenario says \"elevated\": false)"),
                           {fix.id(), m_record.scenario});
    return cli::format(cli::translate("FixSession", "%1 needs root (administrator) rights to change the network "
                                                    "configuration, and wsafix runs as an ordinary user: run it as "
                                                    "root (sudo wsafix fix ...) or ask an administrator"),
                       {fix.id()});
}

bool FixSession::recover(std::ostream& out, std::ostream& err)
{
    bool ok = true;
    for (const FixReport& r : m_runner->recover(*m_factory)) {
        if (r.outcome == "left-open") {
            err << "wsafix: " << r.detail << "\n";
            continue;
        }
        ok = ok && r.outcome == "rolled-back";
        (r.outcome == "rolled-back" ? out : err)
            << cli::format(cli::translate("FixSession", "Interrupted earlier: %1"), {cli::engineText(r.detail)})
            << "\n  " << cli::format(cli::translate("FixSession", "machine: %1"), {cli::engineText(r.machineState)})
            << "\n";
        record(r);
    }
    return ok;
}

void FixSession::record(const FixReport& report)
{
    Action action;
    action.fixId = report.fixId;
    action.commands = report.commands;
    action.outcome = report.outcome;
    action.detail = report.detail + (report.machineState.empty() ? "" : " — machine: " + report.machineState);
    action.snapshotId = report.snapshotId;
    action.started = report.started;
    action.finished = report.finished;
    m_record.actions.push_back(std::move(action));
    if (!report.snapshotId.empty() &&
        std::find(m_record.snapshots.begin(), m_record.snapshots.end(), report.snapshotId) == m_record.snapshots.end())
        m_record.snapshots.push_back(report.snapshotId);
    m_record.note(report.fixId + ": " + report.outcome);
}

void FixSession::save()
{
    if (m_simulated)
        m_record.simulatedFixes = m_simulated->appliedFixes();
    m_sessions.save(m_record);
}

std::string badgeText(const FixBadges& badges)
{
    std::string text;
    const auto add = [&](bool on, const std::string& name) {
        if (on)
            text += (text.empty() ? "" : ", ") + name;
    };
    add(badges.needsAdmin, cli::translate("FixSession", "needs admin"));
    add(badges.needsReboot, cli::translate("FixSession", "needs reboot"));
    add(badges.dropsConnections, cli::translate("FixSession", "drops connections"));
    add(badges.cutsOffMachine, cli::translate("FixSession", "can cut the machine off"));
    return text;
}

} // namespace wsafix
