// Event Viewer's "Copy details as text": a header block (Log Name, Source, Date, Event ID, Level, ...), the
// description, then "Event Xml:". Header labels in English and German; the XML, when present, is
// language-neutral and wins (its time is UTC).
#include "diagnostics/analyze/PasteParsers.h"
#include "diagnostics/analyze/TextFields.h"

#include <array>
#include <cctype>

namespace wsafix {
namespace {

enum class Header { LogName, Source, Date, EventId, Level, Description, Other };

constexpr std::array<std::pair<std::string_view, Header>, 20> kHeaders{{
    {"Log Name", Header::LogName}, {"Source", Header::Source}, {"Date", Header::Date},
    {"Event ID", Header::EventId}, {"Level", Header::Level}, {"Description", Header::Description},
    {"Task Category", Header::Other}, {"Keywords", Header::Other}, {"User", Header::Other},
    {"Computer", Header::Other}, {"OpCode", Header::Other},
    {"Protokollname", Header::LogName}, {"Quelle", Header::Source}, {"Datum", Header::Date},
    {"Ereignis-ID", Header::EventId}, {"Ebene", Header::Level}, {"Beschreibung", Header::Description},
    {"Aufgabenkategorie", Header::Other}, {"Schlüsselwörter", Header::Other}, {"Benutzer", Header::Other},
}};

constexpr std::array<std::pair<std::string_view, std::string_view>, 10> kLevels{{
    {"Critical", "critical"}, {"Error", "error"}, {"Warning", "warning"}, {"Information", "info"},
    {"Verbose", "info"}, {"Kritisch", "critical"}, {"Fehler", "error"}, {"Warnung", "warning"},
    {"Informationen", "info"}, {"Ausführlich", "info"},
}};

std::optional<Header> headerOf(std::string_view label)
{
    for (const auto& [text, header] : kHeaders)
        if (equalsNoCase(label, text))
            return header;
    return std::nullopt;
}

// <Tag attr="x">value</Tag> or <Tag attr="value" />: the text of `key` (an attribute or the element's text).
// "2019-01-16T05:29:17" at the start of `time`: only then is its first 19 characters a time to keep. A cut
// anywhere else could split a character of a mangled paste and leave invalid UTF-8 (found by fuzz_analyze_paste).
bool startsWithIsoSeconds(std::string_view time)
{
    static constexpr std::string_view kShape = "dddd-dd-ddTdd:dd:dd";
    if (time.size() < kShape.size())
        return false;
    for (std::size_t i = 0; i < kShape.size(); ++i)
        if (kShape[i] == 'd' ? !std::isdigit(static_cast<unsigned char>(time[i])) : time[i] != kShape[i])
            return false;
    return true;
}

std::string xmlValue(std::string_view line, std::string_view tag, std::string_view attribute = {})
{
    const auto open = line.find("<" + std::string(tag));
    if (open == std::string_view::npos)
        return {};
    if (!attribute.empty()) {
        const auto at = line.find(std::string(attribute) + "=\"", open);
        if (at == std::string_view::npos)
            return {};
        const auto start = at + attribute.size() + 2;
        return std::string(line.substr(start, line.find('"', start) - start));
    }
    const auto gt = line.find('>', open);
    const auto close = line.find('<', gt);
    if (gt == std::string_view::npos || close == std::string_view::npos)
        return {};
    return std::string(line.substr(gt + 1, close - gt - 1));
}

struct Reading
{
    EventEntry event;
    bool any = false;
    bool inDescription = false;
    bool inXml = false;
    bool xmlClosed = false;
    bool utcTime = false;
};

} // namespace

void parseEventLogLines(PasteLines lines, PasteAnalysis& out, PasteSection& section)
{
    Reading r;
    const auto finish = [&] {
        if (!r.any)
            return;
        if (!r.utcTime && !r.event.time.empty())
            section.notes.push_back("event " + std::to_string(r.event.eventId) + ": the time '" + r.event.time +
                                    "' is local time as shown (no Event Xml with the UTC time)");
        if (r.inXml && !r.xmlClosed)
            section.notes.push_back("event " + std::to_string(r.event.eventId) + ": the Event Xml is cut off");
        out.inventory.events.push_back(std::move(r.event));
        ++section.items;
        r = Reading{};
    };
    for (const PasteLine& l : lines) {
        const auto t = trimmed(l.text);
        const auto colon = t.find(':');
        const auto header = colon == std::string_view::npos ? std::nullopt : headerOf(trimmed(t.substr(0, colon)));
        if (header == Header::LogName && r.any)
            finish();
        if ((r.inXml && !header) || (t.size() > 1 && t.front() == '<')) {
            r.inXml = true;
            if (const auto id = parseDecimal(xmlValue(t, "EventID")))
                r.event.eventId = static_cast<std::uint32_t>(*id);
            if (const auto name = xmlValue(t, "Provider", "Name"); !name.empty())
                r.event.source = name;
            if (const auto time = xmlValue(t, "TimeCreated", "SystemTime"); startsWithIsoSeconds(time)) {
                r.event.time = time.substr(0, 19) + "Z";
                r.utcTime = true;
            }
            if (const auto level = parseDecimal(xmlValue(t, "Level")))
                r.event.level = *level == 1 ? "critical" : *level == 2 ? "error" : *level == 3 ? "warning" : "info";
            if (t.find("</Event>") != std::string_view::npos) {
                r.xmlClosed = true;
                r.inXml = false;
            }
            continue;
        }
        if (header) {
            r.any = true;
            r.inDescription = false;
            const std::string value(trimmed(t.substr(colon + 1)));
            switch (*header) {
            case Header::Source: r.event.source = value; break;
            case Header::Date: r.event.time = value; break;
            case Header::EventId:
                if (const auto id = parseDecimal(value))
                    r.event.eventId = static_cast<std::uint32_t>(*id);
                break;
            case Header::Level:
                for (const auto& [word, level] : kLevels)
                    if (equalsNoCase(value, word))
                        r.event.level = std::string(level);
                break;
            case Header::Description:
                r.inDescription = true;
                r.event.message = value;
                break;
            case Header::LogName:
            case Header::Other: break;
            }
            continue;
        }
        if (equalsNoCase(t, "Event Xml:") || equalsNoCase(t, "Ereignis-XML:")) {
            r.inDescription = false;
            continue;
        }
        if (r.inDescription) {
            if (!t.empty())
                r.event.message += (r.event.message.empty() ? "" : " ") + std::string(t);
            continue;
        }
        if (!t.empty())
            reportUnparsed(out, l, "not part of an event's details");
    }
    finish();
}

} // namespace wsafix
