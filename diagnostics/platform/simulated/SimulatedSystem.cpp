#include "diagnostics/platform/simulated/SimulatedSystem.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <stdexcept>

namespace wsafix {

SimulatedSystem::SimulatedSystem(Scenario scenario) : m_scenario(std::move(scenario)), m_state(m_scenario.machine)
{
}

SystemInfo SimulatedSystem::info() { return m_scenario.system; }
Probed<std::vector<CatalogEntry>> SimulatedSystem::catalog() { return Probed<std::vector<CatalogEntry>>::ok(m_state.catalog); }
Probed<std::vector<NamespaceProvider>> SimulatedSystem::namespaceProviders()
{
    if (!m_state.namespaceProviders)
        return Probed<std::vector<NamespaceProvider>>::unavailable("the scenario does not describe namespace providers");
    return Probed<std::vector<NamespaceProvider>>::ok(*m_state.namespaceProviders);
}

Probed<std::vector<CatalogEntry>> SimulatedSystem::processInterposers(std::uint32_t pid)
{
    if (std::none_of(m_state.processes.begin(), m_state.processes.end(), [&](const auto& p) { return p.pid == pid; }))
        return Probed<std::vector<CatalogEntry>>::unavailable("the simulated machine has no process " +
                                                              std::to_string(pid));
    // As on the machines simulated: every provider DLL other than Windows' own, and every preloaded library,
    // is loaded into every program that opens a socket.
    std::vector<CatalogEntry> loaded;
    std::set<std::string> seen;
    for (const auto& e : m_state.catalog) {
        const auto slash = e.providerPath.find_last_of("/\\");
        std::string file = slash == std::string::npos ? e.providerPath : e.providerPath.substr(slash + 1);
        std::transform(file.begin(), file.end(), file.begin(), [](unsigned char c) { return std::tolower(c); });
        if (file == "mswsock.dll" || e.kind == CatalogEntry::Kind::Base || !seen.insert(e.providerPath).second)
            continue;
        CatalogEntry copy = e;
        copy.catalog = "loaded";
        copy.name = "loaded into process " + std::to_string(pid) + ": " + e.name;
        loaded.push_back(std::move(copy));
    }
    return Probed<std::vector<CatalogEntry>>::ok(std::move(loaded));
}

Probed<std::vector<SocketEntry>> SimulatedSystem::sockets() { return Probed<std::vector<SocketEntry>>::ok(m_state.sockets); }
Probed<std::vector<ProcessInfo>> SimulatedSystem::processes() { return Probed<std::vector<ProcessInfo>>::ok(m_state.processes); }
Probed<std::vector<Adapter>> SimulatedSystem::adapters() { return Probed<std::vector<Adapter>>::ok(m_state.adapters); }
Probed<std::vector<EventEntry>> SimulatedSystem::events() { return Probed<std::vector<EventEntry>>::ok(m_state.events); }

TcpProbeResult SimulatedSystem::probeTcp(const std::string& host, std::uint16_t port, std::chrono::milliseconds timeout)
{
    const auto it = std::find_if(m_state.reachability.begin(), m_state.reachability.end(),
                                 [&](const Reachability& r) { return r.host == host && r.port == port; });
    if (it != m_state.reachability.end()) {
        TcpProbeResult r = it->result;
        if (r.milliseconds > static_cast<double>(timeout.count()) && r.connected) {
            // A connection slower than the caller's limit is a time-out, as on a real machine.
            r.connected = false;
            r.milliseconds = static_cast<double>(timeout.count());
            r.errorCode = 10060;
            r.error = "WSAETIMEDOUT";
        }
        return r;
    }
    TcpProbeResult unknown;
    unknown.resolved = false;
    unknown.errorCode = 11001;
    unknown.error = "WSAHOST_NOT_FOUND: the simulated machine knows no host '" + host + "' on port " +
                    std::to_string(port);
    return unknown;
}

Probed<NameResolution> SimulatedSystem::resolve(const std::string& host, std::chrono::milliseconds)
{
    NameResolution r;
    for (const auto& entry : m_state.reachability)
        if (entry.host == host && entry.result.resolved) {
            r.resolved = true;
            r.milliseconds = 0;
            if (!entry.result.address.empty() &&
                std::find(r.addresses.begin(), r.addresses.end(), entry.result.address) == r.addresses.end())
                r.addresses.push_back(entry.result.address);
        }
    if (!r.resolved) {
        r.errorCode = 11001;
        r.error = "WSAHOST_NOT_FOUND: the simulated machine knows no host '" + host + "'";
    }
    return Probed<NameResolution>::ok(std::move(r));
}

CommandResult SimulatedSystem::runCommand(const std::vector<std::string>& argv)
{
    CommandResult r;
    r.started = false;
    r.error = "the simulated machine runs no commands (" + (argv.empty() ? std::string("empty command") : argv[0]) + ")";
    return r;
}

bool SimulatedSystem::simulates(const std::string& fixId) const { return m_scenario.fixes.count(fixId) > 0; }

bool SimulatedSystem::applyFix(const std::string& fixId)
{
    const auto it = m_scenario.fixes.find(fixId);
    if (it == m_scenario.fixes.end())
        return false;
    const FixEffect& e = it->second;
    if (e.catalog)
        m_state.catalog = *e.catalog;
    if (e.processes)
        m_state.processes = *e.processes;
    if (e.sockets)
        m_state.sockets = *e.sockets;
    if (e.adapters)
        m_state.adapters = *e.adapters;
    if (e.events)
        m_state.events = *e.events;
    if (e.reachability)
        m_state.reachability = *e.reachability;
    m_applied.push_back(fixId);
    return true;
}

void SimulatedSystem::resetTo(const std::vector<std::string>& applied)
{
    for (const auto& fixId : applied)
        if (!simulates(fixId))
            throw std::invalid_argument("fix " + fixId + " is not simulated in scenario '" + m_scenario.name + "'");
    m_state = m_scenario.machine;
    m_applied.clear();
    for (const auto& fixId : applied)
        applyFix(fixId);
}

} // namespace wsafix
