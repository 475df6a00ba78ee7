// IP configuration capture for ip-reset, and what re-applying it does here: Wine has the readers
// (GetAdaptersAddresses, GetIpForwardTable2) but none of the Create* writers.
#include "WineDetection.h"

#include "diagnostics/platform/windows/AddressText.h"
#include "diagnostics/platform/windows/Guid.h"
#include "diagnostics/platform/windows/IpConfiguration.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <algorithm>

using namespace wsafix;
using win::ActionStatus;

namespace {

const win::AdapterIpConfiguration* loopback(const std::vector<win::AdapterIpConfiguration>& adapters)
{
    for (const auto& adapter : adapters)
        for (const auto& address : adapter.addresses)
            if (address.address == "127.0.0.1")
                return &adapter;
    return nullptr;
}

} // namespace

TEST(IpConfiguration, CapturesEveryAdapterByGuidAndLuidWithItsRoutes)
{
    const auto captured = win::captureIpConfiguration();
    ASSERT_TRUE(captured.available()) << captured.status.reason;
    ASSERT_FALSE(captured.value.empty());
    for (const auto& adapter : captured.value) {
        EXPECT_TRUE(win::parseGuid(adapter.guid)) << "adapter id " << adapter.guid;
        EXPECT_NE(adapter.luid, 0u) << adapter.guid;
        EXPECT_NE(adapter.ifIndex, 0u) << adapter.guid;
        for (const auto& address : adapter.staticAddresses)
            EXPECT_NE(std::find(adapter.addresses.begin(), adapter.addresses.end(), address), adapter.addresses.end())
                << "a static address is one of the adapter's addresses";
    }
    ASSERT_NE(loopback(captured.value), nullptr) << "no adapter carries 127.0.0.1";
    // Wine's route table has no loopback routes, but every gateway is the next hop of a route of its adapter.
    std::size_t routes = 0;
    for (const auto& adapter : captured.value) {
        routes += adapter.routes.size();
        for (const auto& route : adapter.routes) {
            EXPECT_FALSE(route.destination.empty()) << adapter.guid;
            EXPECT_FALSE(route.nextHop.empty()) << adapter.guid;
            EXPECT_LE(route.prefixLength, route.destination.find(':') == std::string::npos ? 32 : 128);
        }
        for (const auto& gateway : adapter.gateways)
            EXPECT_TRUE(std::any_of(adapter.routes.begin(), adapter.routes.end(),
                                    [&](const win::IpRoute& route) { return route.nextHop == gateway; }))
                << "no route of " << adapter.guid << " goes through its gateway " << gateway;
    }
    EXPECT_GT(routes, 0u) << "GetIpForwardTable2 gave no route at all";
}

TEST(IpConfiguration, RoundTripsThroughJson)
{
    const auto captured = win::captureIpConfiguration();
    ASSERT_TRUE(captured.available()) << captured.status.reason;
    auto adapters = captured.value;
    adapters.front().staticAddresses.push_back({"192.0.2.10", 24});
    adapters.front().staticDnsServers = {"192.0.2.53", "2001:db8::53"};
    adapters.front().routes.push_back({"198.51.100.0", 24, "192.0.2.1", 5, true});
    const auto json = win::ipConfigurationToJson(adapters);
    EXPECT_EQ(win::ipConfigurationFromJson(nlohmann::json::parse(json.dump())), adapters);

    auto damaged = json;
    damaged[0]["staticAddresses"][0]["address"] = "192.0.2.300";
    EXPECT_THROW(win::ipConfigurationFromJson(damaged), std::invalid_argument);
    damaged = json;
    damaged[0]["guid"] = "Ethernet 2";
    EXPECT_THROW(win::ipConfigurationFromJson(damaged), std::invalid_argument) << "adapters are keyed by GUID";
}

TEST(IpConfiguration, ReapplyToAMissingAdapterIsUnavailable)
{
    win::AdapterIpConfiguration gone;
    gone.guid = "{00000000-0000-0000-0000-00000000D1E5}";
    gone.staticAddresses = {{"192.0.2.10", 24}};
    const auto result = win::reapplyStaticIpConfiguration(gone);
    EXPECT_EQ(result.status, ActionStatus::Unavailable) << win::describe(result);
    EXPECT_NE(result.message.find("no such adapter"), std::string::npos) << result.message;
}

TEST(IpConfiguration, ReapplyUnderWineSaysWhatIsMissingAndChangesNothing)
{
    if (!test::runningUnderWine())
        GTEST_SKIP() << "on Windows this would add an address to the loopback adapter";
    const auto before = win::captureIpConfiguration();
    ASSERT_TRUE(before.available()) << before.status.reason;
    auto wanted = *loopback(before.value);
    wanted.staticAddresses.push_back({"127.0.0.77", 8});
    const auto result = win::reapplyStaticIpConfiguration(wanted);
    EXPECT_EQ(result.status, ActionStatus::Unavailable) << win::describe(result);
    EXPECT_NE(result.message.find("CreateUnicastIpAddressEntry"), std::string::npos) << result.message;
    EXPECT_NE(result.message.find("nothing was changed"), std::string::npos) << result.message;
    const auto after = win::captureIpConfiguration();
    EXPECT_EQ(after.value, before.value);
}

TEST(IpConfiguration, NothingStaticIsNothingToDo)
{
    const auto captured = win::captureIpConfiguration();
    ASSERT_TRUE(captured.available()) << captured.status.reason;
    auto wanted = *loopback(captured.value);
    wanted.staticAddresses.clear();
    wanted.staticDnsServers.clear();
    for (auto& route : wanted.routes)
        route.isStatic = false;
    const auto result = win::reapplyStaticIpConfiguration(wanted);
    EXPECT_EQ(result.status, ActionStatus::Done) << win::describe(result);
    EXPECT_NE(result.message.find("nothing static"), std::string::npos) << result.message;
}

TEST(Guid, RoundTripsAndRefusesWhatIsNotOne)
{
    const std::string text = "{4D36E972-E325-11CE-BFC1-08002BE10318}";
    const auto guid = win::parseGuid(text);
    ASSERT_TRUE(guid);
    EXPECT_EQ(win::guidText(*guid), text);
    EXPECT_EQ(win::guidText(*win::parseGuid("{4d36e972-e325-11ce-bfc1-08002be10318}")), text);
    for (const char* bad : {"", "4D36E972-E325-11CE-BFC1-08002BE10318", "{4D36E972-E325-11CE-BFC1-08002BE1031}",
                            "{4D36E972-E325-11CE-BFC1-08002BE1031G}", "{4D36E972+E325-11CE-BFC1-08002BE10318}"})
        EXPECT_FALSE(win::parseGuid(bad)) << bad;
}

TEST(AddressText, ParsesAndPrintsBothFamilies)
{
    for (const std::string text : {"192.0.2.1", "0.0.0.0", "2001:db8::1", "::"}) {
        const auto address = win::parseAddress(text);
        ASSERT_TRUE(address) << text;
        EXPECT_EQ(win::addressText(reinterpret_cast<const sockaddr*>(&*address)), text);
    }
    for (const std::string text : {"", "192.0.2.300", "fe80::1%3", "host.invalid", "192.0.2.1:80"})
        EXPECT_FALSE(win::parseAddress(text)) << text;
    EXPECT_EQ(win::addressText(nullptr), "");
}
