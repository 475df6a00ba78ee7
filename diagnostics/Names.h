#pragma once
/// @file Names.h
/// @brief Stable text names of the engine's enums, used in JSON, scenarios and reports.

#include "diagnostics/Inventory.h"
#include "diagnostics/Finding.h"

#include <optional>
#include <string>
#include <string_view>

namespace wsafix {

/// "ESTABLISHED", "LISTEN", "SYN_SENT", ... as netstat prints them; "BOUND" and "UNKNOWN" too.
std::string_view tcpStateName(TcpState state);
std::optional<TcpState> tcpStateFromName(std::string_view name);

std::string_view transportName(Transport transport);           ///< "tcp", "udp"
std::optional<Transport> transportFromName(std::string_view name);

std::string_view catalogKindName(CatalogEntry::Kind kind);      ///< "base", "layered", "chain"
std::optional<CatalogEntry::Kind> catalogKindFromName(std::string_view name);

std::string_view severityName(Severity severity);               ///< "info", "warning", "error", "critical"
std::optional<Severity> severityFromName(std::string_view name);

} // namespace wsafix
