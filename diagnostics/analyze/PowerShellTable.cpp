#include "diagnostics/analyze/PowerShellTable.h"

#include "diagnostics/Utf8.h"
#include "diagnostics/analyze/TextFields.h"

#include <algorithm>

namespace wsafix {
namespace {

bool wide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

// A run of non-space characters, in bytes and in console cells.
struct Word
{
    std::size_t byteBegin = 0, byteEnd = 0;
    std::size_t cellBegin = 0, cellEnd = 0;
};

std::vector<Word> wordsOf(std::string_view line)
{
    std::vector<Word> words;
    std::size_t cell = 0;
    bool inWord = false;
    for (std::size_t i = 0; i < line.size();) {
        std::size_t length = 1;
        const char32_t c = decodeUtf8(line, i, length);
        const bool space = c == ' ' || c == '\t';
        if (!space && !inWord)
            words.push_back({i, i, cell, cell});
        inWord = !space;
        cell += c != kInvalidCodePoint && wide(c) ? 2 : 1;
        i += length;
        if (inWord) {
            words.back().byteEnd = i;
            words.back().cellEnd = cell;
        }
    }
    return words;
}

} // namespace

std::size_t consoleWidth(std::string_view s)
{
    std::size_t cells = 0;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t length = 1;
        const char32_t c = decodeUtf8(s, i, length);
        cells += c != kInvalidCodePoint && wide(c) ? 2 : 1;
        i += length;
    }
    return cells;
}

bool isDashesLine(std::string_view line)
{
    const auto t = trimmed(line);
    return !t.empty() && t.find_first_not_of("- ") == std::string_view::npos;
}

bool isCutShort(std::string_view cell)
{
    const auto t = trimmed(cell);
    const auto endsWith = [&](std::string_view tail) {
        return t.size() > tail.size() && t.substr(t.size() - tail.size()) == tail;
    };
    return endsWith("...") || endsWith("\xE2\x80\xA6"); // U+2026
}

std::string cutShortNote(std::size_t count, std::string_view column)
{
    return std::to_string(count) + " value(s) of " + std::string(column) +
           " were cut short by PowerShell to fit the console ('...' or '…'); they are unknown";
}

std::optional<PowerShellTable> PowerShellTable::read(std::string_view header, std::string_view dashes)
{
    if (!isDashesLine(dashes) || trimmed(header).empty() || isDashesLine(header))
        return std::nullopt;
    const auto runs = wordsOf(dashes); // the dashes line is ASCII: cells are bytes
    const auto names = wordsOf(header);
    PowerShellTable table;
    std::size_t next = 0; // the first header word not yet taken
    for (const Word& run : runs) {
        // The header name sits exactly over its dashes (it may hold spaces: "PingReplyDetails (RTT)").
        if (next >= names.size() || names[next].cellBegin != run.cellBegin)
            return std::nullopt;
        std::size_t last = next;
        while (last + 1 < names.size() && names[last + 1].cellEnd <= run.cellEnd)
            ++last;
        if (names[last].cellEnd != run.cellEnd)
            return std::nullopt;
        table.m_columns.push_back(
            {std::string(header.substr(names[next].byteBegin, names[last].byteEnd - names[next].byteBegin)),
             run.cellBegin, run.cellEnd});
        next = last + 1;
    }
    if (next != names.size() || table.m_columns.empty())
        return std::nullopt;
    return table;
}

std::optional<std::size_t> PowerShellTable::column(std::string_view name) const
{
    for (std::size_t i = 0; i < m_columns.size(); ++i)
        if (equalsNoCase(m_columns[i].name, name))
            return i;
    return std::nullopt;
}

std::vector<std::string> PowerShellTable::cells(std::string_view row) const
{
    struct Span
    {
        std::size_t begin = 0, end = 0;
        bool used = false;
    };
    std::vector<Span> spans(m_columns.size());
    const auto take = [&](std::size_t column, const Word& w) {
        Span& s = spans[column];
        if (!s.used)
            s.begin = w.byteBegin;
        s.end = w.byteEnd;
        s.used = true;
    };
    for (const Word& w : wordsOf(row)) {
        std::size_t column = m_columns.size();
        for (std::size_t i = 0; i < m_columns.size() && column == m_columns.size(); ++i)
            if (w.cellBegin < m_columns[i].end && w.cellEnd > m_columns[i].begin)
                column = i;
        if (column == m_columns.size()) {
            // In a gap (or before the first column, or after the last).
            const auto after =
                std::find_if(m_columns.begin(), m_columns.end(), [&](const Column& c) { return c.begin >= w.cellEnd; });
            const auto nextColumn = static_cast<std::size_t>(after - m_columns.begin());
            if (nextColumn == 0)
                column = 0;
            else if (nextColumn == m_columns.size() || spans[nextColumn - 1].used)
                column = nextColumn - 1;
            else
                column = nextColumn;
        }
        // A later column already has text: the words of one row never go back (keeps a bad row from mixing).
        for (std::size_t i = column + 1; i < spans.size(); ++i)
            if (spans[i].used)
                column = i;
        take(column, w);
    }
    std::vector<std::string> out;
    out.reserve(spans.size());
    for (const Span& s : spans)
        out.push_back(s.used ? std::string(row.substr(s.begin, s.end - s.begin)) : std::string());
    return out;
}

} // namespace wsafix
