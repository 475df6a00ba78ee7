#include "diagnostics/analyze/PasteAnalyzer.h"

#include "diagnostics/Rules.h"
#include "diagnostics/analyze/PasteParsers.h"
#include "diagnostics/analyze/PowerShellList.h"
#include "diagnostics/analyze/PowerShellTable.h"
#include "diagnostics/analyze/TextFields.h"

#include <algorithm>
#include <array>

namespace wsafix {
namespace {

// Which output a command prints, from the words typed at the prompt.
PasteKind kindOfCommand(std::string_view command)
{
    const auto w = splitWords(command);
    if (w.empty())
        return PasteKind::Unknown;
    std::string joined;
    for (const auto word : w)
        joined += std::string(joined.empty() ? "" : " ") + std::string(word);
    const auto has = [&](std::string_view s) { return containsNoCase(joined, s); };
    if (startsWithNoCase(w[0], "netsh")) {
        if (has("winsock") && has("show") && has("catalog"))
            return PasteKind::WinsockCatalog;
        if (has("winsock") && has("reset"))
            return PasteKind::WinsockReset;
        if ((has(" ip") || has(" ipv4") || has(" ipv6") || has(" int")) && has("reset"))
            return PasteKind::IpReset;
        if (has("dump"))
            return PasteKind::NetshDump;
        if (has("show") && (has("config") || has("address") || has("dns")))
            return PasteKind::NetshIpConfig;
        return PasteKind::Unknown;
    }
    if (startsWithNoCase(w[0], "ipconfig"))
        return w.size() > 1 && (has("/all") || has("-all")) ? PasteKind::IpconfigAll
               : w.size() == 1                              ? PasteKind::Ipconfig
                                                            : PasteKind::Unknown; // /flushdns, /renew, ...
    if (startsWithNoCase(w[0], "netstat"))
        return PasteKind::Netstat;
    // PowerShell: the cmdlet anywhere in the pipeline ("a","b" | % { Test-NetConnection $_ -Port 443 } | ft).
    for (const auto word : w) {
        const auto cmdlet = trimmed(word.substr(word.front() == '(' || word.front() == '{' ? 1 : 0));
        if (equalsNoCase(cmdlet, "Get-NetTCPConnection"))
            return PasteKind::NetTcpConnection;
        if (equalsNoCase(cmdlet, "Test-NetConnection") || equalsNoCase(cmdlet, "tnc"))
            return PasteKind::TestNetConnection;
    }
    return PasteKind::Unknown;
}

bool isRule(std::string_view t)
{
    return t.size() >= 10 && t.find_first_not_of('-') == std::string_view::npos;
}

// Which PowerShell output a table or a Format-List record shows, from its column or property names: two of a
// socket's properties (one of them its own, not Test-NetConnection's) make Get-NetTCPConnection.
PasteKind kindOfNames(const std::vector<std::string>& names)
{
    int socket = 0, own = 0, test = 0;
    for (const auto& n : names) {
        for (const std::string_view s :
             {"LocalAddress", "LocalPort", "RemoteAddress", "RemotePort", "State", "OwningProcess"})
            socket += equalsNoCase(n, s);
        for (const std::string_view s : {"LocalAddress", "LocalPort", "OwningProcess"})
            own += equalsNoCase(n, s);
        for (const std::string_view s : {"ComputerName", "TcpTestSucceeded", "PingSucceeded", "InterfaceAlias"})
            test += equalsNoCase(n, s);
    }
    if (test > 0)
        return PasteKind::TestNetConnection;
    return socket >= 2 && own >= 1 ? PasteKind::NetTcpConnection : PasteKind::Unknown;
}

// A PowerShell table (header and dashes) or the first line of a Format-List record starts at line i; or the
// warning Format-Table -AutoSize prints before a table it had to narrow.
PasteKind powerShellStart(const std::vector<PasteLine>& lines, std::size_t i)
{
    if (containsNoCase(lines[i].text, "do not fit into the display")) {
        std::size_t j = i + 1;
        while (j < lines.size() && trimmed(lines[j].text).empty())
            ++j;
        return j < lines.size() && j + 1 < lines.size() && PowerShellTable::read(lines[j].text, lines[j + 1].text)
                   ? powerShellStart(lines, j)
                   : PasteKind::Unknown;
    }
    std::vector<std::string> names;
    if (i + 1 < lines.size())
        if (const auto table = PowerShellTable::read(lines[i].text, lines[i + 1].text)) {
            for (const auto& c : table->columns())
                names.push_back(c.name);
            return kindOfNames(names);
        }
    if ((i > 0 && !trimmed(lines[i - 1].text).empty() && !parsePrompt(lines[i - 1].text)) ||
        !PowerShellList::property(lines[i]))
        return PasteKind::Unknown;
    for (std::size_t j = i; j < lines.size() && j < i + 40 && !trimmed(lines[j].text).empty(); ++j)
        if (const auto p = PowerShellList::property(lines[j]))
            names.push_back(p->name);
    // A Test-NetConnection list keeps its own recognition (prompt, warnings): only sockets are claimed here.
    const PasteKind kind = kindOfNames(names);
    return kind == PasteKind::NetTcpConnection ? kind : PasteKind::Unknown;
}

// A line that says which output starts here, whatever the prompt said (or when there was none).
PasteKind startMarker(const std::vector<PasteLine>& lines, std::size_t i)
{
    const auto t = trimmed(lines[i].text);
    const auto next = i + 1 < lines.size() ? trimmed(lines[i + 1].text) : std::string_view{};
    static constexpr std::array<std::string_view, 6> kIpconfig{
        "Windows IP Configuration",    "Configuración IP de Windows",        "Windows-IP-Konfiguration",
        "Configuration IP de Windows", "Настройка протокола IP для Windows", "Windows IP 配置"};
    static constexpr std::array<std::string_view, 6> kNetstat{"Active Connections",   "Aktive Verbindungen",
                                                              "Connexions actives",   "Conexiones activas",
                                                              "Активные подключения", "活动连接"};
    for (const auto title : kIpconfig)
        if (equalsNoCase(t, title))
            return PasteKind::Ipconfig;
    for (const auto title : kNetstat)
        if (equalsNoCase(t, title))
            return PasteKind::Netstat;
    if (const PasteKind table = powerShellStart(lines, i); table != PasteKind::Unknown)
        return table;
    if (startsWithNoCase(t, "LocalAddress") && containsNoCase(t, "LocalPort"))
        return PasteKind::NetTcpConnection; // the default view's header, its dashes line lost
    if (isRule(next) && i + 2 < lines.size() && !isRule(t) && !t.empty() && t.find(':') == std::string_view::npos &&
        startsWithNoCase(t, "Winsock"))
        return PasteKind::WinsockCatalog;
    if (startsWithNoCase(t, "Log Name:") || startsWithNoCase(t, "Protokollname:"))
        return PasteKind::EventLog;
    if (startsWithNoCase(t, "pushd interface") || startsWithNoCase(t, "# Interface IP Configuration") ||
        (startsWithNoCase(t, "#====") && containsNoCase(next, "configuration")))
        return PasteKind::NetshDump;
    if (indentOf(lines[i].text) == 0 && t.find('"') != std::string_view::npos &&
        (containsNoCase(t, "interface") || containsNoCase(t, "Schnittstelle")) && t.back() == '"')
        return PasteKind::NetshIpConfig;
    return PasteKind::Unknown;
}

// Weaker signs, for a run of lines with neither a prompt nor a start marker.
PasteKind guessKind(std::span<const PasteLine> lines)
{
    std::array<int, 12> votes{};
    const auto vote = [&](PasteKind k) { ++votes[static_cast<std::size_t>(k)]; };
    // A reset read by its layout alone needs several steps: one "<words>, <word>." line is any prose (a bullet list,
    // a README), as the reset parser itself reads the layout only from three steps on.
    int layoutSteps = 0;
    for (const auto& l : lines) {
        const auto t = trimmed(l.text);
        if (t.empty())
            continue;
        if (isRule(t))
            vote(PasteKind::WinsockCatalog);
        else if (startsWithNoCase(t, "TCP ") || startsWithNoCase(t, "UDP "))
            vote(PasteKind::Netstat);
        else if (t.find(". . :") != std::string_view::npos || t.find(". :") != std::string_view::npos)
            vote(PasteKind::Ipconfig);
        else if (t.size() > 2 && t.substr(t.size() - 3) == "OK!")
            vote(PasteKind::IpReset);
        else if (splitResetStep(t) && ++layoutSteps >= 3)
            votes[static_cast<std::size_t>(PasteKind::IpReset)] += layoutSteps == 3 ? 3 : 1;
        else if (containsNoCase(t, "TcpTestSucceeded") || containsNoCase(t, "TCP connect to ("))
            vote(PasteKind::TestNetConnection);
        else if (containsNoCase(t, "reset the Winsock Catalog") || t.find("重置 Winsock") != std::string_view::npos)
            vote(PasteKind::WinsockReset);
        else if (startsWithNoCase(t, "set address name=") || startsWithNoCase(t, "add address name="))
            vote(PasteKind::NetshDump);
    }
    const auto best = std::max_element(votes.begin() + 1, votes.end());
    return *best == 0 ? PasteKind::Unknown : static_cast<PasteKind>(best - votes.begin());
}

bool sameFamily(PasteKind a, PasteKind b)
{
    const auto ip = [](PasteKind k) { return k == PasteKind::Ipconfig || k == PasteKind::IpconfigAll; };
    return a == b || (ip(a) && ip(b));
}

struct Segment
{
    std::size_t begin = 0, end = 0; // line indexes
    std::string command;
    PasteKind kind = PasteKind::Unknown;
};

bool bannerLine(std::string_view t, SystemInfo& system)
{
    if (startsWithNoCase(t, "Microsoft Windows [")) {
        system.os = std::string(t.substr(0, t.find(']') + 1));
        return true;
    }
    return startsWithNoCase(t, "(c)") && containsNoCase(t, "Microsoft Corporation");
}

void parseSegment(PasteKind kind, std::span<const PasteLine> lines, PasteAnalysis& out, PasteSection& section)
{
    switch (kind) {
    case PasteKind::WinsockCatalog:
        parseCatalogLines(lines, out, section);
        break;
    case PasteKind::Ipconfig:
    case PasteKind::IpconfigAll:
        parseIpconfigLines(lines, out, section);
        break;
    case PasteKind::Netstat:
        parseNetstatLines(lines, out, section);
        break;
    case PasteKind::NetTcpConnection:
        parseNetTcpConnectionLines(lines, out, section);
        break;
    case PasteKind::TestNetConnection:
        parseTestNetConnectionLines(lines, out, section);
        break;
    case PasteKind::IpReset:
    case PasteKind::WinsockReset:
        parseResetLines(lines, out, section);
        break;
    case PasteKind::NetshIpConfig:
    case PasteKind::NetshDump:
        parseNetshInterfaceLines(lines, out, section);
        break;
    case PasteKind::EventLog:
        parseEventLogLines(lines, out, section);
        break;
    case PasteKind::Unknown:
        break;
    }
}

void addSection(PasteKind kind, std::span<const PasteLine> lines, std::string command, PasteAnalysis& out)
{
    PasteSection section;
    section.kind = kind;
    section.command = std::move(command);
    section.firstLine = lines.front().number;
    section.lastLine = lines.back().number;
    parseSegment(kind, lines, out, section);
    out.sections.push_back(std::move(section));
}

PasteAnalysis startAnalysis(std::string_view bytes, std::string source, PreparedPaste& prepared)
{
    PasteAnalysis out;
    out.source = std::move(source);
    prepared = preparePaste(bytes);
    out.encoding = prepared.encoding;
    out.notes = prepared.notes;
    out.system.backend = "pasted";
    return out;
}

} // namespace

void reportUnparsed(PasteAnalysis& out, const PasteLine& line, std::string reason)
{
    if (!out.unparsed.empty()) {
        UnparsedLine& last = out.unparsed.back();
        if (last.reason == reason && last.lastLine + 1 == line.number) {
            last.lastLine = line.number;
            return;
        }
    }
    out.unparsed.push_back({line.number, line.number, line.text, std::move(reason)});
}

PasteAnalysis analyzePaste(std::string_view bytes, std::string source)
{
    PreparedPaste prepared;
    PasteAnalysis out = startAnalysis(bytes, std::move(source), prepared);
    const auto& lines = prepared.lines;

    // Cut the input at prompt lines and at lines that start a known output.
    std::vector<Segment> segments{{0, 0, {}, PasteKind::Unknown}};
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (const auto prompt = parsePrompt(lines[i].text)) {
            segments.back().end = i;
            segments.push_back({i + 1, i + 1, prompt->command, kindOfCommand(prompt->command)});
            if (out.system.user.empty())
                out.system.user = prompt->user;
            continue;
        }
        const PasteKind marker = startMarker(lines, i);
        Segment& current = segments.back();
        if (marker != PasteKind::Unknown && !sameFamily(marker, current.kind)) {
            if (current.kind == PasteKind::Unknown && current.command.empty() && i > current.begin &&
                std::all_of(lines.begin() + static_cast<std::ptrdiff_t>(current.begin),
                            lines.begin() + static_cast<std::ptrdiff_t>(i),
                            [](const PasteLine& l) { return trimmed(l.text).empty(); }))
                current.kind = marker; // only blank lines so far
            else if (current.kind == PasteKind::Unknown && current.begin == i)
                current.kind = marker;
            else {
                current.end = i;
                segments.push_back({i, i, {}, marker});
            }
        }
    }
    segments.back().end = lines.size();

