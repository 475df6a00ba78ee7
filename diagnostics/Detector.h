#pragma once
/// @file Detector.h
/// @brief Runs the probes of a System into an Inventory, with progress, cancellation and a time limit per probe.
/// Callers run it off the GUI thread; it never touches a UI.

#include "diagnostics/Inventory.h"
#include "diagnostics/System.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <stop_token>
#include <string>
#include <vector>

namespace wsafix {

class Detector
{
public:
    /// The probes in the order they run: catalog, sockets, processes, adapters, events.
    /// "catalog" also reads the namespace providers (status "namespaces"); "processes" also reads the
    /// interposers of the target process when one is set (status "interposers").
    static const std::vector<std::string>& allProbes();

    /// Called before each probe with its name, and its index out of the total.
    using Progress = std::function<void(const std::string& probe, int index, int total)>;

    explicit Detector(System& system);

    /// The target of the "connectivity" probe; without one that probe cannot run.
    void setTarget(std::string host, std::uint16_t port, std::chrono::milliseconds timeout = std::chrono::seconds(5));
    /// The failing application: by PID when `pid` is not 0, otherwise every process called `name`
    /// (case-insensitive). Its interposers are read with the processes.
    void setTargetProcess(std::uint32_t pid, std::string name);

    /// How long `probe` may run before it is stopped and reported as unavailable (defaults: 20 s; events 40 s).
    void setTimeLimit(const std::string& probe, std::chrono::milliseconds limit);
    std::chrono::milliseconds timeLimit(const std::string& probe) const;

    /// Runs `probes` (empty: all, plus "connectivity" when a target is set). A probe skipped through `stop` is
    /// recorded as unavailable ("cancelled"); one that runs out of time as unavailable ("stopped after ...").
    /// Throws std::invalid_argument for an unknown probe name, or for "connectivity" without a target.
    Inventory run(const std::vector<std::string>& probes = {}, const Progress& progress = {},
                  std::stop_token stop = {});

    /// allProbes() and "connectivity".
    static bool knownProbe(const std::string& name);

private:
    void runProbe(const std::string& probe, Inventory& inv);
    void probeConnectivity(Inventory& inv);
    void probeInterposers(Inventory& inv);

    System& m_system;
    std::string m_host;
    std::uint16_t m_port = 0;
    std::chrono::milliseconds m_timeout{5000};
    std::uint32_t m_targetPid = 0;
    std::string m_targetName;
    std::map<std::string, std::chrono::milliseconds> m_limits;
};

} // namespace wsafix
