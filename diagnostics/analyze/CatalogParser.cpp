// netsh winsock show catalog. Entries are read by label (English, Simplified Chinese) and, for labels in any other
// language, by layout: netsh prints the fields of a protocol entry in one fixed order in every language, and each
// value has its shape (a GUID, a path to a .dll, a number, "0x" flags, a chain "1031 : 1006"), so a field the
// language leaves out does not shift the others. The notes say how many entries were read that way.
#include "diagnostics/analyze/PasteParsers.h"
#include "diagnostics/analyze/TextFields.h"

#include <array>
#include <map>

namespace wsafix {
namespace {

enum Field
{
    Type,
    Description,
    ProviderId,
    ProviderPath,
    EntryId,
    Version,
    Family,
    MaxAddr,
    MinAddr,
    SocketType,
    Protocol,
    Flags,
    ChainLength,
    Chain,
    FieldCount
};

struct Label
{
    Field field;
    std::string_view text;
};

constexpr std::array<Label, 28> kLabels{{
    {Type, "Entry Type"},
    {Description, "Description"},
    {ProviderId, "Provider ID"},
    {ProviderPath, "Provider Path"},
    {EntryId, "Catalog Entry ID"},
    {Version, "Version"},
    {Family, "Address Family"},
    {MaxAddr, "Max Address Length"},
    {MinAddr, "Min Address Length"},
    {SocketType, "Socket Type"},
    {Protocol, "Protocol"},
    {Flags, "Service Flags"},
    {ChainLength, "Protocol Chain Length"},
    {Chain, "Protocol Chain"},
    // zh-CN
    {Type, "项类型"},
    {Description, "描述"},
    {ProviderId, "提供程序 ID"},
    {ProviderPath, "提供程序路径"},
    {EntryId, "目录项 ID"},
    {Version, "版本"},
    {Family, "地址族"},
    {MaxAddr, "最大地址长度"},
    {MinAddr, "最小地址长度"},
    {SocketType, "Socket 类型"},
    {Protocol, "协议"},
    {Flags, "服务标志"},
    {ChainLength, "协议链长度"},
    {Chain, "协议链"},
}};

constexpr std::array<std::string_view, FieldCount> kEnglishNames{
    "Entry Type", "Description",    "Provider ID",           "Provider Path",      "Catalog Entry ID",
    "Version",    "Address Family", "Max Address Length",    "Min Address Length", "Socket Type",
    "Protocol",   "Service Flags",  "Protocol Chain Length", "Protocol Chain"};

// Entry type words: layered chain first (it contains the others).
constexpr std::array<std::pair<std::string_view, CatalogEntry::Kind>, 6> kTypeWords{{
    {"Layered Chain", CatalogEntry::Kind::Chain},
    {"分层链", CatalogEntry::Kind::Chain},
    {"Layered", CatalogEntry::Kind::Layered},
    {"分层", CatalogEntry::Kind::Layered},
    {"Base", CatalogEntry::Kind::Base},
    {"基本", CatalogEntry::Kind::Base},
}};

bool isGuid(std::string_view s)
{
    return s.size() == 38 && s.front() == '{' && s.back() == '}' && s[9] == '-' && s[14] == '-' && s[19] == '-' &&
           s[24] == '-';
}

bool isRule(std::string_view line)
{
    const auto t = trimmed(line);
    return t.size() >= 10 && t.find_first_not_of('-') == std::string_view::npos;
}

// "Label:   value" with an ASCII or full-width colon.
std::optional<std::pair<std::string_view, std::string_view>> splitField(std::string_view line)
{
    const auto ascii = line.find(':');
    const auto wide = line.find("\xEF\xBC\x9A"); // U+FF1A
    if (ascii == std::string_view::npos && wide == std::string_view::npos)
        return std::nullopt;
    const bool useWide = wide < ascii;
    const auto at = useWide ? wide : ascii;
    const auto label = trimmed(line.substr(0, at));
    if (label.empty())
        return std::nullopt;
    return std::pair{label, trimmed(line.substr(at + (useWide ? 3 : 1)))};
}

struct RawEntry
{
    std::size_t firstLine = 0;
    std::array<std::optional<std::string>, FieldCount> values;
    std::size_t fieldsSeen = 0;
    bool guidSecond = false;    // name space entries: Description, Provider ID, Name Space, Active, Version
    std::size_t lastLength = 0; // of the last field line, to join console-wrapped values
    std::optional<Field> lastField;
    bool byLayout = false; // a label was not recognised
};

bool isPath(std::string_view v)
{
    return (v.size() > 4 && equalsNoCase(v.substr(v.size() - 4), ".dll")) || v.find(":\\") != std::string_view::npos ||
           (!v.empty() && v.front() == '%');
}

// Whether `value` has the shape of `field`'s values.
bool fits(Field field, std::string_view value)
{
    const auto number = [&] { return parseDecimal(value).has_value(); };
    switch (field) {
    case Type:
        return !value.empty() && !number() && !isGuid(value) && !isPath(value) && !startsWithNoCase(value, "0x");
    case Description:
        return !isGuid(value) && !isPath(value);
    case ProviderId:
        return isGuid(value);
    case ProviderPath:
        return isPath(value);
    case Flags:
        return startsWithNoCase(value, "0x");
    case Chain:
        return !value.empty() && value.find_first_not_of("0123456789 :") == std::string_view::npos;
    default:
        return number();
    }
}

class CatalogReader
{
public:
    using Learned = std::map<std::string, Field, std::less<>>;
    CatalogReader(PasteAnalysis& out, PasteSection& section, Learned learned)
        : m_out(out), m_section(section), m_learned(std::move(learned))
    {
    }

