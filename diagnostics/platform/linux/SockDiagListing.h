#pragma once
// The fast path of the socket inventory: every TCP and UDP socket of this thread's network
// namespace through netlink sock_diag, in one dump per family and protocol.

#include "diagnostics/platform/linux/KernelSocket.h"

#include <string>
#include <vector>

namespace wsafix::lnx {

/// Appends all TCP and UDP sockets, IPv4 and IPv6, to `out`. Returns why it failed, or an empty
/// string (then `out` is complete).
std::string listSocketsBySockDiag(std::vector<KernelSocket>& out);

} // namespace wsafix::lnx
