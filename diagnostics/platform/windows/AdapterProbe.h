#pragma once
// adapters(): GetAdaptersAddresses, keyed by adapter GUID and interface index.

#include "diagnostics/Inventory.h"

#include <vector>

namespace wsafix::win {

Probed<std::vector<Adapter>> readAdapters();

} // namespace wsafix::win
