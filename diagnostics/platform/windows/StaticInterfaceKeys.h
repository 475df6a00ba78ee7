#pragma once
/// @file StaticInterfaceKeys.h
/// @brief The saved (persistent) settings of the adapters with a static configuration, as subkeys `Interfaces\{GUID}`
/// of a captured Tcpip (IPv4) or Tcpip6 (IPv6) Interfaces tree. `netsh int ip reset` rewrites them, effective after the
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
    enum class Family
    {
        Ipv4, ///< Tcpip\Parameters\Interfaces: EnableDHCP, IPAddress, SubnetMask, DefaultGateway, ..., NameServer
        Ipv6, ///< Tcpip6\Parameters\Interfaces: NameServer (static IPv6 addresses live in the NSI store instead)
    };

    /// `captured`: the Interfaces tree of a snapshot (RegistryTreeBackup::tree()).
    explicit StaticInterfaceKeys(const RegistryTree& captured, Family family = Family::Ipv4);

    /// One tree per adapter subkey with a static configuration, rooted at `<Interfaces>\{GUID}`, in capture order.
    const std::vector<RegistryTree>& adapters() const { return m_adapters; }
    /// Whether an adapter subkey holds a static configuration: a NameServer, and for IPv4 also EnableDHCP 0 or a
    /// static IPAddress or DefaultGateway (other than 0.0.0.0). A DHCP adapter without static DNS servers is left to
    /// the reset.
    static bool isStatic(const RegistryKey& adapter, Family family = Family::Ipv4);

    /// Puts every adapter() subtree back as it was captured, one journaled step per adapter. Throws FixFailure.
    void restore(FixSteps& steps, const std::string& snapshotId) const;
    /// Verified when the saved settings (IPv4: EnableDHCP, IPAddress, SubnetMask, DefaultGateway, DefaultGatewayMetric,
    /// NameServer; IPv6: NameServer) of every adapter() read back as captured; Failed naming the first that does not.
    /// Other values (DHCP lease times and the like) change on their own and are not compared.
    FixCheck check() const;

private:
    /// "IP" (IPv4, as before IPv6 was kept) or "IPv6", for the step and check texts.
    std::string kind() const { return m_family == Family::Ipv4 ? "IP" : "IPv6"; }

    Family m_family;
    std::vector<RegistryTree> m_adapters;
};

} // namespace wsafix::win
