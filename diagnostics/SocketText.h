#pragma once
/// @file SocketText.h
/// @brief Socket helpers shared by the rules and the reports: endpoints as text, and which sockets belong to
/// the failing application the user named.

#include "diagnostics/Inventory.h"
#include "diagnostics/SessionRecord.h"

#include <cstdint>
#include <string>

namespace wsafix {

/// ASCII lower case (process names, host names); other bytes unchanged.
std::string asciiLower(std::string text);

/// "10.0.0.5:443", "[fe80::1]:443".
std::string endpointText(const std::string& address, std::uint16_t port);

/// True when `socket` belongs to the intake's application: its PID when one was chosen, else its process name
/// (case-insensitive). False when the intake names no application.
bool isTargetSocket(const SocketEntry& socket, const Intake& intake);

} // namespace wsafix
