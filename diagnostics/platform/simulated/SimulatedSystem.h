#pragma once
/// @file SimulatedSystem.h
/// @brief A machine described by a scenario: training mode and most GUI tests run against it.
/// Applied fixes change the simulated state; the list of applied fixes is part of the session record.

#include "diagnostics/Scenario.h"
#include "diagnostics/System.h"

#include <string>
#include <vector>

namespace wsafix {

class SimulatedSystem : public System
{
public:
    explicit SimulatedSystem(Scenario scenario);

    SystemInfo info() override;
    Probed<std::vector<CatalogEntry>> catalog() override;
    Probed<std::vector<NamespaceProvider>> namespaceProviders() override;
    Probed<std::vector<CatalogEntry>> processInterposers(std::uint32_t pid) override;
    Probed<std::vector<SocketEntry>> sockets() override;
    Probed<std::vector<ProcessInfo>> processes() override;
    Probed<std::vector<Adapter>> adapters() override;
    Probed<std::vector<EventEntry>> events() override;
    TcpProbeResult probeTcp(const std::string& host, std::uint16_t port, std::chrono::milliseconds timeout) override;
    /// A host resolves when the scenario's reachability lists it with a resolved answer (on any port).
    Probed<NameResolution> resolve(const std::string& host, std::chrono::milliseconds timeout) override;
    CommandResult runCommand(const std::vector<std::string>& argv) override;

    /// Whether the scenario says how fix `fixId` changes this machine.
    bool simulates(const std::string& fixId) const;
    /// Applies the scenario's effect of `fixId`; false (and no change) when the scenario has none.
    bool applyFix(const std::string& fixId);
    const std::vector<std::string>& appliedFixes() const { return m_applied; }
    /// The machine as it is now (the scenario's machine with the applied fixes' effects).
    const MachineState& state() const { return m_state; }
    /// Back to the scenario's machine, then `applied` replayed in order (snapshots and rollback of
    /// the simulated machine; a session's simulatedFixes). Throws std::invalid_argument, changing
    /// nothing, when one of them is not simulated in this scenario.
    void resetTo(const std::vector<std::string>& applied);
    const Scenario& scenario() const { return m_scenario; }

private:
    Scenario m_scenario;
    MachineState m_state;
    std::vector<std::string> m_applied;
};

} // namespace wsafix
