#pragma once
// events(): errors of the System log and Winsock (WS2HELP) events of the last seven days.

#include "diagnostics/Inventory.h"

#include <cstddef>
#include <vector>

namespace wsafix::win {

/// At most `limit` events, newest first.
Probed<std::vector<EventEntry>> readEvents(std::size_t limit = 500);

} // namespace wsafix::win
