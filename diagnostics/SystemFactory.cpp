#include "diagnostics/SystemFactory.h"

#include "diagnostics/platform/simulated/SimulatedSystem.h"

namespace wsafix {

std::unique_ptr<System> createSystem(const std::string& scenario)
{
    if (scenario.empty())
        return createNativeSystem();
    return std::make_unique<SimulatedSystem>(loadScenario(scenario));
}

} // namespace wsafix
