#pragma once
/// @file System.h
/// @brief The only door to the machine. WindowsSystem, LinuxSystem and SimulatedSystem implement it,
/// and the same test suites run against each.

#include "Inventory.h"
#include "ProcessRunner.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace wsafix {

class System
{
public:
    virtual ~System() = default;

    virtual SystemInfo info() = 0;
    /// The Winsock catalog (Windows) or the socket interposers of /etc/ld.so.preload (Linux).
    virtual Probed<std::vector<CatalogEntry>> catalog() = 0;
    /// The Winsock namespace providers (Windows) or the `hosts:` name service modules of nsswitch.conf (Linux).
    virtual Probed<std::vector<NamespaceProvider>> namespaceProviders() = 0;
    /// Socket interposers of one process: provider DLLs of the catalog loaded into it (Windows), the libraries
    /// of LD_PRELOAD in its environment (Linux).
    virtual Probed<std::vector<CatalogEntry>> processInterposers(std::uint32_t pid) = 0;
    /// All TCP and UDP sockets, IPv4 and IPv6, with owning PID and process name where known.
    virtual Probed<std::vector<SocketEntry>> sockets() = 0;
    virtual Probed<std::vector<ProcessInfo>> processes() = 0;
    virtual Probed<std::vector<Adapter>> adapters() = 0;
    /// Error-level events of the last days that matter for networking.
    virtual Probed<std::vector<EventEntry>> events() = 0;
    /// One TCP connection attempt to host:port, bounded by `timeout`.
    virtual TcpProbeResult probeTcp(const std::string& host, std::uint16_t port,
                                    std::chrono::milliseconds timeout) = 0;
    /// Resolves `host` to addresses (no connection), bounded by `timeout`. Names under ".invalid" are answered
    /// without a query. Backends that cannot resolve on their own report unavailable; callers then rely on the
    /// `resolved` flag of probeTcp().
    virtual Probed<NameResolution> resolve(const std::string& host, std::chrono::milliseconds timeout)
    {
        (void)host;
        (void)timeout;
        return Probed<NameResolution>::unavailable("this backend cannot resolve names on their own");
    }
    /// Runs an allow-listed command (argv list, never a shell string).
    virtual CommandResult runCommand(const std::vector<std::string>& argv) = 0;
};

} // namespace wsafix
