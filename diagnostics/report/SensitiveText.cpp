#include "diagnostics/report/SensitiveText.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace wsafix {
namespace {

bool isAlnum(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isHex(char c)
{
    return std::isxdigit(static_cast<unsigned char>(c)) != 0;
}
bool isAlpha(char c)
{
    return std::isalpha(static_cast<unsigned char>(c)) != 0;
}
char lowerChar(char c)
{
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lowerChar(x) == lowerChar(y); });
}

char at(std::string_view text, std::size_t i)
{
    return i < text.size() ? text[i] : '\0';
}
char before(std::string_view text, std::size_t i)
{
    return i > 0 ? text[i - 1] : '\0';
}

// --- IPv4 -------------------------------------------------------------------------------------------------------

// Length of a dotted quad starting at `i` (each part 0-255), or 0.
std::size_t ipv4Length(std::string_view text, std::size_t i)
{
    std::size_t p = i;
    for (int part = 0; part < 4; ++part) {
        if (part > 0) {
            if (at(text, p) != '.')
                return 0;
            ++p;
        }
        std::size_t digits = 0;
        int value = 0;
        while (digits < 3 && isDigit(at(text, p))) {
            value = value * 10 + (text[p] - '0');
            ++p;
            ++digits;
        }
        if (digits == 0 || value > 255 || isDigit(at(text, p)))
            return 0;
    }
    return p - i;
}

// --- IPv6 -------------------------------------------------------------------------------------------------------

bool validIpv6(std::string_view s)
{
    if (s.size() < 2)
        return false;
    const auto doubleColon = s.find("::");
    if (doubleColon != std::string_view::npos && s.find("::", doubleColon + 1) != std::string_view::npos)
        return false;
    int groups = 0;
    const auto countGroups = [&groups](std::string_view part, bool mayEndInIpv4) {
        if (part.empty())
            return true;
        std::size_t start = 0;
        while (true) {
            const auto colon = part.find(':', start);
            const auto group = part.substr(start, colon == std::string_view::npos ? part.npos : colon - start);
            const bool last = colon == std::string_view::npos;
            if (last && mayEndInIpv4 && group.find('.') != std::string_view::npos) {
                if (ipv4Length(group, 0) != group.size())
                    return false;
                groups += 2;
                return true;
            }
            if (group.empty() || group.size() > 4 || !std::all_of(group.begin(), group.end(), isHex))
                return false;
            ++groups;
            if (last)
                return true;
            start = colon + 1;
        }
    };
    if (doubleColon == std::string_view::npos)
        return countGroups(s, true) && groups == 8;
    return countGroups(s.substr(0, doubleColon), false) && countGroups(s.substr(doubleColon + 2), true) && groups <= 7;
}

std::size_t ipv6Length(std::string_view text, std::size_t i)
{
    std::size_t p = i;
    std::size_t colons = 0;
    while (p < text.size() && (isHex(text[p]) || text[p] == ':' || text[p] == '.')) {
        colons += text[p] == ':';
        ++p;
    }
    if (colons < 2)
        return 0;
    // A sentence may end right after an address.
    while (p > i && text[p - 1] == '.')
        --p;
    if (isAlnum(at(text, p)))
        return 0;
    return validIpv6(text.substr(i, p - i)) ? p - i : 0;
}

// --- MAC --------------------------------------------------------------------------------------------------------

std::size_t macLength(std::string_view text, std::size_t i)
{
    constexpr std::size_t kLength = 17;
    if (text.size() - i < kLength)
        return 0;
    const char separator = text[i + 2];
    if (separator != ':' && separator != '-')
        return 0;
    for (std::size_t k = 0; k < kLength; ++k) {
        const char c = text[i + k];
        if (k % 3 == 2 ? c != separator : !isHex(c))
            return 0;
    }
    const char next = at(text, i + kLength);
    if (isAlnum(next) || ((next == separator) && isHex(at(text, i + kLength + 1))))
        return 0;
    return kLength;
}

// --- domain names -----------------------------------------------------------------------------------------------

// Last labels that name files, not domains.
constexpr std::array<std::string_view, 34> kFileExtensions{
    "exe",  "dll", "sys", "so",  "drv", "ocx",  "cpl", "msi", "inf",     "ini",    "cfg", "conf",
    "json", "xml", "txt", "log", "etl", "evtx", "reg", "bat", "cmd",     "ps1",    "sh",  "py",
    "html", "htm", "md",  "pdf", "png", "svg",  "lnk", "dat", "preload", "service"};

bool isLabelChar(char c)
{
    return isAlnum(c) || c == '-';
}

