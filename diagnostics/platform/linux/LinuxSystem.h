#pragma once
/// @file LinuxSystem.h
/// @brief This Linux machine: sock_diag and /proc for sockets and processes, rtnetlink for
/// adapters, /etc/ld.so.preload as the catalog of socket interposers, the journal for events.

#include "diagnostics/System.h"

#include <memory>
#include <string>

namespace wsafix {

class LinuxSystem : public System
{
public:
    /// Paths are parameters so that tests can point the file-based probes at fixtures.
    struct Paths
    {
        std::string preload = "/etc/ld.so.preload";
        std::string resolvConf = "/etc/resolv.conf";
        std::string resolvedConf = "/run/systemd/resolve/resolv.conf";
        std::string nsswitch = "/etc/nsswitch.conf";
        std::string proc = "/proc";
    };

    LinuxSystem();
    explicit LinuxSystem(Paths paths);
    /// `runner` runs journalctl and runCommand(); the default is the platform runner with defaultAllowList().
    LinuxSystem(Paths paths, std::unique_ptr<ProcessRunner> runner);

    SystemInfo info() override;
    Probed<std::vector<CatalogEntry>> catalog() override;
    Probed<std::vector<NamespaceProvider>> namespaceProviders() override;
    Probed<std::vector<CatalogEntry>> processInterposers(std::uint32_t pid) override;
    /// Probes the network namespace of the calling thread; attributes owners across all processes.
    Probed<std::vector<SocketEntry>> sockets() override;
    Probed<std::vector<ProcessInfo>> processes() override;
    Probed<std::vector<Adapter>> adapters() override;
    Probed<std::vector<EventEntry>> events() override;
    TcpProbeResult probeTcp(const std::string& host, std::uint16_t port, std::chrono::milliseconds timeout) override;
    Probed<NameResolution> resolve(const std::string& host, std::chrono::milliseconds timeout) override;
    CommandResult runCommand(const std::vector<std::string>& argv) override;

private:
    Paths m_paths;
    std::unique_ptr<ProcessRunner> m_runner;
};

} // namespace wsafix
