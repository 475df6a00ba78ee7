#pragma once
/// @file RegistryTreeBackup.h
/// @brief The registry part of the Winsock fixes (winsock-reset, remove-provider) and ip-reset: captures one registry
/// tree into a snapshot twice — the engine's structured copy (JSON part "registry") and a regedit file a technician
/// can import by hand (Bytes part "registry-export", meta "extension": ".reg") — and puts it back through FixSteps.
/// The key path is a constructor parameter: production passes the WinSock2 key, tests a scratch HKCU key. A fix that
/// keeps several trees gives each its own part name ("registry-tcpip6" and "registry-tcpip6-export").
/// Restores write only to that path: a snapshot whose copy names another key is refused whole (tree() throws), so
/// a forged snapshot cannot make the elevated step write or delete a key of its choosing.

#include "diagnostics/fix/Fix.h"
#include "diagnostics/platform/windows/RegistryTree.h"

#include <string>

namespace wsafix::win {

/// HKLM\SYSTEM\CurrentControlSet\Services\WinSock2\Parameters: the Winsock catalogs and their settings.
inline constexpr const char* kWinsockRegistryPath = "HKLM\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters";
/// HKLM\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters\Interfaces: the persistent IPv4 configuration of every
/// adapter (IPAddress, SubnetMask, DefaultGateway, NameServer, EnableDHCP), which `netsh int ip reset` rewrites.
inline constexpr const char* kTcpipInterfacesRegistryPath =
    "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters\\Interfaces";
/// HKLM\SYSTEM\CurrentControlSet\Services\Tcpip6\Parameters\Interfaces: the persistent IPv6 settings of every adapter
/// (NameServer: the static IPv6 DNS servers), which `netsh int ip reset` rewrites too.
inline constexpr const char* kTcpip6InterfacesRegistryPath =
    "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip6\\Parameters\\Interfaces";
/// The NSI persistent store of the IPv6 module ({eb004a01-...}; IPv4 is {eb004a00-...}): object 10 holds the
/// manually configured unicast addresses (one value per address, named after the interface LUID in hex then the
/// address), object 16 the static routes. Windows re-creates them from here at every start; the reset empties them.
inline constexpr const char* kNsiIpv6AddressesRegistryPath =
    "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Nsi\\{eb004a01-9b1a-11d4-9123-0050047759bc}\\10";
inline constexpr const char* kNsiIpv6RoutesRegistryPath =
    "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Nsi\\{eb004a01-9b1a-11d4-9123-0050047759bc}\\16";

class RegistryTreeBackup
{
public:
    /// `partName` names the structured copy; the .reg file is `partName` + "-export".
    explicit RegistryTreeBackup(std::string path, std::string partName = "registry");

    const std::string& path() const { return m_path; }
    /// Whether `snapshot` holds this tree (snapshots taken before a fix kept it do not).
    bool capturedIn(const Snapshot& snapshot) const;
    /// The snapshotPlan() lines of this part.
    std::vector<std::string> plan() const;
    /// Adds the two parts to `snapshot`. Throws FixFailure when the tree cannot be read.
    void capture(Snapshot& snapshot) const;
    /// The snapshot's structured copy of the tree, its path always this backup's own (canonical) path. Throws
    /// FixFailure when the snapshot holds none that is usable or its copy is of another key.
    RegistryTree tree(const Snapshot& snapshot) const;
    /// Makes the registry identical to the snapshot's structured copy, as one journaled step. Throws FixFailure.
    void restore(const Snapshot& snapshot, FixSteps& steps) const;
    /// Verified when the registry reads back identical to the snapshot, Failed naming the first difference.
    FixCheck restored(const Snapshot& snapshot) const;

private:
    RegistryTree treeOf(const Snapshot& snapshot) const;

    std::string m_path;
    std::string m_canonical; ///< "HKEY_LOCAL_MACHINE\..." of m_path; empty when m_path is malformed
    std::string m_part;
};

} // namespace wsafix::win
