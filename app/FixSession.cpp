#include "FixSession.h"

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
        m_factory.emplace(createNativeFixFactory(*m_processRunner, stateDirOf(cl)));
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
        return fix.id() + " needs administrator rights, and on the simulated machine '" + m_record.scenario +
               "' wsafix runs without them (its scenario says \"elevated\": false)";
    if (m_info.backend == "windows")
        return fix.id() + " needs administrator rights to change the network configuration, and wsafix runs without "
                          "them: run it from a command prompt opened with \"Run as administrator\", or ask an "
                          "administrator";
    return fix.id() + " needs root (administrator) rights to change the network configuration, and wsafix runs as "
                      "an ordinary user: run it as root (sudo wsafix fix ...) or ask an administrator";
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
            << "Interrupted earlier: " << r.detail << "\n  machine: " << r.machineState << "\n";
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
    const auto add = [&](bool on, const char* name) {
        if (on)
            text += (text.empty() ? "" : ", ") + std::string(name);
    };
    add(badges.needsAdmin, "needs admin");
    add(badges.needsReboot, "needs reboot");
    add(badges.dropsConnections, "drops connections");
    add(badges.cutsOffMachine, "can cut the machine off");
    return text;
}

} // namespace wsafix
