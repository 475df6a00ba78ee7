#pragma once
// Step 3 (the commit page): the fixes the findings recommend, least invasive first, each with the finding that
// asks for it, its badges and the exact commands. Apply runs them through the engine's FixRunner off the GUI
// thread (snapshot first, every step journaled and shown in the live log) and says per fix what happened and
// what state the machine is in; every snapshot of the session can be restored; what a crash left open in the
// journal is offered for rollback at start, never rolled back silently. Everything that reads the machine
// (availability, preview(), snapshots, the journal) runs in a FixJob too: the GUI thread never waits for it.

#include "ElevatedFixStep.h"
#include "FixChecklist.h"
#include "FixJob.h"

#include "diagnostics/fix/Fix.h"
#include "diagnostics/fix/FixRunner.h"
#include "diagnostics/fix/RemoteSession.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <stop_token>
#include <string>
#include <vector>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace wsafix {

class FixDetails;
class KeepChangesDialog;
class RecoveryBanner;
class SessionController;
class SnapshotList;

class FixPage : public QWizardPage
{
    Q_OBJECT

public:
    using enum FixChecklist::Column;

    explicit FixPage(SessionController& controller, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;
    void cleanupPage() override;

    /// Fix ids in the order shown (least invasive first).
    std::vector<std::string> recommendedFixes() const;
    /// Training only: fixes the scenario simulates that no finding asks for, listed after the recommended ones.
    std::vector<std::string> otherFixes() const;
    /// Ticks or unticks a fix by id; false when it is not listed or cannot run (yet).
    bool setChecked(const std::string& fixId, bool checked);
    /// The listed fixes that need administrator rights wsafix does not have on this (real) machine: they are not
    /// run from this window; "Run as administrator…" relaunches the fix step elevated (runElevated()).
    std::vector<std::string> fixesNeedingElevation() const;
    /// A survey, apply, restore, recovery or elevated step is running, or a guarded change awaits "keep".
    bool isRunning() const;
    /// The elevated fix step (tests replace its launcher, to go through everything but the password prompt).
    ElevatedFixStep& elevatedStep() { return *m_elevatedStep; }
    /// The "keep these changes?" dialog while a guarded change waits for it (tests click it), else nullptr.
    KeepChangesDialog* keepChangesDialog() const { return m_keepChanges; }

public slots:
    /// Starts applying every ticked fix not tried yet, off the GUI thread; each gets an Action in the record.
    /// False when nothing was started (nothing ticked that can run, or a job is running).
    bool applyChecked();
    /// Restores snapshot `id` of this session through the fix it was taken for, without asking.
    void restoreSnapshot(const QString& id);
    /// Rolls back what a crashed apply or restore left open in the journal, without asking.
    void recoverInterrupted();
    /// Relaunches the fix step of the ticked fixes of fixesNeedingElevation(), in plan order, with administrator
    /// rights (pkexec, runas), on this session, under one consent; false when nothing was started (none ticked).
    bool runElevated();

signals:
    /// A job (or the elevated step, or a guarded change's "keep?") finished and its reports are in the record
    /// (tests wait for it).
    void jobFinished();

private:
    enum class JobKind
    {
        None,
        Survey,
        Apply,
        Restore,
        Recover,
        Elevated,
        KeepChanges
    };
    void requestSurvey();
    void applySurvey(const FixSurvey& survey);
    void start(FixJob job, JobKind kind);
    void takeEvent(int index);
    void jobDone();
    void finishJob(JobKind finished);
    void askToKeep();
    void keepChangesDone();
    void elevatedDone(const ElevatedFixStep::Outcome& outcome);
    void noteReboot();
    std::optional<GuardSettings> guardSettings() const;
    void applyFixes(std::vector<std::shared_ptr<Fix>> fixes);
    /// Shows a fix's outcome in its row and the outcome line; records it unless another process did (`recorded`).
    void showReport(const FixReport& report, const std::optional<std::vector<std::string>>& simulatedFixes,
                    bool recorded = false);
    void showDetails();
    void showRights();
    void setBusy(bool busy);
    QTreeWidgetItem* addFixRow(const std::string& id, bool other);
    /// A row that only administrator rights block: tickable, "needs administrator".
    void showNeedsAdministrator(QTreeWidgetItem* item);
    /// The ticked fixes that need administrator rights and were not tried yet, in plan order.
    std::vector<std::string> tickedNeedingElevation() const;

    SessionController& m_controller;
    QLabel* m_intro;
    RecoveryBanner* m_recovery;
    FixChecklist* m_list;
    FixDetails* m_details;
    QLabel* m_rights;
    QPushButton* m_elevate;
    QPushButton* m_apply;
    QPushButton* m_stop;
    QProgressBar* m_progress;
    QLabel* m_status;
    QLabel* m_outcome;
    QPlainTextEdit* m_log;
    SnapshotList* m_snapshots;
    QFutureWatcher<FixJobEvent>* m_watcher;
    ElevatedFixStep* m_elevatedStep;
    KeepChangesDialog* m_keepChanges = nullptr;

    std::map<std::string, std::shared_ptr<Fix>> m_fixes; // built by the factory; absent when it cannot be
    std::map<std::string, QString> m_blocked;            // id → why it cannot run here
    std::set<std::string> m_needsElevation;              // blocked only for want of administrator rights
    std::set<std::string> m_elevating;                   // sent to the elevated step that runs now
    std::map<std::string, QStringList> m_askedBy;
    std::set<std::string> m_tickWhenReady;     // simulated machine: the gentlest fix of each finding
    std::map<std::string, QString> m_commands; // id → its exact commands as the last survey listed them
    std::set<std::string> m_tried;             // tried on this visit and not undone since: never tried twice
    QStringList m_stories;                     // what the running job's fixes did, for the outcome line
    std::optional<GuardedChange> m_guarded;    // the running apply's change the guard watches
    std::optional<FixReport> m_guardedReport;  // ... and its report
    RemoteSession m_remote;                    // the remote session this wizard runs in (last survey)
    QStringList m_needReboot;                  // fixes done that need a restart, not yet told
    JobKind m_job = JobKind::None;
    int m_taken = 0;               // results of the running job already shown
    std::stop_source m_jobStop;    // "Stop after this fix"
    bool m_surveyPending = false;  // a survey is due once the running job is done
    bool m_commitWhenDone = false; // Next was clicked with ticked fixes: move on once they ran
    bool m_jobFailed = false;      // a fix of the running apply failed: stay on the page
};

} // namespace wsafix
