#include "diagnostics/Detector.h"

#include "diagnostics/platform/simulated/SimulatedSystem.h"

#include <gtest/gtest.h>

using namespace wsafix;

TEST(Detector, RunsEveryProbeInOrderWithProgress)
{
    SimulatedSystem sys(loadScenario("lsp-adware"));
    std::vector<std::string> seen;
    const Inventory inv = Detector(sys).run({}, [&](const std::string& probe, int index, int total) {
        EXPECT_EQ(total, 5);
        EXPECT_EQ(index, static_cast<int>(seen.size()));
        seen.push_back(probe);
    });
    EXPECT_EQ(seen, (std::vector<std::string>{"catalog", "sockets", "processes", "adapters", "events", ""}));
    EXPECT_EQ(inv.probes.size(), 6u) << "the five probes and the namespace providers read with the catalog";
    EXPECT_EQ(inv.catalog, sys.catalog().value);
    for (const auto& [probe, status] : inv.probes)
        EXPECT_TRUE(status.available) << probe;
}

TEST(Detector, RunsOnlyTheProbesAskedFor)
{
    SimulatedSystem sys(loadScenario("clean"));
    const Inventory inv = Detector(sys).run({"adapters"});
    EXPECT_EQ(inv.probes.size(), 1u);
    EXPECT_TRUE(inv.catalog.empty());
    EXPECT_FALSE(inv.adapters.empty());
    EXPECT_THROW(Detector(sys).run({"adapters", "registry"}), std::invalid_argument);
}

TEST(Detector, CancelledProbesAreRecordedAsUnavailable)
{
    SimulatedSystem sys(loadScenario("clean"));
    std::stop_source stop;
    const Inventory inv = Detector(sys).run(
        {}, [&](const std::string& probe, int, int) {
            if (probe == "sockets")
                stop.request_stop();
        },
        stop.get_token());
    EXPECT_TRUE(inv.probes.at("catalog").available);
    EXPECT_TRUE(inv.probes.at("sockets").available) << "the running probe finishes";
    EXPECT_FALSE(inv.probes.at("adapters").available);
    EXPECT_EQ(inv.probes.at("adapters").reason, "cancelled");
    EXPECT_TRUE(inv.adapters.empty());
}

TEST(Detector, ConnectivityRunsWithATargetAndNeedsOne)
{
    SimulatedSystem sys(loadScenario("lsp-adware"));
    Detector detector(sys);
    EXPECT_THROW(detector.run({"connectivity"}), std::invalid_argument);
    EXPECT_TRUE(detector.run().connectivity.empty()) << "no target, no connection attempt";

    detector.setTarget("example.com", 443);
    const Inventory inv = detector.run();
    ASSERT_EQ(inv.connectivity.size(), 1u);
    EXPECT_EQ(inv.connectivity[0].host, "example.com");
    EXPECT_EQ(inv.connectivity[0].result.errorCode, 10056);
    EXPECT_TRUE(inv.probes.at("connectivity").available);
    EXPECT_TRUE(detector.run({"adapters"}).connectivity.empty()) << "only what was asked for";
}
