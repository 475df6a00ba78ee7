#pragma once
/// @file Detector.h
/// @brief Runs the probes of a System into an Inventory, with progress and cancellation.
/// Callers run it off the GUI thread; it never touches a UI.

#include "diagnostics/Inventory.h"
#include "diagnostics/System.h"

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

    /// Runs `probes` (empty: all). A probe skipped through `stop` is recorded as unavailable ("cancelled").
    /// Throws std::invalid_argument for an unknown probe name.
    Inventory run(const std::vector<std::string>& probes = {}, const Progress& progress = {},
                  std::stop_token stop = {});

private:
    System& m_system;
};

} // namespace wsafix
