// PowerShell Get-NetTCPConnection in any shape: the default table, a table of any columns in any order
// (Select-Object, Format-Table -AutoSize, a narrow console that dropped columns), and Format-List records (what
// Select-Object prints for five properties or more). Columns are found by their header names and dashes
// (PowerShellTable), properties by name (PowerShellList). A value PowerShell cut short ("..." or "…") is unknown,
// not misread; the notes say which columns were cut and which the output does not show at all.
#include "diagnostics/analyze/PasteParsers.h"
#include "diagnostics/analyze/PowerShellList.h"
#include "diagnostics/analyze/PowerShellTable.h"
#include "diagnostics/analyze/TextFields.h"

#include <array>
#include <functional>
#include <set>

namespace wsafix {
namespace {

constexpr std::array<std::pair<std::string_view, TcpState>, 13> kStates{{
    {"Closed", TcpState::Closed},
    {"Listen", TcpState::Listen},
    {"SynSent", TcpState::SynSent},
    {"SynReceived", TcpState::SynReceived},
    {"Established", TcpState::Established},
    {"FinWait1", TcpState::FinWait1},
    {"FinWait2", TcpState::FinWait2},
    {"CloseWait", TcpState::CloseWait},
    {"Closing", TcpState::Closing},
    {"LastAck", TcpState::LastAck},
    {"TimeWait", TcpState::TimeWait},
    {"DeleteTCB", TcpState::DeleteTcb},
    {"Bound", TcpState::Bound},
}};

// The properties a socket is made of, in the order the notes name them.
enum Property
{
    LocalAddress,
    LocalPort,
    RemoteAddress,
    RemotePort,
    State,
    OwningProcess,
    PropertyCount
};
constexpr std::array<std::string_view, PropertyCount> kNames{"LocalAddress", "LocalPort", "RemoteAddress",
                                                             "RemotePort",   "State",     "OwningProcess"};
// The process name added by a calculated property (Select-Object @{n='ProcessName';e={...}}), as tutorials do.
constexpr std::array<std::string_view, 2> kProcessNames{"ProcessName", "Process"};

std::optional<TcpState> stateOf(std::string_view word)
{
    for (const auto& [name, state] : kStates)
        if (equalsNoCase(word, name))
            return state;
    return std::nullopt;
}

bool unspecified(std::string_view a)
{
    return a == "0.0.0.0" || a == "::";
}

// A property of Get-NetTCPConnection's objects (the six above and the others it prints with Format-List *).
bool knownProperty(std::string_view name)
{
    static constexpr std::array<std::string_view, 12> kOthers{
        "AppliedSetting", "CreationTime",        "OffloadState",   "Caption",     "Description", "ElementName",
        "InstanceID",     "CommunicationStatus", "DetailedStatus", "HealthState", "InstallDate", "Name"};
    for (const auto n : kNames)
        if (equalsNoCase(name, n))
            return true;
    for (const auto n : kProcessNames)
        if (equalsNoCase(name, n))
            return true;
    for (const auto n : kOthers)
        if (equalsNoCase(name, n))
            return true;
    return false;
}

using Lookup = std::function<std::optional<std::string>(std::string_view)>;

class ConnectionReader
{
public:
    ConnectionReader(PasteAnalysis& out, PasteSection& section) : m_out(out), m_section(section) {}

    // One row or record; nullopt from `get` means the output has no such column.
    void add(const Lookup& get, const PasteLine& line)
    {
        SocketEntry s;
        bool readable = false, bad = false, cut = false;
        std::array<std::optional<std::string>, PropertyCount> v;
        for (int p = 0; p < PropertyCount; ++p) {
            v[p] = get(kNames[p]);
            if (v[p])
                m_shown[p] = true;
            if (v[p] && isCutShort(*v[p])) {
                ++m_cut[p];
                cut = true;
                v[p].reset(); // unknown: a prefix is not the value
            } else if (v[p] && v[p]->empty()) {
                v[p].reset();
            }
        }
        if (v[LocalAddress]) {
            (isIpAddress(*v[LocalAddress]) ? readable : bad) = true;
            s.localAddress = withoutZone(*v[LocalAddress]);
        }
        const auto port = [&](Property p) -> std::uint16_t {
            if (!v[p])
                return 0;
            const auto n = parseDecimal(*v[p], 65535);
            (n ? readable : bad) = true;
            return static_cast<std::uint16_t>(n.value_or(0));
        };
        s.localPort = port(LocalPort);
        const std::uint16_t remotePort = port(RemotePort);
        if (v[RemoteAddress]) {
            (isIpAddress(*v[RemoteAddress]) ? readable : bad) = true;
            if (!(unspecified(*v[RemoteAddress]) && remotePort == 0)) {
                s.remoteAddress = withoutZone(*v[RemoteAddress]);
                s.remotePort = remotePort;
            }
        } else {
            s.remotePort = remotePort;
        }
        if (v[State]) {
            const auto state = stateOf(*v[State]);
            (state ? readable : bad) = true;
            s.state = state.value_or(TcpState::Unknown);
        }
        if (v[OwningProcess]) {
            const auto pid = parseDecimal(*v[OwningProcess]);
            (pid ? readable : bad) = true;
            s.pid = static_cast<std::uint32_t>(pid.value_or(0));
        }
        for (const auto name : kProcessNames)
            if (const auto process = get(name); process && !process->empty() && !isCutShort(*process))
                s.processName = *process;
        const std::string& address = !s.localAddress.empty() ? s.localAddress : s.remoteAddress;
        s.ipVersion = address.find(':') != std::string::npos ? 6 : 4;
        if (bad || !readable) {
            reportUnparsed(m_out, line,
                           cut && !bad ? "a value cut short by PowerShell's column width ('...')"
                                       : "a Get-NetTCPConnection row with a value that cannot be read");
            return;
        }
        if (s.pid && !s.processName.empty())
            m_owners.insert({s.pid, s.processName});
        m_out.inventory.sockets.push_back(std::move(s));
        ++m_section.items;
    }

