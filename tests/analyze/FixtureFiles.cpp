#include "FixtureFiles.h"

#include "diagnostics/Utf8.h"
#include "diagnostics/analyze/TextDecoder.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

using namespace wsafix;

namespace {

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    EXPECT_TRUE(in.good()) << "cannot open " << path;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

} // namespace

// The shared fixtures live next to the repository.
std::string fixture(const std::string& relative)
{
    return readFile(WSAFIX_SOURCE_DIR "/../shared/fixtures/" + relative);
}

PasteAnalysis analyzeFixture(const std::string& relative)
{
    return analyzePaste(fixture(relative), relative);
}

std::string ownFixture(const std::string& relative)
{
    return readFile(WSAFIX_SOURCE_DIR "/tests/analyze/data/" + relative);
}

PasteAnalysis analyzeOwnFixture(const std::string& relative)
{
    return analyzePaste(ownFixture(relative), relative);
}

std::vector<Finding> findingsOf(const PasteAnalysis& analysis)
{
    return evaluatePastedRules(combineAnalyses({analysis}), Intake{});
}

std::optional<Finding> findingById(const std::vector<Finding>& findings, const std::string& id)
{
    for (const auto& f : findings)
        if (f.id == id)
            return f;
    return std::nullopt;
}

std::vector<std::string> findingIds(const std::vector<Finding>& findings)
{
    std::vector<std::string> ids;
    for (const auto& f : findings)
        ids.push_back(f.id);
    return ids;
}

std::string toUtf16(const std::string& utf8, bool bigEndian, bool bom)
{
    std::string out;
    const auto unit = [&](char16_t u) {
        const char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
        out += bigEndian ? hi : lo;
        out += bigEndian ? lo : hi;
    };
    if (bom)
        unit(0xFEFF);
    for (std::size_t i = 0; i < utf8.size();) {
        std::size_t length = 1;
        char32_t c = decodeUtf8(utf8, i, length);
        i += length;
        if (c == kInvalidCodePoint)
            c = 0xFFFD;
        if (c >= 0x10000) {
            unit(static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10)));
            unit(static_cast<char16_t>(0xDC00 + ((c - 0x10000) & 0x3FF)));
        } else {
            unit(static_cast<char16_t>(c));
        }
    }
    return out;
}

std::string toCodePage(const std::string& utf8, int codePage)
{
    std::map<std::string, char> encode;
    for (int b = 0x80; b < 0x100; ++b)
        encode[decodeCodePage(std::string(1, static_cast<char>(b)), codePage)] = static_cast<char>(b);
    std::string out;
    for (std::size_t i = 0; i < utf8.size();) {
        std::size_t length = 1;
        decodeUtf8(utf8, i, length);
        const std::string ch = utf8.substr(i, length);
        i += length;
        if (length == 1)
            out += ch;
        else if (const auto it = encode.find(ch); it != encode.end())
            out += it->second;
        else
            ADD_FAILURE() << "'" << ch << "' is not in code page " << codePage;
    }
    return out;
}

std::string withCrlf(const std::string& text)
{
    std::string out;
    for (const char c : text) {
        if (c == '\n')
            out += '\r';
        out += c;
    }
    return out;
}

std::string quoted(const std::string& text)
{
    std::string out = "> ";
    for (std::size_t i = 0; i < text.size(); ++i) {
        out += text[i];
        if (text[i] == '\n' && i + 1 < text.size())
            out += "> ";
    }
    return out;
}
