#include "diagnostics/platform/windows/RemoveProviderFix.h"

#include "diagnostics/platform/windows/ActionStep.h"
#include "diagnostics/platform/windows/CatalogProbe.h"
#include "diagnostics/platform/windows/LayeredProviderRemoval.h"
#include "diagnostics/platform/windows/SnapshotTarget.h"

#include <algorithm>

namespace wsafix::win {

RemoveProviderFix::RemoveProviderFix(std::uint32_t catalogId, std::string registryPath)
    : m_catalogId(catalogId), m_registry(std::move(registryPath))
{
}

std::string RemoveProviderFix::title() const
{
    return "Remove layered provider " + std::to_string(m_catalogId) + " from the Winsock catalog";
}

std::string RemoveProviderFix::explanation() const
{
    return "Deinstalls the one layered provider with catalog id " + std::to_string(m_catalogId) +
           " (and the protocol chains built on it) instead of resetting the whole catalog. The product that "
           "installed it (VPN, antivirus, web filter) loses its network hook. Programs started afterwards "
           "no longer load it.";
}

FixBadges RemoveProviderFix::badges() const
{
    FixBadges b;
    b.needsAdmin = true;
    return b;
}

std::vector<std::string> RemoveProviderFix::providers() const
{
    const Probed<std::vector<CatalogEntry>> catalog = readCatalog();
    if (!catalog.available())
        throw FixFailure("the Winsock catalog cannot be read: " + catalog.status.reason);
    std::string error;
    auto guids = providersToRemove(catalog.value, m_catalogId, error);
    if (guids.empty())
        throw FixFailure(error.empty() ? "nothing to remove for catalog id " + std::to_string(m_catalogId) : error);
    return guids;
}

std::string RemoveProviderFix::unavailable() const
{
    try {
        providers();
    } catch (const FixFailure& e) {
        return e.what();
    }
    return {};
}

std::vector<std::string> RemoveProviderFix::snapshotPlan() const
{
    auto plan = m_registry.plan();
    plan.push_back("WSCDeinstallProvider of catalog entry " + std::to_string(m_catalogId) +
                   " and of the chains built on it");
    return plan;
}

Snapshot RemoveProviderFix::snapshot()
{
    Snapshot s;
    s.parts.push_back(SnapshotPart::json("providers", {{"catalogId", m_catalogId}, {"guids", providers()}}));
    m_registry.capture(s);
    return s;
}

void RemoveProviderFix::apply(const Snapshot&, FixSteps& steps)
{
    performAction(steps, "WSCDeinstallProvider for catalog entry " + std::to_string(m_catalogId),
                  [this] { return removeLayeredProvider(m_catalogId); });
}

void RemoveProviderFix::rollback(const Snapshot& before, FixSteps& steps)
{
    m_registry.tree(before); // an unusable copy is refused first, and says so
    requireSnapshotTarget(before, "providers", "catalogId", m_catalogId);
    m_registry.restore(before, steps);
}

FixCheck RemoveProviderFix::check(const Snapshot& before)
{
    const Probed<std::vector<CatalogEntry>> catalog = readCatalog();
    if (!catalog.available())
        return FixCheck::couldNotVerify("the Winsock catalog cannot be read back: " + catalog.status.reason);
    const auto guids = before.jsonPart("providers").at("guids").get<std::vector<std::string>>();
    for (const auto& entry : catalog.value)
        if (std::find(guids.begin(), guids.end(), entry.providerGuid) != guids.end())
            return FixCheck::failed("the catalog still lists " + entry.name + " (" + entry.providerGuid + ")");
    return FixCheck::verified("the catalog no longer lists provider " + std::to_string(m_catalogId) +
                              " or a chain built on it");
}

FixCheck RemoveProviderFix::restored(const Snapshot& before)
{
    return m_registry.restored(before);
}

} // namespace wsafix::win
