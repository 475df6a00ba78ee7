#include "diagnostics/IntakeRules.h"

#include "diagnostics/errors/Decoder.h"

#include <algorithm>
#include <charconv>

namespace wsafix {
namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAlnum(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool allDigits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), isDigit);
}

// Counts the groups of one side of an IPv6 literal ("2001:db8" = 2, "1.2.3.4" as the tail = 2).
bool countIpv6Groups(std::string_view part, bool tailMayBeIpv4, int& groups)
{
    groups = 0;
    if (part.empty())
        return true;
    while (true) {
        const auto colon = part.find(':');
        const std::string_view piece = part.substr(0, colon);
        const bool last = colon == std::string_view::npos;
        if (last && tailMayBeIpv4 && piece.find('.') != std::string_view::npos) {
            if (!isIpv4Literal(piece))
                return false;
            groups += 2;
            return true;
        }
        if (piece.empty() || piece.size() > 4 || !std::all_of(piece.begin(), piece.end(), isHexDigit))
            return false;
        ++groups;
        if (last)
            return true;
        part.remove_prefix(colon + 1);
    }
}

std::string dnsNameProblem(std::string_view host)
{
    if (host.back() == '.')
        host.remove_suffix(1);
    std::string_view last;
    for (std::size_t start = 0; start <= host.size();) {
        const auto dot = std::min(host.find('.', start), host.size());
        const std::string_view label = host.substr(start, dot - start);
        if (label.empty())
            return "has an empty label (two dots in a row, or a dot at the start)";
        if (label.size() > 63)
            return "has a label longer than 63 characters";
        if (label.front() == '-' || label.back() == '-')
            return "has a label that starts or ends with '-'";
        last = label;
        start = dot + 1;
    }
    if (allDigits(last))
        return "is neither a name (its last label is a number) nor an IPv4 address";
    return {};
}

} // namespace

bool isIpv4Literal(std::string_view text)
{
    int parts = 0;
    for (std::size_t start = 0; start <= text.size(); ++parts) {
        const auto dot = std::min(text.find('.', start), text.size());
        const std::string_view part = text.substr(start, dot - start);
        if (!allDigits(part) || part.size() > 3 || (part.size() > 1 && part.front() == '0'))
            return false;
        int value = 0;
        std::from_chars(part.data(), part.data() + part.size(), value);
        if (value > 255)
            return false;
        start = dot + 1;
    }
    return parts == 4;
}

bool isIpv6Literal(std::string_view text)
{
    if (text.size() < 2 || text.size() > 45)
        return false;
    const auto doubleColon = text.find("::");
    int head = 0, tail = 0;
    if (doubleColon == std::string_view::npos)
        return countIpv6Groups(text, true, head) && head == 8;
    if (text.find("::", doubleColon + 1) != std::string_view::npos)
        return false;
    return countIpv6Groups(text.substr(0, doubleColon), false, head) &&
           countIpv6Groups(text.substr(doubleColon + 2), true, tail) && head + tail <= 7;
}

std::string hostProblem(std::string_view host)
{
    if (host.empty())
        return "is empty";
    if (host.size() > kMaxHostLength)
        return "is " + std::to_string(host.size()) + " characters long; a host name has at most 253";
    if (std::any_of(host.begin(), host.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
        return "contains non-ASCII characters; write an international name in its xn-- form";
    if (host.front() == '[' || host.back() == ']') {
        if (host.size() < 2 || host.front() != '[' || host.back() != ']' ||
            !isIpv6Literal(host.substr(1, host.size() - 2)))
            return "is not a valid IPv6 address in brackets";
        return {};
    }
    if (host.find(':') != std::string_view::npos)
        return isIpv6Literal(host) ? std::string() : "is not a valid IPv6 address";
    if (std::all_of(host.begin(), host.end(), [](char c) { return isDigit(c) || c == '.'; }))
        return isIpv4Literal(host) ? std::string()
                                   : "is not a valid IPv4 address (four numbers 0-255 without leading zeros)";
    if (!std::all_of(host.begin(), host.end(), [](char c) { return isAlnum(c) || c == '-' || c == '.'; }))
        return "may contain only letters, digits, dots and hyphens (e.g. mail.example.com)";
    return dnsNameProblem(host);
}

std::string portProblem(std::string_view text, std::uint16_t& port)
{
    unsigned value = 0;
    if (!allDigits(text) || text.size() > 5 ||
        std::from_chars(text.data(), text.data() + text.size(), value).ec != std::errc() || value < 1 || value > 65535)
        return "is not a port (a whole number from 1 to 65535)";
    port = static_cast<std::uint16_t>(value);
    return {};
}

std::string linkProcessProblem(std::string_view name)
{
    if (name.empty())
        return "is empty";
    if (name.size() > kMaxLinkProcessLength)
        return "is longer than " + std::to_string(kMaxLinkProcessLength) + " characters";
    if (!std::all_of(name.begin(), name.end(),
                     [](char c) { return isAlnum(c) || c == ' ' || c == '.' || c == '_' || c == '+' || c == '-'; }))
        return "may contain only letters, digits, spaces and . _ + - (a program name such as app.exe, no path)";
    if (!isAlnum(name.front()))
        return "must start with a letter or digit";
    if (name.back() == ' ')
        return "ends with a space";
    if (allDigits(name))
        return "is a number; a link names the program, not a process id";
    if (name.find("..") != std::string_view::npos)
        return "contains '..'";
    return {};
}

std::string ticketProblem(std::string_view ticket)
{
    if (ticket.empty())
        return "is empty";
    if (ticket.size() > kMaxTicketLength)
        return "is longer than " + std::to_string(kMaxTicketLength) + " characters";
    if (!std::all_of(ticket.begin(), ticket.end(),
                     [](char c) { return isAlnum(c) || c == '.' || c == '_' || c == '#' || c == '-'; }))
        return "may contain only letters, digits and . _ # - (e.g. INC0012345)";
    if (!isAlnum(ticket.front()))
        return "must start with a letter or digit";
    return {};
}

std::string linkCodeProblem(std::string_view code)
{
    if (code.empty())
        return "is empty";
    if (code.size() > kMaxLinkCodeLength)
        return "is longer than " + std::to_string(kMaxLinkCodeLength) + " characters";
    if (!std::all_of(code.begin(), code.end(), [](char c) { return c >= 0x20 && c < 0x7f; }))
        return "may contain only printable ASCII characters";
    const DecodeResult decoded = decodeError(code);
    if (decoded.status == DecodeStatus::Ambiguous) {
        // The decoder says which readings compete ("106 alone can be a Windows error code or a Linux errno ...").
        std::string why = decoded.notUnderstood.empty() ? std::string() : decoded.notUnderstood.front();
        if (const auto quoted = why.find("': "); why.starts_with("'") && quoted != std::string::npos)
            why.erase(0, quoted + 3); // the decoder quotes the input first; the caller already did
        return "is ambiguous" + (why.empty() ? std::string("; write the code in hex, e.g. 0x00002748") : ": " + why);
    }
    if (!decoded.decoded())
        return "is not an error code wsafix knows (try wsafix decode)";
    return {};
}

} // namespace wsafix
