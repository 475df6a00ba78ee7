#include "diagnostics/platform/linux/RestartServiceFix.h"

#include "diagnostics/fix/FixSteps.h"

#include <filesystem>
#include <sstream>

namespace wsafix::lnx {

RestartServiceFix::RestartServiceFix(std::string unit, ProcessRunner& runner, std::string systemdRuntimeDir)
    : m_unit(std::move(unit)), m_runner(runner), m_systemdDir(std::move(systemdRuntimeDir))
{
}

std::string RestartServiceFix::title() const
{
    return "Restart the service " + m_unit;
}

std::string RestartServiceFix::explanation() const
{
    return "Stops and starts " + m_unit +
           " through systemd, which clears a service stuck with half-open "
           "connections. Its own connections drop while it restarts.";
}

FixBadges RestartServiceFix::badges() const
{
    FixBadges b;
    b.needsAdmin = true;
    b.dropsConnections = true;
    return b;
}

std::string RestartServiceFix::unavailable() const
{
    std::error_code ec;
    if (!std::filesystem::is_directory(m_systemdDir, ec))
        return "systemd is not running on this machine (no " + m_systemdDir +
               "), so there is no service manager "
               "to restart " +
               m_unit + " with";
    return {};
}

std::vector<std::string> RestartServiceFix::showCommand() const
{
    return {"systemctl", "show", "--property=LoadState,ActiveState,SubState", "--", m_unit};
}

std::vector<std::vector<std::string>> RestartServiceFix::preview()
{
    return {{"systemctl", "restart", "--", m_unit}};
}

std::vector<std::string> RestartServiceFix::snapshotPlan() const
{
    return {FixSteps::display(showCommand()) + " (whether the unit was running)"};
}

Snapshot RestartServiceFix::snapshot()
{
    const CommandResult r = m_runner.run(showCommand());
    if (!r.succeeded())
        throw FixFailure("`" + FixSteps::display(showCommand()) + "` failed: " + (r.error.empty() ? r.err : r.error));
    nlohmann::json state = nlohmann::json::object();
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);)
        if (const auto eq = line.find('='); eq != std::string::npos)
            state[line.substr(0, eq)] = line.substr(eq + 1);
    if (state.value("LoadState", "") == "not-found")
        throw FixFailure("systemd knows no unit " + m_unit);
    state["unit"] = m_unit;
    Snapshot s;
    s.parts.push_back(SnapshotPart::json("service:" + m_unit, state));
    return s;
}

void RestartServiceFix::apply(const Snapshot&, FixSteps& steps)
{
    steps.require(m_runner, {"systemctl", "restart", "--", m_unit});
}

std::string RestartServiceFix::activeState()
{
    const CommandResult r = m_runner.run({"systemctl", "is-active", "--", m_unit});
    std::string state = r.out.substr(0, r.out.find('\n'));
    return state.empty() ? "unknown" : state;
}

bool RestartServiceFix::wasActive(const Snapshot& before) const
{
    const nlohmann::json state = before.jsonPart("service:" + m_unit);
    if (!state.is_object() || state.value("unit", std::string()) != m_unit)
        throw FixFailure("snapshot " + before.id + " is refused: it is of unit " +
                         (state.is_object() && state.contains("unit") ? state["unit"].dump() : "(none)") +
                         ", but this fix changes only " + m_unit);
    return state.value("ActiveState", "") == "active";
}

void RestartServiceFix::rollback(const Snapshot& before, FixSteps& steps)
{
    const bool wasActive = this->wasActive(before);
    steps.require(m_runner, {"systemctl", wasActive ? "start" : "stop", "--", m_unit});
}

FixCheck RestartServiceFix::check(const Snapshot&)
{
    const std::string state = activeState();
    if (state == "active")
        return FixCheck::verified(m_unit + " was restarted and is active");
    return FixCheck::failed(m_unit + " is " + state + " after the restart");
}

FixCheck RestartServiceFix::restored(const Snapshot& before)
{
    const bool wasActive = this->wasActive(before);
    const std::string state = activeState();
    if ((state == "active") == wasActive)
        return FixCheck::verified(m_unit + " is " + state + ", as in snapshot " + before.id);
    return FixCheck::failed(m_unit + " is " + state + ", not " + (wasActive ? "active" : "stopped") + " as before");
}

} // namespace wsafix::lnx
