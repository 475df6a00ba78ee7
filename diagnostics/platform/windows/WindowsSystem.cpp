#include "diagnostics/platform/windows/WindowsSystem.h"

#include "diagnostics/platform/windows/AdapterProbe.h"
#include "diagnostics/platform/windows/CatalogProbe.h"
#include "diagnostics/platform/windows/EventLogProbe.h"
#include "diagnostics/platform/windows/LoadedProviders.h"
#include "diagnostics/platform/windows/NamespaceProbe.h"
#include "diagnostics/platform/windows/NameResolver.h"
#include "diagnostics/platform/windows/ProcessProbe.h"
#include "diagnostics/platform/windows/SocketTableProbe.h"
#include "diagnostics/platform/windows/SystemInfoProbe.h"
#include "diagnostics/platform/windows/TcpConnectProbe.h"

namespace wsafix {

WindowsSystem::WindowsSystem() : m_runner(createProcessRunner(defaultAllowList())) {}

WindowsSystem::~WindowsSystem() = default;

SystemInfo WindowsSystem::info()
{
    return win::readSystemInfo();
}

Probed<std::vector<CatalogEntry>> WindowsSystem::catalog()
{
    if (!m_winsock.ok())
        return Probed<std::vector<CatalogEntry>>::unavailable(m_winsock.failure());
    return win::readCatalog();
}

Probed<std::vector<NamespaceProvider>> WindowsSystem::namespaceProviders()
{
    if (!m_winsock.ok())
        return Probed<std::vector<NamespaceProvider>>::unavailable(m_winsock.failure());
    return win::readNamespaceProviders();
}

Probed<std::vector<CatalogEntry>> WindowsSystem::processInterposers(std::uint32_t pid)
{
    auto modules = win::loadedModules(pid);
    if (!modules.available())
        return Probed<std::vector<CatalogEntry>>::unavailable(modules.status.reason);
    auto entries = catalog();
    if (!entries.available())
        return Probed<std::vector<CatalogEntry>>::unavailable("the Winsock catalog is unavailable: " +
                                                              entries.status.reason);
    return Probed<std::vector<CatalogEntry>>::ok(win::loadedProviders(entries.value, modules.value, pid));
}

Probed<std::vector<SocketEntry>> WindowsSystem::sockets()
{
    return win::readSockets();
}

Probed<std::vector<ProcessInfo>> WindowsSystem::processes()
{
    return win::readProcesses();
}

Probed<std::vector<Adapter>> WindowsSystem::adapters()
{
    return win::readAdapters();
}

Probed<std::vector<EventEntry>> WindowsSystem::events()
{
    return win::readEvents();
}

TcpProbeResult WindowsSystem::probeTcp(const std::string& host, std::uint16_t port, std::chrono::milliseconds timeout)
{
    if (!m_winsock.ok()) {
        TcpProbeResult result;
        result.error = m_winsock.failure();
        return result;
    }
    return win::probeTcp(host, port, timeout);
}

Probed<NameResolution> WindowsSystem::resolve(const std::string& host, std::chrono::milliseconds)
{
    if (!m_winsock.ok())
        return Probed<NameResolution>::unavailable(m_winsock.failure());
    return Probed<NameResolution>::ok(win::resolveName(host));
}

CommandResult WindowsSystem::runCommand(const std::vector<std::string>& argv)
{
    return m_runner->run(argv);
}

} // namespace wsafix
