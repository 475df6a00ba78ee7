#pragma once
/// @file PercentEncoding.h
/// @brief Percent-encoding of support-link values (RFC 3986), strict about the tricks hostile links use.

#include <string>
#include <string_view>

namespace wsafix {

/// Decodes one query value of a support link into `value`. Returns a problem in plain words, or empty.
/// Refused: a raw character other than letters, digits, - . _ ~ and ':'; a raw '+' (a space to some programs, a
/// plus to others); '%' not followed by two hex digits; encoded control characters (NUL, CR, LF, ...); an encoded
/// '%' (double encoding); an encoded '&' or '=' (a parameter smuggled inside a value); invalid or overlong UTF-8.
std::string percentDecodeValue(std::string_view raw, std::string& value);

/// Encodes `value` for a support link: letters, digits, - . _ ~ and ':' stay, every other byte becomes %XX.
std::string percentEncode(std::string_view value);

} // namespace wsafix
