#pragma once
// Loopback sockets for the Windows tests: a listener on 127.0.0.1 and connections to it.
// Nothing here leaves the machine.

#include "diagnostics/platform/windows/UniqueSocket.h"
#include "diagnostics/platform/windows/WinsockSession.h"

#include <winsock2.h>
#include <ws2tcpip.h>

#include <gtest/gtest.h>

#include <cstdint>

namespace wsafix::test {

inline sockaddr_in loopbackAddress(std::uint16_t port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

inline std::uint16_t localPort(SOCKET socket)
{
    sockaddr_in address{};
    int length = sizeof address;
    getsockname(socket, reinterpret_cast<sockaddr*>(&address), &length);
    return ntohs(address.sin_port);
}

inline int connectTo(SOCKET socket, std::uint16_t port)
{
    const sockaddr_in address = loopbackAddress(port);
    return connect(socket, reinterpret_cast<const sockaddr*>(&address), sizeof address);
}

inline win::UniqueSocket tcpSocket()
{
    return win::UniqueSocket(socket(AF_INET, SOCK_STREAM, IPPROTO_TCP));
}

/// Wine keeps the Unix fd of every socket in wineserver and gives a process its own copy only on
/// a data-path call; its IP Helper names a process as owner only if the process holds such a copy.
/// FIONREAD makes the copy (on Windows it is a harmless query). Sockets returned by accept() get
/// none in Wine 8, so their owner stays 0 there.
inline void useSocket(SOCKET socket)
{
    u_long pending = 0;
    ioctlsocket(socket, FIONREAD, &pending);
}

/// A listening TCP socket on 127.0.0.1 with a port chosen by the system.
class LoopbackListener
{
public:
    LoopbackListener() : m_socket(tcpSocket())
    {
        const sockaddr_in address = loopbackAddress(0);
        if (!m_socket || bind(m_socket.get(), reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0 ||
            listen(m_socket.get(), 8) != 0)
            ADD_FAILURE() << "could not listen on 127.0.0.1: " << WSAGetLastError();
        else
            m_port = localPort(m_socket.get());
    }

    std::uint16_t port() const { return m_port; }
    SOCKET get() const { return m_socket.get(); }
    win::UniqueSocket accept() const { return win::UniqueSocket(::accept(m_socket.get(), nullptr, nullptr)); }

private:
    win::UniqueSocket m_socket;
    std::uint16_t m_port = 0;
};

/// A port on 127.0.0.1 that nothing listens on: bound once by us, then released.
inline std::uint16_t closedLoopbackPort()
{
    LoopbackListener probe;
    return probe.port();
}

/// Winsock started for the tests of one fixture.
class WinsockTest : public testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_winsock.ok()) << m_winsock.failure(); }

private:
    win::WinsockSession m_winsock;
};

} // namespace wsafix::test
