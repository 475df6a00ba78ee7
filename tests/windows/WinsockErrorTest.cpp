// The product's error itself: a connect on a socket that is already connected fails with
// 10056 (WSAEISCONN). These tests reproduce it on loopback, blocking and non-blocking.
#include "Loopback.h"

#include "diagnostics/platform/windows/ErrorNames.h"

using namespace wsafix;
using namespace wsafix::test;

class WinsockError : public WinsockTest
{
};

TEST_F(WinsockError, SecondConnectOnAConnectedSocketIsWsaeisconn)
{
    LoopbackListener listener;
    auto client = tcpSocket();
    ASSERT_TRUE(client);
    ASSERT_EQ(connectTo(client.get(), listener.port()), 0) << WSAGetLastError();

    EXPECT_EQ(connectTo(client.get(), listener.port()), SOCKET_ERROR);
    EXPECT_EQ(WSAGetLastError(), 10056);
    EXPECT_EQ(WSAGetLastError(), WSAEISCONN);
    EXPECT_EQ(win::winsockErrorName(10056), "WSAEISCONN");
}

TEST_F(WinsockError, PollingANonBlockingConnectEndsInWsaeisconn)
{
    LoopbackListener listener;
    auto client = tcpSocket();
    ASSERT_TRUE(client);
    u_long nonBlocking = 1;
    ASSERT_EQ(ioctlsocket(client.get(), FIONBIO, &nonBlocking), 0);

    // The application bug behind most reports: calling connect() again to ask "done yet?".
    ASSERT_EQ(connectTo(client.get(), listener.port()), SOCKET_ERROR);
    EXPECT_EQ(WSAGetLastError(), WSAEWOULDBLOCK);

    fd_set writable{};
    writable.fd_count = 1;
    writable.fd_array[0] = client.get();
    timeval wait{5, 0};
    ASSERT_EQ(select(0, nullptr, &writable, nullptr, &wait), 1) << "the loopback connect did not complete";

    EXPECT_EQ(connectTo(client.get(), listener.port()), SOCKET_ERROR);
    EXPECT_EQ(WSAGetLastError(), 10056);
}

TEST(ErrorNames, DescribeWinsockAndWin32Codes)
{
    EXPECT_EQ(win::describeWinsockError(10061), "error 10061 (WSAECONNREFUSED)");
    EXPECT_EQ(win::describeWinsockError(12345), "error 12345");
    EXPECT_EQ(win::describeWin32Error(5), "error 5 (ERROR_ACCESS_DENIED)");
    EXPECT_EQ(win::describeWin32Error(10056), "error 10056 (WSAEISCONN)");
    EXPECT_EQ(win::winsockErrorName(0), "");
}
