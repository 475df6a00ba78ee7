#pragma once
/// @file PowerShellTable.h
/// @brief A table as PowerShell's Format-Table prints it, read by its header and its dashes line: each column is
/// where its run of dashes is (the run is as wide as the header name, whatever the column width, alignment,
/// -AutoSize or Select-Object), never at a fixed offset. Positions are console cells: a CJK character takes two.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wsafix {

class PowerShellTable
{
public:
    struct Column
    {
        std::string name;
        std::size_t begin = 0; ///< first console cell of the dashes
        std::size_t end = 0;   ///< one past the last
    };

    /// The table whose header is `header` and dashes line `dashes`, when they are one: every run of dashes lies
    /// under exactly one header name.
    static std::optional<PowerShellTable> read(std::string_view header, std::string_view dashes);

    const std::vector<Column>& columns() const { return m_columns; }
    /// Index of the column named `name` (without case), if the table has it.
    std::optional<std::size_t> column(std::string_view name) const;
    /// The text of each column in `row` (empty when the row has nothing there). A word lies in the column whose
    /// dashes it overlaps; a word in the gap between two columns continues the one before it when that one has
    /// text in this row, else it belongs to the next (a right-aligned value wider than its header).
    std::vector<std::string> cells(std::string_view row) const;

private:
    std::vector<Column> m_columns;
};

/// A dashes line of a table: runs of '-' separated by spaces.
bool isDashesLine(std::string_view line);
/// A cell PowerShell cut short to fit its column ("192.168.1..." in Windows PowerShell, "fe80::1…" in PowerShell 7):
/// its value is unknown.
bool isCutShort(std::string_view cell);
/// The note for `count` values of `column` that PowerShell cut short (one sentence for every parser).
std::string cutShortNote(std::size_t count, std::string_view column);
/// Console cells taken by the UTF-8 text `s` (East Asian wide and full-width characters take two).
std::size_t consoleWidth(std::string_view s);

} // namespace wsafix
