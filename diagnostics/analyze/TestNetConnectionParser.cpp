// PowerShell Test-NetConnection: a property list ("TcpTestSucceeded : True"), and the warnings it prints when a
// connection fails ("WARNING: TCP connect to (10.0.0.1 : 8000) failed"; the prefix is localized, the text is not).
// Each test with a port becomes a connectivity check; a ping-only test does not. Piped to Format-Table (or
// Select-Object), each row is a test, its columns found by header name (PowerShellTable).
#include "diagnostics/analyze/PasteParsers.h"
#include "diagnostics/analyze/PowerShellTable.h"
#include "diagnostics/analyze/TextFields.h"

#include <map>

namespace wsafix {
namespace {

struct Test
{
    std::string host;
    std::optional<std::uint16_t> port;
    std::string remoteAddress;
    std::optional<bool> tcpSucceeded;
    bool nameFailed = false;
    std::string lastTried;
    std::size_t firstLine = 0;
    bool hasProperties = false;
};

// Host and port from the command line: Test-NetConnection [-ComputerName] HOST [-Port N].
Test fromCommand(std::string_view command)
{
    Test t;
    const auto w = splitWords(command);
    for (std::size_t i = 1; i < w.size(); ++i) {
        if (equalsNoCase(w[i], "-ComputerName") || equalsNoCase(w[i], "-cn")) {
            if (i + 1 < w.size())
                t.host = std::string(w[++i]);
        } else if (equalsNoCase(w[i], "-Port") || equalsNoCase(w[i], "-RemotePort")) {
            if (i + 1 < w.size())
                if (const auto p = parseDecimal(w[++i], 65535))
                    t.port = static_cast<std::uint16_t>(*p);
        } else if (w[i].front() == '-') {
            if (!equalsNoCase(w[i], "-InformationLevel") && !equalsNoCase(w[i], "-CommonTCPPort"))
                continue;
            ++i; // the option's value
        } else if (t.host.empty()) {
            t.host = std::string(w[i]);
        }
    }
    return t;
}

class TestReader
{
public:
    TestReader(PasteAnalysis& out, PasteSection& section, std::string_view command)
        : m_out(out), m_section(section), m_current(fromCommand(command))
    {
    }

    void line(const PasteLine& l)
    {
        const auto t = trimmed(l.text);
        if (t.empty()) {
            if (m_current.hasProperties)
                finish();
            return;
        }
        if (m_current.firstLine == 0)
            m_current.firstLine = l.number;
        if (const auto at = t.find("TCP connect to ("); at != std::string_view::npos) {
            // "(194.25.134.24 : 587)"
            const auto inside = t.substr(at + 16, t.find(')', at) - (at + 16));
            const auto w = splitWords(inside);
            if (!w.empty())
                m_current.lastTried = std::string(w.front());
            if (w.size() == 3)
                if (const auto p = parseDecimal(w[2], 65535))
                    m_current.port = static_cast<std::uint16_t>(*p);
            m_current.tcpSucceeded = false;
            return;
        }
        if (t.find("Name resolution of") != std::string_view::npos) {
            m_current.nameFailed = true;
            return;
        }
        if (t.find("Ping to ") != std::string_view::npos || t.find("Ping/ICMP") != std::string_view::npos)
            return; // a ping warning: not about the TCP test
        const auto colon = t.find(':');
        if (colon == std::string_view::npos || indentOf(l.text) >= 8) {
            if (!m_lastLabelMultiLine)
                reportUnparsed(m_out, l, "not part of Test-NetConnection's output");
            return; // the continuation of NameResolutionResults and similar lists
        }
        const auto label = trimmed(t.substr(0, colon));
        const auto value = trimmed(t.substr(colon + 1));
        m_lastLabelMultiLine = equalsNoCase(label, "NameResolutionResults") || equalsNoCase(label, "SourceAddress");
        m_current.hasProperties = true;
        if (equalsNoCase(label, "ComputerName")) {
            m_current.host = std::string(value);
        } else if (equalsNoCase(label, "RemoteAddress")) {
            m_current.remoteAddress = std::string(value);
        } else if (equalsNoCase(label, "RemotePort")) {
            if (const auto p = parseDecimal(value, 65535))
                m_current.port = static_cast<std::uint16_t>(*p);
        } else if (equalsNoCase(label, "TcpTestSucceeded")) {
            m_current.tcpSucceeded = equalsNoCase(value, "True");
        }
    }

