#include "FindingsView.h"

#include "EngineText.h"

#include "FixText.h"
#include "SeverityStyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wsafix {

FindingsView::FindingsView(const QString& name, QWidget* parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_list(new QTreeWidget(this)),
      m_details(new QTextBrowser(this)), m_empty(new QLabel(this))
{
    setObjectName(name);
    m_list->setObjectName(name + QStringLiteral(".list"));
    m_list->setAccessibleName(tr("Findings"));
    m_list->setAccessibleDescription(tr("The problems found, worst first. The details of the selected one are shown "
                                        "beside the list."));
    m_list->setRootIsDecorated(false);
    m_list->setIconSize(QSize(20, 20));
    m_list->setWordWrap(false);
    m_list->header()->setStretchLastSection(true);
    m_list->setHeaderLabels({tr("Finding and evidence")});

    m_details->setObjectName(name + QStringLiteral(".details"));
    m_details->setAccessibleName(tr("Finding details"));
    m_details->setOpenLinks(false);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    // "No problems found" is a result in its own right: shown large, with the ok icon, instead of an empty list.
    auto* emptyPage = new QWidget(this);
    auto* okIcon = new QLabel(emptyPage);
    okIcon->setPixmap(SeverityStyle::okIcon().pixmap(QSize(32, 32)));
    m_empty->setObjectName(name + QStringLiteral(".empty"));
    m_empty->setWordWrap(true);
    QFont emptyFont = m_empty->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    m_empty->setFont(emptyFont);
    auto* emptyLayout = new QHBoxLayout(emptyPage);
    emptyLayout->addWidget(okIcon, 0, Qt::AlignTop);
    emptyLayout->addWidget(m_empty, 1, Qt::AlignTop);

    m_stack->addWidget(splitter);
    m_stack->addWidget(emptyPage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { showDetails(); });
}

void FindingsView::showPlaceholder(const QString& text)
{
    m_findings.clear();
    m_list->clear();
    m_stack->setCurrentIndex(0);
    m_details->setPlainText(text);
}

void FindingsView::setEmptyText(const QString& text)
{
    m_empty->setText(text);
}

bool FindingsView::isShowingEmptyText() const
{
    return m_stack->currentIndex() == 1;
}

void FindingsView::setFindings(std::vector<Finding> findings, QStringList statuses, std::vector<bool> resolved)
{
    m_findings = std::move(findings);
    m_list->clear();
    const bool withStatus = !statuses.isEmpty();
    m_list->setColumnCount(withStatus ? 2 : 1);
    QStringList headers;
    if (withStatus)
        headers << tr("Now");
    headers << tr("Finding and evidence");
    m_list->setHeaderLabels(headers);
    const int titleColumn = withStatus ? 1 : 0;

    for (std::size_t i = 0; i < m_findings.size(); ++i) {
        const Finding& f = m_findings[i];
        auto* item = new QTreeWidgetItem(m_list);
        if (withStatus && static_cast<qsizetype>(i) < statuses.size()) {
            item->setText(0, statuses[static_cast<qsizetype>(i)]);
            if (i < resolved.size() && resolved[i])
                item->setIcon(0, SeverityStyle::okIcon());
        }
        // Two lines per finding: the title, then the first piece of evidence.
        QString text = EngineText::translate(f.title);
        if (!f.evidence.empty())
            text += QLatin1Char('\n') + EngineText::translate(f.evidence.front()) +
                    (f.evidence.size() > 1 ? tr(" (and %1 more)").arg(f.evidence.size() - 1) : QString());
        item->setIcon(titleColumn, SeverityStyle::icon(f.severity));
        item->setText(titleColumn, text);
        item->setToolTip(titleColumn, SeverityStyle::label(f.severity));
        // The severity is an icon on screen: a screen reader says it in words.
        item->setData(titleColumn, Qt::AccessibleTextRole,
                      tr("%1: %2").arg(SeverityStyle::label(f.severity), QString(text).replace(u'\n', u' ')));
        item->setData(0, Qt::UserRole, static_cast<int>(i));
    }
    m_stack->setCurrentIndex(m_findings.empty() ? 1 : 0);
    if (!m_findings.empty()) {
        if (withStatus)
            m_list->resizeColumnToContents(0);
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    showDetails();
}

void FindingsView::showDetails()
{
    const auto* item = m_list->currentItem();
    if (!item) {
        m_details->clear();
        return;
    }
    const int i = item->data(0, Qt::UserRole).toInt();
    m_details->setHtml(findingHtml(m_findings[static_cast<std::size_t>(i)]));
}

QString FindingsView::findingHtml(const Finding& f)
{
    QString html = QStringLiteral("<h3><img src=\"%1\" width=\"20\" height=\"20\"> %2</h3>")
                       .arg(SeverityStyle::iconPath(f.severity), EngineText::translate(f.title).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> · <code>%2</code></p>")
                .arg(SeverityStyle::label(f.severity), QString::fromStdString(f.id).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(EngineText::translate(f.explanation).toHtmlEscaped());
    if (!f.evidence.empty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Evidence"));
        for (const auto& e : f.evidence)
            html += QStringLiteral("<li><code>%1</code></li>").arg(EngineText::translate(e).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!f.fixes.empty()) {
        html += QStringLiteral("<p><b>%1</b></p><ol>").arg(tr("Recommended fixes, gentlest first"));
        for (const auto& fix : f.fixes)
            html += QStringLiteral("<li>%1</li>").arg(FixText::title(fix).toHtmlEscaped());
        html += QStringLiteral("</ol>");
    }
    return html;
}

} // namespace wsafix
