#pragma once
/// @file HostNames.h
/// @brief Host-name rules shared by every backend's probes.

#include <string>

namespace wsafix {

/// True for names under the reserved top-level domain "invalid" (RFC 6761 section 6.4), which name
/// resolution must answer negatively by itself, without sending any query.
bool isReservedInvalidName(std::string host);

} // namespace wsafix
