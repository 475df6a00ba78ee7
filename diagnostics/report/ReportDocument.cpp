#include "diagnostics/report/ReportDocument.h"

#include "diagnostics/Names.h"
#include "diagnostics/SocketText.h"

#include <cstdio>

namespace wsafix {
namespace {

using Kind = ReportBlock::Kind;

std::string capitalised(std::string_view s)
{
    std::string out(s);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
        out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

std::string joined(const std::vector<std::string>& items, std::string_view separator = ", ")
{
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : std::string(separator)) + item;
    return out;
}

Tone verdictTone(const std::string& verdict)
{
    if (verdict == "fixed" || verdict == "works")
        return Tone::Ok;
    if (verdict == "not-fixed")
        return Tone::Error;
    if (verdict == "could-not-verify")
        return Tone::Warning;
    return Tone::Info;
}

Tone outcomeTone(const std::string& outcome)
{
    if (outcome == "applied")
        return Tone::Ok;
    if (outcome == "failed")
        return Tone::Error;
    if (outcome == "rolled-back" || outcome == "could-not-verify")
        return Tone::Warning;
    return Tone::None;
}

Tone levelTone(const std::string& level)
{
    if (const auto severity = severityFromName(level))
        return toneOf(*severity);
    return Tone::None;
}

ReportBlock blockOf(Kind kind, int level = 2, Tone tone = Tone::None)
{
    ReportBlock b;
    b.kind = kind;
    b.level = level;
    b.tone = tone;
    return b;
}

class Layout
{
public:
    explicit Layout(ReportDocument& doc) : m_doc(doc) {}

