#include "diagnostics/errors/InputText.h"

#include "diagnostics/Utf8.h"

#include <array>
#include <cstdint>

namespace wsafix {
namespace {

struct DigitScript
{
    char32_t zero;
    const char* name;
};

// Decimal digit blocks whose ten digits run from `zero`; each is read as 0-9 (and the notes say so).
constexpr std::array<DigitScript, 18> kDigitScripts{{
    {0x0660, "Arabic-Indic"},
    {0x06F0, "Extended Arabic-Indic"},
    {0x0966, "Devanagari"},
    {0x09E6, "Bengali"},
    {0x0A66, "Gurmukhi"},
    {0x0AE6, "Gujarati"},
    {0x0B66, "Oriya"},
    {0x0BE6, "Tamil"},
    {0x0C66, "Telugu"},
    {0x0CE6, "Kannada"},
    {0x0D66, "Malayalam"},
    {0x0E50, "Thai"},
    {0x0ED0, "Lao"},
    {0x0F20, "Tibetan"},
    {0x1040, "Myanmar"},
    {0x17E0, "Khmer"},
    {0x1810, "Mongolian"},
    {0xFF10, "full-width"},
}};

// What the parser should read for one code point: an ASCII character, or 0 for a separator.
char asciiFor(char32_t cp, const char*& script)
{
    script = nullptr;
    if (cp > 0x20 && cp < 0x7F)
        return static_cast<char>(cp);
    for (const auto& d : kDigitScripts)
        if (cp >= d.zero && cp <= d.zero + 9) {
            script = d.name;
            return static_cast<char>('0' + (cp - d.zero));
        }
    if (cp >= 0xFF01 && cp <= 0xFF5E) { // full-width forms of ASCII ("０ｘ２７４８", "ＷＳＡＥＩＳＣＯＮＮ")
        script = "full-width";
        return static_cast<char>(cp - 0xFEE0);
    }
    return 0;
}

} // namespace

InputText readInputText(std::string_view raw)
{
    InputText in;
    in.bytes = raw.size();
    if (raw.size() > InputText::kMaxBytes) {
        std::size_t cut = InputText::kMaxBytes;
        while (cut > 0 && (static_cast<unsigned char>(raw[cut]) & 0xC0) == 0x80)
            --cut; // do not split a character
        raw = raw.substr(0, cut);
        in.notes.push_back("the input is " + std::to_string(in.bytes) + " bytes long; only the first " +
                           std::to_string(raw.size()) + " were read");
    }
    in.text.reserve(raw.size());
    std::size_t invalid = 0, nul = 0, echoed = 0;
    bool echoCut = false;
    std::vector<std::string> scripts;
    for (std::size_t i = 0; i < raw.size();) {
        std::size_t length = 1;
        const char32_t cp = decodeUtf8(raw, i, length);
        i += length;
        const char* script = nullptr;
        char ascii = 0;
        if (cp == kInvalidCodePoint)
            ++invalid;
        else if (cp == 0)
            ++nul;
        else
            ascii = asciiFor(cp, script);
        if (script) {
            bool seen = false;
            for (const auto& s : scripts)
                seen = seen || s == script;
            if (!seen)
                scripts.emplace_back(script);
        }
        if (ascii)
            in.text += ascii;
        else if (!in.text.empty() && in.text.back() != ' ')
            in.text += ' ';

        // The echo keeps the characters as typed, on one line, with U+FFFD for what is not UTF-8.
        if (echoed < InputText::kEchoLength) {
            const bool blank = cp != kInvalidCodePoint && (cp < 0x20 || cp == 0x7F || cp == ' ');
            if (blank) {
                if (!in.echo.empty() && in.echo.back() != ' ') {
                    in.echo += ' ';
                    ++echoed;
                }
            } else {
                appendUtf8(in.echo, cp == kInvalidCodePoint ? char32_t{0xFFFD} : cp);
                ++echoed;
            }
        } else if (!echoCut) {
            echoCut = cp != kInvalidCodePoint && cp > 0x20 && cp != 0x7F;
        }
    }
    while (!in.text.empty() && in.text.back() == ' ')
        in.text.pop_back();
    while (!in.echo.empty() && in.echo.back() == ' ')
        in.echo.pop_back();
    if (echoCut || raw.size() < in.bytes)
        in.echo += "…";

    for (const auto& s : scripts)
        in.notes.push_back(s == "full-width" ? "full-width characters were read as plain ASCII"
                                             : s + " digits were read as 0-9");
    if (nul)
        in.notes.push_back(std::to_string(nul) + " NUL byte(s) were read as spaces");
    if (invalid)
        in.problems.push_back("the input is not valid UTF-8: " + std::to_string(invalid) +
                              " byte(s) could not be read and were skipped");
    return in;
}

} // namespace wsafix
