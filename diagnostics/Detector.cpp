#include "diagnostics/Detector.h"

#include <algorithm>
#include <stdexcept>

namespace wsafix {
namespace {

template <class T> void take(Inventory& inv, const std::string& probe, Probed<T> result, T& into)
{
    inv.probes[probe] = result.status;
    into = std::move(result.value);
}

} // namespace

const std::vector<std::string>& Detector::allProbes()
{
    static const std::vector<std::string> probes{"catalog", "sockets", "processes", "adapters", "events"};
    return probes;
}

Detector::Detector(System& system) : m_system(system) {}

void Detector::setTarget(std::string host, std::uint16_t port, std::chrono::milliseconds timeout)
{
    m_host = std::move(host);
    m_port = port;
    m_timeout = timeout;
}

bool Detector::knownProbe(const std::string& name)
{
    return name == "connectivity" || std::find(allProbes().begin(), allProbes().end(), name) != allProbes().end();
}

void Detector::probeConnectivity(Inventory& inv)
{
    inv.connectivity.push_back({m_host, m_port, m_system.probeTcp(m_host, m_port, m_timeout)});
    inv.probes["connectivity"] = ProbeStatus{};
}

Inventory Detector::run(const std::vector<std::string>& probes, const Progress& progress, std::stop_token stop)
{
    const bool hasTarget = !m_host.empty() && m_port != 0;
    std::vector<std::string> wanted = probes.empty() ? allProbes() : probes;
    if (probes.empty() && hasTarget)
        wanted.push_back("connectivity");
    for (const auto& p : wanted) {
        if (!knownProbe(p))
            throw std::invalid_argument("unknown probe '" + p +
                                        "' (known: catalog, sockets, processes, adapters, events, connectivity)");
        if (p == "connectivity" && !hasTarget)
            throw std::invalid_argument("the connectivity probe needs a target host and port");
    }

    Inventory inv;
    const int total = static_cast<int>(wanted.size());
    for (int i = 0; i < total; ++i) {
        const std::string& probe = wanted[static_cast<std::size_t>(i)];
        if (stop.stop_requested()) {
            inv.probes[probe] = ProbeStatus{false, "cancelled"};
            continue;
        }
        if (progress)
            progress(probe, i, total);
        if (probe == "catalog")
            take(inv, probe, m_system.catalog(), inv.catalog);
        else if (probe == "sockets")
            take(inv, probe, m_system.sockets(), inv.sockets);
        else if (probe == "processes")
            take(inv, probe, m_system.processes(), inv.processes);
        else if (probe == "adapters")
            take(inv, probe, m_system.adapters(), inv.adapters);
        else if (probe == "connectivity")
            probeConnectivity(inv);
        else
            take(inv, probe, m_system.events(), inv.events);
    }
    if (progress)
        progress({}, total, total);
    return inv;
}

} // namespace wsafix