    void line(const PasteLine& l, const PasteLine* next)
    {
        const std::string_view text = l.text;
        if (isRule(text)) {
            finish(false);
            m_entry = RawEntry{};
            m_entry->firstLine = l.number;
            return;
        }
        if (trimmed(text).empty())
            return;
        // The entry's header ("Winsock Catalog Provider Entry", localized) is the line before the rule.
        if (next && isRule(next->text))
            return;
        if (!m_entry) {
            reportUnparsed(m_out, l, "not part of a catalog entry");
            return;
        }
        RawEntry& e = *m_entry;
        const auto field = splitField(text);
        if (!field) {
            // A value the console wrapped at its width continues on the next line.
            if (e.lastField && e.lastLength >= 79) {
                *e.values[*e.lastField] += std::string(text); // the wrap keeps every character, spaces too
                e.lastLength = text.size();
                return;
            }
            reportUnparsed(m_out, l, "expected 'Label: value' in a catalog entry");
            return;
        }
        if (e.fieldsSeen == 1)
            e.guidSecond = isGuid(field->second);
        const auto which = fieldOf(field->first, field->second, e);
        if (!which) {
            reportUnparsed(m_out, l, "unknown catalog field '" + std::string(field->first) + "'");
            return;
        }
        e.values[*which] = std::string(field->second);
        e.lastField = which;
        e.lastLength = text.size();
        ++e.fieldsSeen;
    }

    void finish(bool endOfSection)
    {
        if (!m_entry)
            return;
        const RawEntry e = std::move(*m_entry);
        m_entry.reset();
        if (e.fieldsSeen == 0) {
            m_section.notes.push_back("the entry at line " + std::to_string(e.firstLine) + " has no fields");
            return;
        }
        if (e.guidSecond) { // a name space provider, not a protocol entry
            ++m_namespaces;
            return;
        }
        if (!e.values[Type] && !e.values[ProviderPath]) {
            m_section.notes.push_back("the entry at line " + std::to_string(e.firstLine) +
                                      " has neither an entry type nor a provider path; it was skipped");
            return;
        }
        m_byLayout += e.byLayout;
        add(e, endOfSection);
    }

    std::size_t namespaces() const { return m_namespaces; }
    std::size_t byLayout() const { return m_byLayout; }

private:
    std::optional<Field> fieldOf(std::string_view label, std::string_view value, RawEntry& e) const
    {
        for (const auto& l : kLabels)
            if (equalsNoCase(label, l.text))
                return l.field;
        // Another language: the label as a complete entry of this output showed it, else the next field in netsh's
        // order whose values have this value's shape.
        e.byLayout = true;
        if (const auto it = m_learned.find(label); it != m_learned.end())
            return it->second;
        for (int f = e.lastField ? *e.lastField + 1 : 0; f < FieldCount; ++f)
            if (fits(static_cast<Field>(f), value))
                return static_cast<Field>(f);
        return std::nullopt;
    }

