// sockets() on this machine: sockets the test opens on loopback are listed with the right
// addresses, ports, states and owner, through sock_diag and through the /proc/net fallback alike.
#include "LoopbackSockets.h"

#include "diagnostics/platform/linux/LinuxSystem.h"
#include "diagnostics/platform/linux/ProcNetListing.h"
#include "diagnostics/platform/linux/SockDiagListing.h"
#include "diagnostics/platform/linux/SocketInventory.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace wsafix;
using namespace wsafix::test;

namespace {

std::string ownName()
{
    char name[64] = {};
    FILE* comm = std::fopen("/proc/self/comm", "r");
    if (comm) {
        if (std::fgets(name, sizeof name, comm))
            name[std::strcspn(name, "\n")] = '\0';
        std::fclose(comm);
    }
    return name;
}

const SocketEntry* findSocket(const std::vector<SocketEntry>& all, Transport transport, std::uint16_t localPort,
                              std::uint16_t remotePort = 0)
{
    const auto it = std::find_if(all.begin(), all.end(), [&](const SocketEntry& s) {
        return s.transport == transport && s.localPort == localPort && s.remotePort == remotePort;
    });
    return it == all.end() ? nullptr : &*it;
}

struct Loopback
{
    UniqueFd listener, client, server;
    std::uint16_t listenPort = 0, clientPort = 0;

    explicit Loopback(int family)
    {
        listener = tcpBound(family, 8);
        listenPort = localPort(listener.get());
        client = tcpConnect(family, listenPort);
        clientPort = localPort(client.get());
        server.reset(::accept4(listener.get(), nullptr, nullptr, SOCK_CLOEXEC));
    }
};

void expectLoopbackSeen(const std::vector<SocketEntry>& all, const Loopback& l, int family, bool attributed)
{
    const std::string address = loopbackAddress(family);
    const int version = family == AF_INET ? 4 : 6;
    const auto pid = attributed ? static_cast<std::uint32_t>(::getpid()) : 0u;

    const SocketEntry* listen = findSocket(all, Transport::Tcp, l.listenPort);
    ASSERT_NE(listen, nullptr) << "listener on port " << l.listenPort << " not listed";
    EXPECT_EQ(listen->state, TcpState::Listen);
    EXPECT_EQ(listen->ipVersion, version);
    EXPECT_EQ(listen->localAddress, address);
    EXPECT_TRUE(listen->remoteAddress.empty()) << listen->remoteAddress;
    EXPECT_EQ(listen->pid, pid);

    const SocketEntry* client = findSocket(all, Transport::Tcp, l.clientPort, l.listenPort);
    ASSERT_NE(client, nullptr) << "client side not listed";
    EXPECT_EQ(client->state, TcpState::Established);
    EXPECT_EQ(client->localAddress, address);
    EXPECT_EQ(client->remoteAddress, address);
    EXPECT_EQ(client->pid, pid);

    const SocketEntry* server = findSocket(all, Transport::Tcp, l.listenPort, l.clientPort);
    ASSERT_NE(server, nullptr) << "accepted side not listed";
    EXPECT_EQ(server->state, TcpState::Established);
    EXPECT_EQ(server->pid, pid);
    if (attributed) {
        EXPECT_EQ(listen->processName, ownName());
        EXPECT_EQ(server->processName, ownName());
    } else {
        EXPECT_TRUE(listen->processName.empty());
    }
}

} // namespace

TEST(SocketInventory, LoopbackTcpIsAttributedToThisProcess)
{
    const Loopback l(AF_INET);
    LinuxSystem system;
    const auto sockets = system.sockets();
    ASSERT_TRUE(sockets.available()) << sockets.status.reason;
    expectLoopbackSeen(sockets.value, l, AF_INET, true);
}

TEST(SocketInventory, LoopbackTcpOverIpv6)
{
    if (!haveIpv6Loopback())
        GTEST_SKIP() << "no IPv6 on loopback here";
    const Loopback l(AF_INET6);
    const auto sockets = LinuxSystem().sockets();
    ASSERT_TRUE(sockets.available()) << sockets.status.reason;
    expectLoopbackSeen(sockets.value, l, AF_INET6, true);
}

TEST(SocketInventory, UdpSocketsHaveNoStateAndARemoteOnlyWhenConnected)
{
    const UniqueFd unconnected = udpBound(AF_INET);
    const UniqueFd connected = udpBound(AF_INET, localPort(unconnected.get()));
    const auto sockets = LinuxSystem().sockets();
    ASSERT_TRUE(sockets.available()) << sockets.status.reason;

    const SocketEntry* plain = findSocket(sockets.value, Transport::Udp, localPort(unconnected.get()));
    ASSERT_NE(plain, nullptr);
    EXPECT_EQ(plain->state, TcpState::Unknown);
    EXPECT_EQ(plain->localAddress, "127.0.0.1");
    EXPECT_TRUE(plain->remoteAddress.empty());
    EXPECT_EQ(plain->pid, static_cast<std::uint32_t>(::getpid()));

    const SocketEntry* peer =
        findSocket(sockets.value, Transport::Udp, localPort(connected.get()), localPort(unconnected.get()));
    ASSERT_NE(peer, nullptr);
    EXPECT_EQ(peer->remoteAddress, "127.0.0.1");
    EXPECT_EQ(peer->state, TcpState::Unknown);
}

