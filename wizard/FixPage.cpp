#include "FixPage.h"

#include "EngineText.h"
#include "FixJob.h"
#include "FixText.h"
#include "PageText.h"
#include "RecoveryBanner.h"
#include "SessionController.h"
#include "SeverityStyle.h"
#include "SnapshotList.h"

#include "diagnostics/FixKinds.h"
#include "diagnostics/Scenario.h"
#include "diagnostics/fix/FixFactory.h"
#include "diagnostics/fix/FixRecord.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMetaMethod>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizard>

#include <algorithm>
#include <numeric>

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

// The badges in words, each translated on its own.
QString translatedBadges(const FixBadges& badges)
{
    QStringList words;
    for (const auto& word : badgeWords(badges))
        words << EngineText::translate(word);
    return words.join(QStringLiteral(", "));
}

QIcon outcomeIcon(const std::string& outcome)
{
    const Severity s = outcomeSeverity(outcome);
    return s == Severity::Info ? SeverityStyle::okIcon() : SeverityStyle::icon(s);
}

} // namespace

FixPage::FixPage(SessionController& controller, QWidget* parent)
    : QWizardPage(parent), m_controller(controller),
      m_recovery(new RecoveryBanner(controller.fixFactory().machine(), this)), m_list(new QTreeWidget(this)),
      m_details(new QTextBrowser(this)), m_rights(new QLabel(this)),
      m_elevate(new QPushButton(tr("Run as &administrator…"), this)),
      m_apply(new QPushButton(tr("&Apply ticked fixes"), this)), m_stop(new QPushButton(tr("&Stop after this fix"), this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)), m_outcome(new QLabel(this)),
      m_log(new QPlainTextEdit(this)), m_snapshots(new SnapshotList(this)),
      m_watcher(new QFutureWatcher<FixJobEvent>(this))
{
    setObjectName(QStringLiteral("fixPage"));
    setTitle(tr("Fix"));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Continue to &verify"));
    m_intro = PageText::intro(QStringLiteral("fix.intro"), QString(), this);

    connect(m_recovery, &RecoveryBanner::rollBackRequested, this, &FixPage::recoverInterrupted);
    connect(m_snapshots, &SnapshotList::restoreConfirmed, this, &FixPage::restoreSnapshot);

    m_list->setObjectName(QStringLiteral("fix.list"));
    m_list->setAccessibleName(tr("Recommended fixes"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Fix"), tr("Badges"), tr("Result"), tr("Asked for by")});
    m_list->header()->setStretchLastSection(true);
    m_details->setObjectName(QStringLiteral("fix.details"));
    m_details->setAccessibleName(tr("Fix details and exact commands"));
    m_rights->setObjectName(QStringLiteral("fix.rights"));
    m_rights->setWordWrap(true);
    m_rights->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_elevate->setObjectName(QStringLiteral("fix.elevate"));
    m_elevate->hide();
    m_apply->setObjectName(QStringLiteral("fix.apply"));
    m_stop->setObjectName(QStringLiteral("fix.stop"));
    m_stop->setToolTip(tr("A fix that has started is always finished or rolled back; the ones after it are not run."));
    m_stop->hide();
    m_progress->setObjectName(QStringLiteral("fix.progress"));
    m_progress->setAccessibleName(tr("Fix progress"));
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("fix.status"));
    m_status->setWordWrap(true);
    m_outcome->setObjectName(QStringLiteral("fix.outcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->hide();
    m_log->setObjectName(QStringLiteral("fix.log"));
    m_log->setAccessibleName(tr("Live log of the fix steps"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("Each step appears here as it runs."));

    connect(m_apply, &QPushButton::clicked, this, [this] { applyChecked(); });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_jobStop.request_stop();
        m_stop->setEnabled(false);
        m_log->appendPlainText(tr("Stopping after the fix that is running…"));
    });
    connect(m_elevate, &QPushButton::clicked, this, [this] {
        QStringList ids;
        for (const auto& id : fixesNeedingElevation())
            ids << q(id);
        emit elevationRequested(ids);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { showDetails(); });
    connect(m_watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_watcher, &QFutureWatcherBase::progressTextChanged, m_status, &QLabel::setText);
    connect(m_watcher, &QFutureWatcherBase::resultsReadyAt, this, [this](int, int end) {
        while (m_taken < end)
            takeEvent(m_taken++);
    });
    connect(m_watcher, &QFutureWatcherBase::finished, this, &FixPage::jobDone);

    auto* rightsRow = new QHBoxLayout;
    rightsRow->addWidget(m_rights, 1);
    rightsRow->addWidget(m_elevate, 0, Qt::AlignVCenter);
    auto* applyRow = new QHBoxLayout;
    applyRow->addWidget(m_progress, 1);
    applyRow->addWidget(m_status, 2);
    applyRow->addWidget(m_stop);
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
    layout->addLayout(rightsRow);
    layout->addLayout(applyRow);
    layout->addWidget(m_outcome);
    layout->addWidget(bottom, 2);

    // At start: the journal is read off the GUI thread; an interrupted change is offered before anything else runs.
    requestSurvey();
}

std::string FixPage::fixIdOf(const QTreeWidgetItem* item) const
{
    return item->data(FixColumn, kFixIdRole).toString().toStdString();
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
        m_blocked[id] = tr("wsafix has no such fix for %1: %2").arg(q(factory.machine()), EngineText::translate(e.what()));
    }
    const Fix* fix = m_fixes.count(id) ? m_fixes[id].get() : nullptr;
    item->setText(FixColumn, fix ? EngineText::translate(fix->title()) : FixText::title(id));
    if (fix) {
        const FixBadges b = fix->badges();
        item->setText(BadgesColumn, translatedBadges(b));
        if (b.cutsOffMachine || b.dropsConnections || b.needsReboot)
            item->setIcon(BadgesColumn, SeverityStyle::icon(Severity::Warning));
        else if (b.needsAdmin)
            item->setIcon(BadgesColumn, SeverityStyle::icon(Severity::Info));
        if (m_controller.pastedAnalysis()) {
            m_blocked[id] = tr("the findings describe the machine of the pasted outputs, not this one: run wsafix "
                               "there to apply it");
        } else if (!m_controller.isSimulated() && b.needsAdmin && !m_controller.systemInfo().elevated) {
            // A simulated machine goes ahead (training); showRights() says what a real one would need.
            m_blocked[id] = tr("needs administrator rights, and wsafix runs without them");
            m_needsElevation.insert(id);
        }
    }
    item->setText(StatusColumn, m_blocked.count(id) ? tr("cannot run here") : tr("checking…"));
    if (const auto why = m_blocked.find(id); why != m_blocked.end()) {
        item->setToolTip(StatusColumn, why->second);
        item->setIcon(StatusColumn, SeverityStyle::icon(Severity::Warning));
    }
    return item;
}

void FixPage::initializePage()
{
    m_list->clear();
    m_fixes.clear();
    m_blocked.clear();
    m_needsElevation.clear();
    m_askedBy.clear();
    m_tickWhenReady.clear();
    m_commands.clear();
    m_tried.clear();
    m_outcome->hide();
    const SessionRecord& record = m_controller.record();

    // Every fix once, with all the findings that ask for it; then least invasive first (the engine's ranking),
    // keeping the rules' order among equals.
    std::vector<std::string> order;
    std::map<std::string, Severity> worst;
    std::set<std::string> firstChoice; // the gentlest fix a finding recommends
    for (const auto& f : record.findings)
        for (std::size_t i = 0; i < f.fixes.size(); ++i) {
            const auto& id = f.fixes[i];
            if (!m_askedBy.count(id)) {
                order.push_back(id);
                worst[id] = f.severity;
            }
            m_askedBy[id] << EngineText::translate(f.title);
            worst[id] = std::max(worst[id], f.severity);
            if (i == 0)
                firstChoice.insert(id);
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
        if (simulated && firstChoice.count(id))
            m_tickWhenReady.insert(id);
    }
    // Training: the trainee may also pick what no finding asks for (a reset "to be safe"), and Verify tells them.
    if (const Scenario* scenario = m_controller.scenario())
        for (const auto& [id, effect] : scenario->fixes)
            if (!m_askedBy.count(id))
                addFixRow(id, true)->setText(WhyColumn, tr("no finding asks for this (training: you may still try it)"));
    // Long titles and badge lists must not push the Result column out of sight: the full text is in the details.
    for (int c : {FixColumn, BadgesColumn}) {
        m_list->resizeColumnToContents(c);
        m_list->setColumnWidth(c, std::min(m_list->columnWidth(c), 210));
    }
    m_list->setColumnWidth(StatusColumn, 170);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showDetails();
    showRights();

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
    requestSurvey();
    // Keyboard users start on the checklist, not on a control of the page they left (queued: shown by then).
    QMetaObject::invokeMethod(m_list, qOverload<>(&QWidget::setFocus), Qt::QueuedConnection);
}

void FixPage::showRights()
{
    // The fixes that need administrator rights the machine says wsafix lacks.
    QStringList ids;
    for (const auto& [id, fix] : m_fixes)
        if (fix->badges().needsAdmin && !m_controller.systemInfo().elevated && !m_controller.pastedAnalysis())
            ids << q(id);
    m_rights->setVisible(!ids.isEmpty());
    m_elevate->setVisible(!m_needsElevation.empty() &&
                          isSignalConnected(QMetaMethod::fromSignal(&FixPage::elevationRequested)));
    if (ids.isEmpty())
        return;
    if (m_controller.isSimulated())
        m_rights->setText(tr("On a real computer, %1 need administrator rights, which this simulated machine does "
                             "not have: wsafix would ask to run this step as administrator. In training the "
                             "simulated machine goes ahead.")
                              .arg(ids.join(QStringLiteral(", "))));
    else
        m_rights->setText(tr("%1 need administrator rights, and wsafix runs as an ordinary user, so they cannot be "
                             "applied from this window. Start wsafix as administrator (on Linux: as root) for this "
                             "step, or ask an administrator to run: wsafix fix %2")
                              .arg(ids.join(QStringLiteral(", ")), ids.join(QLatin1Char(' '))));
}

std::vector<std::string> FixPage::recommendedFixes() const
{
    std::vector<std::string> ids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (!m_list->topLevelItem(i)->data(FixColumn, kOtherRole).toBool())
            ids.push_back(fixIdOf(m_list->topLevelItem(i)));
    return ids;
}

std::vector<std::string> FixPage::otherFixes() const
{
    std::vector<std::string> ids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(FixColumn, kOtherRole).toBool())
            ids.push_back(fixIdOf(m_list->topLevelItem(i)));
    return ids;
}

std::vector<std::string> FixPage::fixesNeedingElevation() const
{
    return {m_needsElevation.begin(), m_needsElevation.end()};
}

QTreeWidgetItem* FixPage::itemFor(const std::string& fixId) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (fixIdOf(m_list->topLevelItem(i)) == fixId)
            return m_list->topLevelItem(i);
    return nullptr;
}

