// Detector: time limits per probe, the namespace providers and the target process's interposers.
#include "diagnostics/Detector.h"
#include "diagnostics/ProbeBudget.h"
#include "diagnostics/Rules.h"

#include "diagnostics/platform/simulated/SimulatedSystem.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

using namespace wsafix;

namespace {

/// A machine whose socket table never ends: its probe reads until its budget stops it (or 10 s pass).
class EndlessSockets : public SimulatedSystem
{
public:
    EndlessSockets() : SimulatedSystem(loadScenario("clean")) {}
    Probed<std::vector<SocketEntry>> sockets() override
    {
        std::vector<SocketEntry> read;
        const auto giveUp = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (!ProbeBudget::checkpoint() && std::chrono::steady_clock::now() < giveUp) {
            read.emplace_back();
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        ++calls;
        return Probed<std::vector<SocketEntry>>::ok(std::move(read));
    }
    int calls = 0;
};

} // namespace

TEST(DetectorLimits, AProbeOverItsTimeLimitIsUnavailableAndTheOthersStillRun)
{
    EndlessSockets sys;
    Detector detector(sys);
    detector.setTimeLimit("sockets", std::chrono::milliseconds(50));
    const auto started = std::chrono::steady_clock::now();
    const Inventory inv = detector.run();
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(5));
    EXPECT_EQ(sys.calls, 1);
    ASSERT_FALSE(inv.probes.at("sockets").available);
    EXPECT_NE(inv.probes.at("sockets").reason.find("time limit of 0.1 s"), std::string::npos)
        << inv.probes.at("sockets").reason;
    EXPECT_TRUE(inv.sockets.empty()) << "a cut-short list is not reported as if complete";
    EXPECT_TRUE(inv.probes.at("adapters").available);
    EXPECT_FALSE(inv.adapters.empty());
}

TEST(DetectorLimits, CancellingStopsTheRunningProbeToo)
{
    EndlessSockets sys;
    std::stop_source stop;
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        stop.request_stop();
    });
    const Inventory inv = Detector(sys).run({}, {}, stop.get_token());
    canceller.join();
    EXPECT_EQ(inv.probes.at("sockets").reason, "cancelled");
    EXPECT_EQ(inv.probes.at("events").reason, "cancelled");
    EXPECT_TRUE(inv.probes.at("catalog").available);
}

TEST(DetectorLimits, DefaultLimitsAreGenerousAndConfigurable)
{
    SimulatedSystem sys(loadScenario("clean"));
    Detector detector(sys);
    EXPECT_EQ(detector.timeLimit("catalog"), std::chrono::seconds(20));
    EXPECT_EQ(detector.timeLimit("events"), std::chrono::seconds(40));
    detector.setTarget("example.com", 443, std::chrono::seconds(3));
    EXPECT_EQ(detector.timeLimit("connectivity"), std::chrono::seconds(5));
    detector.setTimeLimit("events", std::chrono::seconds(2));
    EXPECT_EQ(detector.timeLimit("events"), std::chrono::seconds(2));
}

TEST(DetectorLimits, NoBudgetMeansNoCheckpointEverStops)
{
    EXPECT_FALSE(ProbeBudget::checkpoint());
    EXPECT_EQ(ProbeBudget::remaining(std::chrono::seconds(30)), std::chrono::seconds(30));
    ProbeBudget outer(std::chrono::hours(1));
    {
        ProbeBudget inner(std::chrono::milliseconds(0));
        EXPECT_TRUE(ProbeBudget::checkpoint());
        EXPECT_TRUE(inner.timedOut());
        EXPECT_EQ(ProbeBudget::remaining(std::chrono::seconds(30)), std::chrono::milliseconds(0));
    }
    EXPECT_FALSE(ProbeBudget::checkpoint()) << "the outer budget is back in force";
    EXPECT_FALSE(outer.timedOut());
}

TEST(DetectorNamespaces, ReadWithTheCatalogOrUnavailableWhenTheMachineDoesNotSay)
{
    SimulatedSystem described(loadScenario("clean"));
    Inventory inv = Detector(described).run({"catalog"});
    EXPECT_TRUE(inv.probes.at("namespaces").available);
    ASSERT_EQ(inv.namespaceProviders.size(), 3u);
    EXPECT_EQ(inv.namespaceProviders[0].identifier, "Tcpip");
    EXPECT_EQ(inv.namespaceProviders[0].nameSpace, 12);

    Scenario bare = loadScenario("clean");
    bare.machine.namespaceProviders.reset();
    SimulatedSystem silent(bare);
    inv = Detector(silent).run({"catalog"});
    EXPECT_FALSE(inv.probes.at("namespaces").available);
    EXPECT_TRUE(inv.namespaceProviders.empty());
    EXPECT_TRUE(inv.probes.at("catalog").available);
}

TEST(DetectorInterposers, TheTargetProcessShowsTheProvidersLoadedIntoIt)
{
    SimulatedSystem sys(loadScenario("lsp-adware"));
    Detector detector(sys);
    EXPECT_EQ(detector.run({"processes"}).probes.count("interposers"), 0u) << "no target, no probe";

    detector.setTargetProcess(0, "NOTEPAD.EXE");
    Inventory inv = detector.run({"processes"});
    EXPECT_FALSE(inv.probes.at("interposers").available);
    EXPECT_NE(inv.probes.at("interposers").reason.find("no running process is called NOTEPAD.EXE"), std::string::npos);

    const std::string target = sys.processes().value.front().name;
    detector.setTargetProcess(0, target);
    inv = detector.run();
    ASSERT_TRUE(inv.probes.at("interposers").available) << inv.probes.at("interposers").reason;
    ASSERT_FALSE(inv.targetInterposers.empty());
    EXPECT_EQ(inv.targetInterposers[0].catalog, "loaded");

    Intake intake;
    intake.process = target;
    const auto findings = evaluateRules(inv, intake);
    const auto f =
        std::find_if(findings.begin(), findings.end(), [](const Finding& x) { return x.id == "layered-provider"; });
    ASSERT_NE(f, findings.end());
    EXPECT_TRUE(std::any_of(f->evidence.begin(), f->evidence.end(),
                            [](const std::string& e) { return e.find("loaded into process") != std::string::npos; }));
}
