#pragma once
/// @file StaticInterfaceKeys.h
/// @brief The saved (persistent) IPv4 settings of the adapters with a static configuration, as subkeys
/// `Interfaces\{GUID}` of a captured Tcpip Interfaces tree. `netsh int ip reset` rewrites them, effective after the
/// reboot, so re-applying the static configuration to the running stack alone would not survive that reboot: ip-reset
/// puts these subkeys back right after the reset and checks that the saved settings are the captured ones.

#include "diagnostics/fix/Fix.h"
#include "diagnostics/platform/windows/RegistryTree.h"

#include <string>
#include <vector>

namespace wsafix::win {

class StaticInterfaceKeys
{
public:
    /// `captured`: the Interfaces tree of a snapshot (RegistryTreeBackup::tree()).
    explicit StaticInterfaceKeys(const RegistryTree& captured);

    /// One tree per adapter subkey with a static configuration, rooted at `<Interfaces>\{GUID}`, in capture order.
    const std::vector<RegistryTree>& adapters() const { return m_adapters; }
    /// Whether an adapter subkey holds a static configuration: EnableDHCP 0, a static IPAddress or DefaultGateway
    /// (other than 0.0.0.0), or a NameServer. A DHCP adapter without static DNS servers is left to the reset.
    static bool isStatic(const RegistryKey& adapter);

    /// Puts every adapter() subtree back as it was captured, one journaled step per adapter. Throws FixFailure.
    void restore(FixSteps& steps, const std::string& snapshotId) const;
    /// Verified when the saved settings (EnableDHCP, IPAddress, SubnetMask, DefaultGateway, DefaultGatewayMetric,
    /// NameServer) of every adapter() read back as captured; Failed naming the first that does not. Other values
    /// (DHCP lease times and the like) change on their own and are not compared.
    FixCheck check() const;

private:
    std::vector<RegistryTree> m_adapters;
};

} // namespace wsafix::win
