#pragma once
// info(): distribution and kernel, host, user and elevation of this Linux machine.

#include "diagnostics/Inventory.h"

#include <string>
#include <string_view>

namespace wsafix::lnx {

SystemInfo readSystemInfo();

/// The value of `key` in os-release text (quotes and backslash escapes removed), empty if absent.
std::string osReleaseValue(std::string_view text, std::string_view key);

} // namespace wsafix::lnx
