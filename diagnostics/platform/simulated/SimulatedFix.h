#pragma once
/// @file SimulatedFix.h
/// @brief A fix on the simulated machine of a scenario: it changes only the simulated state (as the
/// scenario's "fixes" section says), snapshots and rolls back that state, and runs no command. The
/// same FixRunner, journal and snapshot store drive it as on a real machine.

#include "diagnostics/fix/Fix.h"
#include "diagnostics/fix/FixFactory.h"

#include <string>

namespace wsafix {

class SimulatedSystem;

class SimulatedFix : public Fix
{
public:
    SimulatedFix(std::string fixId, SimulatedSystem& system);

    std::string id() const override { return m_id; }
    std::string title() const override;
    std::string explanation() const override;
    FixBadges badges() const override;
    std::string unavailable() const override;
    std::vector<std::vector<std::string>> preview() override { return {}; }
    std::vector<std::string> snapshotPlan() const override;
    Snapshot snapshot() override;
    void apply(const Snapshot& before, FixSteps& steps) override;
    void rollback(const Snapshot& before, FixSteps& steps) override;
    FixCheck check(const Snapshot& before) override;
    FixCheck restored(const Snapshot& before) override;

    /// The simulated machine's state as JSON (the "simulated-machine" snapshot part).
    static nlohmann::json stateJson(const SimulatedSystem& system);

private:
    std::string m_id;
    SimulatedSystem& m_system;
};

/// The fixes of a simulated machine: every fix name the rules may recommend, tagged
/// "simulated:<scenario>". `system` must outlive the factory.
FixFactory createSimulatedFixFactory(SimulatedSystem& system);

} // namespace wsafix
