#include "FixSession.h"

#include "CliText.h"

#include "diagnostics/Scenario.h"
#include "diagnostics/SystemFactory.h"
#include "diagnostics/fix/FixRecord.h"
#include "diagnostics/fix/PrivilegedState.h"
#include "diagnostics/fix/StateOwner.h"
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

FixSession::FixSession(const CommandLine& cl) : m_sessions(cl.stateDir)
{
    std::string scenario = cl.scenario;
    std::optional<SessionRecord> latest;
    if (const auto named = cl.options.find("session"); named != cl.options.end()) {
        // --session (the elevated fix step, the watchdog): exactly that session, on its machine.
        latest = m_sessions.load(named->second);
        if (!scenario.empty() && scenario != latest->scenario)
            throw SessionError("session " + named->second + " is not of the machine '" + scenario + "'");
        // The session is the user's file: an elevated run takes from it a built-in machine's name, never a path to
        // read as root.
        const auto builtin = builtinScenarioNames();
        if (!latest->scenario.empty() && runningPrivileged() &&
            std::find(builtin.begin(), builtin.end(), latest->scenario) == builtin.end())
            throw SessionError("session " + named->second +
                               " names a scenario file, which a run as administrator "
                               "does not read");
        scenario = latest->scenario;
    } else {
        latest = m_sessions.latest();
    }
    const bool continues = latest && latest->scenario == scenario;
    m_record = continues ? *latest : SessionRecord::start();
    // Root on this machine trusts only its privileged folder: the session read above is data, never a path.
    m_trustedDir = trustedStateDir(stateDirOf(cl), !scenario.empty());
    m_snapshots.emplace(m_trustedDir);
    m_journal.emplace(m_trustedDir / "journal");
    if (scenario.empty()) {
        m_processRunner = createProcessRunner(defaultAllowList());
        m_system = createNativeSystem();
        m_factory.emplace(createNativeFixFactory(*m_processRunner, m_trustedDir));
    } else {
        auto simulated = std::make_unique<SimulatedSystem>(loadScenario(scenario));
        if (continues)
            simulated->resetTo(m_record.simulatedFixes);
        m_simulated = simulated.get();
        m_system = std::move(simulated);
        m_factory.emplace(createSimulatedFixFactory(*m_simulated));
    }
    m_info = m_system->info();
    if (!continues) {
        m_record.scenario = scenario;
        m_record.system = m_info;
        m_record.note("session started by a fix or snapshot command");
    }
    m_runner.emplace(*m_snapshots, *m_journal, m_factory->machine());
}

std::string FixSession::missingRights(const Fix& fix) const
{
    return cli::engineText(wsafix::missingRights(fix, m_info, simulated() ? m_record.scenario : std::string()));
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
    recordFixReport(m_record, report);
}

void FixSession::save()
{
    if (m_simulated)
        m_record.simulatedFixes = m_simulated->appliedFixes();
    m_sessions.save(m_record);
}

std::string translatedBadges(const FixBadges& badges)
{
    std::string text;
    for (const auto& word : badgeWords(badges))
        text += (text.empty() ? "" : ", ") + cli::engineText(word);
    return text;
}

void handStateBack(const CommandLine& cl, std::ostream& err)
{
    try {
        if (const auto problem = handStateBackToOwner(SessionStore(cl.stateDir).stateDir()); !problem.empty())
            err << "wsafix: " << problem << "\n";
    } catch (const std::exception& e) {
        err << "wsafix: " << e.what() << "\n";
    }
}

} // namespace wsafix
