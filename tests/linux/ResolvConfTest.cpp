// DNS servers from resolv.conf, with systemd-resolved's stub looked through.
#include "diagnostics/platform/linux/ResolvConf.h"

#include "TempDir.h"

#include <gtest/gtest.h>

using namespace wsafix;

TEST(ResolvConf, ReadsNameserversInOrder)
{
    const auto servers = lnx::parseNameservers("# comment\n"
                                               "search example.com\n"
                                               "nameserver 192.0.2.53\n"
                                               "  nameserver\t2001:db8::53 # trailing\n"
                                               "nameserver fe80::1%eth0\n"
                                               "nameservers 198.51.100.1\n"
                                               "; nameserver 198.51.100.2\n");
    EXPECT_EQ(servers, (std::vector<std::string>{"192.0.2.53", "2001:db8::53", "fe80::1"}));
}

TEST(ResolvConf, LooksThroughTheResolvedStub)
{
    const test::TempDir dir;
    const std::string stub = dir.write("resolv.conf", "nameserver 127.0.0.53\noptions edns0 trust-ad\n");
    const std::string upstream = dir.write("upstream.conf", "nameserver 192.0.2.1\nnameserver 192.0.2.2\n");
    EXPECT_EQ(lnx::readDnsServers(stub, upstream), (std::vector<std::string>{"192.0.2.1", "192.0.2.2"}));
    // Without resolved's own file the stub is all there is to report.
    EXPECT_EQ(lnx::readDnsServers(stub, dir.path() + "/missing"), (std::vector<std::string>{"127.0.0.53"}));
}

TEST(ResolvConf, NonStubServersAreKept)
{
    const test::TempDir dir;
    const std::string plain = dir.write("resolv.conf", "nameserver 127.0.0.53\nnameserver 192.0.2.9\n");
    const std::string upstream = dir.write("upstream.conf", "nameserver 192.0.2.1\n");
    EXPECT_EQ(lnx::readDnsServers(plain, upstream), (std::vector<std::string>{"127.0.0.53", "192.0.2.9"}));
    EXPECT_TRUE(lnx::readDnsServers(dir.path() + "/missing", upstream).empty());
}
