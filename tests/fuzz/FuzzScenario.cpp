// Scenario files (`--scenario FILE`, training mode): a malformed file is refused with ScenarioError and
// nothing else; a file that loads must drive the whole engine: detection, rules, and each fix it simulates.

#include "FuzzCheck.h"

#include "diagnostics/Detector.h"
#include "diagnostics/Rules.h"
#include "diagnostics/Scenario.h"
#include "diagnostics/platform/simulated/SimulatedSystem.h"

#include <chrono>

using namespace wsafix;

namespace {

Intake intakeFor(const Scenario& s)
{
    Intake intake;
    if (!s.machine.sockets.empty())
        intake.pid = s.machine.sockets.front().pid;
    if (!s.machine.processes.empty())
        intake.process = s.machine.processes.back().name;
    if (!s.machine.reachability.empty()) {
        intake.host = s.machine.reachability.front().host;
        intake.port = s.machine.reachability.front().port;
    }
    return intake;
}

void examine(SimulatedSystem& system, const Intake& intake)
{
    Detector detector(system);
    if (!intake.host.empty())
        detector.setTarget(intake.host, intake.port, std::chrono::milliseconds(5000));
    const Inventory inventory = detector.run();
    for (const Finding& f : evaluateRules(inventory, intake))
        FUZZ_CHECK(!f.id.empty() && !f.title.empty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Scenario scenario;
    try {
        scenario = parseScenario(fuzz::asText(data, size), "fuzz.json");
    } catch (const ScenarioError& e) {
        FUZZ_CHECK(std::string_view(e.what()).rfind("fuzz.json: ", 0) == 0); // every message names the file
        return 0;
    }
    const Intake intake = intakeFor(scenario);
    SimulatedSystem system(scenario);
    examine(system, intake);
    for (const auto& [fixId, effect] : scenario.fixes) {
        FUZZ_CHECK(system.applyFix(fixId));
        examine(system, intake);
    }
    return 0;
}
