#pragma once
// processes(): the Toolhelp process snapshot, with image paths where this user may read them.

#include "diagnostics/Inventory.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace wsafix::win {

Probed<std::vector<ProcessInfo>> readProcesses();
/// PID -> image name ("svchost.exe"), for attributing sockets; empty when no snapshot could be taken.
std::map<std::uint32_t, std::string> processNames();

} // namespace wsafix::win