void FixPage::setCheckable(QTreeWidgetItem* item, bool checkable, bool ticked)
{
    Qt::ItemFlags flags = item->flags();
    flags.setFlag(Qt::ItemIsUserCheckable, checkable);
    item->setFlags(flags);
    if (checkable)
        item->setCheckState(FixColumn, ticked ? Qt::Checked : Qt::Unchecked);
    else
        item->setData(FixColumn, Qt::CheckStateRole, QVariant()); // no box at all: nothing to tick
}

bool FixPage::setChecked(const std::string& fixId, bool checked)
{
    auto* item = itemFor(fixId);
    if (!item || !(item->flags() & Qt::ItemIsUserCheckable) || !item->data(FixColumn, Qt::CheckStateRole).isValid())
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
    const std::string id = fixIdOf(item);
    const auto it = m_fixes.find(id);
    const Fix* fix = it == m_fixes.end() ? nullptr : it->second.get();
    QString html = QStringLiteral("<p><b>%1</b><br><code>%2</code></p><p>%3</p>")
                       .arg(item->text(FixColumn).toHtmlEscaped(), q(id).toHtmlEscaped(),
                            (fix ? EngineText::translate(fix->explanation()) : FixText::explanation(id)).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Why:").toHtmlEscaped(),
                     (m_askedBy.count(id) ? m_askedBy.at(id).join(QStringLiteral("; ")) : item->text(WhyColumn))
                         .toHtmlEscaped());
    if (!item->text(BadgesColumn).isEmpty())
        html += QStringLiteral("<p><img src=\"%1\" width=16 height=16> %2</p>")
                    .arg(SeverityStyle::iconPath(Severity::Warning), item->text(BadgesColumn).toHtmlEscaped());
    if (const auto why = m_blocked.find(id); why != m_blocked.end())
        html += QStringLiteral("<p><img src=\"%1\" width=16 height=16> <b>%2</b> %3</p>")
                    .arg(SeverityStyle::iconPath(Severity::Warning), tr("Cannot run here:").toHtmlEscaped(),
                         why->second.toHtmlEscaped());
    if (fix) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Snapshot first:").toHtmlEscaped());
        for (const auto& line : fix->snapshotPlan())
            html += QStringLiteral("<li>%1</li>").arg(EngineText::translate(line).toHtmlEscaped());
        html += QStringLiteral("</ul>");
        const auto commands = m_commands.find(id);
        html += QStringLiteral("<p><b>%1</b></p><pre style=\"background:%2;padding:4px\">%3</pre>")
                    .arg(tr("Exact commands:").toHtmlEscaped(), palette().color(QPalette::AlternateBase).name(),
                         (commands != m_commands.end() ? commands->second : tr("(being listed…)")).toHtmlEscaped());
    }
    m_details->setHtml(html);
}

