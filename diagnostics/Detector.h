#pragma once
/// @file Detector.h
/// @brief Runs the probes of a System into an Inventory, with progress and cancellation.
/// Callers run it off the GUI thread; it never touches a UI.

#include "diagnostics/Inventory.h"
#include "diagnostics/System.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <stop_token>
#include <string>
#include <vector>

namespace wsafix {

class Detector
{
public:
    /// The probes in the order they run: catalog, sockets, processes, adapters, events.
    static const std::vector<std::string>& allProbes();

    /// Called before each probe with its name, and its index out of the total.
    using Progress = std::function<void(const std::string& probe, int index, int total)>;

    explicit Detector(System& system);

    /// The target of the "connectivity" probe; without one that probe cannot run.
    void setTarget(std::string host, std::uint16_t port, std::chrono::milliseconds timeout = std::chrono::seconds(5));

    /// Runs `probes` (empty: all, plus "connectivity" when a target is set). A probe skipped through `stop` is
    /// recorded as unavailable ("cancelled"). Throws std::invalid_argument for an unknown probe name, or for
    /// "connectivity" without a target.
    Inventory run(const std::vector<std::string>& probes = {}, const Progress& progress = {},
                  std::stop_token stop = {});

    /// allProbes() and "connectivity".
    static bool knownProbe(const std::string& name);

private:
    void probeConnectivity(Inventory& inv);

    System& m_system;
    std::string m_host;
    std::uint16_t m_port = 0;
    std::chrono::milliseconds m_timeout{5000};
};

} // namespace wsafix
