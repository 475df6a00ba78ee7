#pragma once
/// @file TextDecoder.h
/// @brief Raw bytes of a pasted or saved command output turned into UTF-8: BOMs, UTF-16 without BOM, and the
/// OEM/ANSI code pages Windows consoles write (437, 850, 866, 1251, 1252, 936/GBK), detected from the bytes.

#include <string>
#include <string_view>
#include <vector>

namespace wsafix {

struct DecodedText
{
    std::string text;               ///< valid UTF-8
    std::string encoding;           ///< "utf-8", "utf-16le", "utf-16be", "cp437", "cp850", "cp866", "cp1251", "cp1252", "cp936"
    std::vector<std::string> notes; ///< what was detected or repaired, in plain words
};

/// Decodes `bytes` whatever they hold; never throws. Invalid sequences become U+FFFD and the notes say so.
DecodedText decodeText(std::string_view bytes);

/// Decodes `bytes` as code page `codePage` (437, 850, 866, 1251, 1252 or 936); other numbers give an empty string.
std::string decodeCodePage(std::string_view bytes, int codePage);

/// The code pages decodeText() chooses from, most likely first.
const std::vector<int>& legacyCodePages();

} // namespace wsafix
