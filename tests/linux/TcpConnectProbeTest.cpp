// probeTcp() against loopback: a listener, a port nobody listens on, a full backlog, a bad name.
#include "LoopbackSockets.h"

#include "diagnostics/platform/linux/LinuxSystem.h"

#include <gtest/gtest.h>

#include <cerrno>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <vector>

using namespace wsafix;
using namespace wsafix::test;
using namespace std::chrono_literals;

TEST(TcpConnectProbe, ConnectsToALoopbackListener)
{
    const UniqueFd listener = tcpBound(AF_INET, 8);
    const auto r = LinuxSystem().probeTcp("127.0.0.1", localPort(listener.get()), 3000ms);
    EXPECT_TRUE(r.resolved);
    EXPECT_TRUE(r.connected) << r.error;
    EXPECT_EQ(r.address, "127.0.0.1");
    EXPECT_EQ(r.errorCode, 0);
    EXPECT_TRUE(r.error.empty());
    EXPECT_GE(r.milliseconds, 0.0);
    EXPECT_LT(r.milliseconds, 3000.0);
}

TEST(TcpConnectProbe, ConnectsOverIpv6)
{
    if (!haveIpv6Loopback())
        GTEST_SKIP() << "no IPv6 on loopback here";
    const UniqueFd listener = tcpBound(AF_INET6, 8);
    const auto r = LinuxSystem().probeTcp("::1", localPort(listener.get()), 3000ms);
    EXPECT_TRUE(r.connected) << r.error;
    EXPECT_EQ(r.address, "::1");
}

TEST(TcpConnectProbe, ResolvesANameFirst)
{
    // localhost may resolve to ::1 before 127.0.0.1; the probe tries each address in turn.
    const UniqueFd listener = tcpBound(AF_INET, 8);
    const auto r = LinuxSystem().probeTcp("localhost", localPort(listener.get()), 3000ms);
    EXPECT_TRUE(r.resolved);
    EXPECT_TRUE(r.connected) << r.error;
    EXPECT_EQ(r.address, "127.0.0.1");
}

TEST(TcpConnectProbe, ClosedPortIsRefused)
{
    // A bound socket that does not listen holds the port, so nothing else can take it meanwhile.
    const UniqueFd bound = tcpBound(AF_INET, -1);
    const auto r = LinuxSystem().probeTcp("127.0.0.1", localPort(bound.get()), 3000ms);
    EXPECT_TRUE(r.resolved);
    EXPECT_FALSE(r.connected);
    EXPECT_EQ(r.errorCode, ECONNREFUSED);
    EXPECT_EQ(r.error, "ECONNREFUSED");
}

TEST(TcpConnectProbe, InvalidNameDoesNotResolve)
{
    const auto r = LinuxSystem().probeTcp("wsafix-test.invalid", 443, 5000ms);
    EXPECT_FALSE(r.resolved);
    EXPECT_FALSE(r.connected);
    EXPECT_FALSE(r.error.empty());
    EXPECT_NE(r.errorCode, 0);
    EXPECT_TRUE(r.address.empty());
}

TEST(TcpConnectProbe, FullBacklogTimesOutWithinTheLimit)
{
    // A listener that never accepts, with its queue full: the kernel drops further SYNs.
    const UniqueFd listener = tcpBound(AF_INET, 0);
    const std::uint16_t port = localPort(listener.get());
    std::vector<UniqueFd> fillers;
    bool full = false;
    for (int i = 0; i < 16 && !full; ++i) {
        UniqueFd fd(::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(port);
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::connect(fd.get(), reinterpret_cast<const sockaddr*>(&to), sizeof to);
        pollfd p{fd.get(), POLLOUT, 0};
        full = ::poll(&p, 1, 200) == 0;
        fillers.push_back(std::move(fd));
    }
    if (!full)
        GTEST_SKIP() << "the kernel kept accepting connections into a zero backlog";
    const auto r = LinuxSystem().probeTcp("127.0.0.1", port, 400ms);
    EXPECT_TRUE(r.resolved);
    EXPECT_FALSE(r.connected);
    EXPECT_EQ(r.errorCode, ETIMEDOUT);
    EXPECT_EQ(r.error, "ETIMEDOUT");
    EXPECT_GE(r.milliseconds, 350.0);
    EXPECT_LT(r.milliseconds, 2000.0);
}
