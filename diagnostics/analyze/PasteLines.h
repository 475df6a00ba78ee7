#pragma once
/// @file PasteLines.h
/// @brief Pasted text split into clean lines that keep their original line numbers: decoded (TextDecoder),
/// CRLF/LF/CR, trailing spaces, Markdown quote prefixes and code fences, and pastes whose every line is doubled.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wsafix {

struct PasteLine
{
    std::size_t number = 0; ///< 1-based, in the input as given
    std::string text;       ///< UTF-8, no line break, no trailing spaces
};

struct PreparedPaste
{
    std::string encoding;
    std::vector<PasteLine> lines;
    std::vector<std::string> notes; ///< what was detected and cleaned, in plain words
};

/// Inputs longer than this are cut (and the notes say so).
inline constexpr std::size_t kMaxPasteBytes = 64u * 1024 * 1024;

/// Decodes and cleans `bytes`; never throws.
PreparedPaste preparePaste(std::string_view bytes);

/// A shell prompt line: `C:\>netsh ...`, `PS C:\Users\x> Get-NetTCPConnection`, `netsh winsock>reset`.
struct Prompt
{
    std::string command; ///< what was typed (with netsh's context prefixed: "netsh winsock reset"); may be empty
    std::string user;    ///< the user folder of a `C:\Users\NAME` prompt, if any
};
std::optional<Prompt> parsePrompt(std::string_view line);

} // namespace wsafix
