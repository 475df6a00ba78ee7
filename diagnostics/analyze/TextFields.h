#pragma once
/// @file TextFields.h
/// @brief Small readers shared by the pasted-output parsers: words, numbers, addresses, endpoints and the
/// "Label . . . . : value" fields of ipconfig. None of them throws.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wsafix {

std::string_view trimmed(std::string_view s);
/// Splits on runs of spaces and tabs.
std::vector<std::string_view> splitWords(std::string_view s);
/// ASCII letters compared without case; other bytes exactly.
bool equalsNoCase(std::string_view a, std::string_view b);
bool startsWithNoCase(std::string_view s, std::string_view prefix);
bool containsNoCase(std::string_view s, std::string_view needle);

/// A decimal number made only of digits (no sign, no spaces), at most `max`.
std::optional<std::uint64_t> parseDecimal(std::string_view s, std::uint64_t max = UINT32_MAX);

bool isIpv4(std::string_view s);
/// IPv6 text, optionally with a zone ("%12").
bool isIpv6(std::string_view s);
bool isIpAddress(std::string_view s);
/// The address without its zone ("fe80::1%12" -> "fe80::1").
std::string withoutZone(std::string_view s);
/// The zone of a link-local address as a number ("fe80::1%12" -> 12): Windows' interface index.
std::optional<std::uint32_t> zoneIndex(std::string_view s);
/// 255.255.255.0 -> 24; empty for a mask that is not contiguous.
std::optional<int> maskToPrefix(std::string_view mask);

struct Endpoint
{
    std::string address;      ///< without brackets and zone; "*" for netstat's wildcard
    std::uint16_t port = 0;
    bool anyPort = false;     ///< "*" as the port
};
/// "10.0.0.1:80", "[::]:0", "[fe80::1%9]:1900", "*:*".
std::optional<Endpoint> parseEndpoint(std::string_view s);

struct DottedField
{
    std::string_view label;   ///< without the dot leader
    std::string_view value;   ///< trimmed, may be empty
};
/// An ipconfig-style field: "   IPv4 Address. . . . . : 10.0.0.1", "DNS-Suffix: x", "Vínculo: dirección IPv6
/// local. . : fe80::1" (the separator is the colon after the dot leader, or else the first colon before a space).
std::optional<DottedField> splitDottedField(std::string_view line);

/// Drops a trailing parenthesised remark: "10.0.0.1(Preferred)" -> "10.0.0.1".
std::string_view withoutRemark(std::string_view value);

/// Number of leading spaces.
std::size_t indentOf(std::string_view line);

} // namespace wsafix
