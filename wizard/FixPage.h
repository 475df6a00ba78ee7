#pragma once
// Step 3 (the commit page): the fixes the findings recommend, least invasive first, each with the finding that
// asks for it, its badges and the exact commands. Apply runs them through the engine's FixRunner off the GUI
// thread (snapshot first, every step journaled and shown in the live log) and says per fix what happened and
// what state the machine is in; every snapshot of the session can be restored; what a crash left open in the
// journal is offered for rollback at start, never rolled back silently. Everything that reads the machine
// (availability, preview(), snapshots, the journal) runs in a FixJob too: the GUI thread never waits for it.

#include "diagnostics/fix/Fix.h"
#include "diagnostics/fix/FixRunner.h"

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

class FixJob;
class RecoveryBanner;
class SessionController;
class SnapshotList;
struct FixJobEvent;
struct FixSurvey;

class FixPage : public QWizardPage
{
    Q_OBJECT

public:
    enum Column
    {
        FixColumn,
        BadgesColumn,
        StatusColumn,
        WhyColumn
    };

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
    /// The listed fixes that need administrator rights wsafix does not have on this (real) machine: they are shown,
    /// never run, and the page says so. See elevationRequested().
    std::vector<std::string> fixesNeedingElevation() const;
    /// A survey, apply, restore or recovery is running.
    bool isRunning() const;

public slots:
    /// Starts applying every ticked fix not tried yet, off the GUI thread; each gets an Action in the record.
    /// False when nothing was started (nothing ticked that can run, or a job is running).
    bool applyChecked();
    /// Restores snapshot `id` of this session through the fix it was taken for, without asking.
    void restoreSnapshot(const QString& id);
    /// Rolls back what a crashed apply or restore left open in the journal, without asking.
    void recoverInterrupted();

signals:
    /// A job finished and its reports are in the record (tests wait for it).
    void jobFinished();
    /// THE HOOK FOR THE ELEVATED RELAUNCH: the user asked to run `fixIds` (which need administrator rights wsafix
    /// lacks) as administrator. The "Run as administrator…" button appears only once something is connected here;
    /// until then the page explains what to do instead.
    void elevationRequested(const QStringList& fixIds);

private:
    enum class JobKind
    {
        None,
        Survey,
        Apply,
        Restore,
        Recover
    };
    void requestSurvey();
    void applySurvey(const FixSurvey& survey);
    void start(FixJob job, JobKind kind);
    void takeEvent(int index);
    void jobDone();
    void showReport(const FixReport& report, const std::optional<std::vector<std::string>>& simulatedFixes);
    void showDetails();
    void showRights();
    void setBusy(bool busy);
    void setCheckable(QTreeWidgetItem* item, bool checkable, bool ticked);
    QTreeWidgetItem* itemFor(const std::string& fixId) const;
    QTreeWidgetItem* addFixRow(const std::string& id, bool other);
    std::string fixIdOf(const QTreeWidgetItem* item) const;

    SessionController& m_controller;
    QLabel* m_intro;
    RecoveryBanner* m_recovery;
    QTreeWidget* m_list;
    QTextBrowser* m_details;
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

    std::map<std::string, std::shared_ptr<Fix>> m_fixes; // built by the factory; absent when it cannot be
    std::map<std::string, QString> m_blocked;            // id → why it cannot run here
    std::set<std::string> m_needsElevation;              // blocked only for want of administrator rights
    std::map<std::string, QStringList> m_askedBy;
    std::set<std::string> m_tickWhenReady;        // simulated machine: the gentlest fix of each finding
    std::map<std::string, QString> m_commands;    // id → its exact commands as the last survey listed them
    std::set<std::string> m_tried;                // tried on this visit and not undone since: never tried twice
    QStringList m_stories;                        // what the running job's fixes did, for the outcome line
    JobKind m_job = JobKind::None;
    int m_taken = 0;                              // results of the running job already shown
    std::stop_source m_jobStop;                   // "Stop after this fix"
    bool m_surveyPending = false;                 // a survey is due once the running job is done
    bool m_commitWhenDone = false;                // Next was clicked with ticked fixes: move on once they ran
    bool m_jobFailed = false;                     // a fix of the running apply failed: stay on the page
};

} // namespace wsafix
