// sockets() inside namespaces: a listener, the connection it accepted, a UDP socket and the
// client on the other side are all found, with the PIDs of the child processes that own them.
#include "NamespacePair.h"
#include "OwnerProcess.h"

#include "diagnostics/platform/linux/LinuxSystem.h"
#include "diagnostics/platform/linux/ProcNetListing.h"

#include <algorithm>
#include <sstream>
#include <sys/socket.h>

using namespace wsafix;
using namespace wsafix::systemtest;

namespace {

// Listens on A's address (TCP and UDP), reports "tcpPort udpPort", accepts one connection and
// reports "accepted".
bool listenerBody(int report)
{
    const int tcp = boundSocket(SOCK_STREAM, kAddressA, 0);
    const int udp = boundSocket(SOCK_DGRAM, kAddressA, 0);
    if (tcp < 0 || udp < 0 || ::listen(tcp, 4) != 0)
        return false;
    if (!OwnerProcess::reportLine(report, std::to_string(boundPort(tcp)) + " " + std::to_string(boundPort(udp))))
        return false;
    return ::accept4(tcp, nullptr, nullptr, SOCK_CLOEXEC) >= 0 && OwnerProcess::reportLine(report, "accepted");
}

const SocketEntry* find(const std::vector<SocketEntry>& all, Transport transport, const std::string& local,
                        std::uint16_t port, std::uint16_t remotePort = 0)
{
    const auto it = std::find_if(all.begin(), all.end(), [&](const SocketEntry& s) {
        return s.transport == transport && s.localAddress == local && s.localPort == port && s.remotePort == remotePort;
    });
    return it == all.end() ? nullptr : &*it;
}

class NamespaceSockets : public NamespacePair
{
protected:
    void SetUp() override
    {
        NamespacePair::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_listener = std::make_unique<OwnerProcess>(a(), "wsafix-listen", listenerBody);
        std::istringstream ports(m_listener->readLine());
        ports >> m_tcpPort >> m_udpPort;
        ASSERT_NE(m_tcpPort, 0);
        const std::uint16_t target = m_tcpPort;
        m_client = std::make_unique<OwnerProcess>(b(), "wsafix-client", [target](int report) {
            const int fd = connectedSocket(kAddressA, target);
            return fd >= 0 && OwnerProcess::reportLine(report, std::to_string(boundPort(fd)));
        });
        m_clientPort = static_cast<std::uint16_t>(std::stoi(m_client->readLine()));
        ASSERT_EQ(m_listener->readLine(), "accepted");
    }

    std::unique_ptr<OwnerProcess> m_listener, m_client;
    std::uint16_t m_tcpPort = 0, m_udpPort = 0, m_clientPort = 0;
};

} // namespace

TEST_F(NamespaceSockets, ListenerSideIsFoundWithItsOwner)
{
    const auto sockets = inNamespace(a(), [] { return LinuxSystem().sockets(); });
    ASSERT_TRUE(sockets.available()) << sockets.status.reason;
    const auto owner = static_cast<std::uint32_t>(m_listener->pid());

    const SocketEntry* listen = find(sockets.value, Transport::Tcp, kAddressA, m_tcpPort);
    ASSERT_NE(listen, nullptr);
    EXPECT_EQ(listen->state, TcpState::Listen);
    EXPECT_EQ(listen->pid, owner);
    EXPECT_EQ(listen->processName, "wsafix-listen");

    const SocketEntry* accepted = find(sockets.value, Transport::Tcp, kAddressA, m_tcpPort, m_clientPort);
    ASSERT_NE(accepted, nullptr);
    EXPECT_EQ(accepted->state, TcpState::Established);
    EXPECT_EQ(accepted->remoteAddress, kAddressB);
    EXPECT_EQ(accepted->pid, owner);

    const SocketEntry* udp = find(sockets.value, Transport::Udp, kAddressA, m_udpPort);
    ASSERT_NE(udp, nullptr);
    EXPECT_EQ(udp->pid, owner);
    EXPECT_EQ(udp->state, TcpState::Unknown);

    // A fresh namespace holds nothing but what its owner opened.
    EXPECT_EQ(sockets.value.size(), 3u);
}

TEST_F(NamespaceSockets, ClientSideIsFoundWithItsOwner)
{
    const auto sockets = inNamespace(b(), [] { return LinuxSystem().sockets(); });
    ASSERT_TRUE(sockets.available()) << sockets.status.reason;
    ASSERT_EQ(sockets.value.size(), 1u);
    const SocketEntry& client = sockets.value.front();
    EXPECT_EQ(client.transport, Transport::Tcp);
    EXPECT_EQ(client.localAddress, kAddressB);
    EXPECT_EQ(client.localPort, m_clientPort);
    EXPECT_EQ(client.remoteAddress, kAddressA);
    EXPECT_EQ(client.remotePort, m_tcpPort);
    EXPECT_EQ(client.state, TcpState::Established);
    EXPECT_EQ(client.pid, static_cast<std::uint32_t>(m_client->pid()));
    EXPECT_EQ(client.processName, "wsafix-client");
}

TEST_F(NamespaceSockets, ProcNetFallbackFollowsTheThreadsNamespace)
{
    // /proc/thread-self/net belongs to the calling thread; /proc/self/net would show the main thread's.
    const auto listed = inNamespace(a(), [] {
        std::vector<lnx::KernelSocket> out;
        const std::string failed = lnx::listSocketsByProcNet(out);
        if (!failed.empty())
            throw std::runtime_error(failed);
        return out;
    });
    ASSERT_EQ(listed.size(), 3u);
    for (const auto& s : listed)
        EXPECT_EQ(s.entry.localAddress, kAddressA);
}

TEST_F(NamespaceSockets, TheHostNamespaceDoesNotSeeThem)
{
    const auto sockets = LinuxSystem().sockets();
    ASSERT_TRUE(sockets.available()) << sockets.status.reason;
    for (const auto& s : sockets.value) {
        EXPECT_NE(s.localAddress, kAddressA);
        EXPECT_NE(s.localAddress, kAddressB);
    }
}
