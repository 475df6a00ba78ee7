#pragma once
/// @file WindowsSystem.h
/// @brief The System of a Windows machine: Winsock catalog, IP Helper tables, Toolhelp,
/// adapters, the Event Log, TCP probes and allow-listed commands.

#include "diagnostics/System.h"
#include "diagnostics/platform/windows/WinsockSession.h"

#include <memory>

namespace wsafix {

class WindowsSystem : public System
{
public:
    WindowsSystem();
    ~WindowsSystem() override;

    SystemInfo info() override;
    Probed<std::vector<CatalogEntry>> catalog() override;
    Probed<std::vector<NamespaceProvider>> namespaceProviders() override;
    Probed<std::vector<CatalogEntry>> processInterposers(std::uint32_t pid) override;
    Probed<std::vector<SocketEntry>> sockets() override;
    Probed<std::vector<ProcessInfo>> processes() override;
    Probed<std::vector<Adapter>> adapters() override;
    Probed<std::vector<EventEntry>> events() override;
    TcpProbeResult probeTcp(const std::string& host, std::uint16_t port, std::chrono::milliseconds timeout) override;
    /// GetAddrInfoW has no time limit; `timeout` is not applied (the system resolver's own limits are).
    Probed<NameResolution> resolve(const std::string& host, std::chrono::milliseconds timeout) override;
    CommandResult runCommand(const std::vector<std::string>& argv) override;

private:
    win::WinsockSession m_winsock;
    std::unique_ptr<ProcessRunner> m_runner;
};

} // namespace wsafix
