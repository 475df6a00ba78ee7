#pragma once
/// @file TextScan.h
/// @brief Character tests and bounded look-ups shared by the scanners of SensitiveText and SensitiveLabels (ASCII
/// only: every form they look for is ASCII, and UTF-8 continuation bytes are never mistaken for one).

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <string_view>

namespace wsafix::scan {

inline bool isAlnum(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}
inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
inline bool isHex(char c)
{
    return std::isxdigit(static_cast<unsigned char>(c)) != 0;
}
inline bool isAlpha(char c)
{
    return std::isalpha(static_cast<unsigned char>(c)) != 0;
}
inline bool isSpace(char c)
{
    return std::isspace(static_cast<unsigned char>(c)) != 0;
}
inline char lowerChar(char c)
{
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}
inline bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lowerChar(x) == lowerChar(y); });
}
inline bool startsWithIgnoreCase(std::string_view text, std::size_t i, std::string_view prefix)
{
    return i <= text.size() && text.size() - i >= prefix.size() &&
           equalsIgnoreCase(text.substr(i, prefix.size()), prefix);
}
/// text[i], or '\0' past the end.
inline char at(std::string_view text, std::size_t i)
{
    return i < text.size() ? text[i] : '\0';
}
/// text[i - 1], or '\0' at the start.
inline char before(std::string_view text, std::size_t i)
{
    return i > 0 && i <= text.size() ? text[i - 1] : '\0';
}
/// A character that may stand in a host name label.
inline bool isLabelChar(char c)
{
    return isAlnum(c) || c == '-';
}

} // namespace wsafix::scan
