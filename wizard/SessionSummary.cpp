#include "SessionSummary.h"

#include "FixText.h"
#include "SeverityStyle.h"

#include "diagnostics/Names.h"

namespace wsafix {
namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}
QString h(const std::string& s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

QString machine(const SessionRecord& r)
{
    QString text = q(r.system.hostname) + QStringLiteral(" — ") + q(r.system.os);
    if (!r.scenario.empty())
        text += QStringLiteral(" (simulated: %1)").arg(q(r.scenario));
    return text;
}

} // namespace

QString SessionSummary::verdictText(const SessionRecord& record)
{
    if (!record.verification)
        return tr("Not verified");
    const auto& v = record.verification->verdict;
    if (v == "fixed")
        return tr("Fixed");
    if (v == "not-fixed")
        return tr("Not fixed");
    return tr("Could not verify");
}

QString SessionSummary::html(const SessionRecord& r)
{
    QString out;
    const auto row = [&out](const QString& key, const QString& value) {
        out += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(key, value);
    };
    out += QStringLiteral("<h2>%1</h2>").arg(tr("wsafix session %1").arg(h(r.id)));
    out += QStringLiteral("<table cellspacing=\"2\" cellpadding=\"3\">");
    row(tr("Error"), h(r.intake.code));
    if (!r.intake.process.empty() || r.intake.pid)
        row(tr("Application"),
            h(r.intake.process) + (r.intake.pid ? QStringLiteral(" (PID %1)").arg(r.intake.pid) : QString()));
    if (!r.intake.host.empty())
        row(tr("Target"), QStringLiteral("%1:%2").arg(h(r.intake.host)).arg(r.intake.port));
    if (!r.intake.ticket.empty())
        row(tr("Ticket"), h(r.intake.ticket));
    row(tr("Machine"), machine(r).toHtmlEscaped());
    row(tr("User"), h(r.system.user) + (r.system.elevated ? tr(" (elevated)") : tr(" (not elevated)")));
    row(tr("Started"), h(r.created));
    row(tr("Verdict"), QStringLiteral("<b>%1</b>").arg(verdictText(r)) +
                           (r.verification ? QStringLiteral(" — ") + h(r.verification->reason) : QString()));
    out += QStringLiteral("</table>");

    out += QStringLiteral("<h3>%1</h3>").arg(tr("Findings at the start"));
    if (!r.inventory)
        out += QStringLiteral("<p>%1</p>").arg(tr("The computer was not examined."));
    else if (r.findings.empty())
        out += QStringLiteral("<p><img src=\"%1\" width=\"16\" height=\"16\"> %2</p>")
                   .arg(SeverityStyle::okIconPath(), tr("No problems found."));
    else {
        out += QStringLiteral("<ul>");
        for (const auto& f : r.findings) {
            out += QStringLiteral("<li><img src=\"%1\" width=\"16\" height=\"16\"> <b>%2</b> — %3")
                       .arg(SeverityStyle::iconPath(f.severity), SeverityStyle::label(f.severity), h(f.title));
            for (const auto& e : f.evidence)
                out += QStringLiteral("<br><code>%1</code>").arg(h(e));
            out += QStringLiteral("</li>");
        }
        out += QStringLiteral("</ul>");
    }

    out += QStringLiteral("<h3>%1</h3>").arg(tr("Actions"));
    if (r.actions.empty())
        out += QStringLiteral("<p>%1</p>").arg(tr("No fix was applied."));
    else {
        out += QStringLiteral("<ul>");
        for (const auto& a : r.actions)
            out += QStringLiteral("<li>%1 <code>%2</code>: <b>%3</b> — %4</li>")
                       .arg(FixText::title(a.fixId).toHtmlEscaped(), h(a.fixId), h(a.outcome), h(a.detail));
        out += QStringLiteral("</ul>");
    }

    if (r.verification && !r.verification->attempts.empty()) {
        out += QStringLiteral("<h3>%1</h3><ul>")
                   .arg(tr("Connection attempts to %1:%2").arg(h(r.intake.host)).arg(r.intake.port));
        int i = 0;
        for (const auto& a : r.verification->attempts)
            out += QStringLiteral("<li>%1: %2, %3 ms%4</li>")
                       .arg(++i)
                       .arg(a.result.connected ? tr("connected") : tr("failed"))
                       .arg(a.result.milliseconds, 0, 'f', 1)
                       .arg(a.result.connected ? QString() : QStringLiteral(" (%1)").arg(h(a.result.error)));
        out += QStringLiteral("</ul>");
    }

    out += QStringLiteral("<h3>%1</h3><table cellspacing=\"2\" cellpadding=\"2\">").arg(tr("Timeline (UTC)"));
    for (const auto& t : r.timeline)
        out += QStringLiteral("<tr><td><code>%1</code></td><td>%2</td></tr>").arg(h(t.time), h(t.what));
    out += QStringLiteral("</table>");
    return out;
}