    void heading(std::string text, int level = 2, Tone tone = Tone::None)
    {
        ReportBlock b = blockOf(Kind::Heading, level, tone);
        b.text = std::move(text);
        m_doc.blocks.push_back(std::move(b));
    }
    void paragraph(std::string text)
    {
        ReportBlock b = blockOf(Kind::Paragraph);
        b.text = std::move(text);
        m_doc.blocks.push_back(std::move(b));
    }
    void banner(std::string text, std::string detail, Tone tone)
    {
        ReportBlock b = blockOf(Kind::Banner, 2, tone);
        b.text = std::move(text);
        b.detail = std::move(detail);
        m_doc.blocks.push_back(std::move(b));
    }
    // Facts with an empty value are left out: the report shows what is known.
    void facts(std::vector<std::pair<std::string, std::string>> rows)
    {
        ReportBlock b = blockOf(Kind::Facts);
        for (auto& row : rows)
            if (!row.second.empty())
                b.facts.push_back(std::move(row));
        if (!b.facts.empty())
            m_doc.blocks.push_back(std::move(b));
    }
    void table(ReportTable t)
    {
        ReportBlock b = blockOf(Kind::Table);
        b.table = std::move(t);
        m_doc.blocks.push_back(std::move(b));
    }
    void items(std::vector<std::string> lines, Kind kind = Kind::Items)
    {
        if (lines.empty())
            return;
        ReportBlock b = blockOf(kind);
        b.items = std::move(lines);
        m_doc.blocks.push_back(std::move(b));
    }

private:
    ReportDocument& m_doc;
};

std::string errorLine(const ReportIntake& in)
{
    if (in.errorName.empty())
        return in.code.empty() ? std::string() : in.code + " (not a known Winsock error: " + in.decodeStatus + ")";
    return in.code + " = " + in.errorName + " (" + std::to_string(in.errorCode) + ", " + in.errorHex +
           "): " + in.message;
}

std::string attemptError(const TcpProbeResult& r)
{
    if (r.connected)
        return {};
    if (!r.resolved)
        return "name does not resolve" + (r.error.empty() ? std::string() : " (" + r.error + ")");
    return r.error.empty() ? "error " + std::to_string(r.errorCode)
                           : r.error + (r.errorCode ? " (" + std::to_string(r.errorCode) + ")" : std::string());
}

ReportTable countTable(const std::string& what, const std::vector<ReportCount>& counts)
{
    ReportTable t{{what, "Sockets"}, {}, {}, false};
    for (const auto& c : counts)
        t.rows.push_back({c.name, std::to_string(c.count)});
    return t;
}

void problem(Layout& out, const ReportModel& m)
{
    out.heading("Problem");
    out.facts({{"Error", errorLine(m.intake)},
               {"What it means", m.intake.meaning},
               {"Application", m.intake.application},
               {"Target", m.intake.target},
               {"Ticket", m.intake.ticket}});
}

void machine(Layout& out, const ReportModel& m)
{
    out.heading("Machine");
    out.facts({{"Host name", m.machine.hostname},
               {"Operating system", m.machine.os},
               {"User", m.machine.user + (m.machine.elevated ? " (elevated)" : " (not elevated)")},
               {"Backend", m.machine.backend},
               {"Simulated machine", m.scenario}});
    if (m.probes.empty())
        return;
    ReportTable t{{"Probe", "Result"}, {}, {}, false};
    for (const auto& [probe, status] : m.probes) {
        t.rows.push_back({probe, status.available ? "ran" : "unavailable: " + status.reason});
        t.rowTones.push_back(status.available ? Tone::None : Tone::Warning);
    }
    out.table(std::move(t));
}

void findings(Layout& out, const ReportModel& m)
{
    out.heading("Findings (" + std::to_string(m.findings.size()) + ")");
    if (!m.examined)
        out.paragraph("The computer was not examined.");
    else if (m.findings.empty())
        out.paragraph("No problems found.");
    for (const auto& f : m.findings) {
        out.heading(capitalised(severityName(f.severity)) + ": " + f.title, 3, toneOf(f.severity));
        if (!f.explanation.empty())
            out.paragraph(f.explanation);
        out.items(f.evidence, Kind::Code);
        if (!f.fixes.empty())
            out.paragraph("Recommended fixes, least invasive first: " + joined(f.fixes) + ".");
    }
}

void actions(Layout& out, const ReportModel& m)
{
    out.heading("Actions (" + std::to_string(m.actions.size()) + ")");
    if (m.actions.empty())
        out.paragraph("No fix was applied.");
    for (const auto& [a, title] : m.actions) {
        out.heading(title + ": " + a.outcome, 3, outcomeTone(a.outcome));
        out.facts({{"Fix", a.fixId},
                   {"Outcome", a.outcome},
                   {"Detail", a.detail},
                   {"Snapshot", a.snapshotId},
                   {"Started", a.started},
                   {"Finished", a.finished}});
        if (a.commands.empty())
            out.paragraph("No commands were recorded for this action.");
        out.items(a.commands, Kind::Code);
    }
    if (!m.snapshots.empty())
        out.paragraph("Snapshots taken in this session: " + joined(m.snapshots) + ".");
}

// New verification facts go here: one line each.
std::vector<std::pair<std::string, std::string>> verificationFacts(const ReportModel& m)
{
    const Verification& v = *m.verification;
    const ProbeSeriesStats& s = m.series;
    std::vector<std::pair<std::string, std::string>> facts{
        {"Verified at", v.time}, {"Verdict", m.verdictLabel}, {"Reason", v.reason}};
    if (s.attempts) {
        facts.emplace_back("Connection attempts", std::to_string(s.connected) + " of " + std::to_string(s.attempts) +
                                                      " connected" +
                                                      (m.intake.target.empty() ? "" : " to " + m.intake.target));
        if (s.unresolved)
            facts.emplace_back("Name resolution", "failed in " + std::to_string(s.unresolved) + " attempt(s)");
        if (s.connected)
            facts.emplace_back("Latency", "min " + formatMilliseconds(s.minMs) + ", average " +
                                              formatMilliseconds(s.avgMs) + ", max " + formatMilliseconds(s.maxMs));
    }
    facts.emplace_back("Problems remaining", std::to_string(v.remainingFindings.size()));
    return facts;
}

void verification(Layout& out, const ReportModel& m)
{
    out.heading("Verification");
    if (!m.verification) {
        out.paragraph("The fix has not been verified yet.");
        return;
    }
    out.facts(verificationFacts(m));
    const auto& attempts = m.verification->attempts;
    if (!attempts.empty()) {
        out.heading("Probe series", 3);
        ReportTable t{{"#", "Result", "Address", "Time", "Error"}, {}, {}, false};
        for (std::size_t i = 0; i < attempts.size(); ++i) {
            const auto& r = attempts[i].result;
            t.rows.push_back({std::to_string(i + 1), r.connected ? "connected" : "failed", r.address,
                              formatMilliseconds(r.milliseconds), attemptError(r)});
            t.rowTones.push_back(r.connected ? Tone::Ok : Tone::Error);
        }
        out.table(std::move(t));
    }
    if (!m.verification->remainingFindings.empty()) {
        out.heading("Problems remaining", 3);
        std::vector<std::string> lines;
        for (const auto& f : m.verification->remainingFindings)
            lines.push_back(capitalised(severityName(f.severity)) + ": " + f.title);
        out.items(std::move(lines));
    }
}

void sockets(Layout& out, const ReportModel& m)
{
    const SocketSummary& s = m.sockets;
    const auto status = m.probes.find("sockets");
    if (status == m.probes.end())
        return;
    out.heading("Sockets");
    if (!status->second.available) {
        out.paragraph("Unavailable: " + status->second.reason);
        return;
    }
    out.paragraph(std::to_string(s.total) + " sockets on the machine" +
                  (m.intake.application.empty()
                       ? "."
                       : ", " + std::to_string(s.target.size()) + " of them belong to " + m.intake.application + "."));
    if (!s.target.empty()) {
        out.heading("Sockets of " + m.intake.application, 3);
        out.table(countTable("State", s.targetByState));
        ReportTable t{{"Proto", "Local", "Remote", "State", "PID"}, {}, {}, true};
        for (const auto& e : s.target)
            t.rows.push_back({std::string(transportName(e.transport)), endpointText(e.localAddress, e.localPort),
                              e.remoteAddress.empty() ? std::string() : endpointText(e.remoteAddress, e.remotePort),
                              e.transport == Transport::Udp ? std::string() : std::string(tcpStateName(e.state)),
                              std::to_string(e.pid)});
        out.table(std::move(t));
    }
    if (s.total) {
        out.heading("All sockets by state", 3);
        out.table(countTable("State", s.byState));
        out.heading("Processes with the most sockets", 3);
        out.table(countTable("Process", s.topProcesses));
        if (s.otherProcesses)
            out.paragraph("... and " + std::to_string(s.otherProcesses) + " more processes with " +
                          std::to_string(s.otherProcessSockets) + " sockets.");
    }
}

void catalog(Layout& out, const ReportModel& m)
{
    if (m.catalog.empty())
        return;
    out.heading("Winsock catalog and socket interposers");
    ReportTable t{{"ID", "Name", "Kind", "Provider", "Catalog"}, {}, {}, false};
    for (const auto& e : m.catalog) {
        std::string provider = e.providerPath;
        if (!e.company.empty() || !e.product.empty())
            provider += " (" + e.company + (e.company.empty() || e.product.empty() ? "" : ", ") + e.product + ")";
        if (e.dllExists && !*e.dllExists)
            provider += " [file missing]";
        t.rows.push_back(
            {std::to_string(e.catalogId), e.name, std::string(catalogKindName(e.kind)), provider, e.catalog});
        t.rowTones.push_back(e.dllExists && !*e.dllExists            ? Tone::Error
                             : e.kind == CatalogEntry::Kind::Layered ? Tone::Warning
                                                                     : Tone::None);
    }
    out.table(std::move(t));
}

void adapters(Layout& out, const ReportModel& m)
{
    if (m.adapters.empty())
        return;
    out.heading("Adapters");
    ReportTable t{{"Adapter", "Type", "Status", "MAC", "Addresses", "Gateways", "DNS"}, {}, {}, false};
    for (const auto& a : m.adapters) {
        std::vector<std::string> addresses;
        for (const auto& ip : a.addresses)
            addresses.push_back(ip.address + "/" + std::to_string(ip.prefixLength));
        t.rows.push_back({a.name, a.type, std::string(a.up ? "up" : "down") + (a.dhcp ? ", DHCP" : ""), a.mac,
                          joined(addresses), joined(a.gateways), joined(a.dnsServers)});
        t.rowTones.push_back(a.up ? Tone::None : Tone::Warning);
    }
    out.table(std::move(t));
}

void connectivity(Layout& out, const ReportModel& m)
{
    if (m.connectivity.empty())
        return;
    out.heading("Connectivity at detection");
    ReportTable t{{"Target", "Result", "Address", "Time", "Error"}, {}, {}, false};
    for (const auto& c : m.connectivity) {
        t.rows.push_back({endpointText(c.host, c.port), c.result.connected ? "connected" : "failed", c.result.address,
                          formatMilliseconds(c.result.milliseconds), attemptError(c.result)});
        t.rowTones.push_back(c.result.connected ? Tone::Ok : Tone::Error);
    }
    out.table(std::move(t));
}

void events(Layout& out, const ReportModel& m)
{
    if (m.totalEvents == 0)
        return;
    out.heading("Events");
    if (m.events.size() < m.totalEvents)
        out.paragraph("The newest " + std::to_string(m.events.size()) + " of " + std::to_string(m.totalEvents) +
                      " events.");
    ReportTable t{{"Time", "Level", "Source", "ID", "Message"}, {}, {}, false};
    for (const auto& e : m.events) {
        t.rows.push_back({e.time, e.level, e.source, std::to_string(e.eventId), e.message});
        t.rowTones.push_back(levelTone(e.level));
    }
    out.table(std::move(t));
}

void timeline(Layout& out, const ReportModel& m)
{
    out.heading("Timeline (UTC)");
    ReportTable t{{"Time", "What happened"}, {}, {}, false};
    for (const auto& e : m.timeline)
        t.rows.push_back({e.time, e.what});
    out.table(std::move(t));
}

} // namespace

Tone toneOf(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return Tone::Info;
    case Severity::Warning:
        return Tone::Warning;
    case Severity::Error:
        return Tone::Error;
    case Severity::Critical:
        return Tone::Critical;
    }
    return Tone::Info;
}

