#pragma once
// The background work of the Fix page, all through the engine: surveying the machine (can each fix run here, its
// exact commands, the session's snapshots, what a crash left open in the journal), applying fixes, restoring a
// snapshot, or rolling back what a crash left open. Runs on a worker thread through SessionController::run, because
// all of it reads or changes the machine (preview() and unavailable() run commands on a real one); every journal
// step reaches the page as a log line while it runs, every finished fix as a FixReport.

#include "diagnostics/System.h"
#include "diagnostics/fix/Fix.h"
#include "diagnostics/fix/FixRunner.h"
#include "diagnostics/fix/GuardLauncher.h"
#include "diagnostics/fix/Journal.h"
#include "diagnostics/fix/RemoteSession.h"
#include "diagnostics/fix/SnapshotStore.h"

#include <QCoreApplication>
#include <QPromise>

#include <chrono>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace wsafix {

class FixFactory;

/// What the page shows about the machine, read on the worker thread.
struct FixSurvey
{
    struct FixState
    {
        std::string id;
        std::string unavailable;                  ///< Fix::unavailable(): empty when it can run here
        std::vector<std::string> commands;        ///< preview(), each argv as displayed
        std::string commandsError;                ///< why preview() failed
    };
    std::vector<FixState> fixes;
    std::vector<SnapshotStore::Entry> snapshots;  ///< the session's, in its order; problem set when unusable
    std::vector<OpenJournalEntry> openEntries;    ///< begun and never ended (any machine)
    std::string journalProblem;                   ///< the journal cannot be read
    RemoteSession remote;                         ///< the remote session the wizard runs in (real machines)
};

/// A change the auto-revert guard watches: the page asks "keep these changes?" before the deadline.
struct GuardedChange
{
    std::shared_ptr<AutoRevertGuard> guard;
    std::chrono::steady_clock::time_point deadline; ///< when the watchdog restores unless confirmed
    std::vector<std::string> deferred;              ///< the fixes after it, run once the change is kept
};

/// One result of a FixJob: a log line, the report of a fix that has finished, or the survey.
struct FixJobEvent
{
    QString logLine;
    std::optional<FixReport> report;
    std::shared_ptr<const FixSurvey> survey;
    /// With a report on a simulated machine: the fixes applied to it now (read on the worker, which owns it).
    std::optional<std::vector<std::string>> simulatedFixes;
    /// With a report: the guard armed for it, still watching (the job ends there).
    std::optional<GuardedChange> guarded;
};

class FixJob
{
    Q_DECLARE_TR_FUNCTIONS(FixJob)

public:
    /// Reads what the page shows: fixes' availability and commands, the snapshots `snapshotIds`, the journal, and
    /// (when `realMachine`) the remote session the wizard runs in.
    static FixJob survey(Journal& journal, const SnapshotStore& snapshots, std::vector<std::shared_ptr<Fix>> fixes,
                         std::vector<std::string> snapshotIds, bool realMachine);
    /// Applies `fixes` in order; stops after one that had to be rolled back (as `wsafix fix` does), and between
    /// fixes when asked to stop (never inside one: a fix is finished or rolled back). With `guard`, fixes that can
    /// cut the machine off run under the auto-revert guard, and the job ends after such a fix with the guard
    /// still watching (FixJobEvent::guarded): only the user can say the machine is still reachable.
    static FixJob apply(FixRunner& runner, Journal& journal, std::vector<std::shared_ptr<Fix>> fixes,
                        std::optional<GuardSettings> guard = std::nullopt);
    /// Puts the machine back to `snapshotId` with the fix it was taken for (loaded and verified on the worker).
    static FixJob restore(FixRunner& runner, Journal& journal, const FixFactory& factory,
                          const SnapshotStore& snapshots, std::string snapshotId);
    /// Rolls back the journal's open entries of this machine (what a crashed apply or restore left).
    static FixJob recover(FixRunner& runner, Journal& journal, const FixFactory& factory);

    void operator()(QPromise<FixJobEvent>& promise, System& system, std::stop_token stop) const;

    bool isSurvey() const { return m_mode == Mode::Survey; }

    /// A journal record as one line of the live log ("▶ ip link set dev eth0 down").
    static QString logLine(const JournalRecord& record);
    /// The outcome of a fix in a few words, for the result column.
    static QString outcomeText(const FixReport& report);
    /// An outcome word of the engine ("rolled-back") in a few words of the user's language.
    static QString outcomeWord(const std::string& outcome);
    /// What happened and the state the machine is in (when the report says), in plain sentences (the log and the
    /// outcome line).
    static QString story(const FixReport& report);

private:
    enum class Mode
    {
        Survey,
        Apply,
        Restore,
        Recover
    };
    FixJob(Mode mode, Journal& journal);

    void runSurvey(QPromise<FixJobEvent>& promise) const;
    void runApply(QPromise<FixJobEvent>& promise, System& system, const std::stop_token& stop) const;
    /// The BeforeChange that arms the guard for `fix` (none without guard settings or for a harmless fix).
    FixRunner::BeforeChange guardFor(const Fix& fix, std::optional<AutoRevertGuard>& armed,
                                     QPromise<FixJobEvent>& promise) const;

    Mode m_mode;
    Journal* m_journal;
    FixRunner* m_runner = nullptr;
    const FixFactory* m_factory = nullptr;
    const SnapshotStore* m_snapshots = nullptr;
    std::vector<std::shared_ptr<Fix>> m_fixes;
    std::vector<std::string> m_snapshotIds;
    std::string m_snapshotId;
    std::optional<GuardSettings> m_guard;
    bool m_realMachine = false;
    mutable std::chrono::steady_clock::time_point m_armedAt; // when the last guard started watching
};

} // namespace wsafix
