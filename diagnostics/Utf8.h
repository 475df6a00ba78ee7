#pragma once
/// @file Utf8.h
/// @brief UTF-8 reading and writing shared by everything that takes text from users (decode, analyze).

#include <cstddef>
#include <string>
#include <string_view>

namespace wsafix {

/// What decodeUtf8() returns for a malformed sequence.
inline constexpr char32_t kInvalidCodePoint = 0xFFFFFFFF;

/// Decodes the UTF-8 sequence at `s[i]` and sets `length` to its size. Malformed, overlong, surrogate or
/// out-of-range sequences (and a sequence cut off by the end of `s`) give kInvalidCodePoint with length 1.
char32_t decodeUtf8(std::string_view s, std::size_t i, std::size_t& length);

/// Appends `cp` as UTF-8; code points beyond U+10FFFF and surrogates become U+FFFD.
void appendUtf8(std::string& out, char32_t cp);

/// Whether all of `s` is well-formed UTF-8.
bool isValidUtf8(std::string_view s);

} // namespace wsafix
