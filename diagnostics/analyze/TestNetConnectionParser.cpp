// PowerShell Test-NetConnection: a property list ("TcpTestSucceeded : True"), and the warnings it prints when a
// connection fails ("WARNING: TCP connect to (10.0.0.1 : 8000) failed"; the prefix is localized, the text is not).
// Each test with a port becomes a connectivity check; a ping-only test does not.
#include "diagnostics/analyze/PasteParsers.h"
#include "diagnostics/analyze/TextFields.h"

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
};

} // namespace

void parseTestNetConnectionLines(PasteLines lines, PasteAnalysis& out, PasteSection& section)
{
    TestReader reader(out, section, section.command);
    for (const auto& l : lines)
        reader.line(l);
    reader.finish();
}

} // namespace wsafix
