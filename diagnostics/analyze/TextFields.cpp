#include "diagnostics/analyze/TextFields.h"

#include <algorithm>
#include <charconv>

namespace wsafix {
namespace {

char lowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool isHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

} // namespace

std::string_view trimmed(std::string_view s)
{
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = s.find_last_not_of(" \t");
    return s.substr(first, last - first + 1);
}

std::vector<std::string_view> splitWords(std::string_view s)
{
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t'))
            ++i;
        const std::size_t start = i;
        while (i < s.size() && s[i] != ' ' && s[i] != '\t')
            ++i;
        if (i > start)
            words.push_back(s.substr(start, i - start));
    }
    return words;
}

bool equalsNoCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lowerAscii(x) == lowerAscii(y); });
}

bool startsWithNoCase(std::string_view s, std::string_view prefix)
{
    return s.size() >= prefix.size() && equalsNoCase(s.substr(0, prefix.size()), prefix);
}

bool containsNoCase(std::string_view s, std::string_view needle)
{
    if (needle.empty())
        return true;
    for (std::size_t i = 0; i + needle.size() <= s.size(); ++i)
        if (equalsNoCase(s.substr(i, needle.size()), needle))
            return true;
    return false;
}

std::optional<std::uint64_t> parseDecimal(std::string_view s, std::uint64_t max)
{
    if (s.empty() || s.size() > 19 || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    std::uint64_t value = 0;
    std::from_chars(s.data(), s.data() + s.size(), value);
    if (value > max)
        return std::nullopt;
    return value;
}

bool isIpv4(std::string_view s)
{
    int parts = 0;
    std::size_t i = 0;
    while (true) {
        const std::size_t start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
        if (i == start || i - start > 3 || !parseDecimal(s.substr(start, i - start), 255))
            return false;
        ++parts;
        if (i == s.size())
            return parts == 4;
        if (s[i] != '.' || parts == 4)
            return false;
        ++i;
    }
}

bool isIpv6(std::string_view s)
{
    if (const auto pct = s.find('%'); pct != std::string_view::npos) {
        const auto zone = s.substr(pct + 1);
        if (zone.empty() || zone.size() > 32)
            return false;
        s = s.substr(0, pct);
    }
    if (s.size() < 2 || s.size() > 45 || s.find(':') == std::string_view::npos)
        return false;
    // An embedded IPv4 tail ("::ffff:1.2.3.4") counts as two groups.
    int groups = 0;
    if (const auto dot = s.find('.'); dot != std::string_view::npos) {
        const auto colon = s.rfind(':');
        if (colon == std::string_view::npos || colon > dot || !isIpv4(s.substr(colon + 1)))
            return false;
        s = s.substr(0, colon + 1);
        if (s.size() >= 2 && s.substr(s.size() - 2) != "::")
            s.remove_suffix(1);
        groups = 2;
    }
    const auto doubleColon = s.find("::");
    if (doubleColon != std::string_view::npos && s.find("::", doubleColon + 1) != std::string_view::npos)
        return false;
    std::size_t i = 0;
    while (i < s.size()) {
        if (s[i] == ':') {
            if (i + 1 < s.size() && s[i + 1] == ':') {
                i += 2;
                continue;
            }
            if (i == 0 || i + 1 == s.size())
                return false;
            ++i;
            continue;
        }
        const std::size_t start = i;
        while (i < s.size() && isHex(s[i]))
            ++i;
        if (i == start || i - start > 4)
            return false;
        ++groups;
        if (i < s.size() && s[i] != ':')
            return false;
    }
    return doubleColon != std::string_view::npos ? groups < 8 : groups == 8;
}

bool isIpAddress(std::string_view s) { return isIpv4(s) || isIpv6(s); }

std::string withoutZone(std::string_view s) { return std::string(s.substr(0, s.find('%'))); }

std::optional<std::uint32_t> zoneIndex(std::string_view s)
{
    const auto pct = s.find('%');
    if (pct == std::string_view::npos)
        return std::nullopt;
    const auto n = parseDecimal(s.substr(pct + 1));
    return n ? std::optional<std::uint32_t>(static_cast<std::uint32_t>(*n)) : std::nullopt;
}

std::optional<int> maskToPrefix(std::string_view mask)
{
    if (!isIpv4(mask))
        return std::nullopt;
    std::uint32_t bits = 0;
    std::size_t i = 0;
    for (int part = 0; part < 4; ++part) {
        const std::size_t end = std::min(mask.find('.', i), mask.size());
        bits = bits << 8 | static_cast<std::uint32_t>(*parseDecimal(mask.substr(i, end - i), 255));
        i = end + 1;
    }
    int prefix = 0;
    while (prefix < 32 && (bits & (0x80000000u >> prefix)))
        ++prefix;
    if (prefix < 32 && (bits << prefix) != 0)
        return std::nullopt;
    return prefix;
}

std::optional<Endpoint> parseEndpoint(std::string_view s)
{
    Endpoint e;
    std::string_view address, port;
    if (s.size() > 1 && s.front() == '[') {
        const auto close = s.find(']');
        if (close == std::string_view::npos || close + 1 >= s.size() || s[close + 1] != ':')
            return std::nullopt;
        address = s.substr(1, close - 1);
        port = s.substr(close + 2);
        if (!isIpv6(address))
            return std::nullopt;
    } else {
        const auto colon = s.rfind(':');
        if (colon == std::string_view::npos)
            return std::nullopt;
        address = s.substr(0, colon);
        port = s.substr(colon + 1);
        if (address != "*" && !isIpv4(address))
            return std::nullopt;
    }
    e.address = address == "*" ? std::string("*") : withoutZone(address);
    if (port == "*") {
        e.anyPort = true;
    } else {
        const auto n = parseDecimal(port, 65535);
        if (!n)
            return std::nullopt;
        e.port = static_cast<std::uint16_t>(*n);
    }
    return e;
}

std::optional<DottedField> splitDottedField(std::string_view line)
{
    // Preferred: a colon right after the dot leader or a space (". . . :", "  :", ". .:").
    std::size_t sep = std::string_view::npos;
    for (std::size_t i = 1; i < line.size(); ++i)
        if (line[i] == ':' && (line[i - 1] == '.' || line[i - 1] == ' ') &&
            (i + 1 == line.size() || line[i + 1] == ' ')) {
            sep = i;
            break;
        }
    if (sep == std::string_view::npos)
        for (std::size_t i = 1; i < line.size(); ++i)
            if (line[i] == ':' && (i + 1 == line.size() || line[i + 1] == ' ')) {
                sep = i;
                break;
            }
    if (sep == std::string_view::npos)
        return std::nullopt;
    std::string_view label = line.substr(0, sep);
    while (!label.empty() && (label.back() == '.' || label.back() == ' '))
        label.remove_suffix(1);
    label = trimmed(label);
    // A dot leader that ran into the label ("Description. . . .") leaves "Description"; one inside stays.
    if (label.empty())
        return std::nullopt;
    return DottedField{label, trimmed(line.substr(sep + 1))};
}

std::string_view withoutRemark(std::string_view value)
{
    value = trimmed(value);
    if (!value.empty() && value.back() == ')') {
        const auto open = value.rfind('(');
        if (open != std::string_view::npos && open > 0)
            return trimmed(value.substr(0, open));
    }
    return value;
}

std::size_t indentOf(std::string_view line)
{
    const auto first = line.find_first_not_of(' ');
    return first == std::string_view::npos ? line.size() : first;
}

} // namespace wsafix
