#pragma once
/// @file SupportLink.h
/// @brief Support links: `wsafix://diagnose?code=...&process=...&host=...&port=...&ticket=...`.
///
/// A link is untrusted input from an email. It is parsed into SupportLink, a plain value that carries only what
/// the intake page shows (no fix, no snapshot, no command, no path), and the only thing that accepts it is the
/// intake pre-fill (prefilledIntake). A link can therefore never apply a fix, restore a snapshot, run a command
/// or choose a file path.

#include "diagnostics/SessionRecord.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace wsafix {

/// The validated content of a support link; every field may be empty (port 0 = none).
struct SupportLink
{
    static constexpr std::size_t kMaxLength = 2048; ///< longer links are refused before they are read

    std::string code;       ///< the error as the support email gives it; decodes to exactly one error
    std::string process;    ///< the failing program's name, e.g. "OrderSync.exe"
    std::string host;       ///< target host: DNS name, IPv4 or IPv6 literal
    std::uint16_t port = 0; ///< target port, 0 when the link has none
    std::string ticket;     ///< ticket number, e.g. "INC0012345"

    bool operator==(const SupportLink&) const = default;
};

/// A link, or why it was refused.
struct ParsedSupportLink
{
    std::optional<SupportLink> link;
    std::string error;     ///< why the link was refused, in plain words (empty when link is set)
    std::string parameter; ///< the parameter the error is about, when it is about one
};

/// Parses and validates `text`. Never throws on content.
ParsedSupportLink parseSupportLink(std::string_view text);

/// The problem of one field value as `link make` receives it (raw, not encoded), or empty.
/// `name` is one of code, process, host, port, ticket.
std::string supportLinkFieldProblem(std::string_view name, std::string_view value);

/// The link for `link` (fields validated by the caller with supportLinkFieldProblem), values percent-encoded,
/// parameters in the order code, process, host, port, ticket; empty fields left out.
std::string makeSupportLink(const SupportLink& link);

/// What the intake page starts with when opened from `link`: the only use of a SupportLink.
Intake prefilledIntake(const SupportLink& link);

} // namespace wsafix
