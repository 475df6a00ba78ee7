#include "diagnostics/platform/windows/Guid.h"

#include <cstdio>

namespace wsafix::win {

std::string guidText(const GUID& guid)
{
    char text[39];
    std::snprintf(text, sizeof text, "{%08lX-%04X-%04X-%02X%02X-%02X%02X%02X%02X%02X%02X}",
                  static_cast<unsigned long>(guid.Data1), guid.Data2, guid.Data3, guid.Data4[0], guid.Data4[1],
                  guid.Data4[2], guid.Data4[3], guid.Data4[4], guid.Data4[5], guid.Data4[6], guid.Data4[7]);
    return text;
}

std::optional<GUID> parseGuid(std::string_view text)
{
    constexpr std::string_view kShape = "{________-____-____-____-____________}";
    if (text.size() != kShape.size())
        return std::nullopt;
    std::uint8_t nibbles[32];
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (kShape[i] != '_') {
            if (c != kShape[i])
                return std::nullopt;
            continue;
        }
        const int digit = c >= '0' && c <= '9'   ? c - '0'
                          : c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                 : -1;
        if (digit < 0)
            return std::nullopt;
        nibbles[count++] = static_cast<std::uint8_t>(digit);
    }
    const auto field = [&](std::size_t from, std::size_t digits) {
        unsigned long value = 0;
        for (std::size_t i = 0; i < digits; ++i)
            value = value * 16 + nibbles[from + i];
        return value;
    };
    GUID guid{};
    guid.Data1 = field(0, 8);
    guid.Data2 = static_cast<unsigned short>(field(8, 4));
    guid.Data3 = static_cast<unsigned short>(field(12, 4));
    for (std::size_t i = 0; i < 8; ++i)
        guid.Data4[i] = static_cast<unsigned char>(field(16 + 2 * i, 2));
    return guid;
}

} // namespace wsafix::win
