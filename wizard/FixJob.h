#pragma once
// The background work of the Fix page: applying fixes, restoring a snapshot, or rolling back what a crash
// left open, all through the engine's FixRunner. Runs on a worker thread through SessionController::run;
// every journal step reaches the page as a log line while it runs, every finished fix as a FixReport.

#include "diagnostics/System.h"
#include "diagnostics/fix/Fix.h"
#include "diagnostics/fix/FixRunner.h"

#include <QCoreApplication>
#include <QPromise>

#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace wsafix {

class FixFactory;
class Journal;
struct JournalRecord;

/// One result of a FixJob: a log line, or the report of a fix that has finished.
struct FixJobEvent
{
    QString logLine;
    std::optional<FixReport> report;
};

class FixJob
{
    Q_DECLARE_TR_FUNCTIONS(FixJob)

public:
    /// Applies `fixes` in order; stops after one that had to be rolled back (as `wsafix fix` does).
    static FixJob apply(FixRunner& runner, Journal& journal, std::vector<std::shared_ptr<Fix>> fixes);
    /// Puts the machine back to `snapshotId` with the fix it was taken for (loaded and verified on the worker).
    static FixJob restore(FixRunner& runner, Journal& journal, const FixFactory& factory,
                          const class SnapshotStore& snapshots, std::string snapshotId);
    /// Rolls back the journal's open entries (what a crashed apply or restore left).
    static FixJob recover(FixRunner& runner, Journal& journal, const FixFactory& factory);

    void operator()(QPromise<FixJobEvent>& promise, System& system, std::stop_token stop) const;

    /// A journal record as one line of the live log ("▶ ip link set dev eth0 down").
    static QString logLine(const JournalRecord& record);
    /// The outcome of a fix in plain words, for the result column and the log.
    static QString outcomeText(const FixReport& report);

private:
    enum class Mode
    {
        Apply,
        Restore,
        Recover
    };
    FixJob(Mode mode, FixRunner& runner, Journal& journal);

    Mode m_mode;
    FixRunner* m_runner;
    Journal* m_journal;
    const FixFactory* m_factory = nullptr;
    const SnapshotStore* m_snapshots = nullptr;
    std::vector<std::shared_ptr<Fix>> m_fixes;
    std::string m_snapshotId;
};

} // namespace wsafix
