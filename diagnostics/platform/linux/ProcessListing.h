#pragma once
// processes() on Linux: every process of /proc with its name (comm) and image path (exe).

#include "diagnostics/Inventory.h"

#include <string>
#include <vector>

namespace wsafix::lnx {

/// The exe link needs the right to inspect the process; where it is denied the path stays empty.
Probed<std::vector<ProcessInfo>> listProcesses(const std::string& procDir = "/proc");

} // namespace wsafix::lnx