TEST(SocketInventory, BoundButNotListeningIsBound)
{
    const UniqueFd bound = tcpBound(AF_INET, -1);
    const auto sockets = LinuxSystem().sockets();
    ASSERT_TRUE(sockets.available()) << sockets.status.reason;
    const SocketEntry* s = findSocket(sockets.value, Transport::Tcp, localPort(bound.get()));
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->state, TcpState::Bound);
    EXPECT_EQ(s->pid, static_cast<std::uint32_t>(::getpid()));
}

TEST(SocketInventory, WithoutAttributionNoOwnerIsLookedUp)
{
    const Loopback l(AF_INET);
    const auto sockets = lnx::listSockets(lnx::Attribution::None);
    ASSERT_TRUE(sockets.available()) << sockets.status.reason;
    expectLoopbackSeen(sockets.value, l, AF_INET, false);
    EXPECT_TRUE(
        std::all_of(sockets.value.begin(), sockets.value.end(), [](const SocketEntry& s) { return s.pid == 0; }));
}

TEST(SocketInventory, ProcNetFallbackAgreesWithSockDiag)
{
    const Loopback l(AF_INET);
    const UniqueFd udp = udpBound(AF_INET);
    std::vector<lnx::KernelSocket> diag, proc;
    ASSERT_EQ(lnx::listSocketsBySockDiag(diag), "");
    ASSERT_EQ(lnx::listSocketsByProcNet(proc), "");
    for (const auto& [port, remote] : {std::pair{l.listenPort, std::uint16_t{0}}, std::pair{l.clientPort, l.listenPort},
                                       std::pair{l.listenPort, l.clientPort}}) {
        const auto match = [&](const lnx::KernelSocket& k) {
            return k.entry.transport == Transport::Tcp && k.entry.localPort == port && k.entry.remotePort == remote;
        };
        const auto d = std::find_if(diag.begin(), diag.end(), match);
        const auto p = std::find_if(proc.begin(), proc.end(), match);
        ASSERT_NE(d, diag.end()) << port;
        ASSERT_NE(p, proc.end()) << port;
        EXPECT_EQ(d->entry, p->entry);
        EXPECT_EQ(d->inode, p->inode);
        EXPECT_NE(d->inode, 0u);
    }
    const auto udpMatch = [&](const lnx::KernelSocket& k) {
        return k.entry.transport == Transport::Udp && k.entry.localPort == localPort(udp.get());
    };
    EXPECT_NE(std::find_if(proc.begin(), proc.end(), udpMatch), proc.end());
    EXPECT_NE(std::find_if(diag.begin(), diag.end(), udpMatch), diag.end());
}

TEST(SocketInventory, KernelTcpStatesMapToWindowsNames)
{
    EXPECT_EQ(lnx::tcpStateFromKernel(1, 80), TcpState::Established);
    EXPECT_EQ(lnx::tcpStateFromKernel(2, 80), TcpState::SynSent);
    EXPECT_EQ(lnx::tcpStateFromKernel(3, 80), TcpState::SynReceived);
    EXPECT_EQ(lnx::tcpStateFromKernel(4, 80), TcpState::FinWait1);
    EXPECT_EQ(lnx::tcpStateFromKernel(5, 80), TcpState::FinWait2);
    EXPECT_EQ(lnx::tcpStateFromKernel(6, 80), TcpState::TimeWait);
    EXPECT_EQ(lnx::tcpStateFromKernel(7, 80), TcpState::Bound);
    EXPECT_EQ(lnx::tcpStateFromKernel(7, 0), TcpState::Closed);
    EXPECT_EQ(lnx::tcpStateFromKernel(8, 80), TcpState::CloseWait);
    EXPECT_EQ(lnx::tcpStateFromKernel(9, 80), TcpState::LastAck);
    EXPECT_EQ(lnx::tcpStateFromKernel(10, 80), TcpState::Listen);
    EXPECT_EQ(lnx::tcpStateFromKernel(11, 80), TcpState::Closing);
    EXPECT_EQ(lnx::tcpStateFromKernel(12, 80), TcpState::SynReceived);
    EXPECT_EQ(lnx::tcpStateFromKernel(99, 80), TcpState::Unknown);
}
