#pragma once
// catalog() on Linux: the libraries /etc/ld.so.preload makes the dynamic loader inject into every
// program — the analogue of Winsock's layered service providers.

#include "diagnostics/Inventory.h"

#include <string>
#include <string_view>
#include <vector>

namespace wsafix::lnx {

/// Entries of a preload file's text. ld.so splits on blanks and ':' and skips '#' comments; each
/// library becomes a Layered entry of catalog "preload" whose catalogId is its line number (the
/// second and later libraries of one line get 1000 × line + their position on it, to stay unique).
std::vector<CatalogEntry> parsePreloadText(std::string_view text);

/// The file at `path`: absent means no interposers (available, empty); unreadable is unavailable.
Probed<std::vector<CatalogEntry>> readPreloadCatalog(const std::string& path = "/etc/ld.so.preload");

} // namespace wsafix::lnx
