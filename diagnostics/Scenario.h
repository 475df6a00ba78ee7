#pragma once
/// @file Scenario.h
/// @brief A simulated machine described by a JSON scenario file (format: resources/scenarios/README.md).

#include "diagnostics/Inventory.h"

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace wsafix {

/// A scenario that cannot be loaded. what() names the file, the line or field, and what was expected.
class ScenarioError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// The answer the simulated machine gives to a TCP probe of host:port.
struct Reachability
{
    std::string host;
    std::uint16_t port = 0;
    TcpProbeResult result;
    bool operator==(const Reachability&) const = default;
};

/// The parts of a simulated machine; every section a fix may change.
struct MachineState
{
    std::vector<CatalogEntry> catalog;
    std::vector<ProcessInfo> processes;
    std::vector<SocketEntry> sockets;
    std::vector<Adapter> adapters;
    std::vector<EventEntry> events;
    std::vector<Reachability> reachability;
    /// Absent when the scenario does not describe them: the probe is then unavailable, not empty.
    std::optional<std::vector<NamespaceProvider>> namespaceProviders;
    bool operator==(const MachineState&) const = default;
};

/// How one fix changes the machine: each present section replaces the machine's section.
struct FixEffect
{
    std::optional<std::vector<CatalogEntry>> catalog;
    std::optional<std::vector<ProcessInfo>> processes;
    std::optional<std::vector<SocketEntry>> sockets;
    std::optional<std::vector<Adapter>> adapters;
    std::optional<std::vector<EventEntry>> events;
    std::optional<std::vector<Reachability>> reachability;
    /// Set: the fix runs, but its check finds it did not work, for this reason; FixRunner rolls it back. Teaches
    /// what a failed fix and its automatic rollback look like. Empty: the check passes.
    std::string failsCheck;
};

struct Scenario
{
    std::string name;                   ///< e.g. "lsp-adware"
    std::string title;                  ///< one line for lists
    std::string story;                  ///< what the trainee is told
    SystemInfo system;                  ///< os, hostname, user, elevated
    MachineState machine;
    std::map<std::string, FixEffect> fixes; ///< fix id → effect
};

/// Parses scenario JSON. `origin` names the source in error messages (a path or "built-in scenario 'x'").
Scenario parseScenario(std::string_view text, const std::string& origin);

/// A built-in scenario name ("clean", "lsp-adware", ...) or a path to a scenario file.
Scenario loadScenario(const std::string& nameOrPath);

/// Names of the built-in scenarios, sorted.
std::vector<std::string> builtinScenarioNames();

} // namespace wsafix
