#include "diagnostics/analyze/TextDecoder.h"

#include "diagnostics/Utf8.h"
#include "diagnostics/analyze/CodePageTables.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

namespace wsafix {
namespace {

const std::array<char16_t, 128>* singleByteTable(int codePage)
{
    switch (codePage) {
    case 437: return &kCodePage437;
    case 850: return &kCodePage850;
    case 866: return &kCodePage866;
    case 1251: return &kCodePage1251;
    case 1252: return &kCodePage1252;
    default: return nullptr;
    }
}

// Decodes to code points (U+FFFD for bytes the page does not map), the form the scoring reads.
std::u32string toCodePoints(std::string_view bytes, int codePage)
{
    std::u32string out;
    out.reserve(bytes.size());
    if (const auto* table = singleByteTable(codePage)) {
        for (const char c : bytes) {
            const auto b = static_cast<unsigned char>(c);
            const char16_t mapped = b < 0x80 ? b : (*table)[b - 0x80];
            out += mapped || b == 0 ? char32_t{mapped} : char32_t{0xFFFD};
        }
        return out;
    }
    for (std::size_t i = 0; i < bytes.size(); ++i) { // GBK
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b < 0x80) {
            out += b;
        } else if (b == 0x80) {
            out += U'\u20AC'; // Windows' CP936 puts the euro sign here
        } else if (b == 0xFF || i + 1 == bytes.size()) {
            out += U'\uFFFD';
        } else {
            const auto t = static_cast<unsigned char>(bytes[i + 1]);
            if (t < 0x40 || t == 0x7F || t == 0xFF) {
                out += U'\uFFFD'; // the next byte starts the next character
                continue;
            }
            const std::size_t index = static_cast<std::size_t>(b - 0x81) * 190 + (t < 0x7F ? t - 0x40 : t - 0x41);
            const char16_t mapped = kGbk[index];
            out += mapped ? char32_t{mapped} : char32_t{0xFFFD};
            ++i;
        }
    }
    return out;
}

bool asciiLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool latinLetter(char32_t c) { return (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7); }
// Accented letters of the languages Windows consoles print most (German, French, Spanish, Portuguese, Italian).
bool commonLatin(char32_t c)
{
    return std::u32string_view(U"äöüßéèêàáíóúñçâôîûëïìòùãÄÖÜÉÑÇ").find(c) != std::u32string_view::npos;
}
bool latinUpper(char32_t c) { return c >= 0xC0 && c <= 0xDE && c != 0xD7; }
bool basicCyrillic(char32_t c) { return (c >= 0x410 && c <= 0x44F) || c == 0x401 || c == 0x451; }
bool cyrillicUpper(char32_t c) { return (c >= 0x410 && c <= 0x42F) || c == 0x401; }
bool cyrillicLower(char32_t c) { return (c >= 0x430 && c <= 0x44F) || c == 0x451; }
bool cjk(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF5E); }

// How much decoded text looks like what Windows prints in some language: letters of one script inside words
// score, symbols, box drawing, mixed-script words and unmapped bytes cost. Counted per byte of input.
long plausibility(const std::u32string& s)
{
    long score = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char32_t c = s[i];
        if (c < 0x80)
            continue;
        const char32_t prev = i ? s[i - 1] : U' ';
        const char32_t next = i + 1 < s.size() ? s[i + 1] : U' ';
        if (c == 0xFFFD)
            score -= 5;
        else if (c == 0xA0)
            continue;
        else if (cjk(c))
            // Two bytes. Accented Latin read as GBK also gives ideographs, but wedged between Latin letters.
            score += asciiLetter(prev) || asciiLetter(next) ? -2 : cjk(prev) || cjk(next) ? 2 : 1;
        else if (latinLetter(c))
            score += !(asciiLetter(prev) || asciiLetter(next)) || (latinUpper(c) && prev >= 'a' && prev <= 'z') ? -1
                     : commonLatin(c)                                                                  ? 1
                                                                                                       : 0;
        else if (basicCyrillic(c))
            score += asciiLetter(prev) || asciiLetter(next) || (cyrillicUpper(c) && cyrillicLower(prev)) ? -1 : 1;
        else
            score -= 2;
    }
    return score;
}

std::string toUtf8(const std::u32string& s)
{
    std::string out;
    out.reserve(s.size());
    for (const char32_t c : s)
        appendUtf8(out, c);
    return out;
}

