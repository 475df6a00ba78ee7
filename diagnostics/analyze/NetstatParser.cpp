// netstat -ano, -an and -abno. State words in English and German (other languages print the English words).
// With -b each row is followed by its owner: component lines (" RpcSs"), then "[image.exe]", or one sentence saying
// the owner cannot be obtained ("Can not obtain ownership information"). The image name becomes the socket's
// process name. An owner sentence in a language not learned is known by its place: -b output (the command, or
// "[image.exe]" lines), after a row, before the next one.
#include "diagnostics/analyze/PasteParsers.h"
#include "diagnostics/analyze/TextFields.h"

#include <algorithm>
#include <array>
#include <set>

namespace wsafix {
namespace {

constexpr std::array<std::pair<std::string_view, TcpState>, 24> kStates{{
    {"LISTENING", TcpState::Listen},
    {"LISTEN", TcpState::Listen},
    {"SYN_SENT", TcpState::SynSent},
    {"SYN_RECEIVED", TcpState::SynReceived},
    {"ESTABLISHED", TcpState::Established},
    {"FIN_WAIT_1", TcpState::FinWait1},
    {"FIN_WAIT_2", TcpState::FinWait2},
    {"CLOSE_WAIT", TcpState::CloseWait},
    {"CLOSING", TcpState::Closing},
    {"LAST_ACK", TcpState::LastAck},
    {"TIME_WAIT", TcpState::TimeWait},
    {"CLOSED", TcpState::Closed},
    {"DELETE_TCB", TcpState::DeleteTcb},
    {"BOUND", TcpState::Bound},
    // de-DE
    {"ABHÖREN", TcpState::Listen},
    {"HERGESTELLT", TcpState::Established},
    {"WARTEND", TcpState::TimeWait},
    {"SCHLIESSEN_WARTEN", TcpState::CloseWait},
    {"SYN_GESENDET", TcpState::SynSent},
    {"SYN_EMPFANGEN", TcpState::SynReceived},
    {"FIN_WARTEN_1", TcpState::FinWait1},
    {"FIN_WARTEN_2", TcpState::FinWait2},
    {"LETZTE_BEST", TcpState::LastAck},
    {"GESCHLOSSEN", TcpState::Closed},
}};

constexpr std::array<std::string_view, 6> kTitles{"Active Connections", "Aktive Verbindungen",  "Connexions actives",
                                                  "Conexiones activas", "Активные подключения", "活动连接"};

struct Row
{
    SocketEntry socket;
    std::string unknownState;
};

bool unspecified(const std::string& address)
{
    return address == "0.0.0.0" || address == "::" || address == "*";
}

std::optional<Row> parseRow(std::string_view line)
{
    const auto w = splitWords(line);
    if (w.size() < 3 || w.size() > 5)
        return std::nullopt;
    Row row;
    SocketEntry& s = row.socket;
    if (equalsNoCase(w[0], "TCP"))
        s.transport = Transport::Tcp;
    else if (equalsNoCase(w[0], "UDP"))
        s.transport = Transport::Udp;
    else
        return std::nullopt;
    const auto local = parseEndpoint(w[1]);
    const auto remote = parseEndpoint(w[2]);
    if (!local || !remote || local->anyPort || local->address == "*")
        return std::nullopt;
    s.localAddress = local->address;
    s.localPort = local->port;
    s.ipVersion = local->address.find(':') != std::string::npos ? 6 : 4;
    std::size_t next = 3;
    if (s.transport == Transport::Tcp) {
        if (w.size() < 4)
            return std::nullopt;
        s.state = TcpState::Unknown;
        bool known = false;
        for (const auto& [word, state] : kStates)
            if (equalsNoCase(w[3], word)) {
                s.state = state;
                known = true;
            }
        if (!known) {
            if (parseDecimal(w[3]))
                return std::nullopt; // a PID where the state belongs
            row.unknownState = std::string(w[3]);
        }
        next = 4;
    }
    if (w.size() > next + 1)
        return std::nullopt;
    if (w.size() == next + 1) {
        const auto pid = parseDecimal(w[next]);
        if (!pid)
            return std::nullopt;
        s.pid = static_cast<std::uint32_t>(*pid);
    }
    const bool listener = s.transport == Transport::Udp || s.state == TcpState::Listen;
    if (!(listener && unspecified(remote->address) && (remote->anyPort || remote->port == 0))) {
        s.remoteAddress = remote->address;
        s.remotePort = remote->port;
    }
    return row;
}

} // namespace

void parseNetstatLines(PasteLines lines, PasteAnalysis& out, PasteSection& section)
{
    std::set<std::string> unknownStates;
    std::set<std::pair<std::uint32_t, std::string>> owners;
    SocketEntry* last = nullptr;
    bool pidColumn = false;
    // Owner lines are expected when the command asked for them or any "[image.exe]" line shows.
    const auto typed = splitWords(section.command);
    bool ownerLines =
        typed.size() > 1 && std::any_of(typed.begin() + 1, typed.end(), [](std::string_view w) {
            return (w.front() == '-' || w.front() == '/') && w.find_first_of("bB") != std::string_view::npos;
        });
    for (const auto& l : lines) {
        const auto t = trimmed(l.text);
        ownerLines = ownerLines || (t.size() > 2 && t.front() == '[' && t.back() == ']');
    }
    std::size_t ownerSentences = 0; // read by their place
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const PasteLine& l = lines[i];
        const auto t = trimmed(l.text);
        if (t.empty())
            continue;
        auto row = parseRow(t);
        // A row the console wrapped (a long IPv6 address) continues on the next line.
        if (!row && i + 1 < lines.size() && (startsWithNoCase(t, "TCP ") || startsWithNoCase(t, "UDP "))) {
            if ((row = parseRow(std::string(t) + " " + std::string(trimmed(lines[i + 1].text)))))
                ++i;
        }
        // The PID alone on the next line: the row filled the console's width.
        if (row && pidColumn && row->socket.pid == 0 && i + 1 < lines.size() &&
            splitWords(lines[i + 1].text).size() == 1)
            if (const auto pid = parseDecimal(trimmed(lines[i + 1].text)); pid && !parseRow(lines[i + 1].text)) {
                row->socket.pid = static_cast<std::uint32_t>(*pid);
                ++i;
            }
        if (row) {
            if (!row->unknownState.empty())
                unknownStates.insert(row->unknownState);
            out.inventory.sockets.push_back(std::move(row->socket));
            last = &out.inventory.sockets.back();
            ++section.items;
            continue;
        }
        if (startsWithNoCase(t, "Proto ")) {
            pidColumn = t.find("PID") != std::string_view::npos;
            continue;
        }
        if (std::any_of(kTitles.begin(), kTitles.end(), [&](auto title) { return equalsNoCase(t, title); }))
            continue;
        // netstat -b: the owning component and "[image.exe]" follow each row.
        if (last && t.size() > 2 && t.front() == '[' && t.back() == ']') {
            last->processName = std::string(t.substr(1, t.size() - 2));
            if (last->pid)
                owners.insert({last->pid, last->processName});
            continue;
        }
        if (last && (splitWords(t).size() == 1 || containsNoCase(t, "ownership information"))) {
            continue; // a service name (-b), or "Can not obtain ownership information"
        }
        if (last && ownerLines && !startsWithNoCase(t, "TCP ") && !startsWithNoCase(t, "UDP ")) {
            ++ownerSentences; // the owner sentence in another language
            continue;
        }
        reportUnparsed(out, l,
                       startsWithNoCase(t, "TCP ") || startsWithNoCase(t, "UDP ")
                           ? "a netstat row with an address or column that cannot be read"
                           : "not a netstat line");
    }
    for (const auto& [pid, name] : owners)
        out.inventory.processes.push_back({pid, name, {}});
    if (ownerSentences)
        section.notes.push_back(std::to_string(ownerSentences) +
                                " line(s) after a connection were read by their place as netstat -b's owner "
                                "information (the language was not recognised): those owners are unknown");
    for (const auto& s : unknownStates)
        section.notes.push_back("unknown TCP state '" + s + "' (read as UNKNOWN)");
}

} // namespace wsafix
