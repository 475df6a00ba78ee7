#pragma once
/// @file PowerShellList.h
/// @brief Records as PowerShell's Format-List prints them: "Name : Value" lines with the colons in one column,
/// records separated by blank lines, a value too long for the console continued on the next lines (indented to
/// the value's column; the console cut it anywhere, so the pieces are joined as they are).

#include "diagnostics/analyze/PasteLines.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wsafix {

class PowerShellList
{
public:
    struct Property
    {
        std::string name;
        std::string value;
        std::size_t line = 0;
        std::size_t colon = 0; ///< console cell of the separator's colon
    };
    using Record = std::vector<Property>;

    /// "Name : Value" (or "Name :" with an empty value) at the start of the line; the name without its padding.
    static std::optional<Property> property(const PasteLine& line);

    /// Takes the next line; false when it is no part of a list (the caller reports it). A blank line ends a record.
    bool line(const PasteLine& line);
    /// The records completed so far, taken out (call once more after the last line).
    std::vector<Record> take();

    /// The value of `name` (without case) in `record`.
    static std::optional<std::string> value(const Record& record, std::string_view name);

private:
    std::vector<Record> m_done;
    Record m_current;
    std::size_t m_colon = 0; ///< console cell of the colons in the current record
};

} // namespace wsafix