    for (const Segment& seg : segments) {
        std::vector<PasteLine> body;
        for (std::size_t i = seg.begin; i < seg.end; ++i)
            if (!bannerLine(trimmed(lines[i].text), out.system))
                body.push_back(lines[i]);
        const bool blank = std::all_of(body.begin(), body.end(), [](const auto& l) { return trimmed(l.text).empty(); });
        if (blank)
            continue;
        PasteKind kind = seg.kind != PasteKind::Unknown ? seg.kind : guessKind(body);
        if (kind == PasteKind::Unknown) {
            const auto first =
                std::find_if(body.begin(), body.end(), [](const auto& l) { return !trimmed(l.text).empty(); });
            UnparsedLine u{first->number, body.back().number, first->text,
                           seg.command.empty() ? "not a command output wsafix knows"
                                               : "the output of '" + seg.command + "' is not analysed"};
            out.unparsed.push_back(std::move(u));
            continue;
        }
        addSection(kind, body, seg.command, out);
        // Guessed from weak signs and nothing came of it: say so instead of claiming an empty output.
        if (seg.kind == PasteKind::Unknown && out.sections.back().items == 0 && !out.sections.back().reset) {
            out.sections.pop_back();
            const auto first =
                std::find_if(body.begin(), body.end(), [](const auto& l) { return !trimmed(l.text).empty(); });
            out.unparsed.push_back(
                {first->number, body.back().number, first->text,
                 "looks like " + std::string(pasteKindCommand(kind)) + " but nothing in it could be read"});
        }
    }
    return out;
}