    // A row of a table: the test it shows, whole (a warning before the table only said it failed).
    void row(const PowerShellTable& table, const PasteLine& l)
    {
        const auto cells = table.cells(l.text);
        const auto cell = [&](std::string_view name) -> std::string {
            const auto c = table.column(name);
            if (!c || cells[*c].empty())
                return {};
            if (isCutShort(cells[*c])) {
                ++m_cut[std::string(name)];
                return {};
            }
            return cells[*c];
        };
        if (m_current.hasProperties)
            finish();
        m_current = Test{}; // warnings before the table: the row says the same, whole
        m_current.firstLine = l.number;
        m_current.hasProperties = true;
        m_current.host = cell("ComputerName");
        m_current.remoteAddress = cell("RemoteAddress");
        if (const auto p = parseDecimal(cell("RemotePort"), 65535))
            m_current.port = static_cast<std::uint16_t>(*p);
        if (const auto ok = cell("TcpTestSucceeded"); equalsNoCase(ok, "True") || equalsNoCase(ok, "False"))
            m_current.tcpSucceeded = equalsNoCase(ok, "True");
        if (m_current.host.empty() && m_current.remoteAddress.empty())
            reportUnparsed(m_out, l, "not part of Test-NetConnection's output");
        finish();
    }

    // A table begins: a test read so far from warnings alone is the table's first row, told whole there.
    void tableStarts()
    {
        if (m_current.hasProperties)
            finish();
        m_current = Test{};
    }

    void notes()
    {
        for (const auto& [column, count] : m_cut)
            m_section.notes.push_back(cutShortNote(count, column));
    }

    void finish()
    {
        Test t = std::move(m_current);
        m_current = Test{};
        if (t.host.empty() && t.remoteAddress.empty())
            return;
        if (!t.port || !t.tcpSucceeded) {
            if (t.hasProperties)
                m_section.notes.push_back("the test of " + t.host + " has no TCP port (a ping test); not used");
            return;
        }
        ConnectivityCheck c;
        c.host = t.host.empty() ? t.remoteAddress : t.host;
        c.port = *t.port;
        c.result.resolved = !t.nameFailed && (!t.remoteAddress.empty() || !t.lastTried.empty());
        c.result.connected = *t.tcpSucceeded;
        c.result.address = !t.remoteAddress.empty() ? t.remoteAddress : t.lastTried;
        if (!c.result.connected)
            c.result.error = t.nameFailed ? "name resolution failed (Test-NetConnection)"
                                          : "TCP connect failed (Test-NetConnection)";
        m_out.inventory.connectivity.push_back(std::move(c));
        ++m_section.items;
    }

private:
    PasteAnalysis& m_out;
    PasteSection& m_section;
    Test m_current;
    bool m_lastLabelMultiLine = false;
    std::map<std::string, std::size_t> m_cut;
};

bool warning(std::string_view t)
{
    return t.find("TCP connect to (") != std::string_view::npos || t.find("Ping to ") != std::string_view::npos ||
           t.find("Name resolution of") != std::string_view::npos;
}

} // namespace

void parseTestNetConnectionLines(PasteLines lines, PasteAnalysis& out, PasteSection& section)
{
    TestReader reader(out, section, section.command);
    std::optional<PowerShellTable> table;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i + 1 < lines.size())
            if (auto header = PowerShellTable::read(lines[i].text, lines[i + 1].text)) {
                reader.tableStarts();
                table = std::move(header);
                ++i;
                continue;
            }
        const auto t = trimmed(lines[i].text);
        if (table && !t.empty() && !warning(t) && t.find(" : ") == std::string_view::npos)
            reader.row(*table, lines[i]);
        else
            reader.line(lines[i]);
    }
    reader.finish();
    reader.notes();
}

} // namespace wsafix
