#include "diagnostics/platform/windows/WindowsSystem.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>

using namespace wsafix;

TEST(AdapterProbe, EveryAdapterHasAnIdAnIndexAndAKnownType)
{
    WindowsSystem system;
    const auto adapters = system.adapters();
    ASSERT_TRUE(adapters.available()) << adapters.status.reason;
    ASSERT_FALSE(adapters.value.empty());

    const std::set<std::string> types{"ethernet", "wifi", "loopback", "tunnel", "ppp", "other"};
    const std::regex mac("([0-9a-f]{2}(:[0-9a-f]{2})*)?");
    std::set<std::uint32_t> indexes;
    for (const auto& adapter : adapters.value) {
        EXPECT_FALSE(adapter.id.empty()) << adapter.name;
        EXPECT_NE(adapter.ifIndex, 0u) << adapter.id;
        EXPECT_TRUE(indexes.insert(adapter.ifIndex).second) << "ifIndex " << adapter.ifIndex << " twice";
        EXPECT_TRUE(types.count(adapter.type)) << adapter.type;
        EXPECT_TRUE(std::regex_match(adapter.mac, mac)) << adapter.mac;
        for (const auto& address : adapter.addresses) {
            EXPECT_FALSE(address.address.empty()) << adapter.id;
            EXPECT_EQ(address.address.find('%'), std::string::npos) << "zone id in " << address.address;
            EXPECT_LE(address.prefixLength, address.address.find(':') == std::string::npos ? 32 : 128);
        }
    }
}

TEST(AdapterProbe, LoopbackAdapterCarries127001)
{
    WindowsSystem system;
    const auto adapters = system.adapters();
    ASSERT_TRUE(adapters.available()) << adapters.status.reason;
    bool found = false;
    for (const auto& adapter : adapters.value)
        for (const auto& address : adapter.addresses)
            if (address.address == "127.0.0.1") {
                found = true;
                EXPECT_EQ(adapter.type, "loopback");
                EXPECT_EQ(address.prefixLength, 8);
                EXPECT_EQ(adapter.mac, "");
            }
    EXPECT_TRUE(found) << "no adapter has 127.0.0.1";
}
