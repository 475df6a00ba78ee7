#pragma once
/// @file SensitiveText.h
/// @brief Finds personal values in free text by their form: IP and MAC addresses, domain names, the user folder of
/// a path and the network name after "SSID". Used by the Redactor; hand-written scanners (no <regex>) so that
/// the 11 MB of a 50,000-socket session are scanned in linear time.

#include <cstddef>
#include <string_view>
#include <vector>

namespace wsafix {

enum class SensitiveKind
{
    User,
    Host,
    Ip,
    Mac,
    Ssid,
    Domain
};

/// "user", "host", "ip", "mac", "ssid", "domain": the word inside a placeholder such as `<ip-1>`.
std::string_view sensitiveKindName(SensitiveKind kind);

/// A personal value inside a text: `text.substr(begin, length)`.
struct SensitiveSpan
{
    std::size_t begin = 0;
    std::size_t length = 0;
    SensitiveKind kind = SensitiveKind::Ip;
};

/// Every span of `text` that has the form of a personal value, in text order, not overlapping:
/// IPv4 and IPv6 addresses (also inside "[...]:port"), MAC addresses (aa:bb:cc:dd:ee:ff, AA-BB-...), domain
/// names (two or more labels ending in a letters-only label that is not a file extension such as .exe or .dll,
/// and not part of a file path), the NAME of `\Users\NAME`, `/Users/NAME` and `/home/NAME`, and the value after
/// "SSID:" / "SSID=" / `SSID "..."`.
std::vector<SensitiveSpan> findSensitiveSpans(std::string_view text);

/// Addresses that say nothing about a person or a network: 0.0.0.0, 127.x.x.x, ::, ::1, 255.255.255.255.
bool isAnonymousAddress(std::string_view address);

} // namespace wsafix
