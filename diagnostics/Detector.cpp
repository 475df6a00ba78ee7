#include "diagnostics/Detector.h"

#include "diagnostics/ProbeBudget.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace wsafix {
namespace {

constexpr std::size_t kMaxTargetProcesses = 16; // a name shared by more processes is not one application

template <class T> void take(Inventory& inv, const std::string& probe, Probed<T> result, T& into)
{
    inv.probes[probe] = result.status;
    into = std::move(result.value);
}

bool sameName(const std::string& a, const std::string& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](unsigned char x, unsigned char y) { return std::tolower(x) == std::tolower(y); });
}

std::string seconds(std::chrono::milliseconds ms)
{
    const auto tenths = (ms.count() + 50) / 100;
    return std::to_string(tenths / 10) + (tenths % 10 ? "." + std::to_string(tenths % 10) : "") + " s";
}

// What a probe's statuses say after its budget stopped it: never a short list that looks complete.
void markCutShort(Inventory& inv, const std::string& probe, const ProbeBudget& budget)
{
    const std::string why = budget.cancelled() ? "cancelled"
                                               : "stopped after its time limit of " + seconds(budget.limit()) +
                                                     "; what it had read so far is left out, as it would be incomplete";
    const auto clear = [&](const std::string& name) {
        if (inv.probes.count(name))
            inv.probes[name] = ProbeStatus{false, why};
    };
    clear(probe);
    if (probe == "catalog") {
        inv.catalog.clear();
        inv.namespaceProviders.clear();
        clear("namespaces");
    } else if (probe == "sockets") {
        inv.sockets.clear();
    } else if (probe == "processes") {
        inv.processes.clear();
        inv.targetInterposers.clear();
        clear("interposers");
    } else if (probe == "adapters") {
        inv.adapters.clear();
    } else if (probe == "events") {
        inv.events.clear();
    }
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

void Detector::setTargetProcess(std::uint32_t pid, std::string name)
{
    m_targetPid = pid;
    m_targetName = std::move(name);
}

void Detector::setTimeLimit(const std::string& probe, std::chrono::milliseconds limit)
{
    m_limits[probe] = limit;
}

std::chrono::milliseconds Detector::timeLimit(const std::string& probe) const
{
    if (const auto it = m_limits.find(probe); it != m_limits.end())
        return it->second;
    if (probe == "events")
        return std::chrono::seconds(40); // journalctl and the event log are the slow ones
    if (probe == "connectivity")
        return m_timeout + std::chrono::seconds(2);
    return std::chrono::seconds(20);
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

void Detector::probeInterposers(Inventory& inv)
{
    std::vector<std::uint32_t> pids;
    if (m_targetPid != 0) {
        pids.push_back(m_targetPid);
    } else if (!m_targetName.empty()) {
        for (const auto& p : inv.processes)
            if (sameName(p.name, m_targetName) && pids.size() < kMaxTargetProcesses)
                pids.push_back(p.pid);
        if (pids.empty()) {
            inv.probes["interposers"] = ProbeStatus{false, "no running process is called " + m_targetName};
            return;
        }
    } else {
        return;
    }
    std::string failures;
    bool anyRead = false;
    for (const auto pid : pids) {
        auto result = m_system.processInterposers(pid);
        if (!result.available()) {
            failures += (failures.empty() ? "" : "; ") + result.status.reason;
            continue;
        }
        anyRead = true;
        inv.targetInterposers.insert(inv.targetInterposers.end(), result.value.begin(), result.value.end());
    }
    inv.probes["interposers"] = anyRead ? ProbeStatus{} : ProbeStatus{false, failures};
}

void Detector::runProbe(const std::string& probe, Inventory& inv)
{
    if (probe == "catalog") {
        take(inv, probe, m_system.catalog(), inv.catalog);
        take(inv, "namespaces", m_system.namespaceProviders(), inv.namespaceProviders);
    } else if (probe == "sockets") {
        take(inv, probe, m_system.sockets(), inv.sockets);
    } else if (probe == "processes") {
        take(inv, probe, m_system.processes(), inv.processes);
        probeInterposers(inv);
    } else if (probe == "adapters") {
        take(inv, probe, m_system.adapters(), inv.adapters);
    } else if (probe == "connectivity") {
        probeConnectivity(inv);
    } else {
        take(inv, probe, m_system.events(), inv.events);
    }
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
        ProbeBudget budget(timeLimit(probe), stop);
        runProbe(probe, inv);
        if (budget.timedOut() || budget.cancelled())
            markCutShort(inv, probe, budget);
    }
    if (progress)
        progress({}, total, total);
    return inv;
}

} // namespace wsafix
