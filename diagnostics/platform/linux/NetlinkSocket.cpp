#include "diagnostics/platform/linux/NetlinkSocket.h"

#include "diagnostics/platform/linux/Errno.h"

#include <cerrno>
#include <linux/netlink.h>
#include <sys/socket.h>
#include <sys/time.h>

namespace wsafix::lnx {

namespace {

// Large enough for the biggest datagram the kernel builds for a dump, so nothing is cut.
constexpr std::size_t kBufferSize = 64 * 1024;
// A dump that stalls this long is treated as failed rather than hanging the probe.
constexpr time_t kReceiveTimeoutSeconds = 5;

} // namespace

NetlinkSocket::NetlinkSocket(int protocol)
{
    UniqueFd fd(::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, protocol));
    if (!fd) {
        m_error = "cannot open a netlink socket (protocol " + std::to_string(protocol) + "): " + errnoMessage(errno);
        return;
    }
    const timeval timeout{kReceiveTimeoutSeconds, 0};
    ::setsockopt(fd.get(), SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    sockaddr_nl local{};
    local.nl_family = AF_NETLINK;
    if (::bind(fd.get(), reinterpret_cast<const sockaddr*>(&local), sizeof local) != 0) {
        m_error = "cannot bind a netlink socket: " + errnoMessage(errno);
        return;
    }
    m_fd = std::move(fd);
    m_buffer.resize(kBufferSize);
}

std::string NetlinkSocket::send(std::span<const std::byte> request)
{
    if (!m_fd)
        return m_error;
    if (request.size() < sizeof(nlmsghdr))
        return "netlink request too short";
    std::vector<std::byte> message(request.begin(), request.end());
    nlmsghdr header;
    std::memcpy(&header, message.data(), sizeof header);
    header.nlmsg_len = static_cast<std::uint32_t>(message.size());
    header.nlmsg_seq = ++m_sequence;
    header.nlmsg_pid = 0;
    std::memcpy(message.data(), &header, sizeof header);

    sockaddr_nl kernel{};
    kernel.nl_family = AF_NETLINK;
    for (;;) {
        const ssize_t n = ::sendto(m_fd.get(), message.data(), message.size(), 0,
                                   reinterpret_cast<const sockaddr*>(&kernel), sizeof kernel);
        if (n >= 0)
            return {};
        if (errno != EINTR)
            return "cannot send a netlink request: " + errnoMessage(errno);
    }
}

std::string NetlinkSocket::receive(std::size_t& received)
{
    for (;;) {
        iovec io{m_buffer.data(), m_buffer.size()};
        msghdr header{};
        header.msg_iov = &io;
        header.msg_iovlen = 1;
        const ssize_t n = ::recvmsg(m_fd.get(), &header, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return "the kernel did not answer the netlink dump within " + std::to_string(kReceiveTimeoutSeconds) + " s";
        if (n < 0)
            return "cannot receive a netlink reply: " + errnoMessage(errno);
        if (header.msg_flags & MSG_TRUNC)
            return "a netlink reply was larger than the receive buffer";
        received = static_cast<std::size_t>(n);
        return {};
    }
}

bool NetlinkSocket::next(std::size_t received, std::size_t& offset, NetlinkMessage& message) const
{
    while (offset + sizeof(nlmsghdr) <= received) {
        nlmsghdr header;
        std::memcpy(&header, m_buffer.data() + offset, sizeof header);
        if (header.nlmsg_len < sizeof header || offset + header.nlmsg_len > received)
            return false;
        const std::size_t at = offset;
        offset += netlinkAlign(header.nlmsg_len);
        // Replies to an earlier, abandoned request of this socket are skipped.
        if (header.nlmsg_seq != m_sequence)
            continue;
        message.type = header.nlmsg_type;
        message.flags = header.nlmsg_flags;
        message.payload = m_buffer.data() + at + netlinkAlign(sizeof(nlmsghdr));
        message.size = header.nlmsg_len - netlinkAlign(sizeof(nlmsghdr));
        return true;
    }
    return false;
}

std::string NetlinkSocket::errorOf(const NetlinkMessage& message)
{
    nlmsgerr error{};
    if (!message.header(error))
        return "a truncated netlink error message";
    if (error.error == 0)
        return {};
    return "the kernel refused the netlink request: " + errnoMessage(-error.error);
}

} // namespace wsafix::lnx