bool hasHighBytes(std::string_view bytes)
{
    return std::any_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// UTF-16 without a BOM: command output is mostly ASCII, so every other byte is zero.
int utf16Guess(std::string_view bytes)
{
    const std::size_t n = std::min<std::size_t>(bytes.size(), 8192) & ~std::size_t{1};
    if (n < 4)
        return 0;
    std::size_t even = 0, odd = 0;
    for (std::size_t i = 0; i < n; i += 2) {
        even += bytes[i] == 0;
        odd += bytes[i + 1] == 0;
    }
    const std::size_t pairs = n / 2;
    if (odd * 10 >= pairs * 3 && even * 20 < pairs)
        return 1; // little-endian: the high byte (second) is zero
    if (even * 10 >= pairs * 3 && odd * 20 < pairs)
        return 2;
    return 0;
}

std::string fromUtf16(std::string_view bytes, bool bigEndian, std::vector<std::string>& notes)
{
    std::string out;
    out.reserve(bytes.size() / 2);
    std::size_t bad = 0;
    const auto unit = [&](std::size_t i) -> char32_t {
        const auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
        return bigEndian ? (char32_t{a} << 8 | b) : (char32_t{b} << 8 | a);
    };
    std::size_t i = 0;
    for (; i + 1 < bytes.size(); i += 2) {
        char32_t c = unit(i);
        if (c >= 0xD800 && c <= 0xDBFF && i + 3 < bytes.size() && unit(i + 2) >= 0xDC00 && unit(i + 2) <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (unit(i + 2) - 0xDC00);
            i += 2;
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            c = 0xFFFD;
            ++bad;
        }
        appendUtf8(out, c);
    }
    if (i < bytes.size())
        notes.push_back("the UTF-16 text ends in half a character; it was dropped");
    if (bad)
        notes.push_back(std::to_string(bad) + " unpaired UTF-16 surrogate(s) were replaced by U+FFFD");
    return out;
}

std::string repairUtf8(std::string_view bytes, std::size_t& bad)
{
    std::string out;
    out.reserve(bytes.size());
    for (std::size_t i = 0; i < bytes.size();) {
        std::size_t length = 1;
        const char32_t c = decodeUtf8(bytes, i, length);
        if (c == kInvalidCodePoint)
            ++bad;
        appendUtf8(out, c == kInvalidCodePoint ? char32_t{0xFFFD} : c);
        i += length;
    }
    return out;
}

} // namespace

const std::vector<int>& legacyCodePages()
{
    static const std::vector<int> pages{850, 437, 1252, 866, 1251, 936};
    return pages;
}

std::string decodeCodePage(std::string_view bytes, int codePage)
{
    if (codePage != 936 && !singleByteTable(codePage))
        return {};
    return toUtf8(toCodePoints(bytes, codePage));
}

DecodedText decodeText(std::string_view bytes)
{
    DecodedText out;
    const auto startsWith = [&](std::string_view bom) { return bytes.substr(0, bom.size()) == bom; };
    if (startsWith("\xEF\xBB\xBF")) {
        std::size_t bad = 0;
        out.text = repairUtf8(bytes.substr(3), bad);
        out.encoding = "utf-8";
        out.notes.push_back("UTF-8 with a byte order mark");
        if (bad)
            out.notes.push_back(std::to_string(bad) + " invalid UTF-8 byte(s) were replaced by U+FFFD");
        return out;
    }
    if (startsWith("\xFF\xFE") || startsWith("\xFE\xFF")) {
        const bool big = bytes[0] == '\xFE';
        out.encoding = big ? "utf-16be" : "utf-16le";
        out.notes.push_back(std::string("UTF-16 ") + (big ? "big" : "little") + "-endian with a byte order mark");
        out.text = fromUtf16(bytes.substr(2), big, out.notes);
        return out;
    }
    if (const int guess = utf16Guess(bytes)) {
        out.encoding = guess == 2 ? "utf-16be" : "utf-16le";
        out.notes.push_back(std::string("UTF-16 ") + (guess == 2 ? "big" : "little") +
                            "-endian without a byte order mark (every other byte is zero)");
        out.text = fromUtf16(bytes, guess == 2, out.notes);
        return out;
    }
    if (!hasHighBytes(bytes) || isValidUtf8(bytes)) {
        out.text = std::string(bytes);
        out.encoding = "utf-8";
        return out;
    }
    // A legacy code page: the one whose reading looks most like words of some language.
    int best = 0;
    long bestScore = 0;
    std::u32string bestText;
    for (const int page : legacyCodePages()) {
        std::u32string text = toCodePoints(bytes, page);
        const long score = plausibility(text);
        if (best == 0 || score > bestScore) {
            best = page;
            bestScore = score;
            bestText = std::move(text);
        }
    }
    out.text = toUtf8(bestText);
    out.encoding = "cp" + std::to_string(best);
    out.notes.push_back("not UTF-8: read as code page " + std::to_string(best) + " (detected from the text)");
    const auto unmapped = std::count(bestText.begin(), bestText.end(), U'\uFFFD');
    if (unmapped)
        out.notes.push_back(std::to_string(unmapped) + " byte(s) have no character in code page " +
                            std::to_string(best) + " and were replaced by U+FFFD");
    return out;
}

} // namespace wsafix
