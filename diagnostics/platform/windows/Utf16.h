#pragma once
// UTF-16 (Win32 "W" APIs) <-> UTF-8 (every string of the engine).

#include <string>
#include <string_view>

namespace wsafix::win {

/// UTF-8 of a UTF-16 string; unpaired surrogates become U+FFFD.
std::string toUtf8(std::wstring_view text);
/// UTF-8 of a NUL-terminated UTF-16 string; empty for nullptr.
std::string toUtf8(const wchar_t* text);
/// UTF-16 of a UTF-8 string; invalid sequences become U+FFFD.
std::wstring toUtf16(std::string_view text);

} // namespace wsafix::win
