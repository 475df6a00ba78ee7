// adapters() on this machine: loopback is always there; every adapter is keyed by name and index.
#include "diagnostics/platform/linux/LinuxSystem.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <net/if.h>
#include <set>

using namespace wsafix;

namespace {

bool hasAddress(const Adapter& a, const std::string& address, int prefix)
{
    return std::find(a.addresses.begin(), a.addresses.end(), IpAddress{address, prefix}) != a.addresses.end();
}

} // namespace

TEST(AdapterListing, LoopbackIsUpWithItsAddresses)
{
    const auto adapters = LinuxSystem().adapters();
    ASSERT_TRUE(adapters.available()) << adapters.status.reason;
    const auto lo =
        std::find_if(adapters.value.begin(), adapters.value.end(), [](const Adapter& a) { return a.id == "lo"; });
    ASSERT_NE(lo, adapters.value.end());
    EXPECT_EQ(lo->name, "lo");
    EXPECT_EQ(lo->ifIndex, ::if_nametoindex("lo"));
    EXPECT_EQ(lo->type, "loopback");
    EXPECT_TRUE(lo->up);
    EXPECT_TRUE(hasAddress(*lo, "127.0.0.1", 8));
    EXPECT_TRUE(lo->mac.empty()) << lo->mac;
    EXPECT_TRUE(lo->dnsServers.empty()) << "DNS belongs to the adapters that reach it, not to loopback";
    EXPECT_TRUE(lo->gateways.empty());
}

TEST(AdapterListing, EveryAdapterMatchesTheKernelsIndex)
{
    const auto adapters = LinuxSystem().adapters();
    ASSERT_TRUE(adapters.available()) << adapters.status.reason;
    std::set<std::uint32_t> indexes;
    for (const auto& a : adapters.value) {
        EXPECT_EQ(a.id, a.name);
        EXPECT_EQ(::if_nametoindex(a.name.c_str()), a.ifIndex) << a.name;
        EXPECT_TRUE(indexes.insert(a.ifIndex).second);
        EXPECT_TRUE(a.mac.empty() || a.mac.size() == 17) << a.mac;
        EXPECT_EQ(a.mac, [&] {
            std::string lower = a.mac;
            std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
            return lower;
        }());
        for (const auto& ip : a.addresses)
            EXPECT_EQ(ip.address.find('%'), std::string::npos);
    }
}

TEST(AdapterListing, MachineWideDnsGoesToAdaptersThatAreUp)
{
    const auto adapters = LinuxSystem().adapters();
    ASSERT_TRUE(adapters.available()) << adapters.status.reason;
    for (const auto& a : adapters.value) {
        if (!a.up || a.type == "loopback") {
            EXPECT_TRUE(a.dnsServers.empty()) << a.name;
        }
    }
}
