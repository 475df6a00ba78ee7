#pragma once
// A socket as the kernel lists it (sock_diag or /proc/net), before its owner is known.

#include "diagnostics/Inventory.h"

#include <cstdint>

namespace wsafix::lnx {

struct KernelSocket
{
    SocketEntry entry;       ///< pid and processName still empty
    std::uint64_t inode = 0; ///< 0 for sockets no descriptor refers to (TIME_WAIT, SYN_RECV)
};

/// Linux's TCP_* state numbers (include/net/tcp_states.h) as TcpState. A closed socket that
/// still holds a local port is Bound, as Windows reports it.
constexpr TcpState tcpStateFromKernel(int state, std::uint16_t localPort)
{
    switch (state) {
    case 1:
        return TcpState::Established;
    case 2:
        return TcpState::SynSent;
    case 3:
        return TcpState::SynReceived;
    case 4:
        return TcpState::FinWait1;
    case 5:
        return TcpState::FinWait2;
    case 6:
        return TcpState::TimeWait;
    case 7:
        return localPort != 0 ? TcpState::Bound : TcpState::Closed;
    case 8:
        return TcpState::CloseWait;
    case 9:
        return TcpState::LastAck;
    case 10:
        return TcpState::Listen;
    case 11:
        return TcpState::Closing;
    case 12:
        return TcpState::SynReceived; // TCP_NEW_SYN_RECV: a request socket
    default:
        return TcpState::Unknown;
    }
}

} // namespace wsafix::lnx
