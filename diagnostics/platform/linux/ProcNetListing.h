#pragma once
// The slow path of the socket inventory, for kernels without sock_diag: the tables of
// /proc/thread-self/net (tcp, tcp6, udp, udp6), which follow the calling thread's network namespace.

#include "diagnostics/platform/linux/KernelSocket.h"

#include <string>
#include <string_view>
#include <vector>

namespace wsafix::lnx {

/// Parses one /proc/net/{tcp,tcp6,udp,udp6} table; rows it cannot read are skipped.
void parseProcNetTable(std::string_view text, Transport transport, int ipVersion, std::vector<KernelSocket>& out);

/// Appends the sockets of all four tables below `netDir` to `out`. Returns why it failed, or an empty string.
std::string listSocketsByProcNet(std::vector<KernelSocket>& out, const std::string& netDir = "/proc/thread-self/net");

} // namespace wsafix::lnx
