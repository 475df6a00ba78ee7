// Writes seed inputs for the fuzz targets from the built-in scenarios, so the seeds follow the formats as they
// change: `fuzz_seeds detect DIR` (wsafix detect --json documents) or `fuzz_seeds session DIR` (session records
// that went through detect, a fix and verify).

#include "diagnostics/Detector.h"
#include "diagnostics/InventoryJson.h"
#include "diagnostics/Rules.h"
#include "diagnostics/Scenario.h"
#include "diagnostics/platform/simulated/SimulatedSystem.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>

using namespace wsafix;

namespace {

// The failing program of the story: the one with the most sockets; the target: the first reachability answer.
Intake intakeFor(const Scenario& s)
{
    Intake intake;
    intake.code = "0x00002748";
    std::map<std::string, int> count;
    for (const auto& socket : s.machine.sockets)
        if (!socket.processName.empty())
            ++count[socket.processName];
    const auto most =
        std::max_element(count.begin(), count.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    if (most != count.end())
        intake.process = most->first;
    if (!s.machine.reachability.empty()) {
        intake.host = s.machine.reachability.front().host;
        intake.port = s.machine.reachability.front().port;
    }
    return intake;
}

Inventory detect(SimulatedSystem& system, const Intake& intake)
{
    Detector detector(system);
    if (!intake.host.empty())
        detector.setTarget(intake.host, intake.port, std::chrono::milliseconds(5000));
    return detector.run();
}

SessionRecord sessionFor(const Scenario& scenario)
{
    SimulatedSystem system(scenario);
    SessionRecord record = SessionRecord::start();
    record.system = system.info();
    record.scenario = scenario.name;
    record.intake = intakeFor(scenario);
    record.inventory = detect(system, record.intake);
    record.findings = evaluateRules(*record.inventory, record.intake);
    record.note("Detected " + std::to_string(record.findings.size()) + " findings");
    for (const auto& finding : record.findings)
        for (const auto& fix : finding.fixes)
            if (record.actions.empty() && system.applyFix(fix)) {
                Action action;
                action.fixId = fix;
                action.outcome = "applied";
                action.detail = "applied to the simulated machine";
                action.started = action.finished = utcNow();
                record.actions.push_back(action);
                record.simulatedFixes = system.appliedFixes();
            }
    Verification verification;
    verification.time = utcNow();
    verification.remainingFindings = evaluateRules(detect(system, record.intake), record.intake);
    verification.verdict = verification.remainingFindings.empty() ? "fixed" : "not-fixed";
    if (!record.intake.host.empty())
        verification.attempts.push_back(
            {system.probeTcp(record.intake.host, record.intake.port, std::chrono::milliseconds(5000))});
    record.verification = verification;
    record.step = "verify";
    return record;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3 || (std::string(argv[1]) != "detect" && std::string(argv[1]) != "session")) {
        std::cerr << "usage: fuzz_seeds detect|session DIR\n";
        return 2;
    }
    const std::string kind = argv[1];
    const std::filesystem::path dir = argv[2];
    std::filesystem::create_directories(dir);
    for (const auto& name : builtinScenarioNames()) {
        const Scenario scenario = loadScenario(name);
        nlohmann::json doc;
        if (kind == "detect") {
            SimulatedSystem system(scenario);
            const Intake intake = intakeFor(scenario);
            const Inventory inventory = detect(system, intake);
            doc = detectDocument(system.info(), inventory, evaluateRules(inventory, intake));
        } else {
            doc = sessionFor(scenario);
        }
        std::ofstream(dir / (kind + "-" + name + ".json"), std::ios::binary) << doc.dump(1);
    }
    return 0;
}
