#include "diagnostics/platform/windows/RestartAdapterFix.h"

#include "diagnostics/platform/windows/ActionStep.h"
#include "diagnostics/platform/windows/AdapterDevice.h"
#include "diagnostics/platform/windows/SnapshotTarget.h"

#include <nlohmann/json.hpp>

namespace wsafix::win {
namespace {

constexpr const char* kPart = "adapter-device";

} // namespace

RestartAdapterFix::RestartAdapterFix(std::string guid) : m_guid(std::move(guid)) {}

std::string RestartAdapterFix::explanation() const
{
    return "Disables and enables the network adapter " + m_guid +
           " through its device, which resets its driver and its connections. Every connection through it "
           "drops, and the machine is off that network (and a remote session through it is cut) until it "
           "comes back.";
}

FixBadges RestartAdapterFix::badges() const
{
    FixBadges b;
    b.needsAdmin = true;
    b.dropsConnections = true;
    b.cutsOffMachine = true;
    return b;
}

std::string RestartAdapterFix::unavailable() const
{
    std::string error;
    return adapterDeviceEnabled(m_guid, error) ? std::string() : error;
}

std::vector<std::string> RestartAdapterFix::snapshotPlan() const
{
    return {"whether the device of adapter " + m_guid + " is enabled", "disable the device of adapter " + m_guid,
            "enable the device of adapter " + m_guid};
}

Snapshot RestartAdapterFix::snapshot()
{
    std::string error;
    const auto enabled = adapterDeviceEnabled(m_guid, error);
    if (!enabled)
        throw FixFailure(error);
    Snapshot s;
    s.parts.push_back(SnapshotPart::json(kPart, {{"guid", m_guid}, {"enabled", *enabled}}));
    return s;
}

void RestartAdapterFix::apply(const Snapshot&, FixSteps& steps)
{
    performAction(steps, "disable the device of adapter " + m_guid,
                  [this] { return setAdapterDeviceEnabled(m_guid, false); });
    performAction(steps, "enable the device of adapter " + m_guid,
                  [this] { return setAdapterDeviceEnabled(m_guid, true); });
}

void RestartAdapterFix::rollback(const Snapshot& before, FixSteps& steps)
{
    requireSnapshotTarget(before, kPart, "guid", m_guid);
    const bool wanted = before.jsonPart(kPart).at("enabled").get<bool>();
    std::string error;
    if (adapterDeviceEnabled(m_guid, error) == wanted)
        return; // already as before: nothing to do, and safe to repeat
    performAction(steps, std::string(wanted ? "enable" : "disable") + " the device of adapter " + m_guid,
                  [&] { return setAdapterDeviceEnabled(m_guid, wanted); });
}

FixCheck RestartAdapterFix::check(const Snapshot&)
{
    std::string error;
    const auto enabled = adapterDeviceEnabled(m_guid, error);
    if (!enabled)
        return FixCheck::couldNotVerify("the device state cannot be read back: " + error);
    return *enabled ? FixCheck::verified("the device of adapter " + m_guid + " was restarted and is enabled")
                    : FixCheck::failed("the device of adapter " + m_guid + " is still disabled");
}

FixCheck RestartAdapterFix::restored(const Snapshot& before)
{
    const bool wanted = before.jsonPart(kPart).at("enabled").get<bool>();
    std::string error;
    const auto enabled = adapterDeviceEnabled(m_guid, error);
    if (!enabled)
        return FixCheck::couldNotVerify("the device state cannot be read back: " + error);
    if (*enabled == wanted)
        return FixCheck::verified(std::string("the device of adapter ") + m_guid + " is " +
                                  (wanted ? "enabled" : "disabled") + ", as before");
    return FixCheck::failed(std::string("the device of adapter ") + m_guid + " is " +
                            (*enabled ? "enabled" : "disabled") + ", not as before");
}

} // namespace wsafix::win
