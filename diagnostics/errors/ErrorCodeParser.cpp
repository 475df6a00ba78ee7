#include "diagnostics/errors/ErrorCodeParser.h"

#include "diagnostics/errors/ErrorCatalog.h"
#include "diagnostics/errors/MessageMatcher.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace wsafix {
namespace {

constexpr std::uint64_t kLinuxErrnoMax = 133; // EHWPOISON, the highest errno Linux defines
constexpr std::uint64_t kFirstWinsockCode = 10000;
constexpr std::size_t kMaxMentions = 32;
constexpr std::size_t kMaxIgnoredShown = 5;
constexpr std::size_t kMaxGap = 8;     // characters between a marker and its number: "WSAGetLastError() = "
constexpr std::size_t kMaxFillers = 2; // words between them: "WSAGetLastError returned error 10056"
constexpr std::size_t kMaxNameLength = 40;
constexpr std::string_view kCoverage = "the catalog covers 6, 8, 87, 995-997, 10004-10112 and 11001-11031";

struct Token
{
    std::size_t begin;
    std::size_t end;
};

struct MarkerSpec
{
    std::string_view first;
    std::string_view second; ///< empty for one-word markers
    CodeMarker marker;
};

constexpr std::array<MarkerSpec, 21> kMarkers{{
    {"socket", "error", CodeMarker::Windows},
    {"winsock", "error", CodeMarker::Windows},
    {"windows", "error", CodeMarker::Windows},
    {"win32", "error", CodeMarker::Windows},
    {"wsa", "error", CodeMarker::Windows},
    {"system", "error", CodeMarker::Windows},
    {"os", "error", CodeMarker::Generic},
    {"winerror", "", CodeMarker::Windows},
    {"wsagetlasterror", "", CodeMarker::Windows},
    {"getlasterror", "", CodeMarker::Windows},
    {"socketexception", "", CodeMarker::Windows},
    {"win32exception", "", CodeMarker::Windows},
    {"nativeerrorcode", "", CodeMarker::Windows},
    {"hresult", "", CodeMarker::Windows},
    {"hr", "", CodeMarker::Windows},
    {"errno", "", CodeMarker::Errno},
    {"error", "", CodeMarker::Generic},
    {"err", "", CodeMarker::Generic},
    {"errorcode", "", CodeMarker::Generic},
    {"code", "", CodeMarker::Generic},
    {"status", "", CodeMarker::Generic},
}};

constexpr std::array<std::string_view, 14> kFillers{"code", "no",  "number", "num",   "returned", "returns", "return",
                                                    "is",   "was", "of",     "value", "with",     "error",   "id"};

bool isWordChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

std::string lower(std::string_view s)
{
    std::string out(s);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string hex32(std::uint64_t v)
{
    return errorHex(static_cast<std::uint32_t>(v));
}

std::string describe(const ErrorEntry& e)
{
    return std::string(e.name) + " (" + std::to_string(e.code) + ")";
}

std::vector<Token> tokenize(std::string_view t)
{
    std::vector<Token> tokens;
    for (std::size_t i = 0; i < t.size();) {
        if (!isWordChar(t[i])) {
            ++i;
            continue;
        }
        const std::size_t begin = i;
        while (i < t.size() && isWordChar(t[i]))
            ++i;
        tokens.push_back({begin, i});
    }
    return tokens;
}

struct Number
{
    bool isNumber = false;
    bool hex = false;
    bool tooLong = false;
    std::uint64_t value = 0;
    std::size_t digits = 0;
    std::string problem; ///< set for number-like tokens that are malformed ("0x", "0xZZ")
};

// Parses "10056", "10056L", "0x2748", "0x00002748", "2748h". Tokens that only start with a digit ("64bit") are
// not numbers.
Number parseNumber(std::string_view tok)
{
    Number n;
    std::string_view digits = tok;
    if (tok.size() >= 2 && tok[0] == '0' && (tok[1] == 'x' || tok[1] == 'X')) {
        n.isNumber = n.hex = true;
        digits = tok.substr(2);
        if (digits.empty()) {
            n.problem = "'" + std::string(tok) + "' has no digits after it";
            return n;
        }
        if (!std::all_of(digits.begin(), digits.end(), isHexDigit)) {
            n.problem = "'" + std::string(tok) + "' is not a hexadecimal number";
            return n;
        }
    } else if (tok.size() >= 2 && (tok.back() == 'h' || tok.back() == 'H') &&
               std::all_of(tok.begin(), tok.end() - 1, isHexDigit)) {
        n.isNumber = n.hex = true;
        digits = tok.substr(0, tok.size() - 1);
    } else {
        while (!digits.empty() &&
               (digits.back() == 'L' || digits.back() == 'l' || digits.back() == 'U' || digits.back() == 'u') &&
               tok.size() - digits.size() < 3)
            digits.remove_suffix(1); // C suffixes as in winerror.h: 10056L
        if (digits.empty() || !std::all_of(digits.begin(), digits.end(), isDigit))
            return n;
        n.isNumber = true;
    }
    while (digits.size() > 1 && digits.front() == '0')
        digits.remove_prefix(1);
    n.digits = digits.size();
    if (digits.size() > (n.hex ? 16u : 19u)) {
        n.tooLong = true;
        return n;
    }
    for (const char c : digits)
        n.value =
            n.value * (n.hex ? 16 : 10) + static_cast<std::uint64_t>(isDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10);
    return n;
}

class Reader
{
public:
    explicit Reader(std::string_view text) : m_text(text), m_tokens(tokenize(text)) {}

    std::vector<CodeMention> read(std::vector<std::string>& ignored, std::size_t& ignoredCount);

private:
    void readMessages(std::vector<CodeMention>& out, std::vector<std::pair<std::size_t, std::size_t>>& spans);
    bool readMarked(std::size_t& i, std::vector<CodeMention>& out);
    void readNumberToken(std::size_t i, std::vector<CodeMention>& out, std::vector<std::string>& ignored,
                         std::size_t& ignoredCount);
    void readName(std::size_t i, std::vector<CodeMention>& out);

    std::string_view tokenText(std::size_t i) const
    {
        return m_text.substr(m_tokens[i].begin, m_tokens[i].end - m_tokens[i].begin);
    }
    bool negativeAt(std::size_t i) const;
    bool partOfCompound(std::size_t i) const;
    bool gapOk(std::size_t from, std::size_t to) const;

    std::string_view m_text;
    std::vector<Token> m_tokens;
};

void readWindows(CodeMention& m, std::uint64_t code, std::string how)
{
    if (const ErrorEntry* e = findErrorByCode(code)) {
        m.readings.push_back({e, false, std::move(how)});
        return;
    }
    m.problem = "Windows error " + std::to_string(code) + " is not a Winsock error (" + std::string(kCoverage) + ")";
    m.nearest = nearestErrorCodes(code);
}

void readErrno(CodeMention& m, std::uint64_t value)
{
    if (const ErrorEntry* e = findErrorByErrno(static_cast<std::int64_t>(value))) {
        m.readings.push_back({e, true,
                              "Linux errno " + std::to_string(value) + " (" + std::string(e->errnoName) +
                                  "), the twin of " + std::string(e->name)});
        return;
    }
    m.problem = "errno " + std::to_string(value) + " is not a socket error with a Winsock twin";
    if (value > kLinuxErrnoMax)
        m.problem += " (Linux defines errno values up to " + std::to_string(kLinuxErrnoMax) + ")";
    m.nearest = nearestErrnoCodes(static_cast<std::int64_t>(value));
}

void readHresult(CodeMention& m, std::uint32_t h, const std::string& shown)
{
    const std::string prefix = shown == hex32(h) ? "HRESULT " + shown : shown + " = HRESULT " + hex32(h);
    if ((h & 0xFFFF0000u) == 0x80070000u) {
        const std::uint32_t code = h & 0xFFFFu;
        if (const ErrorEntry* e = findErrorByCode(code)) {
            m.readings.push_back({e, false, prefix + " = HRESULT_FROM_WIN32(" + std::to_string(code) + ")"});
            return;
        }
        m.problem = prefix + " carries Windows error " + std::to_string(code) + ", which is not a Winsock error (" +
                    std::string(kCoverage) + ")";
        m.nearest = nearestErrorCodes(code);
    } else if (h == 0x80004005u) {
        m.informational = true;
        m.note = prefix + " is E_FAIL, the generic HRESULT that .NET puts on every SocketException; the Winsock "
                          "error is in the message or in SocketException.ErrorCode";
    } else {
        m.problem = prefix + " has facility " + std::to_string((h >> 16) & 0x1FFF) +
                    ", not FACILITY_WIN32 (7), so it carries no Winsock error";
    }
}

// The one place that decides what a number means (the rules are listed at parseErrorText()).
void readNumber(CodeMention& m, const Number& n, bool negative, CodeMarker marker)
{
    if (!n.problem.empty()) {
        m.problem = n.problem;
        return;
    }
    if (n.tooLong) {
        m.problem = "a " + std::to_string(n.digits) + "-digit number is too long to be an error code";
        return;
    }
    std::uint64_t v = n.value;
    if (negative && v != 0) {
        if (v < 0x10000) {
            m.problem = "-" + std::to_string(v) +
                        " is not an error code: -1 (SOCKET_ERROR) only says that the call "
                        "failed; the code itself is in WSAGetLastError() or errno";
            return;
        }
        if (v > 0x80000000ull) {
            m.problem = "-" + std::to_string(v) + " is too large to be an HRESULT";
            return;
        }
        readHresult(m, static_cast<std::uint32_t>(0x100000000ull - v), "-" + std::to_string(v));
        return;
    }
    if (v > 0xFFFFFFFFull) {
        m.problem = "the number is larger than 32 bits, too large for a Windows error code";
        return;
    }
    if (v >= 0x80000000ull) {
        readHresult(m, static_cast<std::uint32_t>(v), n.hex ? hex32(v) : std::to_string(v));
        return;
    }
    if (v == 0) {
        m.problem = "0 means success: no error";
        return;
    }
    const std::string decimal = std::to_string(v);
    if (n.hex) {
        readWindows(m, v, "hexadecimal " + hex32(v) + " = " + decimal);
        return;
    }
    switch (marker) {
    case CodeMarker::Windows:
        readWindows(m, v, "Windows error code " + decimal);
        return;
    case CodeMarker::Errno:
        if (v < kFirstWinsockCode)
            readErrno(m, v);
        else
            readWindows(m, v,
                        "errno " + decimal +
                            ", above Linux's range, read as the Winsock code (Python 2 and "
                            "some runtimes on Windows report WSAGetLastError() as errno)");
        return;
    case CodeMarker::Generic:
    case CodeMarker::None:
        break;
    }
    if (v > kLinuxErrnoMax) {
        readWindows(m, v, "Windows error code " + decimal);
        return;
    }
    // A small number without a marker: both a Windows code and a Linux errno, so never a silent choice.
    m.ambiguous = true;
    std::string missing;
    if (const ErrorEntry* e = findErrorByCode(v))
        m.readings.push_back({e, false, "as a Windows error code: " + decimal});
    else
        missing = "; as a Windows error code it is not a Winsock error";
    if (const ErrorEntry* e = findErrorByErrno(static_cast<std::int64_t>(v)))
        m.readings.push_back({e, true, "as a Linux errno: " + decimal + " (" + std::string(e->errnoName) + ")"});
    else
        missing += "; as a Linux errno it is not a socket error";
    m.problem = decimal + " alone can be a Windows error code or a Linux errno (write 'errno " + decimal +
                "' or 'WinError " + decimal + "' to say which)" + missing;
    if (m.readings.empty()) {
        m.nearest = nearestErrorCodes(v, 3);
        for (const auto* e : nearestErrnoCodes(static_cast<std::int64_t>(v), 3))
            if (std::find(m.nearest.begin(), m.nearest.end(), e) == m.nearest.end())
                m.nearest.push_back(e);
    }
}

bool Reader::negativeAt(std::size_t i) const
{
    const std::size_t b = m_tokens[i].begin;
    return b >= 1 && m_text[b - 1] == '-' && (b == 1 || !isWordChar(m_text[b - 2]));
}

// A number inside "10.1.2.3", "12:00:01", "2024-05-01", "1,234" or "host:10056" is not a code by itself.
bool Reader::partOfCompound(std::size_t i) const
{
    constexpr std::string_view joiners = ".:/,-";
    const std::size_t b = m_tokens[i].begin, e = m_tokens[i].end;
    const bool before = b >= 2 && joiners.find(m_text[b - 1]) != std::string_view::npos && isWordChar(m_text[b - 2]);
    const bool after =
        e + 1 < m_text.size() && joiners.find(m_text[e]) != std::string_view::npos && isWordChar(m_text[e + 1]);
    return before || after;
}

bool Reader::gapOk(std::size_t from, std::size_t to) const
{
    constexpr std::string_view allowed = " :#=([{)]}'\"<>,.-";
    if (to < from || to - from > kMaxGap)
        return false;
    for (std::size_t k = from; k < to; ++k)
        if (allowed.find(m_text[k]) == std::string_view::npos)
            return false;
    return true;
}

void Reader::readMessages(std::vector<CodeMention>& out, std::vector<std::pair<std::size_t, std::size_t>>& spans)
{
    for (auto& match : MessageMatcher::catalog().find(m_text)) {
        CodeMention m;
        m.kind = CodeMention::Kind::Message;
        m.text = std::string(m_text.substr(match.begin, match.end - match.begin));
        m.offset = match.begin;
        m.strong = true;
        m.ambiguous = match.entries.size() > 1;
        const std::string said = lower(m.text);
        for (const auto* e : match.entries) {
            const bool linuxOnly = lower(e->errnoMessage).rfind(said, 0) == 0 &&
                                   lower(e->shortMessage).rfind(said, 0) != 0 &&
                                   lower(e->systemMessage).rfind(said, 0) != 0;
            m.readings.push_back({e, linuxOnly,
                                  linuxOnly ? "the Linux message (strerror) of " + std::string(e->errnoName)
                                            : "Microsoft's message for " + std::string(e->name)});
        }
        if (m.ambiguous)
            m.problem = "this message belongs to " + std::to_string(match.entries.size()) + " codes";
        spans.emplace_back(match.begin, match.end);
        out.push_back(std::move(m));
    }
}

bool Reader::readMarked(std::size_t& i, std::vector<CodeMention>& out)
{
    const std::string first = lower(tokenText(i));
    const MarkerSpec* spec = nullptr;
    std::size_t next = i + 1;
    for (const auto& s : kMarkers) {
        if (s.first != first)
            continue;
        if (s.second.empty()) {
            spec = &s;
            break;
        }
        if (i + 1 < m_tokens.size() && lower(tokenText(i + 1)) == s.second &&
            gapOk(m_tokens[i].end, m_tokens[i + 1].begin)) {
            spec = &s;
            next = i + 2;
            break;
        }
    }
    if (!spec)
        return false;

    std::size_t j = next, fillers = 0, end = m_tokens[next - 1].end;
    for (; j < m_tokens.size() && gapOk(end, m_tokens[j].begin); ++j) {
        if (isDigit(m_text[m_tokens[j].begin]))
            break;
        const std::string word = lower(tokenText(j));
        if (fillers == kMaxFillers || std::find(kFillers.begin(), kFillers.end(), word) == kFillers.end()) {
            j = m_tokens.size();
            break;
        }
        ++fillers;
        end = m_tokens[j].end;
    }
    if (j >= m_tokens.size() || !gapOk(end, m_tokens[j].begin) || !isDigit(m_text[m_tokens[j].begin])) {
        if (next == m_tokens.size() && i == 0) { // the whole input is a marker: say what is missing
            CodeMention m;
            m.text = std::string(m_text);
            m.offset = 0;
            m.marker = spec->marker;
            m.strong = m.whole = true;
            m.problem = "'" + m.text + "' is not followed by a number";
            out.push_back(std::move(m));
        }
        i = next;
        return true;
    }
    const Number n = parseNumber(tokenText(j));
    if (!n.isNumber) {
        i = next;
        return true;
    }
    // Include the bracket that closes one opened after the marker: "SocketException (10056)", "[WinError 10056]".
    std::size_t stop = m_tokens[j].end;
    const std::string_view span = m_text.substr(m_tokens[i].begin, stop - m_tokens[i].begin);
    if (stop < m_text.size() && ((m_text[stop] == ')' && span.find('(') != std::string_view::npos) ||
                                 (m_text[stop] == ']' && span.find('[') != std::string_view::npos)))
        ++stop;
    CodeMention m;
    m.text = std::string(m_text.substr(m_tokens[i].begin, stop - m_tokens[i].begin));
    m.offset = m_tokens[i].begin;
    m.marker = spec->marker;
    m.strong = true;
    readNumber(m, n, negativeAt(j), spec->marker);
    out.push_back(std::move(m));
    i = j + 1;
    return true;
}

void Reader::readNumberToken(std::size_t i, std::vector<CodeMention>& out, std::vector<std::string>& ignored,
                             std::size_t& ignoredCount)
{
    const Number n = parseNumber(tokenText(i));
    if (!n.isNumber)
        return;
    const bool whole = m_tokens.size() == 1;
    const bool negative = negativeAt(i);
    CodeMention m;
    m.text = (negative ? "-" : "") + std::string(tokenText(i));
    m.offset = m_tokens[i].begin - (negative ? 1 : 0);
    if (whole) {
        m.whole = m.strong = true;
        readNumber(m, n, negative, CodeMarker::None);
        out.push_back(std::move(m));
        return;
    }
    // Inside a line, a bare number counts only when it can only be a known Winsock code: dates, times, sizes
    // and process ids stay out, and cost no lookups.
    if (partOfCompound(i))
        return;
    const bool winsockRange = n.problem.empty() && !n.tooLong && (n.hex || negative || n.value >= kFirstWinsockCode);
    if (winsockRange) {
        readNumber(m, n, negative, CodeMarker::None);
        if ((!m.readings.empty() || m.informational) && !m.ambiguous) {
            m.problem.clear();
            m.nearest.clear();
            out.push_back(std::move(m));
            return;
        }
    }
    if (ignored.size() < kMaxIgnoredShown)
        ignored.push_back(m.text);
    ++ignoredCount;
}

void Reader::readName(std::size_t i, std::vector<CodeMention>& out)
{
    const std::string_view tok = tokenText(i);
    if (tok.size() > kMaxNameLength)
        return;
    CodeMention m;
    m.kind = CodeMention::Kind::Name;
    m.text = std::string(tok);
    m.offset = m_tokens[i].begin;
    m.strong = true;
    m.whole = m_tokens.size() == 1;
    if (const ErrorEntry* e = findErrorByName(tok)) {
        const std::string said = lower(tok);
        const bool viaErrno =
            !e->errnoName.empty() && (lower(e->errnoName) == said || said == "eagain" || said == "enotsup");
        std::string how =
            viaErrno ? m.text + " is the Linux name (errno " + std::to_string(e->errnoValue) + ") of " + describe(*e)
            : lower(e->name) == said ? describe(*e)
                                     : m.text + " is another name of " + describe(*e);
        m.readings.push_back({e, viaErrno, std::move(how)});
        out.push_back(std::move(m));
        return;
    }
    // Only words shaped like error names are reported as unknown, so ordinary words in a log line stay quiet.
    const std::string low = lower(tok);
    const bool oneCase = std::none_of(tok.begin(), tok.end(), [](char c) { return c >= 'a' && c <= 'z'; }) ||
                         std::none_of(tok.begin(), tok.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    const bool winsockShape = low.rfind("wsae", 0) == 0 || low.rfind("wsa_", 0) == 0 || low.rfind("error_", 0) == 0 ||
                              (m.whole && low.rfind("wsa", 0) == 0);
    const bool errnoShape = m.whole && low.size() >= 3 && low[0] == 'e' &&
                            std::all_of(low.begin(), low.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (!oneCase || !(winsockShape || errnoShape))
        return;
    m.problem = "'" + m.text + "' is not a known error name";
    m.nearest = nearestErrorNames(tok);
    out.push_back(std::move(m));
}

std::vector<CodeMention> Reader::read(std::vector<std::string>& ignored, std::size_t& ignoredCount)
{
    std::vector<CodeMention> found;
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    readMessages(found, spans);
    const auto inMessage = [&](std::size_t i) {
        return std::any_of(spans.begin(), spans.end(),
                           [&](const auto& s) { return m_tokens[i].begin >= s.first && m_tokens[i].end <= s.second; });
    };
    for (std::size_t i = 0; i < m_tokens.size() && found.size() < kMaxMentions;) {
        if (inMessage(i)) {
            ++i;
            continue;
        }
        if (readMarked(i, found))
            continue;
        if (isDigit(m_text[m_tokens[i].begin]))
            readNumberToken(i, found, ignored, ignoredCount);
        else
            readName(i, found);
        ++i;
    }
    return found;
}

} // namespace

ParsedErrorText parseErrorText(std::string_view raw)
{
    ParsedErrorText parsed;
    parsed.input = readInputText(raw);
    Reader reader(parsed.input.text);
    parsed.mentions = reader.read(parsed.ignored, parsed.ignoredCount);
    if (parsed.mentions.size() >= kMaxMentions)
        parsed.input.notes.push_back("only the first " + std::to_string(kMaxMentions) + " codes were read");
    // Messages are found first; keep the mentions in the order they appear.
    std::stable_sort(parsed.mentions.begin(), parsed.mentions.end(),
                     [](const CodeMention& a, const CodeMention& b) { return a.offset < b.offset; });
    return parsed;
}

} // namespace wsafix