bool FixPage::isRunning() const
{
    return m_job != JobKind::None;
}

bool FixPage::isComplete() const
{
    return !isRunning();
}

void FixPage::cleanupPage()
{
    m_commitWhenDone = false;
}

void FixPage::requestSurvey()
{
    if (isRunning()) {
        m_surveyPending = true;
        return;
    }
    std::vector<std::shared_ptr<Fix>> fixes;
    for (const auto& [id, fix] : m_fixes)
        fixes.push_back(fix);
    m_status->setText(tr("Checking what each fix would run here…"));
    start(FixJob::survey(m_controller.journal(), m_controller.snapshots(), std::move(fixes),
                         m_controller.record().snapshots),
          JobKind::Survey);
}

bool FixPage::applyChecked()
{
    if (isRunning())
        return false;
    std::vector<std::shared_ptr<Fix>> fixes;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        const std::string id = fixIdOf(item);
        if (!item->data(FixColumn, Qt::CheckStateRole).isValid() || item->checkState(FixColumn) != Qt::Checked ||
            m_blocked.count(id) || !m_fixes.count(id) || m_tried.count(id))
            continue;
        m_tried.insert(id);
        fixes.push_back(m_fixes[id]);
        item->setText(StatusColumn, tr("waiting…"));
        item->setIcon(StatusColumn, QIcon());
        setCheckable(item, false, false); // tried: the tick no longer means anything
    }
    if (fixes.empty())
        return false;
    m_log->appendPlainText(
        tr("Applying %n fix(es) on %1", nullptr, int(fixes.size())).arg(m_controller.machineDescription()));
    start(FixJob::apply(m_controller.fixRunner(), m_controller.journal(), std::move(fixes)), JobKind::Apply);
    return true;
}

