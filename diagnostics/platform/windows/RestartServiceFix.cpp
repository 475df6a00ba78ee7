#include "diagnostics/platform/windows/RestartServiceFix.h"

#include "diagnostics/platform/windows/ActionStep.h"
#include "diagnostics/platform/windows/ServiceControl.h"
#include "diagnostics/platform/windows/SnapshotTarget.h"

#include <nlohmann/json.hpp>

#include <chrono>

namespace wsafix::win {
namespace {

constexpr std::chrono::milliseconds kTimeout{30000};
constexpr const char* kPart = "service";

} // namespace

RestartServiceFix::RestartServiceFix(std::string name) : m_name(std::move(name)) {}

std::string RestartServiceFix::explanation() const
{
    return "Stops and starts the service " + m_name +
           " through the Service Control Manager, which clears a service stuck with half-open connections. Its "
           "own connections drop while it restarts.";
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
    std::string error;
    return queryService(m_name, error) ? std::string() : error;
}

std::vector<std::string> RestartServiceFix::snapshotPlan() const
{
    return {"the state of the service " + m_name + " (running or stopped)", "stop " + m_name, "start " + m_name};
}

Snapshot RestartServiceFix::snapshot()
{
    std::string error;
    const auto status = queryService(m_name, error);
    if (!status)
        throw FixFailure(error);
    Snapshot s;
    s.parts.push_back(SnapshotPart::json(kPart, {{"name", m_name}, {"state", status->state}}));
    return s;
}

void RestartServiceFix::apply(const Snapshot&, FixSteps& steps)
{
    performAction(steps, "stop the service " + m_name, [this] { return stopService(m_name, kTimeout); });
    performAction(steps, "start the service " + m_name, [this] { return startService(m_name, kTimeout); });
}

bool RestartServiceFix::wasRunning(const Snapshot& before) const
{
    return before.jsonPart(kPart).value("state", "") == "running";
}

void RestartServiceFix::rollback(const Snapshot& before, FixSteps& steps)
{
    requireSnapshotTarget(before, kPart, "name", m_name);
    if (wasRunning(before))
        performAction(steps, "start the service " + m_name, [this] { return startService(m_name, kTimeout); });
    else
        performAction(steps, "stop the service " + m_name, [this] { return stopService(m_name, kTimeout); });
}

FixCheck RestartServiceFix::check(const Snapshot&)
{
    std::string error;
    const auto status = queryService(m_name, error);
    if (!status)
        return FixCheck::couldNotVerify("the service cannot be queried: " + error);
    if (status->state == "running")
        return FixCheck::verified(m_name + " was restarted and runs (process " + std::to_string(status->pid) + ")");
    return FixCheck::failed(m_name + " is " + status->state + " after the restart");
}

FixCheck RestartServiceFix::restored(const Snapshot& before)
{
    std::string error;
    const auto status = queryService(m_name, error);
    if (!status)
        return FixCheck::couldNotVerify("the service cannot be queried: " + error);
    const bool running = status->state == "running";
    if (running == wasRunning(before))
        return FixCheck::verified(m_name + " is " + status->state + ", as before");
    return FixCheck::failed(m_name + " is " + status->state + ", not " +
                            before.jsonPart(kPart).value("state", std::string("?")) + " as before");
}

} // namespace wsafix::win