    void add(const RawEntry& e, bool endOfSection)
    {
        CatalogEntry entry;
        const auto number = [&](Field f) -> std::optional<std::uint64_t> {
            return e.values[f] ? parseDecimal(*e.values[f]) : std::nullopt;
        };
        if (const auto id = number(EntryId))
            entry.catalogId = static_cast<std::uint32_t>(*id);
        entry.name = e.values[Description].value_or("");
        if (e.values[ProviderId] && isGuid(*e.values[ProviderId]))
            entry.providerGuid = *e.values[ProviderId];
        entry.providerPath = e.values[ProviderPath].value_or("");
        entry.addressFamily = static_cast<int>(number(Family).value_or(0));
        entry.socketType = static_cast<int>(number(SocketType).value_or(0));
        entry.protocol = static_cast<int>(number(Protocol).value_or(0));
        const std::string type = e.values[Type].value_or("");
        const auto typeText = trimmed(type);
        if (typeText.size() >= 4 && typeText.substr(typeText.size() - 4) == "(32)")
            entry.catalog = "32";
        if (e.values[Chain])
            for (const auto word : splitWords(*e.values[Chain]))
                if (const auto id = parseDecimal(word))
                    entry.chain.push_back(static_cast<std::uint32_t>(*id));
        bool kindKnown = true;
        if (const auto length = number(ChainLength)) {
            entry.kind = *length == 0   ? CatalogEntry::Kind::Layered
                         : *length == 1 ? CatalogEntry::Kind::Base
                                        : CatalogEntry::Kind::Chain;
        } else if (const auto kind = kindFromType(typeText)) {
            entry.kind = *kind;
        } else if (!entry.chain.empty()) {
            entry.kind = CatalogEntry::Kind::Chain;
        } else {
            kindKnown = false;
        }
        const std::string label =
            "entry " + (entry.catalogId ? std::to_string(entry.catalogId) : "at line " + std::to_string(e.firstLine));
        if (!kindKnown)
            m_section.notes.push_back(label + ": neither the chain length nor the entry type says whether it is "
                                              "layered; read as a base provider");
        if (!e.values[ChainLength]) {
            Field last = Type;
            for (int f = 0; f < FieldCount; ++f)
                if (e.values[static_cast<std::size_t>(f)])
                    last = static_cast<Field>(f);
            m_section.notes.push_back(label + (endOfSection ? " is cut off" : " is incomplete") + " after '" +
                                      std::string(kEnglishNames[last]) + "'");
        }
        m_out.inventory.catalog.push_back(std::move(entry));
        ++m_section.items;
    }

    static std::optional<CatalogEntry::Kind> kindFromType(std::string_view type)
    {
        for (const auto& [word, kind] : kTypeWords)
            if (containsNoCase(type, word))
                return kind;
        return std::nullopt;
    }

    PasteAnalysis& m_out;
    PasteSection& m_section;
    std::optional<RawEntry> m_entry;
    std::size_t m_namespaces = 0;
    std::size_t m_byLayout = 0;
    Learned m_learned;
};

// The labels of a language not learned, from the first entry that shows all fourteen fields of a protocol entry,
// each value of the shape its place wants: netsh prints them in one order, so the n-th label names the n-th field.
CatalogReader::Learned learnLabels(PasteLines lines)
{
    std::vector<std::pair<std::string, std::string>> entry;
    const auto complete = [&] {
        if (entry.size() != FieldCount)
            return false;
        for (int f = 0; f < FieldCount; ++f)
            if (!fits(static_cast<Field>(f), entry[static_cast<std::size_t>(f)].second))
                return false;
        return true;
    };
    for (std::size_t i = 0; i <= lines.size(); ++i) {
        if (i == lines.size() || isRule(lines[i].text)) {
            if (complete()) {
                CatalogReader::Learned learned;
                for (int f = 0; f < FieldCount; ++f)
                    learned.emplace(entry[static_cast<std::size_t>(f)].first, static_cast<Field>(f));
                return learned;
            }
            entry.clear();
            continue;
        }
        if (const auto field = splitField(lines[i].text))
            entry.emplace_back(std::string(field->first), std::string(field->second));
    }
    return {};
}

} // namespace

void parseCatalogLines(PasteLines lines, PasteAnalysis& out, PasteSection& section)
{
    CatalogReader reader(out, section, learnLabels(lines));
    for (std::size_t i = 0; i < lines.size(); ++i)
        reader.line(lines[i], i + 1 < lines.size() ? &lines[i + 1] : nullptr);
    reader.finish(true);
    if (reader.byLayout())
        section.notes.push_back("the field names were not recognised: " + std::to_string(reader.byLayout()) +
                                " entries were read by the order and shape of their values");
    if (reader.namespaces())
        section.notes.push_back(std::to_string(reader.namespaces()) + " name space provider entries (not used)");
}

} // namespace wsafix
