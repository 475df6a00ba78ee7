// Sockets this test opens on 127.0.0.1 and ::1 must appear in sockets() with this process as owner.
// One snapshot for all of them: under Wine, GetExtendedTcpTable takes seconds (up to a minute)
// when the host holds thousands of connections, so the test takes it once.
#include "Loopback.h"
#include "WineDetection.h"

#include "diagnostics/platform/windows/WindowsSystem.h"

#include <windows.h>

#include <algorithm>
#include <functional>

using namespace wsafix;
using namespace wsafix::test;

namespace {

const SocketEntry* find(const std::vector<SocketEntry>& sockets, const std::function<bool(const SocketEntry&)>& match)
{
    const auto it = std::find_if(sockets.begin(), sockets.end(), match);
    return it == sockets.end() ? nullptr : &*it;
}

const char* const kImage = "windows_system_tests.exe";

} // namespace

class SocketTableProbe : public WinsockTest
{
};

TEST_F(SocketTableProbe, OwnSocketsAppearWithStatePortsAndOwner)
{
    LoopbackListener listener;
    auto client = tcpSocket();
    ASSERT_EQ(connectTo(client.get(), listener.port()), 0) << WSAGetLastError();
    const auto server = listener.accept();
    ASSERT_TRUE(server);
    const std::uint16_t clientPort = localPort(client.get());

    win::UniqueSocket udp(socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP));
    const sockaddr_in udpAddress = loopbackAddress(0);
    ASSERT_EQ(bind(udp.get(), reinterpret_cast<const sockaddr*>(&udpAddress), sizeof udpAddress), 0);
    const std::uint16_t udpPort = localPort(udp.get());

    win::UniqueSocket listener6(socket(AF_INET6, SOCK_STREAM, IPPROTO_TCP));
    sockaddr_in6 address6{};
    address6.sin6_family = AF_INET6;
    address6.sin6_addr = in6addr_loopback;
    const bool ipv6 = bind(listener6.get(), reinterpret_cast<const sockaddr*>(&address6), sizeof address6) == 0 &&
                      listen(listener6.get(), 1) == 0;
    int length = sizeof address6;
    getsockname(listener6.get(), reinterpret_cast<sockaddr*>(&address6), &length);
    const std::uint16_t port6 = ntohs(address6.sin6_port);

    for (SOCKET s : {listener.get(), client.get(), server.get(), udp.get(), listener6.get()})
        useSocket(s);

    WindowsSystem system;
    const auto sockets = system.sockets();
    ASSERT_TRUE(sockets.available()) << sockets.status.reason;
    const auto& all = sockets.value;

    {
        SCOPED_TRACE("client side of the loopback connection");
        const SocketEntry* s = find(all, [&](const SocketEntry& e) {
            return e.transport == Transport::Tcp && e.localPort == clientPort && e.state == TcpState::Established;
        });
        ASSERT_NE(s, nullptr) << "127.0.0.1:" << clientPort << " not listed";
        EXPECT_EQ(s->ipVersion, 4);
        EXPECT_EQ(s->localAddress, "127.0.0.1");
        EXPECT_EQ(s->remoteAddress, "127.0.0.1");
        EXPECT_EQ(s->remotePort, listener.port());
        EXPECT_EQ(s->pid, GetCurrentProcessId());
        EXPECT_EQ(s->processName, kImage);
    }
    {
        SCOPED_TRACE("server side of the loopback connection");
        const SocketEntry* s = find(all, [&](const SocketEntry& e) {
            return e.transport == Transport::Tcp && e.localPort == listener.port() && e.remotePort == clientPort &&
                   e.state == TcpState::Established;
        });
        ASSERT_NE(s, nullptr);
        EXPECT_EQ(s->localAddress, "127.0.0.1");
        EXPECT_EQ(s->remoteAddress, "127.0.0.1");
        if (runningUnderWine()) {
            EXPECT_EQ(s->pid, 0u) << "Wine 8 attributes no accepted socket; if this changed, update PLATFORM-NOTES.md";
            EXPECT_EQ(s->processName, "");
        } else {
            EXPECT_EQ(s->pid, GetCurrentProcessId());
        }
    }
    {
        SCOPED_TRACE("listener");
        const SocketEntry* s = find(all, [&](const SocketEntry& e) {
            return e.transport == Transport::Tcp && e.localPort == listener.port() && e.state == TcpState::Listen;
        });
        ASSERT_NE(s, nullptr) << "listener on port " << listener.port() << " not listed";
        EXPECT_EQ(s->localAddress, "127.0.0.1");
        EXPECT_EQ(s->remoteAddress, "");
        EXPECT_EQ(s->remotePort, 0);
        EXPECT_EQ(s->pid, GetCurrentProcessId());
        EXPECT_EQ(s->processName, kImage);
    }
    {
        SCOPED_TRACE("bound UDP socket");
        const SocketEntry* s =
            find(all, [&](const SocketEntry& e) { return e.transport == Transport::Udp && e.localPort == udpPort; });
        ASSERT_NE(s, nullptr) << "UDP 127.0.0.1:" << udpPort << " not listed";
        EXPECT_EQ(s->localAddress, "127.0.0.1");
        EXPECT_EQ(s->state, TcpState::Unknown);
        EXPECT_EQ(s->remoteAddress, "");
        EXPECT_EQ(s->pid, GetCurrentProcessId());
    }
    if (ipv6) {
        SCOPED_TRACE("IPv6 listener");
        const SocketEntry* s = find(all, [&](const SocketEntry& e) {
            return e.ipVersion == 6 && e.localPort == port6 && e.state == TcpState::Listen;
        });
        ASSERT_NE(s, nullptr) << "[::1]:" << port6 << " not listed";
        EXPECT_EQ(s->localAddress, "::1");
        if (runningUnderWine())
            EXPECT_EQ(s->pid, 0u) << "Wine 8 attributes no IPv6 socket; if this changed, update PLATFORM-NOTES.md";
        else
            EXPECT_EQ(s->pid, GetCurrentProcessId());
    }
}
