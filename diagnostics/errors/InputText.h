#pragma once
/// @file InputText.h
/// @brief Pasted text made safe to parse: bounded in size, valid UTF-8, digits of other scripts read as 0-9.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace wsafix {

struct InputText
{
    static constexpr std::size_t kMaxBytes = 65536; ///< longer input is cut here (and the notes say so)
    static constexpr std::size_t kEchoLength = 80;  ///< characters of the input shown back

    /// What the parser reads: printable ASCII with single spaces. Whitespace, control characters, NUL bytes,
    /// invalid UTF-8 and non-ASCII characters other than digits and full-width forms become one space.
    std::string text;
    std::string echo;                  ///< the input as shown back: valid UTF-8, one line, shortened with "…"
    std::vector<std::string> notes;    ///< what was done to the input, in plain words
    std::vector<std::string> problems; ///< parts of the input that could not be read
    std::size_t bytes = 0;             ///< size of the input as given
};

/// Reads at most InputText::kMaxBytes of `raw`, whatever bytes it holds.
InputText readInputText(std::string_view raw);

} // namespace wsafix
