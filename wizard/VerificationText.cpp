#include "VerificationText.h"

#include "EngineText.h"

namespace wsafix {
namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

// Engine text (reasons, next steps) in the user's language.
QString t(const std::string& s)
{
    return EngineText::translate(s).toHtmlEscaped();
}

QString catalogLine(const CatalogEntry& e)
{
    return QStringLiteral("%1 %2 (<code>%3</code>)").arg(QString::number(e.catalogId), q(e.name), q(e.providerPath));
}

} // namespace

QString VerificationText::verdict(const std::string& verdict)
{
    if (verdict == "fixed")
        return tr("Fixed");
    if (verdict == "works")
        return tr("Works: nothing needed fixing");
    if (verdict == "not-fixed")
        return tr("Not fixed");
    return tr("Could not verify");
}

QString VerificationText::findingStatus(const std::string& status)
{
    if (status == "resolved")
        return tr("resolved");
    if (status == "still-present")
        return tr("still present");
    if (status == "new")
        return tr("new");
    return tr("not checked again");
}

QString VerificationText::attemptResult(const TcpProbeResult& result)
{
    return result.connected ? tr("connected") : !result.resolved ? tr("name not resolved") : tr("failed");
}

QString VerificationText::attemptError(const VerifyAttempt& a)
{
    if (a.result.connected)
        return {};
    if (a.errorName.empty())
        return QStringLiteral("%1 (%2)").arg(QString::fromStdString(a.result.error)).arg(a.result.errorCode);
    return QStringLiteral("%1 (%2)").arg(QString::fromStdString(a.errorName)).arg(a.errorCatalogCode);
}

QString VerificationText::resolution(const Verification& v)
{
    if (v.host.empty())
        return tr("No target host and port were given: no connection was tried.");
    const QString host = QString::fromStdString(v.host);
    if (!v.resolution)
        return tr("The name %1 was not looked up.").arg(host);
    if (!v.resolution->resolved)
        return tr("The name %1 does not resolve (%2), so no connection was tried: a name problem, not a closed "
                  "port.")
            .arg(host, QString::fromStdString(v.resolution->error));
    QStringList addresses;
    for (const auto& a : v.resolution->addresses)
        addresses << QString::fromStdString(a);
    return tr("%1 resolves to %2; %3 of %4 connection attempts to port %5:")
        .arg(host, addresses.join(QStringLiteral(", ")))
        .arg(v.attempts.size())
        .arg(v.count)
        .arg(v.port);
}

QString VerificationText::comparisonHtml(const BaselineComparison& c)
{
    if (!c.compared)
        return QStringLiteral("<p>%1</p>").arg(tr("No comparison with the first examination: %1.").arg(t(c.reason)));
    QString html;
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Socket providers"));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Layered providers: %1 at detect time, %2 now.").arg(c.layeredBefore).arg(c.layeredAfter));
    if (c.catalogRemoved.empty() && c.catalogAdded.empty())
        html += QStringLiteral("<p>%1</p>").arg(tr("No entry was added or removed."));
    html += QStringLiteral("<ul>");
    for (const auto& e : c.catalogRemoved)
        html += QStringLiteral("<li>%1 %2</li>").arg(tr("removed:"), catalogLine(e));
    for (const auto& e : c.catalogAdded)
        html += QStringLiteral("<li>%1 %2</li>").arg(tr("added:"), catalogLine(e));
    html += QStringLiteral("</ul><h4>%1</h4>").arg(tr("Network adapters"));
    if (c.adapterChanges.empty())
        html += QStringLiteral("<p>%1</p>").arg(tr("No change."));
    html += QStringLiteral("<ul>");
    for (const auto& a : c.adapterChanges) {
        QString change = QString::fromStdString(a.change);
        if (a.change == "went-up")
            change = tr("came up");
        else if (a.change == "went-down")
            change = tr("went down");
        else if (a.change == "added")
            change = tr("appeared");
        else if (a.change == "removed")
            change = tr("disappeared");
        else if (a.change == "addresses-changed")
            change = tr("addresses changed");
        QStringList before, after;
        for (const auto& b : a.before)
            before << QString::fromStdString(b);
        for (const auto& n : a.after)
            after << QString::fromStdString(n);
        html += QStringLiteral("<li><b>%1</b>: %2 (%3 → %4)</li>")
                    .arg(q(a.name), change, before.join(QStringLiteral(", ")).toHtmlEscaped(),
                         after.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    html += QStringLiteral("</ul><h4>%1</h4>").arg(tr("Events since detect"));
    if (c.newEvents.empty())
        html += QStringLiteral("<p>%1</p>").arg(tr("None."));
    html += QStringLiteral("<ul>");
    for (const auto& e : c.newEvents)
        html += QStringLiteral("<li>%1 %2 %3: %4</li>")
                    .arg(q(e.time), q(e.source), QString::number(e.eventId), q(e.message));
    html += QStringLiteral("</ul>");
    if (!c.lostProbes.empty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Checks unavailable now"));
        for (const auto& p : c.lostProbes)
            html += QStringLiteral("<li>%1</li>").arg(t(p));
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString VerificationText::nextStepsHtml(const std::vector<NextStep>& steps)
{
    if (steps.empty())
        return {};
    QString html = QStringLiteral("<b>%1</b><ul style=\"margin-top:0\">").arg(tr("What to do next:"));
    for (const auto& s : steps)
        html += QStringLiteral("<li>%1</li>").arg(t(s.text));
    return html + QStringLiteral("</ul>");
}

} // namespace wsafix
