#include "diagnostics/links/PercentEncoding.h"

#include "diagnostics/HexDigit.h"

#include <cstdint>

namespace wsafix {
namespace {

bool isUnreserved(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~';
}

std::string hexByte(unsigned char b)
{
    static constexpr char kDigits[] = "0123456789ABCDEF";
    return {'%', kDigits[b >> 4], kDigits[b & 0xf]};
}

std::string controlName(unsigned char b)
{
    switch (b) {
    case 0x00:
        return "a NUL byte";
    case 0x0a:
        return "a line feed";
    case 0x0d:
        return "a carriage return";
    case 0x09:
        return "a tab";
    default:
        return "a control character";
    }
}

// Checks the decoded bytes as UTF-8: overlong forms (%C0%AE for '.') are how filters get bypassed.
std::string utf8Problem(std::string_view s)
{
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        const auto next = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
        int length = 0;
        unsigned char low = 0x80, high = 0xbf;
        if (b == 0xc0 || b == 0xc1)
            return "is overlong UTF-8 (" + hexByte(b) + hexByte(next(1)) + "), a trick to hide a character";
        if (b >= 0xc2 && b <= 0xdf) {
            length = 2;
        } else if (b >= 0xe0 && b <= 0xef) {
            length = 3;
            if (b == 0xe0)
                low = 0xa0;
            if (b == 0xed)
                high = 0x9f; // UTF-16 surrogates are not characters
        } else if (b >= 0xf0 && b <= 0xf4) {
            length = 4;
            if (b == 0xf0)
                low = 0x90;
            if (b == 0xf4)
                high = 0x8f;
        } else {
            return "is not valid UTF-8 (" + hexByte(b) + ")";
        }
        if ((b == 0xe0 || b == 0xf0) && next(1) >= 0x80 && next(1) < low)
            return "is overlong UTF-8 (" + hexByte(b) + hexByte(next(1)) + "...), a trick to hide a character";
        for (int k = 1; k < length; ++k) {
            const unsigned char c = next(static_cast<std::size_t>(k));
            if (c < (k == 1 ? low : 0x80) || c > (k == 1 ? high : 0xbf))
                return "is not valid UTF-8 (" + hexByte(b) + " ...)";
        }
        i += static_cast<std::size_t>(length);
    }
    return {};
}

} // namespace

std::string percentDecodeValue(std::string_view raw, std::string& value)
{
    value.clear();
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '+')
            return "contains '+', which some programs read as a space: write %20 for a space or %2B for a plus";
        if (c != '%') {
            if (!isUnreserved(c) && c != ':')
                return std::string("contains '") + c + "', which must be percent-encoded (" +
                       hexByte(static_cast<unsigned char>(c)) + ")";
            value += c;
            continue;
        }
        const bool complete = i + 2 < raw.size();
        const int hi = complete ? hexDigitValue(raw[i + 1]) : -1;
        const int lo = complete ? hexDigitValue(raw[i + 2]) : -1;
        if (hi < 0 || lo < 0)
            return "has a '%' that is not followed by two hex digits";
        const auto b = static_cast<unsigned char>(hi * 16 + lo);
        const std::string encoded(raw.substr(i, 3));
        if (b < 0x20 || b == 0x7f)
            return "encodes " + controlName(b) + " (" + encoded + ")";
        if (b == '%')
            return "is percent-encoded twice (" + encoded + " is an encoded '%')";
        if (b == '&' || b == '=')
            return std::string("encodes '") + static_cast<char>(b) + "' (" + encoded +
                   "), which would smuggle a parameter inside a value";
        value += static_cast<char>(b);
        i += 2;
    }
    return utf8Problem(value);
}

std::string percentEncode(std::string_view value)
{
    std::string out;
    for (const char c : value)
        out += isUnreserved(c) || c == ':' ? std::string(1, c) : hexByte(static_cast<unsigned char>(c));
    return out;
}

} // namespace wsafix
