#include "diagnostics/platform/simulated/SimulatedSystem.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace wsafix;
using namespace std::chrono_literals;

TEST(SimulatedSystem, RemovingTheProviderChangesCatalogAndReachability)
{
    SimulatedSystem sys(loadScenario("lsp-adware"));
    const auto hasLayered = [&] {
        const auto catalog = sys.catalog().value;
        return std::any_of(catalog.begin(), catalog.end(),
                           [](const CatalogEntry& e) { return e.kind == CatalogEntry::Kind::Layered; });
    };
    ASSERT_TRUE(hasLayered());
    const auto before = sys.probeTcp("example.com", 443, 2000ms);
    EXPECT_TRUE(before.resolved);
    EXPECT_FALSE(before.connected);
    EXPECT_EQ(before.errorCode, 10056);

    ASSERT_TRUE(sys.simulates("remove-provider:1010"));
    ASSERT_TRUE(sys.applyFix("remove-provider:1010"));
    EXPECT_FALSE(hasLayered());
    EXPECT_TRUE(sys.probeTcp("example.com", 443, 2000ms).connected);
    EXPECT_EQ(sys.appliedFixes(), std::vector<std::string>{"remove-provider:1010"});
}

TEST(SimulatedSystem, AFixTheScenarioDoesNotDescribeChangesNothing)
{
    SimulatedSystem sys(loadScenario("app-reconnect-bug"));
    const auto catalog = sys.catalog().value;
    EXPECT_FALSE(sys.applyFix("ip-reset"));
    EXPECT_EQ(sys.catalog().value, catalog);
    EXPECT_TRUE(sys.appliedFixes().empty());
}

TEST(SimulatedSystem, UnknownHostsDoNotResolveAndSlowConnectionsTimeOut)
{
    SimulatedSystem sys(loadScenario("clean"));
    const auto unknown = sys.probeTcp("nowhere.invalid", 80, 1000ms);
    EXPECT_FALSE(unknown.resolved);
    EXPECT_FALSE(unknown.connected);
    EXPECT_NE(unknown.error.find("nowhere.invalid"), std::string::npos);

    const auto slow = sys.probeTcp("example.com", 443, 10ms); // the scenario answers in 23.4 ms
    EXPECT_FALSE(slow.connected);
    EXPECT_EQ(slow.errorCode, 10060);
}

TEST(SimulatedSystem, RunsNoCommands)
{
    SimulatedSystem sys(loadScenario("clean"));
    const auto r = sys.runCommand({"netsh", "winsock", "reset"});
    EXPECT_FALSE(r.started);
    EXPECT_NE(r.error.find("simulated"), std::string::npos);
}
