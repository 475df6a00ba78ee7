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

Inventory Detector::run(const std::vector<std::string>& probes, const Progress& progress, std::stop_token stop)
{
    const auto& wanted = probes.empty() ? allProbes() : probes;
    for (const auto& p : wanted)
        if (std::find(allProbes().begin(), allProbes().end(), p) == allProbes().end())
            throw std::invalid_argument("unknown probe '" + p + "' (known: catalog, sockets, processes, adapters, events)");

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
        else
            take(inv, probe, m_system.events(), inv.events);
    }
    if (progress)
        progress({}, total, total);
    return inv;
}

} // namespace wsafix
