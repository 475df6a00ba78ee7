#include "diagnostics/SystemFactory.h"

#include "diagnostics/platform/simulated/SimulatedSystem.h"

namespace wsafix {

std::unique_ptr<System> createSystem(const std::string& scenario)
{
    if (scenario.empty())
        return createNativeSystem();
    return std::make_unique<SimulatedSystem>(loadScenario(scenario));
}

bool resumeSimulatedFixes(System& system, const std::vector<std::string>& simulatedFixes)
{
    auto* simulated = dynamic_cast<SimulatedSystem*>(&system);
    if (!simulated || !simulated->appliedFixes().empty())
        return true;
    bool all = true;
    for (const auto& fix : simulatedFixes)
        all = simulated->applyFix(fix) && all;
    return all;
}

} // namespace wsafix