void FixPage::restoreSnapshot(const QString& id)
{
    if (isRunning())
        return;
    m_log->appendPlainText(tr("Restoring snapshot %1").arg(id));
    start(FixJob::restore(m_controller.fixRunner(), m_controller.journal(), m_controller.fixFactory(),
                          m_controller.snapshots(), id.toStdString()),
          JobKind::Restore);
}

void FixPage::recoverInterrupted()
{
    if (isRunning())
        return;
    m_log->appendPlainText(tr("Rolling back what an interrupted run left open"));
    start(FixJob::recover(m_controller.fixRunner(), m_controller.journal(), m_controller.fixFactory()),
          JobKind::Recover);
}

void FixPage::setBusy(bool busy)
{
    const bool changing = busy && m_job != JobKind::Survey;
    m_progress->setVisible(changing);
    m_stop->setVisible(busy && m_job == JobKind::Apply);
    m_stop->setEnabled(true);
    m_apply->setEnabled(!busy);
    m_recovery->setBusy(busy);
    m_snapshots->setBusy(busy);
}

void FixPage::start(FixJob job, JobKind kind)
{
    m_taken = 0;
    m_job = kind;
    m_jobFailed = false;
    m_stories.clear();
    m_jobStop = std::stop_source{};
    m_progress->setRange(0, 0);
    if (kind == JobKind::Apply)
        m_status->setText(tr("Taking the snapshot…"));
    else if (kind != JobKind::Survey)
        m_status->setText(tr("Working…"));
    setBusy(true);
    m_watcher->setFuture(m_controller.run<FixJobEvent>(m_jobStop, std::move(job)));
    emit completeChanged();
}

void FixPage::takeEvent(int index)
{
    const FixJobEvent event = m_watcher->future().resultAt(index);
    if (event.survey) {
        applySurvey(*event.survey);
        return;
    }
    if (!event.logLine.isEmpty())
        m_log->appendPlainText(event.logLine);
    if (event.report)
        showReport(*event.report, event.simulatedFixes);
}

void FixPage::showReport(const FixReport& report, const std::optional<std::vector<std::string>>& simulatedFixes)
{
    if (report.outcome != "left-open") // another machine's entry is not part of this session
        m_controller.recordFix(report, simulatedFixes);
    m_stories << QStringLiteral("<p><img src=\"%1\" width=16 height=16> %2</p>")
                     .arg(outcomeSeverity(report.outcome) == Severity::Info
                              ? SeverityStyle::okIconPath()
                              : SeverityStyle::iconPath(outcomeSeverity(report.outcome)),
                          FixJob::story(report).toHtmlEscaped());
    if (report.outcome == "rolled-back" || report.outcome == "rollback-failed" || report.outcome == "not-started")
        m_jobFailed = true;
    QTreeWidgetItem* item = itemFor(report.fixId);
    if (!item || report.outcome == "left-open")
        return;
    if (report.outcome == "restored")
        m_tried.erase(report.fixId); // undone: it may be tried again
    item->setText(StatusColumn, FixJob::outcomeText(report));
    item->setToolTip(StatusColumn, FixJob::story(report));
    item->setIcon(StatusColumn, outcomeIcon(report.outcome));
}

