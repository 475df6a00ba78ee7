#include "FixPage.h"

#include "EngineText.h"
#include "FixDetails.h"
#include "FixText.h"
#include "KeepChangesDialog.h"
#include "PageText.h"
#include "RecoveryBanner.h"
#include "SessionController.h"
#include "SeverityStyle.h"
#include "SnapshotList.h"

#include "diagnostics/FixKinds.h"
#include "diagnostics/Scenario.h"
#include "diagnostics/fix/FixFactory.h"
#include "diagnostics/fix/FixRecord.h"
#include "diagnostics/fix/FixSteps.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizard>

#include <algorithm>
#include <chrono>
#include <numeric>
#include <utility>

namespace wsafix {
namespace {

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

// What another process recorded (the elevated step, the watchdog), as a report to show.
FixReport reportOf(const Action& action)
{
    FixReport report;
    report.fixId = action.fixId;
    report.outcome = action.outcome;
    report.detail = action.detail;
    report.snapshotId = action.snapshotId;
    return report;
}

// One paragraph of the outcome line: an icon (a tick for Info) and a sentence.
QString storyHtml(Severity severity, const QString& text)
{
    return QStringLiteral("<p><img src=\"%1\" width=16 height=16> %2</p>")
        .arg(severity == Severity::Info ? SeverityStyle::okIconPath() : SeverityStyle::iconPath(severity),
             text.toHtmlEscaped());
}

} // namespace

FixPage::FixPage(SessionController& controller, QWidget* parent)
    : QWizardPage(parent), m_controller(controller),
      m_recovery(new RecoveryBanner(controller.fixFactory().machine(), this)), m_list(new FixChecklist(this)),
      m_details(new FixDetails(this)), m_rights(new QLabel(this)),
      m_elevate(new QPushButton(tr("Run as &administrator…"), this)),
      m_apply(new QPushButton(tr("&Apply ticked fixes"), this)),
      m_stop(new QPushButton(tr("&Stop after this fix"), this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_outcome(new QLabel(this)), m_log(new QPlainTextEdit(this)),
      m_snapshots(new SnapshotList(this)), m_watcher(new QFutureWatcher<FixJobEvent>(this)),
      m_elevatedStep(new ElevatedFixStep(controller, this))
{
    setObjectName(QStringLiteral("fixPage"));
    setTitle(tr("Fix"));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Continue to &verify"));
    m_intro = PageText::intro(QStringLiteral("fix.intro"), QString(), this);

    connect(m_recovery, &RecoveryBanner::rollBackRequested, this, &FixPage::recoverInterrupted);
    connect(m_snapshots, &SnapshotList::restoreConfirmed, this, &FixPage::restoreSnapshot);

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
    connect(m_elevate, &QPushButton::clicked, this, &FixPage::runElevated);
    connect(m_elevatedStep, &ElevatedFixStep::finished, this, &FixPage::elevatedDone);
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

QTreeWidgetItem* FixPage::addFixRow(const std::string& id, bool other)
{
    const FixFactory& factory = m_controller.fixFactory();
    auto* item = m_list->addRow(id, other);
    try {
        m_fixes[id] = std::shared_ptr<Fix>(factory.create(id));
    } catch (const std::exception& e) {
        m_blocked[id] =
            tr("wsafix has no such fix for %1: %2").arg(q(factory.machine()), EngineText::translate(e.what()));
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
    if (m_needsElevation.count(id)) {
        showNeedsAdministrator(item);
        return item;
    }
    item->setText(StatusColumn, m_blocked.count(id) ? tr("cannot run here") : tr("checking…"));
    if (const auto why = m_blocked.find(id); why != m_blocked.end()) {
        item->setToolTip(StatusColumn, why->second);
        item->setIcon(StatusColumn, SeverityStyle::icon(Severity::Warning));
    }
    return item;
}

void FixPage::showNeedsAdministrator(QTreeWidgetItem* item)
{
    // Tickable, so that "Run as administrator" runs exactly what the user ticked; Apply leaves it alone.
    FixChecklist::setResult(item, tr("needs administrator"), SeverityStyle::icon(Severity::Info),
                            tr("needs administrator rights, and wsafix runs without them: tick it and click Run as "
                               "administrator"));
    if (!item->data(FixColumn, Qt::CheckStateRole).isValid())
        m_list->setCheckable(item, true, false);
}

std::vector<std::string> FixPage::tickedNeedingElevation() const
{
    std::vector<std::string> ids;
    for (const bool other : {false, true})
        for (const auto& id : m_list->fixIds(other))
            if (m_needsElevation.count(id) && !m_tried.count(id))
                if (const auto* item = m_list->itemFor(id); item && FixChecklist::isTicked(item))
                    ids.push_back(id);
    return ids;
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
                addFixRow(id, true)->setText(WhyColumn,
                                             tr("no finding asks for this (training: you may still try it)"));
    m_list->fitColumns();
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
    m_elevate->setVisible(!m_needsElevation.empty());
    if (ids.isEmpty())
        return;
    if (m_controller.isSimulated())
        m_rights->setText(tr("On a real computer, %1 need administrator rights, which this simulated machine does "
                             "not have: wsafix would ask to run this step as administrator. In training the "
                             "simulated machine goes ahead.")
                              .arg(ids.join(QStringLiteral(", "))));
    else
        m_rights->setText(tr("%1 need administrator rights, and wsafix runs as an ordinary user. Tick the ones to "
                             "try and click Run as administrator to run just those with the password of an "
                             "administrator (the rest of the wizard stays as it is), or ask an administrator to run: "
                             "wsafix fix %2")
                              .arg(ids.join(QStringLiteral(", ")), ids.join(QLatin1Char(' '))));
}

std::vector<std::string> FixPage::recommendedFixes() const
{
    return m_list->fixIds(false);
}

std::vector<std::string> FixPage::otherFixes() const
{
    return m_list->fixIds(true);
}

std::vector<std::string> FixPage::fixesNeedingElevation() const
{
    return {m_needsElevation.begin(), m_needsElevation.end()};
}

bool FixPage::setChecked(const std::string& fixId, bool checked)
{
    return m_list->setChecked(fixId, checked);
}

void FixPage::showDetails()
{
    const auto* item = m_list->currentItem();
    if (!item) {
        m_details->clear();
        return;
    }
    FixDetails::Content c;
    c.fixId = m_list->fixIdOf(item);
    c.title = item->text(FixColumn);
    const auto fix = m_fixes.find(c.fixId);
    c.fix = fix == m_fixes.end() ? nullptr : fix->second.get();
    c.askedBy = m_askedBy.count(c.fixId) ? m_askedBy.at(c.fixId).join(QStringLiteral("; ")) : item->text(WhyColumn);
    c.badges = item->text(BadgesColumn);
    c.guarded = c.fix && c.fix->badges().cutsOffMachine && guardSettings() ? m_controller.guardTimeout()
                                                                           : std::chrono::seconds(0);
    if (const auto why = m_blocked.find(c.fixId); why != m_blocked.end())
        c.blocked = why->second;
    if (const auto commands = m_commands.find(c.fixId); commands != m_commands.end())
        c.commands = commands->second;
    m_details->show(c);
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
                         m_controller.record().snapshots, !m_controller.isSimulated()),
          JobKind::Survey);
}

bool FixPage::applyChecked()
{
    if (isRunning())
        return false;
    std::vector<std::shared_ptr<Fix>> fixes;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        const std::string id = m_list->fixIdOf(item);
        if (!FixChecklist::isTicked(item) || m_blocked.count(id) || !m_fixes.count(id) || m_tried.count(id))
            continue;
        m_tried.insert(id);
        fixes.push_back(m_fixes[id]);
        FixChecklist::setResult(item, tr("waiting…"), QIcon(), QString());
        m_list->setCheckable(item, false, false); // tried: the tick no longer means anything
    }
    if (fixes.empty())
        return false;
    applyFixes(std::move(fixes));
    return true;
}

void FixPage::applyFixes(std::vector<std::shared_ptr<Fix>> fixes)
{
    m_log->appendPlainText(
        tr("Applying %n fix(es) on %1", nullptr, int(fixes.size())).arg(m_controller.machineDescription()));
    auto guard = guardSettings();
    // The watchdog reads the session when it starts and records a restore in it: it must be on disk first.
    if (guard)
        m_controller.waitForSaved();
    start(FixJob::apply(m_controller.fixRunner(), m_controller.journal(), std::move(fixes), std::move(guard)),
          JobKind::Apply);
}

std::optional<GuardSettings> FixPage::guardSettings() const
{
    if (m_controller.guardTimeout().count() <= 0)
        return std::nullopt;
    GuardSettings settings;
    settings.executable = m_controller.program();
    settings.stateDir = std::filesystem::absolute(m_controller.store().stateDir());
    settings.scenario = m_controller.record().scenario;
    settings.sessionId = m_controller.record().id;
    settings.timeout = m_controller.guardTimeout();
    return settings;
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
    m_elevate->setEnabled(!busy);
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
    if (event.guarded) {
        m_guarded = event.guarded;
        m_guardedReport = event.report;
    }
}

void FixPage::showReport(const FixReport& report, const std::optional<std::vector<std::string>>& simulatedFixes,
                         bool recorded)
{
    // Not recorded again when another process did (the watchdog, the elevated step); another machine's entry is
    // not part of this session.
    if (!recorded && report.outcome != "left-open")
        m_controller.recordFix(report, simulatedFixes);
    m_stories << storyHtml(outcomeSeverity(report.outcome), FixJob::story(report));
    if (report.outcome == "rolled-back" || report.outcome == "rollback-failed" || report.outcome == "not-started")
        m_jobFailed = true;
    if (report.outcome == "applied" || report.outcome == "could-not-verify")
        if (const auto fix = m_fixes.find(report.fixId); fix != m_fixes.end() && fix->second->badges().needsReboot)
            m_needReboot << q(report.fixId);
    QTreeWidgetItem* item = m_list->itemFor(report.fixId);
    if (!item || report.outcome == "left-open")
        return;
    m_tried.insert(report.fixId);
    if (report.outcome == "restored") {
        m_tried.erase(report.fixId); // undone: it may be tried again
        m_needReboot.removeAll(q(report.fixId));
    }
    FixChecklist::setResult(item, FixJob::outcomeText(report), outcomeIcon(report.outcome), FixJob::story(report));
}

void FixPage::jobDone()
{
    while (m_taken < m_watcher->future().resultCount())
        takeEvent(m_taken++);
    if (m_guarded) {
        askToKeep(); // the job's end waits for the user's answer
        return;
    }
    finishJob(m_job);
}

void FixPage::finishJob(JobKind finished)
{
    m_job = JobKind::None;
    setBusy(false);
    if (finished == JobKind::Survey) {
        m_status->clear();
    } else {
        m_status->setText(finished == JobKind::Apply || finished == JobKind::KeepChanges ||
                                  finished == JobKind::Elevated
                              ? tr("Done: the result of each fix is in the list and below.")
                              : tr("Done."));
        noteReboot();
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
    if (m_commitWhenDone && (finished == JobKind::Apply || finished == JobKind::KeepChanges)) {
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
    m_remote = survey.remote;
    for (const auto& state : survey.fixes) {
        m_commands[state.id] =
            !state.commandsError.empty() ? tr("cannot be listed: %1").arg(EngineText::translate(state.commandsError))
            : !state.unavailable.empty() ? tr("(none: the fix cannot run here)")
            : state.commands.empty()
                ? (m_controller.isSimulated() ? tr("(none: the simulated machine runs no commands)") : tr("(none)"))
                : q(std::accumulate(state.commands.begin(), state.commands.end(), std::string(),
                                    [](std::string all, const std::string& c) { return all + c + '\n'; }));
        QTreeWidgetItem* item = m_list->itemFor(state.id);
        if (!item || m_tried.count(state.id))
            continue; // a tried fix keeps its outcome
        const bool wasBlocked = m_blocked.count(state.id) > 0;
        const auto fix = m_fixes.find(state.id);
        // Taking down the adapter of the remote session this runs in needs the guard (DESIGN.md: auto-revert guard).
        const std::string refusal = fix == m_fixes.end()
                                        ? std::string()
                                        : remoteSessionRefusal(state.id, fix->second->badges().cutsOffMachine, m_remote,
                                                               guardSettings().has_value());
        if (!refusal.empty())
            m_blocked[state.id] = tr("refused: %1").arg(EngineText::translate(refusal));
        else if (!state.unavailable.empty() && !m_needsElevation.count(state.id))
            m_blocked[state.id] = tr("unavailable: %1").arg(EngineText::translate(state.unavailable));
        else if (state.unavailable.empty() && !m_needsElevation.count(state.id) && !m_controller.pastedAnalysis())
            m_blocked.erase(state.id); // e.g. undone by a restore: it can run again
        const auto why = m_blocked.find(state.id);
        const bool firstLook = item->text(StatusColumn) == tr("checking…");
        if (m_needsElevation.count(state.id) && refusal.empty()) {
            showNeedsAdministrator(item);
        } else if (why != m_blocked.end()) {
            FixChecklist::setResult(item, tr("cannot run here"), SeverityStyle::icon(Severity::Warning), why->second);
            m_list->setCheckable(item, false, false);
        } else if (firstLook || wasBlocked || !item->data(FixColumn, Qt::CheckStateRole).isValid()) {
            if (firstLook) {
                FixChecklist::setResult(item, tr("ready"), QIcon(), QString());
            }
            m_list->setCheckable(item, true, firstLook && m_tickWhenReady.count(state.id));
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
    // A ticked fix that needs administrator rights runs only through Run as administrator: never ignore the tick.
    if (const auto ticked = tickedNeedingElevation(); !ticked.empty()) {
        QStringList ids;
        for (const auto& id : ticked)
            ids << q(id);
        m_status->setText(tr("%1 need administrator rights: click Run as administrator, or untick them to go on "
                             "without them.")
                              .arg(ids.join(QStringLiteral(", "))));
        return false;
    }
    m_controller.save("fix", m_controller.record().actions.empty() ? "No fix applied" : std::string());
    return true;
}

void FixPage::askToKeep()
{
    m_job = JobKind::KeepChanges;
    m_stop->hide();
    m_status->setText(tr("Waiting for you to keep or revert the change…"));
    // The watchdog records its restore in the session on disk: the fix must be in it by then.
    m_controller.save("fix", {});
    m_controller.waitForSaved();
    const auto left =
        std::chrono::duration_cast<std::chrono::seconds>(m_guarded->deadline - std::chrono::steady_clock::now());
    m_keepChanges = new KeepChangesDialog(*m_guarded->guard, std::max(left, std::chrono::seconds(1)), this);
    connect(m_keepChanges, &QDialog::finished, this, &FixPage::keepChangesDone);
    m_keepChanges->open();
    if (m_guardedReport->outcome == "rollback-failed") {
        // The fix could not undo itself: the watchdog tries the snapshot now rather than at its deadline.
        m_log->appendPlainText(
            tr("Undoing %1 failed; the auto-revert guard puts the snapshot back now.").arg(q(m_guardedReport->fixId)));
        m_keepChanges->revertNow();
    }
}

void FixPage::keepChangesDone()
{
    const KeepChangesDialog::Result result = m_keepChanges->result();
    const QString detail = m_keepChanges->detail();
    m_keepChanges->deleteLater();
    m_keepChanges = nullptr;
    const GuardedChange change = *std::exchange(m_guarded, std::nullopt);
    const FixReport report = *std::exchange(m_guardedReport, std::nullopt);
    std::vector<std::shared_ptr<Fix>> rest;
    if (result == KeepChangesDialog::Result::Kept) {
        m_log->appendPlainText(tr("You kept the change of %1; the auto-revert guard stood down.").arg(q(report.fixId)));
        for (const auto& id : change.deferred)
            if (m_jobStop.stop_requested())
                m_log->appendPlainText(tr("%1: not run (stopped)").arg(q(id)));
            else if (const auto fix = m_fixes.find(id); fix != m_fixes.end())
                rest.push_back(fix->second);
    } else {
        m_jobFailed = true;
        m_log->appendPlainText(tr("Auto-revert guard: %1").arg(detail));
        const std::size_t known = m_controller.record().actions.size();
        try {
            m_controller.reload(); // the watchdog changed the session (and the simulated machine) on disk
        } catch (const std::exception& e) {
            m_log->appendPlainText(tr("The session could not be read back: %1").arg(EngineText::translate(e.what())));
        }
        // The watchdog's restore is what it added to the session.
        const auto& actions = m_controller.record().actions;
        if (actions.size() > known)
            for (auto a = actions.begin() + std::ptrdiff_t(known); a != actions.end(); ++a)
                showReport(reportOf(*a), std::nullopt, true);
        else
            m_stories << storyHtml(Severity::Critical, detail);
        for (const auto& id : change.deferred)
            m_log->appendPlainText(tr("%1: not run, because the change before it was undone").arg(q(id)));
    }
    if (rest.empty()) {
        finishJob(JobKind::KeepChanges);
        return;
    }
    const QStringList stories = m_stories; // one outcome line for the whole apply
    applyFixes(std::move(rest));
    m_stories = stories;
}

bool FixPage::runElevated()
{
    // Exactly the ticked fixes, in the order of the plan; the others stay as they are.
    QStringList ids;
    for (const auto& id : tickedNeedingElevation())
        ids << q(id);
    if (isRunning() || ids.isEmpty()) {
        if (ids.isEmpty())
            m_status->setText(tr("Tick the fixes to run as administrator first."));
        return false;
    }
    const auto argv = m_elevatedStep->command(ids);
    m_log->appendPlainText(tr("Asking for administrator rights to run: %1").arg(q(FixSteps::display(argv))));
    if (!m_elevatedStep->start(ids))
        return false;
    m_elevating.clear();
    for (const auto& id : ids) {
        m_elevating.insert(id.toStdString());
        if (auto* item = m_list->itemFor(id.toStdString())) {
            FixChecklist::setResult(item, tr("waiting…"), QIcon(), QString());
            m_list->setCheckable(item, false, false);
        }
    }
    m_job = JobKind::Elevated;
    m_jobFailed = false;
    m_stories.clear();
    m_progress->setRange(0, 0);
    m_status->setText(tr("Waiting for the administrator step: the password prompt, then the fixes…"));
    setBusy(true);
    emit completeChanged();
    return true;
}

void FixPage::elevatedDone(const ElevatedFixStep::Outcome& outcome)
{
    m_log->appendPlainText(tr("Administrator step: %1").arg(outcome.detail));
    for (const auto& action : outcome.actions) {
        m_needsElevation.erase(action.fixId);
        m_elevating.erase(action.fixId);
        m_tried.insert(action.fixId);
        showReport(reportOf(action), std::nullopt, true);
    }
    if (outcome.actions.empty()) {
        m_jobFailed = true;
        m_stories << storyHtml(Severity::Warning,
                               outcome.ran && outcome.exitCode == 3
                                   ? tr("The administrator step still lacked administrator rights: nothing was "
                                        "changed.")
                                   : tr("Nothing was run as administrator: %1.").arg(outcome.detail));
    }
    // What the step did not get to stays as it was: tickable, to try again.
    for (const auto& id : m_elevating)
        if (auto* item = m_list->itemFor(id))
            showNeedsAdministrator(item);
    m_elevating.clear();
    showRights();
    finishJob(JobKind::Elevated);
}

void FixPage::noteReboot()
{
    if (m_needReboot.isEmpty())
        return;
    const QString fixes = m_needReboot.join(QStringLiteral(", "));
    m_needReboot.clear();
    QString text;
    if (m_controller.isSimulated()) {
        text = tr("On a real computer, %1 needs a restart to finish; wsafix would then re-open at its verify page.")
                   .arg(fixes);
    } else if (const QString why = ElevatedFixStep::scheduleResume(m_controller); why.isEmpty()) {
        text =
            tr("Restart the computer to finish %1: wsafix re-opens at the verify page after the restart.").arg(fixes);
    } else {
        text = tr("Restart the computer to finish %1, then run wsafix --resume %2 (wsafix could not set itself to "
                  "re-open: %3).")
                   .arg(fixes, q(m_controller.record().id), why);
    }
    m_log->appendPlainText(text);
    m_stories << storyHtml(Severity::Warning, text);
}

} // namespace wsafix
