#include "diagnostics/platform/linux/LinuxSystem.h"

#include "diagnostics/platform/linux/AdapterListing.h"
#include "diagnostics/platform/linux/JournalEvents.h"
#include "diagnostics/platform/linux/NssHosts.h"
#include "diagnostics/platform/linux/NameResolver.h"
#include "diagnostics/platform/linux/PreloadCatalog.h"
#include "diagnostics/platform/linux/ProcessListing.h"
#include "diagnostics/platform/linux/ProcessPreload.h"
#include "diagnostics/platform/linux/ResolvConf.h"
#include "diagnostics/platform/linux/SocketInventory.h"
#include "diagnostics/platform/linux/SystemInfoProbe.h"
#include "diagnostics/platform/linux/TcpConnectProbe.h"

namespace wsafix {

LinuxSystem::LinuxSystem() : LinuxSystem(Paths{}) {}

LinuxSystem::LinuxSystem(Paths paths) : LinuxSystem(std::move(paths), createProcessRunner(defaultAllowList())) {}

LinuxSystem::LinuxSystem(Paths paths, std::unique_ptr<ProcessRunner> runner)
    : m_paths(std::move(paths)), m_runner(std::move(runner))
{
}

SystemInfo LinuxSystem::info()
{
    return lnx::readSystemInfo();
}

Probed<std::vector<CatalogEntry>> LinuxSystem::catalog()
{
    return lnx::readPreloadCatalog(m_paths.preload);
}

Probed<std::vector<NamespaceProvider>> LinuxSystem::namespaceProviders()
{
    return lnx::readNssHosts(m_paths.nsswitch, lnx::defaultNssLibraryDirs());
}

Probed<std::vector<CatalogEntry>> LinuxSystem::processInterposers(std::uint32_t pid)
{
    return lnx::readProcessPreload(pid, m_paths.proc);
}

Probed<std::vector<SocketEntry>> LinuxSystem::sockets()
{
    return lnx::listSockets(lnx::Attribution::Owners);
}

Probed<std::vector<ProcessInfo>> LinuxSystem::processes()
{
    return lnx::listProcesses();
}

Probed<std::vector<Adapter>> LinuxSystem::adapters()
{
    return lnx::listAdapters(lnx::readDnsServers(m_paths.resolvConf, m_paths.resolvedConf));
}

Probed<std::vector<EventEntry>> LinuxSystem::events()
{
    return lnx::readJournalEvents(*m_runner);
}

TcpProbeResult LinuxSystem::probeTcp(const std::string& host, std::uint16_t port, std::chrono::milliseconds timeout)
{
    return lnx::probeTcpConnect(host, port, timeout);
}

Probed<NameResolution> LinuxSystem::resolve(const std::string& host, std::chrono::milliseconds timeout)
{
    return Probed<NameResolution>::ok(lnx::resolveName(host, timeout));
}

CommandResult LinuxSystem::runCommand(const std::vector<std::string>& argv)
{
    return m_runner->run(argv);
}

} // namespace wsafix
