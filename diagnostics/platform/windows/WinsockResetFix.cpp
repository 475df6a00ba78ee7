#include "diagnostics/platform/windows/WinsockResetFix.h"

#include "diagnostics/fix/FixSteps.h"
#include "diagnostics/platform/windows/CatalogProbe.h"
#include "diagnostics/platform/windows/NetshCommand.h"

#include <algorithm>

namespace wsafix::win {

WinsockResetFix::WinsockResetFix(ProcessRunner& runner, AllowList allowList, std::string registryPath)
    : m_runner(runner), m_allowList(std::move(allowList)), m_registry(std::move(registryPath))
{
}

std::string WinsockResetFix::explanation() const
{
    return "Resets the Winsock catalog to the Windows defaults, which clears a damaged catalog or a broken layered "
           "provider. Warning: it also removes the layered providers of VPN clients, antivirus and web filters, "
           "which then stop working until they are repaired or reinstalled (remove-provider removes just one). "
           "Takes effect after a restart.";
}

FixBadges WinsockResetFix::badges() const
{
    FixBadges b;
    b.needsAdmin = true;
    b.needsReboot = true;
    return b;
}

std::vector<std::vector<std::string>> WinsockResetFix::preview()
{
    return {netshWinsockResetArgv()};
}

std::vector<std::string> WinsockResetFix::snapshotPlan() const
{
    return m_registry.plan();
}

Snapshot WinsockResetFix::snapshot()
{
    Snapshot s;
    m_registry.capture(s);
    return s;
}

void WinsockResetFix::apply(const Snapshot&, FixSteps& steps)
{
    const auto argv = netshWinsockResetArgv();
    const ActionResult result = judgeNetsh(steps.run(m_runner, argv), m_allowList, argv);
    if (result.status == ActionStatus::Failed || result.status == ActionStatus::Unavailable)
        throw FixFailure(describe(result));
    m_netsh = result;
}

void WinsockResetFix::rollback(const Snapshot& before, FixSteps& steps)
{
    m_registry.restore(before, steps);
}

FixCheck WinsockResetFix::check(const Snapshot&)
{
    if (!m_netsh)
        return FixCheck::couldNotVerify("netsh winsock reset did not run in this process");
    if (m_netsh->status != ActionStatus::Done)
        return FixCheck::couldNotVerify(m_netsh->message);
    const Probed<std::vector<CatalogEntry>> catalog = readCatalog();
    if (!catalog.available())
        return FixCheck::couldNotVerify(m_netsh->message +
                                        "; the catalog cannot be read back: " + catalog.status.reason);
    const auto layered = std::count_if(catalog.value.begin(), catalog.value.end(),
                                       [](const CatalogEntry& e) { return e.kind != CatalogEntry::Kind::Base; });
    if (layered > 0)
        return FixCheck::couldNotVerify(m_netsh->message + "; the catalog still lists " + std::to_string(layered) +
                                        " layered or chain entries until Windows restarts");
    return FixCheck::verified(m_netsh->message + "; the catalog holds base providers only");
}

FixCheck WinsockResetFix::restored(const Snapshot& before)
{
    return m_registry.restored(before);
}

} // namespace wsafix::win