std::size_t domainLength(std::string_view text, std::size_t i)
{
    // Part of a path ("/etc/ld.so.preload", "C:\dir\x.y") unless the separator starts a URL authority ("//").
    const char prev = before(text, i);
    if ((prev == '/' || prev == '\\') && !(prev == '/' && before(text, i - 1) == '/'))
        return 0;
    std::size_t p = i;
    std::size_t labels = 0;
    std::size_t lastStart = i;
    while (true) {
        const std::size_t start = p;
        while (p < text.size() && isLabelChar(text[p]))
            ++p;
        if (p == start)
            return 0;
        ++labels;
        lastStart = start;
        if (at(text, p) == '.' && isLabelChar(at(text, p + 1)))
            ++p;
        else
            break;
    }
    if (labels < 2)
        return 0;
    const auto last = text.substr(lastStart, p - lastStart);
    if (last.size() < 2 || last.size() > 24 || !std::all_of(last.begin(), last.end(), isAlpha))
        return 0;
    // "System.Net.Sockets.SocketException": a mixed-case last label is a type name, not a top-level domain.
    const bool allLower =
        std::none_of(last.begin(), last.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
    const bool allUpper =
        std::none_of(last.begin(), last.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
    if (!allLower && !allUpper)
        return 0;
    if (std::any_of(kFileExtensions.begin(), kFileExtensions.end(),
                    [&](std::string_view ext) { return equalsIgnoreCase(ext, last); }))
        return 0;
    const char next = at(text, p);
    if (next == '_' || next == '\\')
        return 0;
    return p - i;
}

// --- user folders and SSIDs ---------------------------------------------------------------------------------------

bool startsWithIgnoreCase(std::string_view text, std::size_t i, std::string_view prefix)
{
    return text.size() - i >= prefix.size() && equalsIgnoreCase(text.substr(i, prefix.size()), prefix);
}

// The NAME after "\Users\", "/Users/" or "/home/" at `i`; {0, 0} when there is none.
std::pair<std::size_t, std::size_t> userFolderName(std::string_view text, std::size_t i)
{
    std::size_t prefix = 0;
    if (startsWithIgnoreCase(text, i, "\\users\\") || startsWithIgnoreCase(text, i, "/users/"))
        prefix = 7;
    else if (startsWithIgnoreCase(text, i, "/home/"))
        prefix = 6;
    if (prefix == 0 || isAlnum(before(text, i)))
        return {0, 0};
    const std::size_t start = i + prefix;
    std::size_t p = start;
    while (p < text.size() && text[p] != '/' && text[p] != '\\' && !std::isspace(static_cast<unsigned char>(text[p])) &&
           std::string_view("\"'<>|:;,()[]").find(text[p]) == std::string_view::npos)
        ++p;
    const auto name = text.substr(start, p - start);
    for (const std::string_view shared : {"public", "default", "all users", "default user"})
        if (equalsIgnoreCase(name, shared))
            return {0, 0};
    return {start, p - start};
}

// The value after "SSID" at `i` ("SSID: x", "SSID = x", "SSID \"x\""); {0, 0} when there is none.
std::pair<std::size_t, std::size_t> ssidValue(std::string_view text, std::size_t i)
{
    if (!startsWithIgnoreCase(text, i, "ssid") || isAlnum(before(text, i)) || isAlnum(at(text, i + 4)))
        return {0, 0};
    std::size_t p = i + 4;
    while (at(text, p) == ' ' || at(text, p) == '\t')
        ++p;
    bool separator = false;
    if (at(text, p) == ':' || at(text, p) == '=') {
        separator = true;
        ++p;
        while (at(text, p) == ' ' || at(text, p) == '\t')
            ++p;
    }
    const char quote = at(text, p);
    if (quote == '"' || quote == '\'') {
        const auto close = text.find(quote, p + 1);
        if (close == std::string_view::npos || close == p + 1)
            return {0, 0};
        return {p + 1, close - p - 1};
    }
    if (!separator)
        return {0, 0};
    std::size_t end = p;
    while (end < text.size() && std::string_view("\r\n,;)").find(text[end]) == std::string_view::npos)
        ++end;
    while (end > p && std::isspace(static_cast<unsigned char>(text[end - 1])))
        --end;
    return end > p ? std::pair{p, end - p} : std::pair<std::size_t, std::size_t>{0, 0};
}

} // namespace

std::string_view sensitiveKindName(SensitiveKind kind)
{
    switch (kind) {
    case SensitiveKind::User:
        return "user";
    case SensitiveKind::Host:
        return "host";
    case SensitiveKind::Ip:
        return "ip";
    case SensitiveKind::Mac:
        return "mac";
    case SensitiveKind::Ssid:
        return "ssid";
    case SensitiveKind::Domain:
        return "domain";
    }
    return "value";
}

std::vector<SensitiveSpan> findSensitiveSpans(std::string_view text)
{
    std::vector<SensitiveSpan> spans;
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        const char prev = before(text, i);
        if (c == 's' || c == 'S') {
            if (const auto [start, length] = ssidValue(text, i); length) {
                spans.push_back({start, length, SensitiveKind::Ssid});
                i = start + length;
                continue;
            }
        }
        if (c == '\\' || c == '/') {
            if (const auto [start, length] = userFolderName(text, i); length) {
                spans.push_back({start, length, SensitiveKind::User});
                i = start + length;
                continue;
            }
        }
        const bool addressStart = !isAlnum(prev) && prev != '_' && prev != '.' && prev != ':';
        const bool tokenStart = addressStart && prev != '-';
        if (addressStart && (isHex(c) || c == ':')) {
            std::size_t length = isHex(c) ? macLength(text, i) : 0;
            SensitiveKind kind = SensitiveKind::Mac;
            if (!length) {
                length = ipv6Length(text, i);
                kind = SensitiveKind::Ip;
            }
            if (!length && isDigit(c) && !isAlnum(at(text, i + ipv4Length(text, i)))) {
                length = ipv4Length(text, i);
                // "1.2.3.4.5" is a version, not an address.
                if (length && at(text, i + length) == '.' && isDigit(at(text, i + length + 1)))
                    length = 0;
            }
            if (length) {
                spans.push_back({i, length, kind});
                i += length;
                continue;
            }
        }
        if (tokenStart && isAlnum(c)) {
            if (const auto length = domainLength(text, i)) {
                spans.push_back({i, length, SensitiveKind::Domain});
                i += length;
                continue;
            }
            // Skip the rest of this word: a domain or address never starts inside one.
            while (i < text.size() && (isAlnum(text[i]) || text[i] == '_'))
                ++i;
            continue;
        }
        ++i;
    }
    return spans;
}

bool isAnonymousAddress(std::string_view address)
{
    if (address == "0.0.0.0" || address == "255.255.255.255" || address == "::" || address == "::1")
        return true;
    return address.substr(0, 4) == "127." && ipv4Length(address, 0) == address.size();
}

} // namespace wsafix
