#pragma once
// sockets() of LinuxSystem: sock_diag (or /proc/net when the kernel lacks it), then the owners.

#include "diagnostics/Inventory.h"

#include <vector>

namespace wsafix::lnx {

enum class Attribution
{
    None,
    Owners
};

/// All TCP and UDP sockets of the calling thread's network namespace. With Attribution::Owners
/// each socket gets its owning PID and process name where /proc lets us see them; without, the
/// listing alone (what the benchmark compares with `ss -tan`).
Probed<std::vector<SocketEntry>> listSockets(Attribution attribution);

} // namespace wsafix::lnx
