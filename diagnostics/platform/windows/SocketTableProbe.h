#pragma once
// sockets(): the TCP and UDP tables of IP Helper, IPv4 and IPv6, with owning processes.

#include "diagnostics/Inventory.h"

#include <vector>

namespace wsafix::win {

Probed<std::vector<SocketEntry>> readSockets();

} // namespace wsafix::win
