#pragma once
/// @file SensitiveLabels.h
/// @brief Finds personal values by the label in front of them, where their form alone says nothing: "Host Name . . .
/// : WS01", "Account Name: jdoe", "Computer: FILESRV42", "Profile Name: HomeNet", `SSID "Cafe Guest"`,
/// "DHCPv6 IAID . . . : 50331741" (ipconfig /all, netsh wlan, Event Viewer and PowerShell output).

#include "diagnostics/report/SensitiveText.h"

#include <optional>
#include <string_view>

namespace wsafix {

/// The value named by a label that starts at `i` (a word start), or nullopt when no known label starts there or
/// its value is one that names no one ("N/A", "SYSTEM", "Public", ...).
std::optional<SensitiveSpan> labelledValue(std::string_view text, std::size_t i);

} // namespace wsafix
