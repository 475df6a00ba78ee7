#pragma once
// Step 3 (the commit page): the fixes the findings recommend, least invasive first, each with the finding that
// asks for it, its badges and the exact commands. Apply runs them through the engine's FixRunner off the GUI
// thread (snapshot first, every step journaled and shown in the live log) and says per fix what happened and
// what state the machine is in; every snapshot of the session can be restored; what a crash left open in the
// journal is offered for rollback, never rolled back silently.

#include "diagnostics/fix/Fix.h"
#include "diagnostics/fix/FixRunner.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <map>
#include <memory>
#include <string>
#include <vector>

class QFrame;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace wsafix {

class FixJob;
class SessionController;
struct FixJobEvent;

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
    enum SnapshotColumn
    {
        SnapshotIdColumn,
        SnapshotFixColumn,
        SnapshotCreatedColumn,
        SnapshotStateColumn,
        SnapshotRestoreColumn
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
    /// Ticks or unticks a fix by id; false when it is not listed.
    bool setChecked(const std::string& fixId, bool checked);
    /// The listed fixes that need administrator rights wsafix does not have. The hook for an elevated relaunch
    /// of the fix step: until one exists, the page says so and never runs them.
    std::vector<std::string> fixesNeedingElevation() const;
    /// An apply, restore or recovery is running.
    bool isRunning() const;

public slots:
    /// Starts applying every ticked fix not tried yet, off the GUI thread; each gets an Action in the record.
    /// False when nothing was started (nothing ticked that can run, or a job is running).
    bool applyChecked();
    /// Restores snapshot `id` of this session through the fix it was taken for.
    void restoreSnapshot(const QString& id);
    /// Rolls back what a crashed apply or restore left open in the journal.
    void recoverInterrupted();

signals:
    /// A job finished and its reports are in the record (tests wait for it).
    void jobFinished();

private:
    void showDetails();
    void showRecoveryOffer();
    void fillSnapshots();
    void start(FixJob job, bool apply);
    void takeEvent(int index);
    void jobDone();
    void showReport(const FixReport& report);
    QTreeWidgetItem* itemFor(const std::string& fixId) const;
    QTreeWidgetItem* addFixRow(const std::string& id, bool other);

    SessionController& m_controller;
    QLabel* m_intro;
    QFrame* m_recovery;
    QLabel* m_recoveryText;
    QPushButton* m_recover;
    QTreeWidget* m_list;
    QTextBrowser* m_details;
    QLabel* m_rights;
    QPushButton* m_apply;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPlainTextEdit* m_log;
    QTreeWidget* m_snapshots;
    QFutureWatcher<FixJobEvent>* m_watcher;

    std::map<std::string, std::shared_ptr<Fix>> m_fixes; // built by the factory; absent when it cannot be
    std::map<std::string, QString> m_cannotRun;           // id → why this machine cannot run it
    std::map<std::string, QStringList> m_askedBy;
    std::map<std::string, QString> m_commands; // id → the details' HTML of its exact commands (preview() once)
    int m_taken = 0;                           // results of the running job already shown
    std::vector<std::string> m_tried; // tried on this visit, whatever the outcome: never tried twice
    bool m_commitWhenDone = false;    // Next was clicked with ticked fixes: move on once they ran
    bool m_openEntries = false;       // the journal holds what a crash left open
};

} // namespace wsafix