std::string_view toneColour(Tone tone)
{
    switch (tone) {
    case Tone::Ok:
        return "#1E8E3E";
    case Tone::Info:
        return "#2F6FDE";
    case Tone::Warning:
        return "#E8A317";
    case Tone::Error:
        return "#D93025";
    case Tone::Critical:
        return "#9C27B0";
    case Tone::None:
        break;
    }
    return "#5F6368";
}

std::string_view toneName(Tone tone)
{
    switch (tone) {
    case Tone::Ok:
        return "ok";
    case Tone::Info:
        return "info";
    case Tone::Warning:
        return "warning";
    case Tone::Error:
        return "error";
    case Tone::Critical:
        return "critical";
    case Tone::None:
        break;
    }
    return "";
}

std::string formatMilliseconds(double ms)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f ms", ms);
    return buffer;
}

std::vector<TextRun> textRuns(std::string_view text)
{
    std::vector<TextRun> runs;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto open = text.find('`', pos);
        const auto close = open == std::string_view::npos ? open : text.find('`', open + 1);
        if (close == std::string_view::npos) {
            runs.push_back({std::string(text.substr(pos)), false});
            break;
        }
        if (open > pos)
            runs.push_back({std::string(text.substr(pos, open - pos)), false});
        runs.push_back({std::string(text.substr(open + 1, close - open - 1)), true});
        pos = close + 1;
    }
    return runs;
}

