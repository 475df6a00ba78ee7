#pragma once
/// @file RegistryTreeBackup.h
/// @brief The registry part of the Winsock fixes (winsock-reset, remove-provider): captures one registry tree into
/// a snapshot twice — the engine's structured copy (JSON part "registry") and a regedit file a technician can import
/// by hand (Bytes part "registry-export", meta "extension": ".reg") — and puts it back through FixSteps. The key
/// path is a constructor parameter: production passes the WinSock2 key, tests a scratch HKCU key.

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

class RegistryTreeBackup
{
public:
    explicit RegistryTreeBackup(std::string path);

    const std::string& path() const { return m_path; }
    /// The snapshotPlan() lines of this part.
    std::vector<std::string> plan() const;
    /// Adds the two parts to `snapshot`. Throws FixFailure when the tree cannot be read.
    void capture(Snapshot& snapshot) const;
    /// The snapshot's structured copy of the tree. Throws FixFailure when the snapshot holds none that is usable.
    RegistryTree tree(const Snapshot& snapshot) const;
    /// Makes the registry identical to the snapshot's structured copy, as one journaled step. Throws FixFailure.
    void restore(const Snapshot& snapshot, FixSteps& steps) const;
    /// Verified when the registry reads back identical to the snapshot, Failed naming the first difference.
    FixCheck restored(const Snapshot& snapshot) const;

private:
    std::string m_path;
};

} // namespace wsafix::win
