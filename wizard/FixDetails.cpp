#include "FixDetails.h"

#include "EngineText.h"
#include "FixText.h"
#include "SeverityStyle.h"

#include "diagnostics/fix/Fix.h"

namespace wsafix {

FixDetails::FixDetails(QWidget* parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("fix.details"));
    setAccessibleName(tr("Fix details and exact commands"));
}

void FixDetails::show(const Content& c)
{
    const QString id = QString::fromStdString(c.fixId);
    QString html = QStringLiteral("<p><b>%1</b><br><code>%2</code></p><p>%3</p>")
                       .arg(c.title.toHtmlEscaped(), id.toHtmlEscaped(),
                            (c.fix ? EngineText::translate(c.fix->explanation()) : FixText::explanation(c.fixId))
                                .toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Why:").toHtmlEscaped(), c.askedBy.toHtmlEscaped());
    if (!c.badges.isEmpty())
        html += QStringLiteral("<p><img src=\"%1\" width=16 height=16> %2</p>")
                    .arg(SeverityStyle::iconPath(Severity::Warning), c.badges.toHtmlEscaped());
    if (c.guarded.count() > 0)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("This fix can cut the computer off the network, so the auto-revert guard watches it: "
                            "unless you keep the change within %n second(s), the settings before it come back by "
                            "themselves.",
                            nullptr, int(c.guarded.count()))
                             .toHtmlEscaped());
    if (!c.blocked.isEmpty())
        html += QStringLiteral("<p><img src=\"%1\" width=16 height=16> <b>%2</b> %3</p>")
                    .arg(SeverityStyle::iconPath(Severity::Warning), tr("Cannot run here:").toHtmlEscaped(),
                         c.blocked.toHtmlEscaped());
    if (c.fix) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Snapshot first:").toHtmlEscaped());
        for (const auto& line : c.fix->snapshotPlan())
            html += QStringLiteral("<li>%1</li>").arg(EngineText::translate(line).toHtmlEscaped());
        html += QStringLiteral("</ul>");
        html += QStringLiteral("<p><b>%1</b></p><pre style=\"background:%2;padding:4px;white-space:pre-wrap\">%3</pre>")
                    .arg(tr("Exact commands:").toHtmlEscaped(), palette().color(QPalette::AlternateBase).name(),
                         (c.commands.isEmpty() ? tr("(being listed…)") : c.commands).toHtmlEscaped());
    }
    setHtml(html);
}

} // namespace wsafix
