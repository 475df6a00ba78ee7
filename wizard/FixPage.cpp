#include "FixPage.h"

#include "EngineText.h"

#include "FixText.h"
#include "PageText.h"
#include "SessionController.h"
#include "SeverityStyle.h"

#include "diagnostics/Scenario.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace wsafix {
namespace {

constexpr int kFixIdRole = Qt::UserRole;
constexpr int kOtherRole = Qt::UserRole + 1; // training only: a fix the scenario simulates that no finding asks for

} // namespace

FixPage::FixPage(SessionController& controller, QWidget* parent)
    : QWizardPage(parent), m_controller(controller), m_list(new QTreeWidget(this)), m_details(new QTextBrowser(this)),
      m_apply(new QPushButton(tr("&Apply ticked fixes"), this))
{
    setObjectName(QStringLiteral("fixPage"));
    setTitle(tr("Fix"));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Continue to &verify"));
    m_intro = PageText::intro(QStringLiteral("fix.intro"), QString(), this);

    m_list->setObjectName(QStringLiteral("fix.list"));
    m_list->setAccessibleName(tr("Recommended fixes"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Fix"), tr("Notes and result"), tr("Asked for by")});
    m_list->header()->setStretchLastSection(true);
    m_details->setObjectName(QStringLiteral("fix.details"));
    m_details->setAccessibleName(tr("Fix details"));
    m_details->setMaximumHeight(140);
    m_apply->setObjectName(QStringLiteral("fix.apply"));
    connect(m_apply, &QPushButton::clicked, this, &FixPage::applyChecked);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { showDetails(); });

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_apply);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
}

void FixPage::initializePage()
{
    m_list->clear();
    m_applied.clear();
    const SessionRecord& record = m_controller.record();

    // Every fix once, with all the findings that ask for it; then least invasive first, keeping the rules' order.
    std::vector<std::string> order;
    std::map<std::string, QStringList> askedBy;
    std::map<std::string, Severity> worst;
    std::map<std::string, bool> firstChoice; // the gentlest fix a finding recommends is ticked at the start
    for (const auto& f : record.findings)
        for (std::size_t i = 0; i < f.fixes.size(); ++i) {
            const auto& id = f.fixes[i];
            if (!askedBy.count(id)) {
                order.push_back(id);
                worst[id] = f.severity;
            }
            askedBy[id] << EngineText::translate(f.title);
            worst[id] = std::max(worst[id], f.severity);
            firstChoice[id] = firstChoice[id] || i == 0;
        }
    std::stable_sort(order.begin(), order.end(), [](const std::string& a, const std::string& b) {
        return FixText::invasiveness(a) < FixText::invasiveness(b);
    });

    const bool simulated = m_controller.isSimulated();
    for (const auto& id : order) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(FixColumn, FixText::title(id));
        item->setText(WhyColumn, askedBy[id].join(QStringLiteral("; ")));
        item->setToolTip(WhyColumn, askedBy[id].join(QLatin1Char('\n')));
        item->setIcon(WhyColumn, SeverityStyle::icon(worst[id]));
        item->setData(FixColumn, kFixIdRole, QString::fromStdString(id));
        item->setToolTip(FixColumn, QString::fromStdString(id));
        if (simulated)
            item->setCheckState(FixColumn, firstChoice[id] ? Qt::Checked : Qt::Unchecked);
        if (FixText::needsReboot(id))
            item->setText(StatusColumn, tr("needs a restart"));
    }
    // Training: the trainee may also pick what no finding asks for (a reset "to be safe"), and Verify tells them.
    if (const Scenario* scenario = m_controller.scenario())
        for (const auto& [id, effect] : scenario->fixes) {
            if (askedBy.count(id))
                continue;
            auto* item = new QTreeWidgetItem(m_list);
            item->setText(FixColumn, FixText::title(id));
            item->setText(WhyColumn, tr("no finding asks for this (training: you may still try it)"));
            item->setData(FixColumn, kFixIdRole, QString::fromStdString(id));
            item->setData(FixColumn, kOtherRole, true);
            item->setToolTip(FixColumn, QString::fromStdString(id));
            item->setCheckState(FixColumn, Qt::Unchecked);
            if (FixText::needsReboot(id))
                item->setText(StatusColumn, tr("needs a restart"));
        }
    m_list->resizeColumnToContents(FixColumn);
    m_list->resizeColumnToContents(StatusColumn);
    m_list->setColumnWidth(StatusColumn, qMax(160, m_list->columnWidth(StatusColumn) + 16));
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showDetails();

    m_apply->setVisible(simulated && m_list->topLevelItemCount() > 0);
    if (order.empty())
        m_intro->setText(tr("Nothing needs fixing: the examination found no problem that a fix could solve. Click "
                            "Next to check the connection."));
    else if (simulated)
        m_intro->setText(tr("These are the fixes the findings call for, the gentlest first. Tick the ones to try and "
                            "click Apply; this is a simulated machine, so no real computer changes."));
    else
        m_intro->setText(tr("This version of wsafix cannot apply fixes on a real machine yet. Below is what the "
                            "findings recommend, the gentlest first; a technician can carry it out by hand."));
}