QString SessionSummary::markdown(const SessionRecord& r)
{
    QString out = QStringLiteral("## wsafix session %1\n\n").arg(q(r.id));
    out += QStringLiteral("- **Error:** %1\n").arg(q(r.intake.code));
    if (!r.intake.process.empty() || r.intake.pid)
        out += QStringLiteral("- **Application:** %1%2\n")
                   .arg(q(r.intake.process), r.intake.pid ? QStringLiteral(" (PID %1)").arg(r.intake.pid) : QString());
    if (!r.intake.host.empty())
        out += QStringLiteral("- **Target:** %1:%2\n").arg(q(r.intake.host)).arg(r.intake.port);
    if (!r.intake.ticket.empty())
        out += QStringLiteral("- **Ticket:** %1\n").arg(q(r.intake.ticket));
    out += QStringLiteral("- **Machine:** %1\n").arg(machine(r));
    out += QStringLiteral("- **Verdict:** %1%2\n\n")
               .arg(verdictText(r), r.verification ? QStringLiteral(" — ") + q(r.verification->reason) : QString());

    out += QStringLiteral("### %1\n\n").arg(tr("Findings at the start"));
    if (!r.inventory)
        out += tr("The computer was not examined.") + QStringLiteral("\n");
    else if (r.findings.empty())
        out += tr("No problems found.") + QStringLiteral("\n");
    for (const auto& f : r.findings) {
        out += QStringLiteral("- **%1** %2\n").arg(SeverityStyle::label(f.severity).toUpper(), q(f.title));
        for (const auto& e : f.evidence)
            out += QStringLiteral("  - `%1`\n").arg(q(e));
    }
    out += QStringLiteral("\n### %1\n\n").arg(tr("Actions"));
    if (r.actions.empty())
        out += tr("No fix was applied.") + QStringLiteral("\n");
    for (const auto& a : r.actions)
        out += QStringLiteral("- `%1`: %2 — %3\n").arg(q(a.fixId), q(a.outcome), q(a.detail));
    if (r.verification && !r.verification->attempts.empty()) {
        out += QStringLiteral("\n### %1\n\n")
                   .arg(tr("Connection attempts to %1:%2").arg(q(r.intake.host)).arg(r.intake.port));
        int i = 0;
        for (const auto& a : r.verification->attempts)
            out += QStringLiteral("%1. %2, %3 ms%4\n")
                       .arg(++i)
                       .arg(a.result.connected ? tr("connected") : tr("failed"))
                       .arg(a.result.milliseconds, 0, 'f', 1)
                       .arg(a.result.connected ? QString() : QStringLiteral(" (%1)").arg(q(a.result.error)));
    }
    out += QStringLiteral("\n### %1\n\n").arg(tr("Timeline (UTC)"));
    for (const auto& t : r.timeline)
        out += QStringLiteral("- %1 %2\n").arg(q(t.time), q(t.what));
    return out;
}

} // namespace wsafix
