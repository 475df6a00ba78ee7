#include "FixPage.h"

#include "FixJob.h"
#include "FixText.h"
#include "PageText.h"
#include "SessionController.h"
#include "SeverityStyle.h"

#include "diagnostics/FixKinds.h"
#include "diagnostics/Scenario.h"
#include "diagnostics/fix/FixFactory.h"
#include "diagnostics/fix/FixRecord.h"
#include "diagnostics/fix/FixSteps.h"
#include "diagnostics/fix/Journal.h"
#include "diagnostics/fix/SnapshotStore.h"

#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizard>

#include <algorithm>

namespace wsafix {
namespace {

constexpr int kFixIdRole = Qt::UserRole;
constexpr int kOtherRole = Qt::UserRole + 1; // training only: a fix the scenario simulates that no finding asks for

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

Severity outcomeSeverity(const std::string& outcome)
{
    if (outcome == "rollback-failed")
        return Severity::Critical;
    if (outcome == "rolled-back" || outcome == "not-started")
        return Severity::Error;
    if (outcome == "could-not-verify" || outcome == "unavailable" || outcome == "left-open")
        return Severity::Warning;
    return Severity::Info;
}

} // namespace

FixPage::FixPage(SessionController& controller, QWidget* parent)
    : QWizardPage(parent), m_controller(controller), m_recovery(new QFrame(this)), m_recoveryText(new QLabel(this)),
      m_recover(new QPushButton(tr("&Roll back the interrupted change"), this)), m_list(new QTreeWidget(this)),
      m_details(new QTextBrowser(this)), m_rights(new QLabel(this)),
      m_apply(new QPushButton(tr("&Apply ticked fixes"), this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_log(new QPlainTextEdit(this)), m_snapshots(new QTreeWidget(this)),
      m_watcher(new QFutureWatcher<FixJobEvent>(this))
{
    setObjectName(QStringLiteral("fixPage"));
    setTitle(tr("Fix"));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Continue to &verify"));
    m_intro = PageText::intro(QStringLiteral("fix.intro"), QString(), this);

    // The crash-recovery offer: a banner in the warning colour with its button, shown only when needed.
    m_recovery->setObjectName(QStringLiteral("fix.recovery"));
    m_recovery->setFrameShape(QFrame::StyledPanel);
    m_recovery->setAutoFillBackground(true);
    QPalette banner = m_recovery->palette();
    banner.setColor(QPalette::Window, SeverityStyle::tint(Severity::Warning));
    m_recovery->setPalette(banner);
    m_recoveryText->setObjectName(QStringLiteral("fix.recoveryText"));
    m_recoveryText->setWordWrap(true);
    m_recover->setObjectName(QStringLiteral("fix.recover"));
    auto* bannerIcon = new QLabel(m_recovery);
    bannerIcon->setPixmap(SeverityStyle::icon(Severity::Warning).pixmap(24, 24));
    auto* bannerRow = new QHBoxLayout(m_recovery);
    bannerRow->addWidget(bannerIcon, 0, Qt::AlignTop);
    bannerRow->addWidget(m_recoveryText, 1);
    bannerRow->addWidget(m_recover, 0, Qt::AlignVCenter);
    m_recovery->hide();
    connect(m_recover, &QPushButton::clicked, this, &FixPage::recoverInterrupted);

    m_list->setObjectName(QStringLiteral("fix.list"));
    m_list->setAccessibleName(tr("Recommended fixes"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Fix"), tr("Badges"), tr("Result"), tr("Asked for by")});
    m_list->header()->setStretchLastSection(true);
    m_details->setObjectName(QStringLiteral("fix.details"));
    m_details->setAccessibleName(tr("Fix details and exact commands"));
    m_rights->setObjectName(QStringLiteral("fix.rights"));
    m_rights->setWordWrap(true);
    m_rights->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rights->hide();
    m_apply->setObjectName(QStringLiteral("fix.apply"));
    m_progress->setObjectName(QStringLiteral("fix.progress"));
    m_progress->setAccessibleName(tr("Fix progress"));
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("fix.status"));
    m_log->setObjectName(QStringLiteral("fix.log"));
    m_log->setAccessibleName(tr("Live log of the fix steps"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("Each step appears here as it runs."));
    m_snapshots->setObjectName(QStringLiteral("fix.snapshots"));
    m_snapshots->setAccessibleName(tr("Snapshots of this session"));
    m_snapshots->setRootIsDecorated(false);
    m_snapshots->setHeaderLabels({tr("Snapshot"), tr("Taken for"), tr("Taken"), tr("State"), QString()});
    connect(m_apply, &QPushButton::clicked, this, [this] { applyChecked(); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { showDetails(); });
    connect(m_watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_watcher, &QFutureWatcherBase::progressTextChanged, m_status, &QLabel::setText);
    connect(m_watcher, &QFutureWatcherBase::resultsReadyAt, this, [this](int, int end) {
        while (m_taken < end)
            takeEvent(m_taken++);
    });
    connect(m_watcher, &QFutureWatcherBase::finished, this, &FixPage::jobDone);

    auto* applyRow = new QHBoxLayout;
    applyRow->addWidget(m_progress, 1);
    applyRow->addWidget(m_status, 1);
    applyRow->addWidget(m_apply);

    auto* logBox = new QWidget(this);
    auto* logLayout = new QVBoxLayout(logBox);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(new QLabel(tr("Log"), logBox));
    logLayout->addWidget(m_log);
    auto* snapshotBox = new QWidget(this);
    auto* snapshotLayout = new QVBoxLayout(snapshotBox);
    snapshotLayout->setContentsMargins(0, 0, 0, 0);
    snapshotLayout->addWidget(new QLabel(tr("Snapshots of this session"), snapshotBox));
    snapshotLayout->addWidget(m_snapshots);
    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(logBox);
    bottom->addWidget(snapshotBox);
    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_list);
    top->addWidget(m_details);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_recovery);
    layout->addWidget(top, 3);
    layout->addWidget(m_rights);
    layout->addLayout(applyRow);
    layout->addWidget(bottom, 2);

    showRecoveryOffer(); // at start: what a crash left open is offered before anything else runs
}

QTreeWidgetItem* FixPage::addFixRow(const std::string& id, bool other)
{
    const FixFactory& factory = m_controller.fixFactory();
    auto* item = new QTreeWidgetItem(m_list);
    item->setData(FixColumn, kFixIdRole, q(id));
    item->setData(FixColumn, kOtherRole, other);
    item->setToolTip(FixColumn, q(id));
    try {
        m_fixes[id] = std::shared_ptr<Fix>(factory.create(id));
    } catch (const std::exception& e) {
        m_cannotRun[id] = tr("wsafix has no such fix for %1: %2").arg(q(factory.machine()), q(e.what()));
    }
    const Fix* fix = m_fixes.count(id) ? m_fixes[id].get() : nullptr;
    item->setText(FixColumn, fix ? q(fix->title()) : FixText::title(id));
    if (fix) {
        const FixBadges b = fix->badges();
        item->setText(BadgesColumn, q(badgeText(b)));
        if (b.cutsOffMachine || b.dropsConnections || b.needsReboot)
            item->setIcon(BadgesColumn, SeverityStyle::icon(Severity::Warning));
        else if (b.needsAdmin)
            item->setIcon(BadgesColumn, SeverityStyle::icon(Severity::Info));
        if (m_controller.pastedAnalysis())
            m_cannotRun[id] = tr("the findings describe the machine of the pasted outputs, not this one: run wsafix "
                                 "there to apply it");
        else if (const auto why = fix->unavailable(); !why.empty())
            m_cannotRun[id] = tr("unavailable: %1").arg(q(why));
        else if (const auto missing = missingRights(*fix, m_controller.systemInfo(), m_controller.record().scenario);
                 !missing.empty())
            m_cannotRun[id] = q(missing);
    }
    if (m_cannotRun.count(id)) {
        item->setText(StatusColumn, tr("cannot run here"));
        item->setToolTip(StatusColumn, m_cannotRun[id]);
        item->setIcon(StatusColumn, SeverityStyle::icon(Severity::Warning));
    } else {
        item->setCheckState(FixColumn, Qt::Unchecked);
    }
    return item;
}

void FixPage::initializePage()
{
    m_list->clear();
    m_fixes.clear();
    m_cannotRun.clear();
    m_askedBy.clear();
    m_commands.clear();
    m_tried.clear();
    const SessionRecord& record = m_controller.record();

    // Every fix once, with all the findings that ask for it; then least invasive first, keeping the rules' order.
    std::vector<std::string> order;
    std::map<std::string, Severity> worst;
    std::map<std::string, bool> firstChoice; // the gentlest fix a finding recommends is ticked at the start
    for (const auto& f : record.findings)
        for (std::size_t i = 0; i < f.fixes.size(); ++i) {
            const auto& id = f.fixes[i];
            if (!m_askedBy.count(id)) {
                order.push_back(id);
                worst[id] = f.severity;
            }
            m_askedBy[id] << q(f.title);
            worst[id] = std::max(worst[id], f.severity);
            firstChoice[id] = firstChoice[id] || i == 0;
        }
    std::stable_sort(order.begin(), order.end(), [](const std::string& a, const std::string& b) {
        return fixInvasiveness(a) < fixInvasiveness(b);
    });

    const bool simulated = m_controller.isSimulated();
    for (const auto& id : order) {
        auto* item = addFixRow(id, false);
        item->setText(WhyColumn, m_askedBy[id].join(QStringLiteral("; ")));
        item->setToolTip(WhyColumn, m_askedBy[id].join(QLatin1Char('\n')));
        item->setIcon(WhyColumn, SeverityStyle::icon(worst[id]));
        // Only on a simulated machine is anything ticked for the user: a real machine changes only on their tick.
        if (simulated && firstChoice[id] && !m_cannotRun.count(id))
            item->setCheckState(FixColumn, Qt::Checked);
    }
    // Training: the trainee may also pick what no finding asks for (a reset "to be safe"), and Verify tells them.
    if (const Scenario* scenario = m_controller.scenario())
        for (const auto& [id, effect] : scenario->fixes)
            if (!m_askedBy.count(id))
                addFixRow(id, true)->setText(WhyColumn, tr("no finding asks for this (training: you may still try it)"));
    for (int c : {FixColumn, BadgesColumn})
        m_list->resizeColumnToContents(c);
    m_list->setColumnWidth(StatusColumn, 160);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showDetails();

    const auto needAdmin = fixesNeedingElevation();
    m_rights->setVisible(!needAdmin.empty());
    if (!needAdmin.empty()) {
        QStringList ids;
        for (const auto& id : needAdmin)
            ids << q(id);
        // The hook for an elevated relaunch of this step: until wsafix can relaunch itself, say it plainly.
        m_rights->setText(tr("%1 need administrator rights that wsafix does not have here, so they are not run. "
                             "Start wsafix as administrator (root) for this step, or ask an administrator to run: "
                             "wsafix fix %2")
                              .arg(ids.join(QStringLiteral(", ")), ids.join(QLatin1Char(' '))));
    }
    m_apply->setVisible(m_list->topLevelItemCount() > 0);
    if (order.empty())
        m_intro->setText(tr("Nothing needs fixing: the examination found no problem that a fix could solve. Click "
                            "Continue to check the connection."));
    else if (simulated)
        m_intro->setText(tr("These are the fixes the findings call for, the gentlest first. Tick the ones to try and "
                            "click Apply: a snapshot is taken first and a fix that fails is undone. This is a "
                            "simulated machine, so no real computer changes."));
    else
        m_intro->setText(tr("These are the fixes the findings call for, the gentlest first, with the exact commands "
                            "they run. Tick the ones to try and click Apply: a snapshot is taken first, and a fix "
                            "that fails is undone on the spot. Every snapshot below can be restored."));
    fillSnapshots();
    showRecoveryOffer();
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

std::vector<std::string> FixPage::fixesNeedingElevation() const
{
    std::vector<std::string> ids;
    for (const auto& [id, fix] : m_fixes)
        if (!missingRights(*fix, m_controller.systemInfo(), m_controller.record().scenario).empty())
            ids.push_back(id);
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
    if (!item || !(item->flags() & Qt::ItemIsUserCheckable) || m_cannotRun.count(fixId))
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
    const auto it = m_fixes.find(id);
    Fix* fix = it == m_fixes.end() ? nullptr : it->second.get();
    QString html = QStringLiteral("<p><b>%1</b><br><code>%2</code></p><p>%3</p>")
                       .arg(item->text(FixColumn).toHtmlEscaped(), q(id).toHtmlEscaped(),
                            (fix ? q(fix->explanation()) : FixText::explanation(id)).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Why:").toHtmlEscaped(),
                     (m_askedBy.count(id) ? m_askedBy.at(id).join(QStringLiteral("; ")) : item->text(WhyColumn))
                         .toHtmlEscaped());
    if (!item->text(BadgesColumn).isEmpty())
        html += QStringLiteral("<p><img src=\"%1\" width=16 height=16> %2</p>")
                    .arg(SeverityStyle::iconPath(Severity::Warning), item->text(BadgesColumn).toHtmlEscaped());
    if (const auto why = m_cannotRun.find(id); why != m_cannotRun.end())
        html += QStringLiteral("<p><img src=\"%1\" width=16 height=16> <b>%2</b> %3</p>")
                    .arg(SeverityStyle::iconPath(Severity::Warning), tr("Cannot run here:").toHtmlEscaped(),
                         why->second.toHtmlEscaped());
    if (fix) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Snapshot first:").toHtmlEscaped());
        for (const auto& line : fix->snapshotPlan())
            html += QStringLiteral("<li>%1</li>").arg(q(line).toHtmlEscaped());
        html += QStringLiteral("</ul>");
        if (!m_commands.count(id) && !isRunning()) { // preview() reads the machine: never beside a running job
            QString commands;
            try {
                for (const auto& argv : fix->preview())
                    commands += q(FixSteps::display(argv)) + QLatin1Char('\n');
                if (commands.isEmpty())
                    commands = m_controller.isSimulated() ? tr("(none: the simulated machine runs no commands)")
                                                          : tr("(none)");
            } catch (const std::exception& e) {
                commands = tr("cannot be listed: %1").arg(q(e.what()));
            }
            m_commands[id] = commands;
        }
        html += QStringLiteral("<p><b>%1</b></p><pre style=\"background:%2;padding:4px\">%3</pre>")
                    .arg(tr("Exact commands:").toHtmlEscaped(), palette().color(QPalette::AlternateBase).name(),
                         m_commands.count(id) ? m_commands[id].toHtmlEscaped() : tr("(listed when no fix runs)"));
    }
    m_details->setHtml(html);
}

bool FixPage::isRunning() const
{
    return m_watcher->isRunning();
}

bool FixPage::isComplete() const
{
    return !isRunning();
}

void FixPage::cleanupPage()
{
    m_commitWhenDone = false;
}

bool FixPage::applyChecked()
{
    if (isRunning())
        return false;
    std::vector<std::shared_ptr<Fix>> fixes;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        const std::string id = item->data(FixColumn, kFixIdRole).toString().toStdString();
        if (item->checkState(FixColumn) != Qt::Checked || m_cannotRun.count(id) || !m_fixes.count(id) ||
            std::find(m_tried.begin(), m_tried.end(), id) != m_tried.end())
            continue;
        m_tried.push_back(id);
        fixes.push_back(m_fixes[id]);
        item->setText(StatusColumn, tr("waiting…"));
        Qt::ItemFlags flags = item->flags();
        flags.setFlag(Qt::ItemIsUserCheckable, false); // tried: the tick no longer means anything
        item->setFlags(flags);
    }
    if (fixes.empty())
        return false;
    m_log->appendPlainText(tr("Applying %n fix(es) on %1", nullptr, int(fixes.size()))
                               .arg(m_controller.machineDescription()));
    start(FixJob::apply(m_controller.fixRunner(), m_controller.journal(), std::move(fixes)), true);
    return true;
}

void FixPage::restoreSnapshot(const QString& id)
{
    if (isRunning())
        return;
    m_log->appendPlainText(tr("Restoring snapshot %1").arg(id));
    start(FixJob::restore(m_controller.fixRunner(), m_controller.journal(), m_controller.fixFactory(),
                          m_controller.snapshots(), id.toStdString()),
          false);
}

void FixPage::recoverInterrupted()
{
    if (isRunning())
        return;
    m_log->appendPlainText(tr("Rolling back what an interrupted run left open"));
    start(FixJob::recover(m_controller.fixRunner(), m_controller.journal(), m_controller.fixFactory()), false);
}

void FixPage::start(FixJob job, bool apply)
{
    m_taken = 0;
    m_progress->setRange(0, 0);
    m_progress->show();
    m_status->setText(apply ? tr("Taking the snapshot…") : tr("Working…"));
    m_apply->setEnabled(false);
    m_recover->setEnabled(false);
    for (auto* button : m_snapshots->findChildren<QPushButton*>())
        button->setEnabled(false);
    m_watcher->setFuture(m_controller.run<FixJobEvent>(std::stop_source{}, std::move(job)));
    emit completeChanged();
}

void FixPage::takeEvent(int index)
{
    const FixJobEvent event = m_watcher->future().resultAt(index);
    if (!event.logLine.isEmpty())
        m_log->appendPlainText(event.logLine);
    if (event.report)
        showReport(*event.report);
}

void FixPage::showReport(const FixReport& report)
{
    m_controller.recordFix(report);
    QTreeWidgetItem* item = itemFor(report.fixId);
    if (!item || report.outcome == "restored" || report.outcome == "left-open")
        return;
    item->setText(StatusColumn, FixJob::outcomeText(report));
    item->setToolTip(StatusColumn, tr("%1\nMachine: %2").arg(q(report.detail), q(report.machineState)));
    const Severity severity = outcomeSeverity(report.outcome);
    item->setIcon(StatusColumn, severity == Severity::Info ? SeverityStyle::okIcon() : SeverityStyle::icon(severity));
}

void FixPage::jobDone()
{
    while (m_taken < m_watcher->future().resultCount())
        takeEvent(m_taken++);
    m_progress->hide();
    m_status->setText(tr("Done: see the result of each fix above and the log below."));
    m_apply->setEnabled(true);
    m_recover->setEnabled(true);
    m_controller.save("fix", {});
    m_commands.clear(); // the machine changed: the commands are listed again from its new state
    showDetails();
    fillSnapshots();
    showRecoveryOffer();
    emit completeChanged();
    emit jobFinished();
    if (m_commitWhenDone) {
        m_commitWhenDone = false;
        if (wizard() && wizard()->currentPage() == this)
            wizard()->next();
    }
}

void FixPage::fillSnapshots()
{
    m_snapshots->clear();
    const auto& ids = m_controller.record().snapshots;
    std::vector<SnapshotStore::Entry> entries;
    try {
        entries = m_controller.snapshots().list();
    } catch (const std::exception& e) {
        m_status->setText(tr("The snapshots cannot be listed: %1").arg(q(e.what())));
    }
    for (const auto& id : ids) {
        const auto it = std::find_if(entries.begin(), entries.end(), [&](const auto& e) { return e.id == id; });
        auto* item = new QTreeWidgetItem(m_snapshots);
        item->setText(SnapshotIdColumn, q(id));
        if (it == entries.end()) {
            item->setText(SnapshotStateColumn, tr("missing from the state folder"));
            item->setIcon(SnapshotStateColumn, SeverityStyle::icon(Severity::Error));
            continue;
        }
        item->setText(SnapshotFixColumn, q(it->fixId));
        item->setText(SnapshotCreatedColumn, q(it->created));
        item->setText(SnapshotStateColumn, it->problem.empty() ? tr("intact") : q(it->problem));
        item->setToolTip(SnapshotStateColumn, item->text(SnapshotStateColumn));
        item->setIcon(SnapshotStateColumn,
                      it->problem.empty() ? SeverityStyle::okIcon() : SeverityStyle::icon(Severity::Error));
        // Restore stays offered for a damaged snapshot too: the engine refuses it and says why.
        auto* restore = new QPushButton(tr("Restore"), m_snapshots);
        restore->setObjectName(QStringLiteral("fix.restore"));
        restore->setAccessibleName(tr("Restore snapshot %1").arg(q(id)));
        restore->setProperty("snapshotId", q(id));
        restore->setEnabled(!isRunning());
        connect(restore, &QPushButton::clicked, this, [this, sid = q(id)] { restoreSnapshot(sid); });
        m_snapshots->setItemWidget(item, SnapshotRestoreColumn, restore);
    }
    if (ids.empty()) {
        auto* item = new QTreeWidgetItem(m_snapshots);
        item->setText(SnapshotIdColumn, tr("none yet: each fix takes one before it changes anything"));
        item->setFirstColumnSpanned(true);
    }
    for (int c = 0; c < SnapshotRestoreColumn; ++c)
        m_snapshots->resizeColumnToContents(c);
}

void FixPage::showRecoveryOffer()
{
    std::vector<OpenJournalEntry> open;
    QString problem;
    try {
        open = m_controller.journal().openEntries();
    } catch (const std::exception& e) {
        problem = q(e.what());
    }
    m_openEntries = !open.empty();
    if (open.empty() && problem.isEmpty()) {
        m_recovery->hide();
        return;
    }
    if (!problem.isEmpty()) {
        m_recoveryText->setText(tr("The fix journal cannot be read, so wsafix cannot tell whether an earlier run was "
                                   "interrupted: %1")
                                    .arg(problem));
        m_recover->hide();
        m_recovery->show();
        return;
    }
    QStringList lines;
    bool ours = false;
    for (const auto& entry : open) {
        const bool here = entry.machine == m_controller.fixFactory().machine();
        ours = ours || here;
        if (here)
            lines << tr("%1 of %2 (snapshot %3, stopped after %4 journal steps)")
                         .arg(q(entry.kind), q(entry.fixId), q(entry.snapshotId), QString::number(entry.records.size()));
        else
            lines << tr("%1 of %2 on another machine (%3): left as it is")
                         .arg(q(entry.kind), q(entry.fixId), q(entry.machine));
    }
    m_recoveryText->setText(tr("wsafix was interrupted while it changed this machine, so the change may be half "
                               "made:\n%1\nRolling back puts the machine back as the snapshot taken before it. "
                               "Nothing is rolled back until you click.")
                                .arg(lines.join(QLatin1Char('\n'))));
    m_recover->setVisible(ours);
    m_recovery->show();
}

bool FixPage::validatePage()
{
    if (isRunning())
        return false;
    // Leaving the commit page applies what is ticked but not yet tried, so a tick is never silently ignored; the
    // wizard moves on when those fixes are done.
    if (applyChecked()) {
        m_commitWhenDone = true;
        return false;
    }
    if (m_controller.record().actions.empty())
        m_controller.save("fix", "No fix applied");
    else
        m_controller.save("fix", {});
    return true;
}

} // namespace wsafix
