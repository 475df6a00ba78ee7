#pragma once
// processInterposers(pid) on Windows: which provider DLLs of the Winsock catalog are loaded into one process
// (a Toolhelp module snapshot), so the report can say "this LSP is inside the failing application".

#include "diagnostics/Inventory.h"

#include <cstdint>
#include <string>
#include <vector>

namespace wsafix::win {

/// Full paths of the modules loaded into `pid`.
Probed<std::vector<std::string>> loadedModules(std::uint32_t pid);

/// The entries of `catalog` whose provider DLL (environment variables expanded) is one of `modules`, other than
/// Windows' own mswsock.dll; each comes back with catalog "loaded" and a name that says which process holds it.
std::vector<CatalogEntry> loadedProviders(const std::vector<CatalogEntry>& catalog,
                                          const std::vector<std::string>& modules, std::uint32_t pid);

} // namespace wsafix::win
