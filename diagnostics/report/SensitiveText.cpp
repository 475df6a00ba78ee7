#include "diagnostics/report/SensitiveText.h"

#include "diagnostics/report/SensitiveLabels.h"
#include "diagnostics/report/TextScan.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

namespace wsafix {
namespace {

using namespace scan;

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

// --- DUIDs, SIDs, e-mail addresses ------------------------------------------------------------------------------

// Length of a run of at least 7 hex byte pairs joined by one separator ('-' or ':') at `i`: a DHCPv6 DUID as
// ipconfig and dhclient print it (a MAC address has 6); 0 when there is none.
std::size_t duidLength(std::string_view text, std::size_t i)
{
    const char separator = at(text, i + 2);
    if (separator != '-' && separator != ':')
        return 0;
    std::size_t p = i;
    std::size_t pairs = 0;
    while (isHex(at(text, p)) && isHex(at(text, p + 1)) && !isHex(at(text, p + 2))) {
        ++pairs;
        p += 2;
        if (at(text, p) != separator || !isHex(at(text, p + 1)))
            break;
        ++p;
    }
    return pairs >= 7 && !isAlnum(at(text, p)) ? p - i : 0;
}

// Length of a Windows SID at `i` that names an account or a machine: S-1-5-21-a-b-c-1001 (four sub-authorities or
// more). Well-known SIDs such as S-1-5-18 (LocalSystem) or S-1-5-32-544 (Administrators) name no one and stay.
std::size_t sidLength(std::string_view text, std::size_t i)
{
    if (!startsWithIgnoreCase(text, i, "s-1-"))
        return 0;
    std::size_t p = i + 4;
    int groups = 0;
    while (isDigit(at(text, p))) {
        while (isDigit(at(text, p)))
            ++p;
        ++groups;
        if (at(text, p) != '-' || !isDigit(at(text, p + 1)))
            break;
        ++p;
    }
    return groups >= 5 && !isAlnum(at(text, p)) ? p - i : 0; // the authority and 4+ sub-authorities
}

// Length of an e-mail address at `i` ("jdoe@corp.example", also "alice@laptop" as a shell prompt writes it).
std::size_t emailLength(std::string_view text, std::size_t i)
{
    std::size_t p = i;
    while (isAlnum(at(text, p)) || std::string_view("._%+-").find(at(text, p)) != std::string_view::npos)
        ++p;
    if (p == i || at(text, p) != '@' || text[p - 1] == '.')
        return 0;
    const std::size_t host = p + 1;
    if (const auto length = domainLength(text, host))
        return host + length - i;
    if (!isAlpha(at(text, host)))
        return 0;
    std::size_t end = host;
    while (isLabelChar(at(text, end)))
        ++end;
    if (at(text, end) == '.' && isAlnum(at(text, end + 1)))
        return 0; // "getty@tty1.service": a unit, not an address
    return end - i;
}

// --- host names of other machines ---------------------------------------------------------------------------------

bool isLocalName(std::string_view name)
{
    return equalsIgnoreCase(name, "localhost") || name == "*";
}

// The server of a UNC path (`\\FILESRV42\share`, `\\10.0.0.5\c$`) or of a URL without a dot in its host
// (`smb://FILESRV42/share`), at the first separator `i`; {0, 0} when there is none. Device paths (`\\?\C:\`,
// `\\.\pipe\x`) and `\\wsl$\...` name no machine.
std::pair<std::size_t, std::size_t> serverName(std::string_view text, std::size_t i)
{
    const char sep = text[i];
    if (at(text, i + 1) != sep || before(text, i) == sep)
        return {0, 0};
    if (sep == '\\' ? (isAlnum(before(text, i)) || before(text, i) == ':') : isAlnum(before(text, i)))
        return {0, 0};
    // Written with its backslashes doubled (JSON, .reg): `\\\\FILESRV42\\share`.
    const std::size_t start = sep == '\\' && at(text, i + 2) == sep && at(text, i + 3) == sep ? i + 4 : i + 2;
    std::size_t p = start;
    while (isLabelChar(at(text, p)) || at(text, p) == '.' || at(text, p) == '_')
        ++p;
    while (p > start && text[p - 1] == '.')
        --p;
    const auto name = text.substr(start, p - start);
    const char next = at(text, p);
    if (name.empty() || isLocalName(name) || next == '$' || next == '@' || (name.size() == 1 && next == ':'))
        return {0, 0}; // "C:" of an escaped device path (`\\\\?\\C:\\`) is a drive
    if (sep == '/' && name.find('.') != std::string_view::npos)
        return {0, 0}; // a domain name, found as one
    return {start, name.size()};
}

// In a netstat or ss line ("TCP  10.0.0.5:51544  FILESRV42:microsoft-ds  ESTABLISHED"), the host of a
// "name:port" column at `i`; 0 when there is none.
std::size_t socketHostLength(std::string_view text, std::size_t i)
{
    std::size_t p = i;
    bool letter = false;
    while (isLabelChar(at(text, p)) || at(text, p) == '.' || at(text, p) == '_') {
        letter = letter || isAlpha(text[p]);
        ++p;
    }
    if (!letter || at(text, p) != ':' || isLocalName(text.substr(i, p - i)))
        return 0;
    std::size_t port = p + 1;
    while (isLabelChar(at(text, port)) || at(text, port) == '*')
        ++port;
    return port > p + 1 && (port == text.size() || isSpace(text[port])) ? p - i : 0;
}

// Whether the line starting at `i` lists a socket (its first word is TCP, UDP, tcp6, udp6 ...).
bool isSocketLine(std::string_view text, std::size_t i)
{
    while (at(text, i) == ' ' || at(text, i) == '\t')
        ++i;
    for (const std::string_view word : {"tcp", "udp", "tcp6", "udp6", "tcpv6", "udpv6"})
        if (startsWithIgnoreCase(text, i, word) && isSpace(at(text, i + word.size())))
            return true;
    return false;
}

// --- user folders -------------------------------------------------------------------------------------------------

bool isTerminatorOfName(char c)
{
    return std::string_view("\"'<>|:;,()[]").find(c) != std::string_view::npos;
}

// How many `sep` stand at `p` (1 or 2: a path may be written with its separators doubled, as in JSON or .reg).
std::size_t separators(std::string_view text, std::size_t p, char sep)
{
    return at(text, p) != sep ? 0 : at(text, p + 1) == sep ? 2 : 1;
}

// The NAME of `\Users\NAME`, `\Documents and Settings\NAME`, `/home/NAME`, `/Users/NAME` at `i`, or the "root" of
// `/root`; {0, 0} when there is none. A Windows name may have spaces ("C:\Users\John Smith\Desktop").
std::pair<std::size_t, std::size_t> userFolderName(std::string_view text, std::size_t i)
{
    const char sep = text[i];
    if (isAlnum(before(text, i)))
        return {0, 0};
    const std::size_t word = i + separators(text, i, sep);
    std::size_t start = 0;
    for (const std::string_view folder : {"users", "home", "documents and settings"}) {
        if (const auto after = word + folder.size();
            startsWithIgnoreCase(text, word, folder) && separators(text, after, sep) > 0) {
            start = after + separators(text, after, sep);
            break;
        }
    }
    if (start == 0) {
        const char next = at(text, word + 4);
        if (sep == '/' && startsWithIgnoreCase(text, word, "root") &&
            (next == '\0' || next == '/' || isSpace(next) || isTerminatorOfName(next)))
            return {word, 4};
        return {0, 0};
    }
    std::size_t p = start;
    std::size_t firstSpace = std::string_view::npos;
    constexpr std::size_t kLongestName = 80;
    while (p < text.size() && p - start < kLongestName && text[p] != '/' && text[p] != '\\' &&
           !isTerminatorOfName(text[p]) && text[p] != '\n' && text[p] != '\r' && text[p] != '\t') {
        if (text[p] == ' ' && firstSpace == std::string_view::npos)
            firstSpace = p;
        if (sep == '/' && text[p] == ' ')
            break;
        ++p;
    }
    // A name with spaces only where the path goes on after it: "C:\Users\jdoe is" is jdoe followed by words.
    if (firstSpace != std::string_view::npos && (sep == '/' || at(text, p) != sep))
        p = firstSpace;
    const auto name = text.substr(start, p - start);
    for (const std::string_view shared : {"public", "default", "all users", "default user", "shared"})
        if (equalsIgnoreCase(name, shared))
            return {0, 0};
    return {start, p - start};
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
    case SensitiveKind::Sid:
        return "sid";
    case SensitiveKind::Email:
        return "email";
    case SensitiveKind::Duid:
        return "duid";
    case SensitiveKind::Iaid:
        return "iaid";
    }
    return "value";
}

std::vector<SensitiveSpan> findSensitiveSpans(std::string_view text)
{
    std::vector<SensitiveSpan> spans;
    std::size_t i = 0;
    bool socketLine = isSocketLine(text, 0);
    const auto take = [&](std::size_t start, std::size_t length, SensitiveKind kind) {
        spans.push_back({start, length, kind});
        i = start + length;
    };
    while (i < text.size()) {
        const char c = text[i];
        const char prev = before(text, i);
        if (c == '\n') {
            socketLine = isSocketLine(text, i + 1);
            ++i;
            continue;
        }
        if (isAlpha(c) && !isAlnum(prev)) {
            if (const auto value = labelledValue(text, i)) {
                // "Computer: 10.0.0.5" is an address and "User: S-1-5-21-..." a SID, whatever the label says.
                const auto v = text.substr(value->begin, value->length);
                const bool address = ipv4Length(v, 0) == v.size() || ipv6Length(v, 0) == v.size();
                // "User: CORP\jdoe": the domain and the account, each with its own placeholder.
                if (const auto slash = v.find('\\');
                    value->kind == SensitiveKind::User && slash != v.npos && slash > 0 && slash + 1 < v.size()) {
                    spans.push_back({value->begin, slash, SensitiveKind::Domain});
                    take(value->begin + slash + 1, v.size() - slash - 1, SensitiveKind::User);
                    continue;
                }
                take(value->begin, value->length,
                     address                         ? SensitiveKind::Ip
                     : sidLength(v, 0) == v.size()   ? SensitiveKind::Sid
                     : emailLength(v, 0) == v.size() ? SensitiveKind::Email
                                                     : value->kind);
                continue;
            }
        }
        if (c == '\\' || c == '/') {
            if (const auto [start, length] = serverName(text, i); length) {
                const auto name = text.substr(start, length);
                take(start, length, ipv4Length(name, 0) == length ? SensitiveKind::Ip : SensitiveKind::Host);
                continue;
            }
            if (const auto [start, length] = userFolderName(text, i); length) {
                take(start, length, SensitiveKind::User);
                continue;
            }
        }
        const bool addressStart = !isAlnum(prev) && prev != '_' && prev != '.' && prev != ':';
        const bool tokenStart = addressStart && prev != '-';
        if (socketLine && isAlpha(c) && (prev == ' ' || prev == '\t')) {
            if (const auto length = socketHostLength(text, i)) {
                take(i, length, SensitiveKind::Host);
                continue;
            }
        }
        if (tokenStart && (c == 's' || c == 'S')) {
            if (const auto length = sidLength(text, i)) {
                take(i, length, SensitiveKind::Sid);
                continue;
            }
        }
        if (addressStart && (isHex(c) || c == ':')) {
            std::size_t length = isHex(c) ? duidLength(text, i) : 0;
            SensitiveKind kind = SensitiveKind::Duid;
            if (!length && isHex(c)) {
                length = macLength(text, i);
                kind = SensitiveKind::Mac;
            }
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
                take(i, length, kind);
                continue;
            }
        }
        if (tokenStart && isAlnum(c)) {
            if (const auto length = emailLength(text, i)) {
                take(i, length, SensitiveKind::Email);
                continue;
            }
            if (const auto length = domainLength(text, i)) {
                take(i, length, SensitiveKind::Domain);
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
    // A subnet mask (255.255.255.0): ones, then zeros.
    if (address.substr(0, 4) == "255." && ipv4Length(address, 0) == address.size()) {
        std::uint32_t bits = 0;
        std::size_t p = 0;
        for (int part = 0; part < 4; ++part, ++p) {
            std::uint32_t value = 0;
            while (p < address.size() && isDigit(address[p]))
                value = value * 10 + static_cast<std::uint32_t>(address[p++] - '0');
            bits = bits << 8 | value;
        }
        return (~bits & (~bits + 1)) == 0;
    }
    return address.substr(0, 4) == "127." && ipv4Length(address, 0) == address.size();
}

} // namespace wsafix
