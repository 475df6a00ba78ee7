// Writes seed inputs for the fuzz targets from the built-in scenarios, so the seeds follow the formats as they
// change: `fuzz_seeds detect DIR` (wsafix detect --json documents), `fuzz_seeds session DIR` (session records
// that went through detect, a fix and verify) or `fuzz_seeds snapshot DIR` (snapshots the engine took before each
// simulated fix, in the input layout of FuzzSnapshot.cpp).

#include "diagnostics/Detector.h"
#include "diagnostics/InventoryJson.h"
#include "diagnostics/Rules.h"
#include "diagnostics/Scenario.h"
#include "diagnostics/fix/FixFactory.h"
#include "diagnostics/fix/SnapshotStore.h"
#include "diagnostics/platform/simulated/SimulatedFix.h"
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

// A saved snapshot folder as one FuzzSnapshot input; with `placeholders`, the part checksums and sizes in the
// manifest become "@sha256-N@" / "@size-N@", so that mutated parts still match.
std::string snapshotInput(const std::filesystem::path& folder, const std::string& id, bool placeholders)
{
    const auto read = [](const std::filesystem::path& path) {
        std::ifstream in(path, std::ios::binary);
        return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    };
    const std::string manifestText = read(folder / id / "manifest.json");
    nlohmann::json manifest = nlohmann::json::parse(manifestText);
    std::string parts;
    int n = 0;
    for (auto& entry : manifest.at("parts")) {
        const std::string file = entry.at("file").get<std::string>();
        parts += "\n--part " + file + "\n" + read(folder / id / file);
        ++n;
        entry["sha256"] = "@sha256-" + std::to_string(n) + "@";
        entry["size"] = "@size-" + std::to_string(n) + "@";
    }
    std::string text = manifestText;
    if (placeholders) {
        text = manifest.dump(2);
        for (int i = 1; i <= n; ++i) {
            const std::string size = "\"@size-" + std::to_string(i) + "@\"";
            text.replace(text.find(size), size.size(), size.substr(1, size.size() - 2));
        }
    }
    return id + "\n" + text + parts + (placeholders ? "" : "\n--sha256\n" + read(folder / id / "manifest.sha256"));
}

// Every simulated fix's snapshot of the first built-in scenario, saved by the engine, as FuzzSnapshot inputs.
void writeSnapshotSeeds(const std::filesystem::path& dir)
{
    const std::filesystem::path state = dir / ".state";
    const Scenario scenario = loadScenario(builtinScenarioNames().front());
    SimulatedSystem system(scenario);
    const FixFactory fixes = createSimulatedFixFactory(system);
    const SnapshotStore store(state);
    for (const auto& name : fixes.names()) {
        std::unique_ptr<Fix> fix;
        try {
            fix = fixes.create(name);
        } catch (const FixIdError&) {
            continue; // needs a parameter
        }
        Snapshot snapshot = fix->snapshot();
        const std::string id = store.save(snapshot);
        std::ofstream(dir / ("snapshot-" + name), std::ios::binary) << snapshotInput(store.folder(), id, false);
        std::ofstream(dir / ("snapshot-" + name + "-placeholders"), std::ios::binary)
            << snapshotInput(store.folder(), id, true);
    }
    std::filesystem::remove_all(state);
}

} // namespace

int main(int argc, char** argv)
{
    const std::string kind = argc == 3 ? argv[1] : "";
    if (kind != "detect" && kind != "session" && kind != "snapshot") {
        std::cerr << "usage: fuzz_seeds detect|session|snapshot DIR\n";
        return 2;
    }
    const std::filesystem::path dir = argv[2];
    std::filesystem::create_directories(dir);
    if (kind == "snapshot") {
        writeSnapshotSeeds(dir);
        return 0;
    }
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
