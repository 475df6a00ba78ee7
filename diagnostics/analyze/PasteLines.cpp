#include "diagnostics/analyze/PasteLines.h"

#include "diagnostics/analyze/TextDecoder.h"
#include "diagnostics/analyze/TextFields.h"

#include <algorithm>

namespace wsafix {
namespace {

std::vector<PasteLine> splitLines(std::string_view text)
{
    std::vector<PasteLine> lines;
    std::size_t number = 1, start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != '\n' && text[i] != '\r')
            continue;
        lines.push_back({number++, std::string(text.substr(start, i - start))});
        if (i + 1 < text.size() && text[i] == '\r' && text[i + 1] == '\n')
            ++i;
        start = i + 1;
    }
    if (!lines.empty() && lines.back().text.empty())
        lines.pop_back(); // the final line break
    return lines;
}

bool blank(const PasteLine& l) { return trimmed(l.text).empty(); }

std::size_t nonBlank(const std::vector<PasteLine>& lines)
{
    return static_cast<std::size_t>(std::count_if(lines.begin(), lines.end(), [](const auto& l) { return !blank(l); }));
}

// Markdown quotes ("> text"): stripped when most lines carry them, one level at a time.
void stripQuotes(std::vector<PasteLine>& lines, std::vector<std::string>& notes)
{
    for (int level = 0; level < 4; ++level) {
        std::size_t quoted = 0;
        for (const auto& l : lines)
            quoted += !blank(l) && l.text.find_first_not_of(' ') != std::string::npos &&
                      l.text[l.text.find_first_not_of(' ')] == '>' && l.text.find_first_not_of(' ') < 4;
        if (quoted == 0 || quoted * 2 < nonBlank(lines))
            return;
        for (auto& l : lines) {
            const auto first = l.text.find_first_not_of(' ');
            if (first == std::string::npos || first >= 4 || l.text[first] != '>')
                continue;
            const std::size_t cut = first + 1 + (first + 1 < l.text.size() && l.text[first + 1] == ' ' ? 1 : 0);
            l.text.erase(0, cut);
        }
        notes.push_back("Markdown quote prefixes ('> ') were removed");
    }
}

void dropFences(std::vector<PasteLine>& lines, std::vector<std::string>& notes)
{
    const auto fence = [](const PasteLine& l) {
        const auto t = trimmed(l.text);
        return t.substr(0, 3) == "```" || t.substr(0, 3) == "~~~";
    };
    const auto before = lines.size();
    lines.erase(std::remove_if(lines.begin(), lines.end(), fence), lines.end());
    if (lines.size() != before)
        notes.push_back("Markdown code fences were ignored");
}

// Some terminals and chat tools double every line of a copy. Collapse when nearly all lines come in equal pairs.
void undouble(std::vector<PasteLine>& lines, std::vector<std::string>& notes)
{
    std::size_t paired = 0, runs = 0;
    for (std::size_t i = 0; i < lines.size();) {
        std::size_t j = i + 1;
        while (j < lines.size() && lines[j].text == lines[i].text)
            ++j;
        if ((j - i) % 2 == 0 && !blank(lines[i])) {
            paired += j - i;
            ++runs;
        }
        i = j;
    }
    const std::size_t total = nonBlank(lines);
    if (runs < 3 || paired * 10 < total * 9)
        return;
    std::vector<PasteLine> out;
    for (std::size_t i = 0; i < lines.size();) {
        std::size_t j = i + 1;
        while (j < lines.size() && lines[j].text == lines[i].text)
            ++j;
        for (std::size_t k = 0; k < (j - i + 1) / 2; ++k)
            out.push_back(lines[i + k * 2]);
        i = j;
    }
    notes.push_back("every line was doubled; the copies were dropped");
    lines = std::move(out);
}

} // namespace

PreparedPaste preparePaste(std::string_view bytes)
{
    PreparedPaste out;
    if (bytes.size() > kMaxPasteBytes) {
        out.notes.push_back("the input is " + std::to_string(bytes.size()) + " bytes long; only the first " +
                            std::to_string(kMaxPasteBytes) + " were read");
        bytes = bytes.substr(0, kMaxPasteBytes);
    }
    DecodedText decoded = decodeText(bytes);
    out.encoding = decoded.encoding;
    out.notes = std::move(decoded.notes);
    std::string& text = decoded.text;
    if (const auto nul = std::count(text.begin(), text.end(), '\0')) {
        text.erase(std::remove(text.begin(), text.end(), '\0'), text.end());
        out.notes.push_back(std::to_string(nul) + " NUL character(s) were dropped");
    }
    out.lines = splitLines(text);
    std::size_t trailing = 0;
    for (auto& l : out.lines) {
        const auto end = l.text.find_last_not_of(" \t");
        const std::size_t keep = end == std::string::npos ? 0 : end + 1;
        trailing += keep < l.text.size() && keep > 0;
        l.text.resize(keep);
    }
    if (trailing)
        out.notes.push_back("trailing spaces were removed from " + std::to_string(trailing) + " line(s)");
    stripQuotes(out.lines, out.notes);
    dropFences(out.lines, out.notes);
    undouble(out.lines, out.notes);
    return out;
}

std::optional<Prompt> parsePrompt(std::string_view line)
{
    Prompt p;
    std::string_view path;
    if (line.substr(0, 3) == "PS " || line == "PS>" || line.substr(0, 3) == "PS>") {
        const auto gt = line.find('>');
        if (gt == std::string_view::npos)
            return std::nullopt;
        path = trimmed(line.substr(2, gt - 2));
        if (!path.empty() && path.find(':') == std::string_view::npos)
            return std::nullopt; // "PS something>" that is not a path
        p.command = std::string(trimmed(line.substr(gt + 1)));
    } else if (line.size() >= 3 && ((line[0] >= 'A' && line[0] <= 'Z') || (line[0] >= 'a' && line[0] <= 'z')) &&
               line[1] == ':' && line[2] == '\\') {
        const auto gt = line.find('>');
        if (gt == std::string_view::npos)
            return std::nullopt;
        path = line.substr(0, gt);
        if (path.find_first_of("<|\"") != std::string_view::npos)
            return std::nullopt;
        p.command = std::string(trimmed(line.substr(gt + 1)));
    } else if (startsWithNoCase(line, "netsh") && line.find('>') != std::string_view::npos) {
        const auto gt = line.find('>');
        const auto context = trimmed(line.substr(0, gt));
        if (std::any_of(context.begin(), context.end(),
                        [](char c) { return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ' '); }))
            return std::nullopt;
        const auto typed = trimmed(line.substr(gt + 1));
        p.command = std::string(context) + (typed.empty() ? "" : " " + std::string(typed));
        if (typed.empty())
            p.command.clear();
        return p;
    } else {
        return std::nullopt;
    }
    const auto users = path.find("\\Users\\");
    if (users != std::string_view::npos) {
        const auto rest = path.substr(users + 7);
        p.user = std::string(rest.substr(0, rest.find('\\')));
    }
    return p;
}

} // namespace wsafix