void FixPage::jobDone()
{
    while (m_taken < m_watcher->future().resultCount())
        takeEvent(m_taken++);
    const JobKind finished = m_job;
    m_job = JobKind::None;
    setBusy(false);
    if (finished == JobKind::Survey) {
        m_status->clear();
    } else {
        m_status->setText(finished == JobKind::Apply ? tr("Done: the result of each fix is in the list and below.")
                                                     : tr("Done."));
        m_outcome->setText(m_stories.join(QString()));
        m_outcome->setVisible(!m_stories.isEmpty());
        m_controller.save("fix", {});
        if (finished == JobKind::Recover && !m_stories.isEmpty()) {
            auto* box = new QMessageBox(QMessageBox::Information, tr("Interrupted change"), m_stories.join(QString()),
                                        QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("fix.recoveryResult"));
            box->setTextFormat(Qt::RichText);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    }
    emit completeChanged();
    if (finished != JobKind::Survey)
        emit jobFinished();
    if (m_commitWhenDone && finished == JobKind::Apply) {
        m_commitWhenDone = false;
        // A fix that failed keeps the user here to read what happened; otherwise Next goes on as clicked.
        if (!m_jobFailed && wizard() && wizard()->currentPage() == this) {
            wizard()->next();
            return;
        }
    }
    // The machine changed (or a survey was asked for meanwhile): list commands and snapshots afresh.
    if (finished != JobKind::Survey || m_surveyPending) {
        m_surveyPending = false;
        requestSurvey();
    }
}

void FixPage::applySurvey(const FixSurvey& survey)
{
    for (const auto& state : survey.fixes) {
        m_commands[state.id] = !state.commandsError.empty()
                                   ? tr("cannot be listed: %1").arg(EngineText::translate(state.commandsError))
                               : !state.unavailable.empty() ? tr("(none: the fix cannot run here)")
                               : state.commands.empty()
                                   ? (m_controller.isSimulated() ? tr("(none: the simulated machine runs no commands)")
                                                                 : tr("(none)"))
                                   : q(std::accumulate(state.commands.begin(), state.commands.end(), std::string(),
                                                       [](std::string all, const std::string& c) {
                                                           return all + c + '\n';
                                                       }));
        QTreeWidgetItem* item = itemFor(state.id);
        if (!item || m_tried.count(state.id))
            continue; // a tried fix keeps its outcome
        const bool wasBlocked = m_blocked.count(state.id) > 0;
        if (!state.unavailable.empty() && !m_needsElevation.count(state.id))
            m_blocked[state.id] = tr("unavailable: %1").arg(EngineText::translate(state.unavailable));
        else if (state.unavailable.empty() && !m_needsElevation.count(state.id) && !m_controller.pastedAnalysis())
            m_blocked.erase(state.id); // e.g. undone by a restore: it can run again
        const auto why = m_blocked.find(state.id);
        const bool firstLook = item->text(StatusColumn) == tr("checking…");
        if (why != m_blocked.end()) {
            item->setText(StatusColumn, tr("cannot run here"));
            item->setToolTip(StatusColumn, why->second);
            item->setIcon(StatusColumn, SeverityStyle::icon(Severity::Warning));
            setCheckable(item, false, false);
        } else if (firstLook || wasBlocked || !item->data(FixColumn, Qt::CheckStateRole).isValid()) {
            if (firstLook) {
                item->setText(StatusColumn, tr("ready"));
                item->setIcon(StatusColumn, QIcon());
                item->setToolTip(StatusColumn, QString());
            }
            setCheckable(item, true, firstLook && m_tickWhenReady.count(state.id));
        }
    }
    showDetails();
    m_snapshots->setEntries(survey.snapshots);
    m_recovery->setEntries(survey.openEntries, survey.journalProblem);
}

bool FixPage::validatePage()
{
    if (isRunning())
        return false;
    // Leaving the commit page applies what is ticked but not yet tried, so a tick is never silently ignored; the
    // wizard moves on when those fixes are done (and stays when one failed, to show what happened).
    if (applyChecked()) {
        m_commitWhenDone = true;
        return false;
    }
    m_controller.save("fix", m_controller.record().actions.empty() ? "No fix applied" : std::string());
    return true;
}

} // namespace wsafix