ReportDocument buildReportDocument(const ReportModel& m)
{
    ReportDocument doc;
    doc.title = "wsafix report: session " + m.sessionId;
    doc.footer = "wsafix report, session " + m.sessionId + ", generated " + m.generated +
                 (m.redacted ? ", personal data redacted" : "");
    Layout out(doc);
    out.heading(doc.title, 1);
    out.paragraph("Generated " + m.generated + " (UTC). Session started " + m.created + "; last step: " + m.step + ".");
    if (m.redacted)
        out.paragraph("Personal data is redacted: user, host and domain names, IP and MAC addresses, account SIDs, "
                      "e-mail addresses, DHCPv6 DUIDs and IAIDs, and Wi-Fi network and profile names appear as "
                      "placeholders such as <ip-1>; the same value always has the same placeholder.");
    out.banner(m.verdictLabel,
               m.verification ? m.verification->reason : std::string("The fix has not been verified yet."),
               verdictTone(m.verdict));
    problem(out, m);
    out.heading("What to do next");
    out.items(m.nextSteps);
    findings(out, m);
    actions(out, m);
    verification(out, m);
    machine(out, m);
    connectivity(out, m);
    sockets(out, m);
    catalog(out, m);
    adapters(out, m);
    events(out, m);
    timeline(out, m);
    return doc;
}

} // namespace wsafix
