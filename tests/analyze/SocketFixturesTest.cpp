// netstat and Get-NetTCPConnection fixtures. Counts taken with grep over each fixture, entries read by hand.
#include "FixtureFiles.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace wsafix;

namespace {

std::size_t count(const PasteAnalysis& a, Transport t, std::optional<TcpState> state = std::nullopt)
{
    return static_cast<std::size_t>(std::count_if(a.inventory.sockets.begin(), a.inventory.sockets.end(), [&](const auto& s) {
        return s.transport == t && (!state || s.state == *state);
    }));
}

} // namespace

TEST(SocketFixtures, NetstatAonWindows10_01)
{
    const auto a = analyzeFixture("netstat-ano/01.txt"); // CRLF
    ASSERT_EQ(a.sections.size(), 1u);
    EXPECT_EQ(a.sections[0].kind, PasteKind::Netstat);
    EXPECT_TRUE(a.unparsed.empty());
    EXPECT_EQ(a.inventory.sockets.size(), 208u);
    EXPECT_EQ(count(a, Transport::Tcp), 71u);
    EXPECT_EQ(count(a, Transport::Udp), 137u);
    EXPECT_EQ(count(a, Transport::Tcp, TcpState::Listen), 39u);
    EXPECT_EQ(count(a, Transport::Tcp, TcpState::Established), 32u);
    const SocketEntry& first = a.inventory.sockets.front();
    EXPECT_EQ(first.localAddress, "0.0.0.0");
    EXPECT_EQ(first.localPort, 135);
    EXPECT_EQ(first.remoteAddress, ""); // a listener has no remote end
    EXPECT_EQ(first.pid, 1712u);
    const SocketEntry& last = a.inventory.sockets.back(); // UDP [fe80::f5d1:8bf7:c410:e325%64]:52284 *:* 8844
    EXPECT_EQ(last.transport, Transport::Udp);
    EXPECT_EQ(last.ipVersion, 6);
    EXPECT_EQ(last.localAddress, "fe80::f5d1:8bf7:c410:e325");
    EXPECT_EQ(last.localPort, 52284);
    EXPECT_EQ(last.pid, 8844u);
    const SocketEntry loop{Transport::Tcp, 4, "127.0.0.1", 1031, "127.0.0.1", 1032, TcpState::Established, 10644, ""};
    EXPECT_NE(std::find(a.inventory.sockets.begin(), a.inventory.sockets.end(), loop), a.inventory.sockets.end());
    EXPECT_TRUE(findingsOf(a).empty());
}

TEST(SocketFixtures, NetstatServer2008FromPowerShell03)
{
    const auto a = analyzeFixture("netstat-ano/03.txt");
    ASSERT_EQ(a.sections.size(), 1u);
    EXPECT_EQ(a.sections[0].command, "netstat -ano"); // prompt without a space
    EXPECT_EQ(a.inventory.sockets.size(), 41u);
    EXPECT_EQ(count(a, Transport::Udp), 5u);
    EXPECT_EQ(count(a, Transport::Tcp, TcpState::CloseWait), 3u);
    EXPECT_EQ(count(a, Transport::Tcp, TcpState::TimeWait), 1u);
    const SocketEntry tw{Transport::Tcp, 4, "127.0.0.1", 58600, "127.0.0.1", 3306, TcpState::TimeWait, 0, ""};
    EXPECT_NE(std::find(a.inventory.sockets.begin(), a.inventory.sockets.end(), tw), a.inventory.sockets.end());
    const auto mysql = std::count_if(a.inventory.sockets.begin(), a.inventory.sockets.end(),
                                     [](const auto& s) { return s.pid == 1060; });
    EXPECT_EQ(mysql, 5);
}

TEST(SocketFixtures, NetstatAnWithoutPidAndABadAddress05)
{
    const auto a = analyzeFixture("netstat-ano/05.txt");
    EXPECT_EQ(a.inventory.sockets.size(), 259u); // 80 TCP + 180 UDP rows, one unreadable
    EXPECT_TRUE(std::all_of(a.inventory.sockets.begin(), a.inventory.sockets.end(), [](const auto& s) { return s.pid == 0; }));
    // "[fe80::asda:...]" (anonymised by hand) is no address: reported with its line, the rest is used.
    ASSERT_EQ(a.unparsed.size(), 1u);
    EXPECT_EQ(a.unparsed[0].line, 264u);
    EXPECT_NE(a.unparsed[0].text.find("fe80::asda"), std::string::npos);
}

TEST(SocketFixtures, NetstatOwnersFromB)
{
    const std::string text = "\nActive Connections\n\n"
                             "  Proto  Local Address          Foreign Address        State           PID\n"
                             "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       1012\n"
                             "  RpcSs\n"
                             " [svchost.exe]\n"
                             "  TCP    10.0.0.5:50001         93.184.216.34:443      ESTABLISHED     4120\n"
                             " [OrderSync.exe]\n"
                             "  TCP    0.0.0.0:445            0.0.0.0:0              LISTENING       4\n"
                             " Can not obtain ownership information\n";
    const auto a = analyzePaste(text);
    EXPECT_TRUE(a.unparsed.empty());
    ASSERT_EQ(a.inventory.sockets.size(), 3u);
    EXPECT_EQ(a.inventory.sockets[0].processName, "svchost.exe");
    EXPECT_EQ(a.inventory.sockets[1].processName, "OrderSync.exe");
    EXPECT_EQ(a.inventory.sockets[2].processName, "");
    EXPECT_EQ(a.inventory.processes, (std::vector<ProcessInfo>{{1012, "svchost.exe", ""}, {4120, "OrderSync.exe", ""}}));
}

TEST(SocketFixtures, GetNetTcpConnectionListeners01)
{
    const auto a = analyzeFixture("get-nettcpconnection/01.txt");
    ASSERT_EQ(a.sections.size(), 1u);
    EXPECT_EQ(a.sections[0].kind, PasteKind::NetTcpConnection);
    EXPECT_EQ(a.system.user, "Administrator");
    ASSERT_EQ(a.inventory.sockets.size(), 6u);
    const SocketEntry first{Transport::Tcp, 6, "::", 49676, "", 0, TcpState::Listen, 728, ""};
    EXPECT_EQ(a.inventory.sockets.front(), first);
    EXPECT_EQ(a.inventory.sockets.back().pid, 616u);
}

TEST(SocketFixtures, GetNetTcpConnectionTrailingSpaces03)
{
    const auto a = analyzeFixture("get-nettcpconnection/03.txt");
    EXPECT_TRUE(a.unparsed.empty());
    EXPECT_EQ(a.system.user, "piotr");
    ASSERT_EQ(a.inventory.sockets.size(), 2u);
    const SocketEntry first{Transport::Tcp, 4, "192.168.50.11", 52270, "20.215.26.76", 443, TcpState::Established,
                            35728, ""};
    EXPECT_EQ(a.inventory.sockets.front(), first);
}

TEST(SocketFixtures, GetNetTcpConnectionBound05)
{
    const auto a = analyzeFixture("get-nettcpconnection/05.txt");
    ASSERT_EQ(a.inventory.sockets.size(), 5u);
    EXPECT_EQ(count(a, Transport::Tcp, TcpState::Bound), 3u);
    const SocketEntry pg{Transport::Tcp, 4, "127.0.0.1", 53343, "127.0.0.1", 5432, TcpState::Established, 18732, ""};
    EXPECT_EQ(a.inventory.sockets.back(), pg);
}
