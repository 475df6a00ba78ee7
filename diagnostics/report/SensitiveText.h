#pragma once
/// @file SensitiveText.h
/// @brief Finds personal values in free text by their form (IP and MAC addresses, DHCPv6 DUIDs, Windows SIDs, e-mail
/// addresses, domain names, the server of a UNC path, the user folder of a path, the host column of a netstat line)
/// and by their label (SensitiveLabels: host, user, domain, Wi-Fi network and profile names, IAIDs). Used by the
/// Redactor; hand-written scanners (no <regex>) so that the 11 MB of a 50,000-socket session are scanned in linear
/// time.

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
    Ssid, ///< a Wi-Fi network or profile name
    Domain,
    Sid, ///< a Windows account or machine SID
    Email,
    Duid, ///< a DHCPv6 client DUID
    Iaid  ///< a DHCPv6 IAID
};

/// "user", "host", "ip", "mac", "ssid", "domain", "sid", "email", "duid", "iaid": the word inside a placeholder
/// such as `<ip-1>`.
std::string_view sensitiveKindName(SensitiveKind kind);

/// A personal value inside a text: `text.substr(begin, length)`.
struct SensitiveSpan
{
    std::size_t begin = 0;
    std::size_t length = 0;
    SensitiveKind kind = SensitiveKind::Ip;
};

/// Every span of `text` that has the form of a personal value, in text order, not overlapping:
/// IPv4 and IPv6 addresses (also inside "[...]:port"), MAC addresses (aa:bb:cc:dd:ee:ff, AA-BB-...), DUIDs (7 or
/// more hex pairs), SIDs with four sub-authorities or more (S-1-5-21-...; well-known ones such as S-1-5-18 stay),
/// e-mail addresses, domain names (two or more labels ending in a letters-only label that is not a file extension
/// such as .exe or .dll, and not part of a file path), the server of `\\SERVER\share` and `smb://SERVER/`, the
/// host of a "name:port" column in a TCP/UDP line, the NAME of `\Users\NAME`, `\Documents and Settings\NAME`,
/// `/Users/NAME` and `/home/NAME` (also with doubled separators), the "root" of `/root`, and labelled values (see
/// labelledValue()).
std::vector<SensitiveSpan> findSensitiveSpans(std::string_view text);

/// Addresses that say nothing about a person or a network: 0.0.0.0, 127.x.x.x, ::, ::1, 255.255.255.255.
bool isAnonymousAddress(std::string_view address);

} // namespace wsafix
