// probeTcp against 127.0.0.1 only, and against a .invalid name that must never be looked up.
#include "Loopback.h"

#include "diagnostics/platform/windows/WindowsSystem.h"

#include <algorithm>

using namespace wsafix;
using namespace wsafix::test;
using namespace std::chrono_literals;

class TcpConnectProbe : public WinsockTest
{
};

TEST_F(TcpConnectProbe, ConnectsToALoopbackListener)
{
    LoopbackListener listener;
    WindowsSystem system;
    const TcpProbeResult result = system.probeTcp("127.0.0.1", listener.port(), 5s);
    EXPECT_TRUE(result.resolved);
    EXPECT_TRUE(result.connected) << result.error;
    EXPECT_EQ(result.address, "127.0.0.1");
    EXPECT_EQ(result.errorCode, 0);
    EXPECT_EQ(result.error, "");
    EXPECT_GE(result.milliseconds, 0.0);
    EXPECT_LT(result.milliseconds, 5000.0);
}

TEST_F(TcpConnectProbe, ClosedLoopbackPortIsRefused)
{
    const std::uint16_t port = closedLoopbackPort();
    WindowsSystem system;
    // Windows retries a refused SYN for about two seconds; the limit leaves room for that.
    const TcpProbeResult result = system.probeTcp("127.0.0.1", port, 10s);
    EXPECT_TRUE(result.resolved);
    EXPECT_FALSE(result.connected);
    EXPECT_EQ(result.errorCode, 10061);
    EXPECT_EQ(result.error, "WSAECONNREFUSED");
    EXPECT_EQ(result.address, "127.0.0.1");
}

TEST_F(TcpConnectProbe, InvalidTopLevelDomainDoesNotResolve)
{
    WindowsSystem system;
    for (const char* host : {"wsafix-test.invalid", "Host.Example.INVALID.", "invalid"}) {
        const TcpProbeResult result = system.probeTcp(host, 443, 2s);
        EXPECT_FALSE(result.resolved) << host;
        EXPECT_FALSE(result.connected) << host;
        EXPECT_EQ(result.errorCode, 11001) << host;
        EXPECT_EQ(result.error, "WSAHOST_NOT_FOUND") << host;
        EXPECT_EQ(result.address, "") << host;
    }
}

TEST_F(TcpConnectProbe, LocalhostResolvesAndConnects)
{
    LoopbackListener listener;
    WindowsSystem system;
    // localhost may resolve to ::1 first, where nothing listens: the probe must go on to 127.0.0.1.
    const TcpProbeResult result = system.probeTcp("localhost", listener.port(), 5s);
    EXPECT_TRUE(result.resolved);
    EXPECT_TRUE(result.connected) << result.error;
    EXPECT_EQ(result.address, "127.0.0.1");
}

TEST_F(TcpConnectProbe, ResolvesANameWithoutConnecting)
{
    WindowsSystem system;
    const auto local = system.resolve("localhost", 5s);
    ASSERT_TRUE(local.available()) << local.status.reason;
    EXPECT_TRUE(local.value.resolved) << local.value.error;
    EXPECT_TRUE(std::find(local.value.addresses.begin(), local.value.addresses.end(), "127.0.0.1") !=
                    local.value.addresses.end() ||
                std::find(local.value.addresses.begin(), local.value.addresses.end(), "::1") !=
                    local.value.addresses.end());
    const auto invalid = system.resolve("wsafix-test.invalid", 5s);
    EXPECT_FALSE(invalid.value.resolved);
    EXPECT_EQ(invalid.value.error, "WSAHOST_NOT_FOUND");
    EXPECT_EQ(invalid.value.errorCode, 11001);
}
