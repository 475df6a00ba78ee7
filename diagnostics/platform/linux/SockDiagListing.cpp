#include "diagnostics/platform/linux/SockDiagListing.h"

#include "diagnostics/platform/linux/NetlinkSocket.h"

#include <arpa/inet.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>

namespace wsafix::lnx {

namespace {

struct DiagRequest
{
    nlmsghdr header;
    inet_diag_req_v2 request;
};

// Textual address of `words` (network order), empty for the unspecified address with port 0
// (the remote end of a listener or of an unconnected UDP socket).
std::string addressText(int family, const std::uint32_t* words)
{
    char text[INET6_ADDRSTRLEN];
    if (!::inet_ntop(family, words, text, sizeof text))
        return {};
    return text;
}

bool isUnspecified(int family, const std::uint32_t* words)
{
    const int count = family == AF_INET ? 1 : 4;
    for (int i = 0; i < count; ++i)
        if (words[i] != 0)
            return false;
    return true;
}

std::string dumpOne(NetlinkSocket& netlink, int family, int protocol, std::vector<KernelSocket>& out)
{
    DiagRequest request{};
    request.header.nlmsg_len = sizeof request;
    request.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    request.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    request.request.sdiag_family = static_cast<std::uint8_t>(family);
    request.request.sdiag_protocol = static_cast<std::uint8_t>(protocol);
    request.request.idiag_states = ~0u; // every state, TIME_WAIT and request sockets included
    request.request.idiag_ext = 0;      // no extensions: the bare message carries all we need

    const Transport transport = protocol == IPPROTO_TCP ? Transport::Tcp : Transport::Udp;
    const int ipVersion = family == AF_INET ? 4 : 6;
    return netlink.dump(std::as_bytes(std::span(&request, 1)), [&](const NetlinkMessage& message) {
        inet_diag_msg diag;
        if (message.type != SOCK_DIAG_BY_FAMILY || !message.header(diag) || diag.idiag_family != family)
            return;
        KernelSocket& s = out.emplace_back();
        s.inode = diag.idiag_inode;
        SocketEntry& e = s.entry;
        e.transport = transport;
        e.ipVersion = ipVersion;
        e.localAddress = addressText(family, diag.id.idiag_src);
        e.localPort = ntohs(diag.id.idiag_sport);
        e.remotePort = ntohs(diag.id.idiag_dport);
        if (e.remotePort != 0 || !isUnspecified(family, diag.id.idiag_dst))
            e.remoteAddress = addressText(family, diag.id.idiag_dst);
        e.state = transport == Transport::Tcp ? tcpStateFromKernel(diag.idiag_state, e.localPort) : TcpState::Unknown;
    });
}

} // namespace

std::string listSocketsBySockDiag(std::vector<KernelSocket>& out)
{
    NetlinkSocket netlink(NETLINK_SOCK_DIAG);
    if (!netlink.valid())
        return netlink.error();
    for (const int protocol : {IPPROTO_TCP, IPPROTO_UDP}) {
        for (const int family : {AF_INET, AF_INET6}) {
            if (std::string failed = dumpOne(netlink, family, protocol, out); !failed.empty())
                return "sock_diag " + std::string(protocol == IPPROTO_TCP ? "tcp" : "udp") +
                       (family == AF_INET ? "4" : "6") + ": " + failed;
        }
    }
    return {};
}

} // namespace wsafix::lnx