std::vector<std::string> FixPage::recommendedFixes() const
{
    std::vector<std::string> ids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (!m_list->topLevelItem(i)->data(FixColumn, kOtherRole).toBool())
            ids.push_back(m_list->topLevelItem(i)->data(FixColumn, kFixIdRole).toString().toStdString());
    return ids;
}

std::vector<std::string> FixPage::otherFixes() const
{
    std::vector<std::string> ids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(FixColumn, kOtherRole).toBool())
            ids.push_back(m_list->topLevelItem(i)->data(FixColumn, kFixIdRole).toString().toStdString());
    return ids;
}

QTreeWidgetItem* FixPage::itemFor(const std::string& fixId) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(FixColumn, kFixIdRole).toString().toStdString() == fixId)
            return m_list->topLevelItem(i);
    return nullptr;
}

bool FixPage::setChecked(const std::string& fixId, bool checked)
{
    auto* item = itemFor(fixId);
    if (!item)
        return false;
    item->setCheckState(FixColumn, checked ? Qt::Checked : Qt::Unchecked);
    return true;
}

void FixPage::showDetails()
{
    const auto* item = m_list->currentItem();
    if (!item) {
        m_details->clear();
        return;
    }
    const std::string id = item->data(FixColumn, kFixIdRole).toString().toStdString();
    m_details->setHtml(QStringLiteral("<p><b>%1</b> <code>%2</code></p><p>%3</p><p>%4 %5</p>")
                           .arg(FixText::title(id).toHtmlEscaped(), QString::fromStdString(id).toHtmlEscaped(),
                                FixText::explanation(id).toHtmlEscaped(), tr("Asked for by:").toHtmlEscaped(),
                                item->text(WhyColumn).toHtmlEscaped()));
}

void FixPage::applyChecked()
{
    if (!m_controller.isSimulated())
        return;
    SessionRecord& record = m_controller.record();
    int tried = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        const std::string id = item->data(FixColumn, kFixIdRole).toString().toStdString();
        if (item->checkState(FixColumn) != Qt::Checked ||
            std::find(m_applied.begin(), m_applied.end(), id) != m_applied.end())
            continue;
        Action action;
        action.fixId = id;
        action.started = utcNow();
        std::string detail;
        const bool ok = m_controller.applySimulatedFix(id, detail);
        action.finished = utcNow();
        action.outcome = ok ? "applied" : "failed";
        action.detail = detail;
        record.actions.push_back(action);
        record.note((ok ? "Applied " : "Could not apply ") + id + " (" + detail + ")");
        m_applied.push_back(id);
        ++tried;

        const QString result = ok ? tr("applied") : tr("not applied: %1").arg(EngineText::translate(detail));
        item->setText(StatusColumn, FixText::needsReboot(id) ? tr("needs a restart; %1").arg(result) : result);
        item->setIcon(StatusColumn, ok ? SeverityStyle::okIcon() : SeverityStyle::icon(Severity::Warning));
        Qt::ItemFlags flags = item->flags();
        flags.setFlag(Qt::ItemIsUserCheckable, false); // done: the tick no longer means anything
        item->setFlags(flags);
    }
    if (tried > 0)
        m_controller.save("fix", {});
    m_list->resizeColumnToContents(StatusColumn);
    m_list->setColumnWidth(StatusColumn, qMax(160, m_list->columnWidth(StatusColumn) + 16));
}

bool FixPage::validatePage()
{
    // Leaving the commit page applies what is ticked but not yet applied, so a tick is never silently ignored.
    applyChecked();
    if (m_controller.record().actions.empty())
        m_controller.save("fix", m_controller.isSimulated() ? "No fix applied"
                                                            : "Fixes listed; none applied on a real machine");
    else
        m_controller.save("fix", {});
    return true;
}

} // namespace wsafix
