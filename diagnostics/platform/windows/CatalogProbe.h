#pragma once
// catalog(): the 64-bit and the 32-bit Winsock catalog (WSCEnumProtocols / WSCEnumProtocols32).

#include "diagnostics/Inventory.h"

#include <vector>

namespace wsafix::win {

Probed<std::vector<CatalogEntry>> readCatalog();

} // namespace wsafix::win
