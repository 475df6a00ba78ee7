#pragma once
/// @file SystemFactory.h
/// @brief The one place that picks a System: the simulated machine of a scenario, or this machine.

#include "diagnostics/System.h"

#include <memory>
#include <string>
#include <vector>

namespace wsafix {

/// The backend of the platform this binary was built for (WindowsSystem or LinuxSystem).
/// Defined once per platform folder; CMake compiles exactly one of them.
std::unique_ptr<System> createNativeSystem();

/// `scenario` empty: this machine. Otherwise a built-in scenario name or a scenario file path.
/// Throws ScenarioError when the scenario cannot be loaded.
std::unique_ptr<System> createSystem(const std::string& scenario);

/// A simulated machine resumed by a later command: applies `simulatedFixes` (a session's, in order) unless the
/// machine has applied fixes already. Does nothing to a real machine. Returns false when a fix is not simulated
/// by the scenario (the others are still applied).
bool resumeSimulatedFixes(System& system, const std::vector<std::string>& simulatedFixes);

} // namespace wsafix
