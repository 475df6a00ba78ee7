#pragma once
/// @file IntakeRules.h
/// @brief What the intake accepts (host, port, process name, ticket, error code), as one set of rules shared by
/// the wizard's intake page, the command line's options and support links. Each function returns a problem in
/// plain words, or an empty string when the value is acceptable.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace wsafix {

/// The longest accepted host: a DNS name has at most 253 characters.
inline constexpr std::size_t kMaxHostLength = 253;
/// The longest accepted process name and ticket in a support link.
inline constexpr std::size_t kMaxLinkProcessLength = 100;
inline constexpr std::size_t kMaxTicketLength = 64;
/// The longest accepted error code text in a support link.
inline constexpr std::size_t kMaxLinkCodeLength = 64;

/// True for a dotted-quad IPv4 literal (four decimal parts 0-255, no leading zeros).
bool isIpv4Literal(std::string_view text);
/// True for an IPv6 literal (RFC 4291 text form, at most one "::", optional dotted-quad tail; no zone index).
bool isIpv6Literal(std::string_view text);

/// A DNS name (letters, digits, hyphens; labels of 1-63 characters; optional final dot), an IPv4 literal, or an
/// IPv6 literal with or without brackets; at most 253 characters.
std::string hostProblem(std::string_view host);

/// A whole decimal number from 1 to 65535; `port` receives it when there is no problem.
std::string portProblem(std::string_view text, std::uint16_t& port);

/// A process name as a support link may carry it: letters, digits, space and . _ + - (first a letter or digit),
/// not only digits (that would be read as a PID), no "..", at most kMaxLinkProcessLength characters.
std::string linkProcessProblem(std::string_view name);

/// A ticket: letters, digits and . _ # - (first a letter or digit), at most kMaxTicketLength characters.
std::string ticketProblem(std::string_view ticket);

/// An error code that decodes to exactly one error (see Decoder.h), printable ASCII, at most
/// kMaxLinkCodeLength characters.
std::string linkCodeProblem(std::string_view code);

} // namespace wsafix
