#include "diagnostics/errors/Decoder.h"

#include "diagnostics/errors/ErrorCodeParser.h"

#include <algorithm>

namespace wsafix {
namespace {

constexpr std::size_t kMaxNearest = 8;

std::string describe(const ErrorEntry& e)
{
    return std::string(e.name) + " (" + std::to_string(e.code) + ")";
}

std::string quoted(const std::string& text)
{
    constexpr std::size_t kLongest = 60;
    return "'" + (text.size() > kLongest ? text.substr(0, kLongest) + "..." : text) + "'";
}

void addUnique(std::vector<const ErrorEntry*>& list, const ErrorEntry* e)
{
    if (e && std::find(list.begin(), list.end(), e) == list.end())
        list.push_back(e);
}

std::vector<const ErrorEntry*> entriesOf(const CodeMention& m)
{
    std::vector<const ErrorEntry*> entries;
    for (const auto& r : m.readings)
        addUnique(entries, r.entry);
    return entries;
}

// An unknown number that says whose code it is ("WinError 12345", "errno 300"), or an unknown input standing
// alone, is a claim the decoder cannot set aside in favour of another code in the same text.
bool blocks(const CodeMention& m)
{
    return m.readings.empty() && !m.informational && m.strong &&
           (m.whole || m.marker == CodeMarker::Windows || m.marker == CodeMarker::Errno);
}

} // namespace

std::string_view decodeStatusName(DecodeStatus status)
{
    switch (status) {
    case DecodeStatus::Decoded:
        return "decoded";
    case DecodeStatus::Ambiguous:
        return "ambiguous";
    case DecodeStatus::Unknown:
        return "unknown";
    }
    return "unknown";
}

std::string_view DecodeResult::meaning() const
{
    if (help)
        return help->user;
    return entry ? entry->systemMessage : std::string_view{};
}

DecodeResult decodeError(std::string_view text)
{
    const ParsedErrorText parsed = parseErrorText(text);
    DecodeResult r;
    r.input = parsed.input.echo;
    r.understood = parsed.input.notes;
    r.notUnderstood = parsed.input.problems;
    if (parsed.input.text.empty()) {
        r.notUnderstood.push_back(parsed.input.bytes == 0 ? "the input is empty"
                                                          : "the input holds no readable characters, only spaces "
                                                            "or control characters");
        return r;
    }

    std::vector<const CodeMention*> resolved;
    bool blocked = false;
    for (const auto& m : parsed.mentions) {
        if (m.informational)
            r.understood.push_back(quoted(m.text) + ": " + m.note);
        if (!m.readings.empty()) {
            resolved.push_back(&m);
            std::string line = quoted(m.text) + ": ";
            for (std::size_t k = 0; k < m.readings.size(); ++k)
                line += (k ? "; " : "") + m.readings[k].how + " -> " + describe(*m.readings[k].entry);
            r.understood.push_back(std::move(line));
        }
        if (!m.problem.empty())
            r.notUnderstood.push_back(quoted(m.text) + ": " + m.problem);
        for (const auto* e : m.nearest)
            addUnique(r.nearest, e);
        blocked = blocked || blocks(m);
    }
    if (parsed.ignoredCount) {
        std::string line = "numbers without an error marker were not taken as codes:";
        for (std::size_t k = 0; k < parsed.ignored.size(); ++k)
            line += (k ? ", " : " ") + parsed.ignored[k];
        if (parsed.ignoredCount > parsed.ignored.size())
            line += " (and " + std::to_string(parsed.ignoredCount - parsed.ignored.size()) + " more)";
        r.notUnderstood.push_back(std::move(line));
    }

    if (resolved.empty()) {
        if (parsed.mentions.empty())
            r.notUnderstood.push_back("nothing in the input looks like an error code, an error name or an error "
                                      "message (try 10056, 0x2748, WSAEISCONN, errno 106 or the message text)");
        if (r.nearest.size() > kMaxNearest)
            r.nearest.resize(kMaxNearest);
        return r;
    }

    // The error is the one every reading agrees on; one firm reading must say so on its own.
    std::vector<const ErrorEntry*> common = entriesOf(*resolved.front());
    for (const auto* m : resolved) {
        const auto entries = entriesOf(*m);
        std::erase_if(
            common, [&](const ErrorEntry* e) { return std::find(entries.begin(), entries.end(), e) == entries.end(); });
    }
    const auto firm = std::find_if(resolved.begin(), resolved.end(),
                                   [](const CodeMention* m) { return !m->ambiguous && m->readings.size() == 1; });
    if (common.size() == 1 && firm != resolved.end() && !blocked) {
        r.status = DecodeStatus::Decoded;
        r.entry = common.front();
        r.help = findErrorHelp(r.entry->code);
        r.neighbours = errorNeighbours(*r.entry);
        r.nearest.clear();
        bool onlyErrno = true;
        for (const auto* m : resolved)
            for (const auto& reading : m->readings)
                if (reading.entry == r.entry && !reading.viaErrno)
                    onlyErrno = false;
        r.viaErrno = onlyErrno;
        const auto& reading = (*firm)->readings.front();
        r.candidates.push_back({r.entry, reading.viaErrno, quoted((*firm)->text) + ": " + reading.how});
        return r;
    }

    r.status = DecodeStatus::Ambiguous;
    std::vector<const ErrorEntry*> all;
    for (const auto* m : resolved)
        for (const auto& reading : m->readings)
            if (std::find(all.begin(), all.end(), reading.entry) == all.end()) {
                all.push_back(reading.entry);
                r.candidates.push_back({reading.entry, reading.viaErrno, quoted(m->text) + ": " + reading.how});
            }
    if (all.size() > 1 && resolved.size() > 1) {
        std::string line = "the input names " + std::to_string(all.size()) + " different errors:";
        for (std::size_t k = 0; k < all.size(); ++k)
            line += (k ? ", " : " ") + describe(*all[k]);
        r.notUnderstood.push_back(std::move(line));
    }
    if (blocked && all.size() == 1)
        r.notUnderstood.push_back("the input also names a code that is not in the catalog, so " +
                                  describe(*all.front()) + " is not certain");
    std::erase_if(r.nearest, [&](const ErrorEntry* e) { return std::find(all.begin(), all.end(), e) != all.end(); });
    if (r.nearest.size() > kMaxNearest)
        r.nearest.resize(kMaxNearest);
    return r;
}

} // namespace wsafix