PasteAnalysis parsePasteAs(PasteKind kind, std::string_view bytes)
{
    PreparedPaste prepared;
    PasteAnalysis out = startAnalysis(bytes, "input", prepared);
    if (kind != PasteKind::Unknown && !prepared.lines.empty())
        addSection(kind, prepared.lines, {}, out);
    return out;
}

bool PasteAnalysis::recognised() const
{
    return !sections.empty();
}

CombinedAnalysis combineAnalyses(const std::vector<PasteAnalysis>& inputs)
{
    CombinedAnalysis c;
    c.system.backend = "pasted";
    bool catalog = false, sockets = false, processes = false, adapters = false, events = false;
    for (const auto& in : inputs) {
        const Inventory& inv = in.inventory;
        c.inventory.catalog.insert(c.inventory.catalog.end(), inv.catalog.begin(), inv.catalog.end());
        c.inventory.sockets.insert(c.inventory.sockets.end(), inv.sockets.begin(), inv.sockets.end());
        c.inventory.processes.insert(c.inventory.processes.end(), inv.processes.begin(), inv.processes.end());
        c.inventory.adapters.insert(c.inventory.adapters.end(), inv.adapters.begin(), inv.adapters.end());
        c.inventory.events.insert(c.inventory.events.end(), inv.events.begin(), inv.events.end());
        c.inventory.connectivity.insert(c.inventory.connectivity.end(), inv.connectivity.begin(),
                                        inv.connectivity.end());
        for (const auto& s : in.sections) {
            catalog = catalog || s.kind == PasteKind::WinsockCatalog;
            sockets = sockets || s.kind == PasteKind::Netstat || s.kind == PasteKind::NetTcpConnection;
            adapters = adapters || s.kind == PasteKind::Ipconfig || s.kind == PasteKind::IpconfigAll ||
                       s.kind == PasteKind::NetshIpConfig || s.kind == PasteKind::NetshDump;
            events = events || s.kind == PasteKind::EventLog;
        }
        processes = processes || !inv.processes.empty();
        c.showsDnsServers = c.showsDnsServers || in.showsDnsServers;
        for (std::string SystemInfo::*field : {&SystemInfo::hostname, &SystemInfo::os, &SystemInfo::user})
            if ((c.system.*field).empty())
                c.system.*field = in.system.*field;
    }
    const auto status = [](bool seen, const char* command) {
        return seen ? ProbeStatus{} : ProbeStatus{false, std::string("not in the pasted outputs (") + command + ")"};
    };
    c.inventory.probes["catalog"] = status(catalog, "netsh winsock show catalog");
    c.inventory.probes["sockets"] = status(sockets, "netstat -ano");
    c.inventory.probes["processes"] = status(processes, "netstat -aonb");
    c.inventory.probes["adapters"] = status(adapters, "ipconfig /all");
    c.inventory.probes["events"] = status(events, "Event Viewer, Copy details as text");
    if (!c.inventory.connectivity.empty())
        c.inventory.probes["connectivity"] = ProbeStatus{};
    return c;
}

std::vector<Finding> evaluatePastedRules(const CombinedAnalysis& combined, const Intake& intake)
{
    std::vector<Finding> findings = evaluateRules(combined.inventory, intake);
    if (!combined.showsDnsServers)
        findings.erase(
            std::remove_if(findings.begin(), findings.end(), [](const Finding& f) { return f.id == "no-dns-server"; }),
            findings.end());
    return findings;
}

} // namespace wsafix
