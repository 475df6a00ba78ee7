#pragma once
// processInterposers(pid) on Linux: the libraries of LD_PRELOAD in one process's environment, which the
// dynamic loader injected into that program only (ld.so.preload covers every program).

#include "diagnostics/Inventory.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wsafix::lnx {

/// The LD_PRELOAD libraries of a NUL-separated environment block, as entries of catalog "environment".
std::vector<CatalogEntry> parseEnvironPreload(std::string_view block, std::uint32_t pid);

/// Reads `procDir`/PID/environ (another user's process needs root).
Probed<std::vector<CatalogEntry>> readProcessPreload(std::uint32_t pid, const std::string& procDir = "/proc");

} // namespace wsafix::lnx
