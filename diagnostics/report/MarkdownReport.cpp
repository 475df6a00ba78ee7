#include "diagnostics/report/MarkdownReport.h"

#include "diagnostics/Names.h"
#include "diagnostics/report/ReportDocument.h"

#include <algorithm>

namespace wsafix {
namespace {

constexpr std::size_t kMaxFindings = 4;
constexpr std::size_t kMaxEvidence = 2;
constexpr std::size_t kMaxActions = 3;
constexpr std::size_t kMaxSteps = 4;
constexpr std::size_t kMaxCommands = 2;
constexpr std::size_t kMaxLine = 160;

// One line of a list item: no line breaks, not too long, backticks that cannot close an inline code span.
std::string oneLine(std::string text)
{
    std::replace(text.begin(), text.end(), '\n', ' ');
    std::replace(text.begin(), text.end(), '\r', ' ');
    if (text.size() > kMaxLine)
        text = text.substr(0, kMaxLine - 3) + "...";
    return text;
}

std::string code(const std::string& text)
{
    std::string t = oneLine(text);
    std::replace(t.begin(), t.end(), '`', '\'');
    return "`" + t + "`";
}

std::string upper(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return out;
}

std::string more(std::size_t count, const char* what)
{
    return "... and " + std::to_string(count) + " more " + what + " in the full report";
}

} // namespace

std::string renderMarkdownReport(const ReportModel& m)
{
    std::string out = "## wsafix session " + m.sessionId + "\n\n";
    const ReportIntake& in = m.intake;
    std::string error = in.code;
    if (!in.errorName.empty())
        error += " = " + in.errorName + " (" + std::to_string(in.errorCode) + "): " + in.message;
    out += "- **Error:** " + oneLine(error.empty() ? std::string("(none given)") : error) + "\n";
    if (!in.application.empty())
        out += "- **Application:** " + oneLine(in.application) + "\n";
    if (!in.target.empty())
        out += "- **Target:** " + oneLine(in.target) + "\n";
    if (!in.ticket.empty())
        out += "- **Ticket:** " + oneLine(in.ticket) + "\n";
    out += "- **Machine:** " +
           oneLine(m.machine.hostname + ", " + m.machine.os +
                   (m.scenario.empty() ? "" : " (simulated: " + m.scenario + ")")) +
           "\n";
    out += "- **Verdict:** " + m.verdictLabel +
           (m.verification && !m.verification->reason.empty() ? " — " + oneLine(m.verification->reason) : "") + "\n";

    out += "\n### Findings (" + std::to_string(m.findings.size()) + ")\n\n";
    if (!m.examined)
        out += "The computer was not examined.\n";
    else if (m.findings.empty())
        out += "No problems found.\n";
    for (std::size_t i = 0; i < std::min(m.findings.size(), kMaxFindings); ++i) {
        const Finding& f = m.findings[i];
        out += "- **" + upper(severityName(f.severity)) + "** " + oneLine(f.title) + "\n";
        for (std::size_t e = 0; e < std::min(f.evidence.size(), kMaxEvidence); ++e)
            out += "  - " + code(f.evidence[e]) + "\n";
        if (f.evidence.size() > kMaxEvidence)
            out += "  - " + more(f.evidence.size() - kMaxEvidence, "evidence lines") + "\n";
    }
    if (m.findings.size() > kMaxFindings)
        out += "- " + more(m.findings.size() - kMaxFindings, "findings") + "\n";

    out += "\n### Actions (" + std::to_string(m.actions.size()) + ")\n\n";
    if (m.actions.empty())
        out += "No fix was applied.\n";
    for (std::size_t i = 0; i < std::min(m.actions.size(), kMaxActions); ++i) {
        const Action& a = m.actions[i].action;
        out += "- " + code(a.fixId) + ": " + a.outcome + (a.detail.empty() ? "" : " — " + oneLine(a.detail)) +
               (a.snapshotId.empty() ? "" : " (snapshot " + code(a.snapshotId) + ")") + "\n";
        for (std::size_t c = 0; c < std::min(a.commands.size(), kMaxCommands); ++c)
            out += "  - " + code(a.commands[c]) + "\n";
        if (a.commands.size() > kMaxCommands)
            out += "  - " + more(a.commands.size() - kMaxCommands, "commands") + "\n";
    }
    if (m.actions.size() > kMaxActions)
        out += "- " + more(m.actions.size() - kMaxActions, "actions") + "\n";

    if (m.verification) {
        out += "\n### Verification\n\n";
        const ProbeSeriesStats& s = m.series;
        if (s.attempts) {
            out += "- " + std::to_string(s.connected) + " of " + std::to_string(s.attempts) + " connection attempts" +
                   (in.target.empty() ? "" : " to " + oneLine(in.target)) + " connected";
            if (s.connected)
                out += "; latency min " + formatMilliseconds(s.minMs) + ", average " + formatMilliseconds(s.avgMs) +
                       ", max " + formatMilliseconds(s.maxMs);
            out += "\n";
        }
        out += "- Problems remaining: " + std::to_string(m.verification->remainingFindings.size()) + "\n";
    }

    out += "\n### What to do next\n\n";
    for (std::size_t i = 0; i < std::min(m.nextSteps.size(), kMaxSteps); ++i)
        out += "- " + oneLine(m.nextSteps[i]) + "\n";

    out += "\n_wsafix report generated " + m.generated + (m.redacted ? ", personal data redacted" : "") +
           ". The full report (HTML, PDF or JSON) has all evidence, the sockets, adapters, events and the "
           "timeline._\n";
    return out;
}

} // namespace wsafix
