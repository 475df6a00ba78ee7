#pragma once
// Owns what one wizard session works on — the machine (System), the session store and the session
// record — and is shared by every page. Pages change the record, then call save() once per step.

#include "diagnostics/SessionRecord.h"
#include "diagnostics/SessionStore.h"
#include "diagnostics/System.h"
#include "diagnostics/analyze/PasteAnalyzer.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QString>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string>

namespace wsafix {

class SimulatedSystem;
struct Scenario;
class FixFactory;
class FixRunner;
class Journal;
class ProcessRunner;
class SnapshotStore;
struct FixReport;

class SessionController : public QObject
{
    Q_OBJECT

public:
    SessionController(std::unique_ptr<System> system, SessionStore store, SessionRecord record,
                      QObject* parent = nullptr);
    ~SessionController() override;

    SessionRecord& record() { return m_record; }
    const SessionRecord& record() const { return m_record; }
    const SessionStore& store() const { return m_store; }
    /// Taken once at start: info() may be slow on a real machine.
    const SystemInfo& systemInfo() const { return m_info; }
    bool isSimulated() const { return m_simulated != nullptr; }
    /// The scenario of a simulated machine (training mode), nullptr on a real one.
    const Scenario* scenario() const;
    /// "simulated machine: lsp-adware" or "this computer: HOST", for the window title and the side panel.
    QString machineDescription() const;

    /// Marks `step` reached, notes `what` (if not empty) on the timeline, and writes a copy of the record on a
    /// worker thread: with tens of thousands of sockets the JSON takes seconds. Writes happen in call order;
    /// saved() or saveFailed() follow on the GUI thread. The record stays in memory either way.
    void save(const std::string& step, const std::string& what);
    /// Leaves the current session (saved as it is, if it has begun) and starts a new one on the same machine,
    /// keeping what the simulated machine has been through. Used when a support link replaces what is on screen.
    void startNewSession();
    /// Blocks until every save asked for so far is on disk (tests, and before the app exits).
    void waitForSaved();
    QString lastSaveError() const { return m_lastSaveError; }

    /// From now on the session examines the machine that pasted outputs describe instead of probing this one:
    /// Detect shows their inventory and findings, and the record says where the inventory came from.
    void usePastedOutputs(const std::vector<PasteAnalysis>& inputs);
    /// The pasted machine, or null when this machine (or the simulated one) is probed.
    std::shared_ptr<const CombinedAnalysis> pastedAnalysis() const { return m_pasted; }

    /// The fix engine over this session's machine and state directory: the simulated machine's own fixes, or
    /// this platform's. Use the runner only inside run(), which gives the job the machine to itself.
    const FixFactory& fixFactory() const { return *m_fixFactory; }
    FixRunner& fixRunner() { return *m_fixRunner; }
    const SnapshotStore& snapshots() const { return *m_snapshots; }
    Journal& journal() { return *m_journal; }
    /// Adds what FixRunner reported to the record as an Action (as `wsafix fix` does) and, on a simulated machine,
    /// the fixes now applied to it (`simulatedFixes`, read by the job that ran the fix). Call on the GUI thread,
    /// then save().
    void recordFix(const FixReport& report, const std::optional<std::vector<std::string>>& simulatedFixes);

    /// Reads the record back from disk after another process changed it (the auto-revert watchdog recording its
    /// restore, the elevated fix step recording its fixes); a simulated machine is reset to the fixes the record
    /// now says are applied. Call with no job running. Throws SessionError (the record in memory is kept then).
    void reload();

    /// The wsafix program that the auto-revert watchdog and the elevated fix step run: this program, unless set
    /// (tests set the built wsafix, their own executable being a test).
    const std::filesystem::path& program() const { return m_program; }
    void setProgram(std::filesystem::path program) { m_program = std::move(program); }
    /// How long the auto-revert guard waits for "keep these changes" (0: fixes run unguarded).
    std::chrono::seconds guardTimeout() const { return m_guardTimeout; }
    void setGuardTimeout(std::chrono::seconds timeout) { m_guardTimeout = timeout; }

    /// Runs `fn(promise, system, stopToken)` off the GUI thread with the machine to itself. `job` cancels it;
    /// destroying the controller cancels it too and waits, so no task outlives the System.
    template <class T, class Fn> QFuture<T> run(std::stop_source job, Fn fn)
    {
        return QtConcurrent::run(&m_pool, [this, job, fn](QPromise<T>& promise) mutable {
            std::stop_callback onShutdown(m_shutdown.get_token(), [job]() mutable { job.request_stop(); });
            std::lock_guard lock(m_systemMutex);
            fn(promise, *m_system, job.get_token());
        });
    }

signals:
    void saved();
    void saveFailed(const QString& message);

private:
    std::unique_ptr<System> m_system;
    SimulatedSystem* m_simulated = nullptr; // m_system itself when it is simulated
    std::shared_ptr<const CombinedAnalysis> m_pasted;
    std::mutex m_systemMutex;
    SessionStore m_store;
    std::unique_ptr<ProcessRunner> m_processRunner; // the native fixes' commands; null on a simulated machine
    std::unique_ptr<FixFactory> m_fixFactory;
    std::unique_ptr<SnapshotStore> m_snapshots;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<FixRunner> m_fixRunner;
    SessionRecord m_record;
    SystemInfo m_info;
    QString m_lastSaveError;
    std::filesystem::path m_program;
    std::chrono::seconds m_guardTimeout;
    std::stop_source m_shutdown;
    // Last members: destroyed first, each waiting for its tasks, while everything they use still exists.
    QThreadPool m_savePool;
    QThreadPool m_pool;
};

} // namespace wsafix
