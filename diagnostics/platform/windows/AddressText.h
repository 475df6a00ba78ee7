#pragma once
// IPv4/IPv6 addresses between socket address structures and text (no zone id), for every Windows probe and primitive.

#include <winsock2.h>

#include <ws2ipdef.h>

#include <optional>
#include <string>

namespace wsafix::win {

/// "192.0.2.1" or "2001:db8::1" for an AF_INET/AF_INET6 address; empty for nullptr or another family.
std::string addressText(const sockaddr* address);
/// The address of `text` (IPv4 or IPv6, no zone id, no port), or nullopt when it is not one.
std::optional<SOCKADDR_INET> parseAddress(const std::string& text);

} // namespace wsafix::win
