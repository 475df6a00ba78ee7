// The /proc/net parser against fixed tables as the kernel prints them.
#include "diagnostics/platform/linux/ProcNetListing.h"

#include <gtest/gtest.h>

using namespace wsafix;

namespace {

constexpr const char* kTcp =
    "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
    "   0: 0100007F:0277 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4711 1 0 100 0 0 10 0\n"
    "   1: 0100007F:9C40 0100007F:0277 01 00000000:00000000 00:00000000 00000000  1000        0 4712 1 0 20 4 30 10 "
    "-1\n"
    "   2: 0200000A:C350 0300000A:01BB 06 00000000:00000000 03:00000F42 00000000     0        0 0 3 0\n"
    "   garbage line\n";

constexpr const char* kTcp6 = "  sl  local_address                         remote_address                        st "
                              "tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
                              "   0: 00000000000000000000000001000000:1F90 00000000000000000000000000000000:0000 0A "
                              "00000000:00000000 00:00000000 00000000     0        0 5001 1 0 100 0 0 10 0\n"
                              "   1: 0000000000000000FFFF00000100007F:0050 0000000000000000FFFF00000200007F:D431 01 "
                              "00000000:00000000 00:00000000 00000000     0        0 5002 1 0\n";

constexpr const char* kUdp =
    "   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer "
    "drops\n"
    "  100: 00000000:0044 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 6001 2 0 0\n";

} // namespace

TEST(ProcNetListing, ParsesIpv4TcpRows)
{
    std::vector<lnx::KernelSocket> out;
    lnx::parseProcNetTable(kTcp, Transport::Tcp, 4, out);
    ASSERT_EQ(out.size(), 3u);
    EXPECT_EQ(out[0].entry.localAddress, "127.0.0.1");
    EXPECT_EQ(out[0].entry.localPort, 631);
    EXPECT_EQ(out[0].entry.remoteAddress, "");
    EXPECT_EQ(out[0].entry.remotePort, 0);
    EXPECT_EQ(out[0].entry.state, TcpState::Listen);
    EXPECT_EQ(out[0].inode, 4711u);
    EXPECT_EQ(out[1].entry.localPort, 40000);
    EXPECT_EQ(out[1].entry.remoteAddress, "127.0.0.1");
    EXPECT_EQ(out[1].entry.remotePort, 631);
    EXPECT_EQ(out[1].entry.state, TcpState::Established);
    EXPECT_EQ(out[2].entry.localAddress, "10.0.0.2");
    EXPECT_EQ(out[2].entry.remoteAddress, "10.0.0.3");
    EXPECT_EQ(out[2].entry.remotePort, 443);
    EXPECT_EQ(out[2].entry.state, TcpState::TimeWait);
    EXPECT_EQ(out[2].inode, 0u);
    EXPECT_EQ(out[2].entry.ipVersion, 4);
}

TEST(ProcNetListing, ParsesIpv6RowsWordByWord)
{
    std::vector<lnx::KernelSocket> out;
    lnx::parseProcNetTable(kTcp6, Transport::Tcp, 6, out);
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].entry.localAddress, "::1");
    EXPECT_EQ(out[0].entry.localPort, 8080);
    EXPECT_EQ(out[0].entry.remoteAddress, "");
    EXPECT_EQ(out[0].entry.ipVersion, 6);
    EXPECT_EQ(out[1].entry.localAddress, "::ffff:127.0.0.1");
    EXPECT_EQ(out[1].entry.remoteAddress, "::ffff:127.0.0.2");
    EXPECT_EQ(out[1].entry.remotePort, 54321);
}

TEST(ProcNetListing, UdpHasNoState)
{
    std::vector<lnx::KernelSocket> out;
    lnx::parseProcNetTable(kUdp, Transport::Udp, 4, out);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].entry.transport, Transport::Udp);
    EXPECT_EQ(out[0].entry.localAddress, "0.0.0.0");
    EXPECT_EQ(out[0].entry.localPort, 68);
    EXPECT_EQ(out[0].entry.state, TcpState::Unknown);
}

TEST(ProcNetListing, MissingDirectoryIsAnError)
{
    std::vector<lnx::KernelSocket> out;
    const std::string why = lnx::listSocketsByProcNet(out, "/nonexistent-wsafix");
    EXPECT_NE(why.find("/nonexistent-wsafix/tcp"), std::string::npos) << why;
}
