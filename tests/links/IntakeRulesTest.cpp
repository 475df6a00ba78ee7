// The intake rules shared by the intake page, the command line and support links.
#include "diagnostics/IntakeRules.h"

#include <gtest/gtest.h>

namespace wsafix {
namespace {

TEST(IntakeRulesTest, Ipv4Literals)
{
    for (const char* good : {"0.0.0.0", "192.0.2.10", "255.255.255.255", "127.0.0.1"})
        EXPECT_TRUE(isIpv4Literal(good)) << good;
    for (const char* bad :
         {"", "1.2.3", "1.2.3.4.5", "256.0.0.1", "01.2.3.4", "1..2.3", "1.2.3.4.", "a.b.c.d", "1.2.3.-4"})
        EXPECT_FALSE(isIpv4Literal(bad)) << bad;
}

TEST(IntakeRulesTest, Ipv6Literals)
{
    for (const char* good : {"::", "::1", "fe80::1", "2001:db8::", "1:2:3:4:5:6:7:8", "::ffff:192.0.2.1",
                             "1:2:3:4:5:6:192.0.2.1", "2001:DB8:0:0:0:0:0:1"})
        EXPECT_TRUE(isIpv6Literal(good)) << good;
    for (const char* bad : {"", ":", ":::", "1::2::3", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "12345::1", "g::1",
                            "1:2:3:4:5:6:7::8:9", "::192.0.2.256", "fe80::1%eth0", "1.2.3.4::"})
        EXPECT_FALSE(isIpv6Literal(bad)) << bad;
}

TEST(IntakeRulesTest, HostsAndPorts)
{
    EXPECT_EQ(hostProblem("mail.example.com"), "");
    EXPECT_EQ(hostProblem("[::1]"), "");
    EXPECT_NE(hostProblem("[::1"), "");
    EXPECT_NE(hostProblem("a.123"), "");
    std::uint16_t port = 0;
    EXPECT_EQ(portProblem("443", port), "");
    EXPECT_EQ(port, 443);
    for (const char* bad : {"", "0", "65536", "+1", " 1", "1e3", "0x10", "123456"})
        EXPECT_NE(portProblem(bad, port), "") << bad;
}

} // namespace
} // namespace wsafix
