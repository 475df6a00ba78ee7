#pragma once
// A netlink socket that runs dump requests (sock_diag, rtnetlink). It belongs to the network
// namespace of the thread that opened it.

#include "diagnostics/platform/linux/NetlinkMessage.h"
#include "diagnostics/platform/linux/UniqueFd.h"

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace wsafix::lnx {

class NetlinkSocket
{
public:
    /// Opens a socket of `protocol` (NETLINK_SOCK_DIAG, NETLINK_ROUTE); see valid() and error().
    explicit NetlinkSocket(int protocol);

    bool valid() const { return m_fd.valid(); }
    const std::string& error() const { return m_error; }

    /// Sends `request` (a complete message with NLM_F_DUMP) and calls onMessage(const NetlinkMessage&)
    /// for every reply until the kernel ends the dump. Returns why it failed, or an empty string.
    template <class F> std::string dump(std::span<const std::byte> request, F&& onMessage)
    {
        if (std::string failed = send(request); !failed.empty())
            return failed;
        // Each datagram holds many messages; the cap only guards against a kernel that never says done.
        for (std::size_t datagram = 0; datagram < kMaxDatagrams; ++datagram) {
            std::size_t received = 0;
            if (std::string failed = receive(received); !failed.empty())
                return failed;
            std::size_t offset = 0;
            NetlinkMessage message;
            bool done = false;
            while (next(received, offset, message)) {
                if (message.type == kDone) {
                    done = true;
                    break;
                }
                if (message.type == kError) {
                    if (std::string failed = errorOf(message); !failed.empty())
                        return failed;
                    continue;
                }
                onMessage(message);
            }
            if (done)
                return {};
        }
        return "the netlink dump did not end";
    }

private:
    static constexpr std::size_t kMaxDatagrams = 1 << 20;
    static constexpr std::uint16_t kError = 2; // NLMSG_ERROR
    static constexpr std::uint16_t kDone = 3;  // NLMSG_DONE

    std::string send(std::span<const std::byte> request);
    std::string receive(std::size_t& received);
    /// The message at `offset` of the last datagram if it belongs to the current request; advances `offset`.
    bool next(std::size_t received, std::size_t& offset, NetlinkMessage& message) const;
    static std::string errorOf(const NetlinkMessage& message);

    UniqueFd m_fd;
    std::string m_error;
    std::uint32_t m_sequence = 0;
    std::vector<std::byte> m_buffer;
};

} // namespace wsafix::lnx