    void finish()
    {
        for (int p = 0; p < PropertyCount; ++p)
            if (m_cut[p])
                m_section.notes.push_back(cutShortNote(m_cut[p], kNames[p]));
        std::string missing;
        for (int p = 0; p < PropertyCount; ++p)
            if (!m_shown[p])
                missing += (missing.empty() ? "" : ", ") + std::string(kNames[p]);
        if (m_section.items > 0 && !missing.empty())
            m_section.notes.push_back("the output does not show " + missing +
                                      " (left out by Select-Object or by a console too narrow); those values are "
                                      "unknown");
        for (const auto& [pid, name] : m_owners)
            m_out.inventory.processes.push_back({pid, name, {}});
    }

private:
    PasteAnalysis& m_out;
    PasteSection& m_section;
    std::array<std::size_t, PropertyCount> m_cut{};
    std::array<bool, PropertyCount> m_shown{};
    std::set<std::pair<std::uint32_t, std::string>> m_owners;
};

} // namespace

void parseNetTcpConnectionLines(PasteLines lines, PasteAnalysis& out, PasteSection& section)
{
    ConnectionReader reader(out, section);
    std::optional<PowerShellTable> table;
    PowerShellList list;
    const auto flushList = [&] {
        for (const auto& record : list.take())
            reader.add([&](std::string_view name) { return PowerShellList::value(record, name); },
                       PasteLine{record.front().line, record.front().name + " : " + record.front().value});
    };
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const PasteLine& l = lines[i];
        const auto t = trimmed(l.text);
        if (t.empty()) {
            list.line(l);
            continue;
        }
        if (i + 1 < lines.size())
            if (auto header = PowerShellTable::read(l.text, lines[i + 1].text)) {
                flushList();
                table = std::move(header);
                ++i;
                continue;
            }
        if (containsNoCase(t, "do not fit into the display"))
            continue; // PowerShell's warning for the columns it dropped; the notes name them
        const auto property = PowerShellList::property(l);
        if (property && knownProperty(property->name)) {
            table.reset();
            list.line(l);
            continue;
        }
        if (table) {
            const auto cells = table->cells(l.text);
            reader.add(
                [&](std::string_view name) -> std::optional<std::string> {
                    const auto c = table->column(name);
                    return c ? std::optional<std::string>(cells[*c]) : std::nullopt;
                },
                l);
            continue;
        }
        if (list.line(l))
            continue;
        // No dashes line (a chat tool ate it): the default view's columns, by words (none of its values has a space,
        // AppliedSetting may be empty).
        const auto w = splitWords(t);
        if (startsWithNoCase(t, "LocalAddress") || isDashesLine(t))
            continue;
        if (w.size() == 6 || w.size() == 7) {
            reader.add(
                [&](std::string_view name) -> std::optional<std::string> {
                    for (std::size_t p = 0; p < 4; ++p)
                        if (equalsNoCase(name, kNames[p]))
                            return std::string(w[p]);
                    if (equalsNoCase(name, kNames[State]))
                        return std::string(w[4]);
                    if (equalsNoCase(name, kNames[OwningProcess]))
                        return std::string(w.back());
                    return std::nullopt;
                },
                l);
            continue;
        }
        reportUnparsed(out, l, "not a Get-NetTCPConnection row");
    }
    flushList();
    reader.finish();
}

} // namespace wsafix
