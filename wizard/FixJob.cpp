#include "FixJob.h"

#include "diagnostics/fix/FixFactory.h"
#include "diagnostics/fix/Journal.h"
#include "diagnostics/fix/SnapshotStore.h"

namespace wsafix {
namespace {

// Sends each journal record to the log while the job runs; the journal has no observer before or after.
class ObserveJournal
{
public:
    ObserveJournal(Journal& journal, QPromise<FixJobEvent>& promise) : m_journal(journal)
    {
        m_journal.setObserver(
            [&promise](const JournalRecord& record) { promise.addResult(FixJobEvent{FixJob::logLine(record), {}}); });
    }
    ~ObserveJournal() { m_journal.setObserver({}); }
    ObserveJournal(const ObserveJournal&) = delete;
    ObserveJournal& operator=(const ObserveJournal&) = delete;

private:
    Journal& m_journal;
};

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

FixJob::FixJob(Mode mode, FixRunner& runner, Journal& journal) : m_mode(mode), m_runner(&runner), m_journal(&journal)
{
}

FixJob FixJob::apply(FixRunner& runner, Journal& journal, std::vector<std::shared_ptr<Fix>> fixes)
{
    FixJob job(Mode::Apply, runner, journal);
    job.m_fixes = std::move(fixes);
    return job;
}

FixJob FixJob::restore(FixRunner& runner, Journal& journal, const FixFactory& factory, const SnapshotStore& snapshots,
                       std::string snapshotId)
{
    FixJob job(Mode::Restore, runner, journal);
    job.m_factory = &factory;
    job.m_snapshots = &snapshots;
    job.m_snapshotId = std::move(snapshotId);
    return job;
}

FixJob FixJob::recover(FixRunner& runner, Journal& journal, const FixFactory& factory)
{
    FixJob job(Mode::Recover, runner, journal);
    job.m_factory = &factory;
    return job;
}

QString FixJob::logLine(const JournalRecord& r)
{
    if (r.event == "begin")
        return r.what == "restore" ? tr("Restoring snapshot %1 (%2)").arg(q(r.snapshotId), q(r.fixId))
                                   : tr("Snapshot %1 taken; applying %2").arg(q(r.snapshotId), q(r.fixId));
    if (r.event == "before")
        return QStringLiteral("▶ ") + q(r.what);
    if (r.event == "after")
        return r.ok ? QStringLiteral("  ✓ done") : QStringLiteral("  ✗ ") + tr("failed: %1").arg(q(r.detail));
    if (r.event == "check")
        return (r.ok ? tr("Check: %1") : tr("Check failed: %1")).arg(q(r.detail));
    if (r.event == "rollback")
        return tr("Rolling back: %1").arg(q(r.detail));
    if (r.event == "end")
        return tr("Finished: %1").arg(q(r.what));
    return q(r.event + " " + r.what);
}

QString FixJob::outcomeText(const FixReport& r)
{
    if (r.outcome == "applied")
        return tr("applied and checked");
    if (r.outcome == "could-not-verify")
        return tr("applied, but could not verify that it worked");
    if (r.outcome == "rolled-back")
        return tr("failed and rolled back");
    if (r.outcome == "rollback-failed")
        return tr("failed, and the rollback failed too");
    if (r.outcome == "unavailable")
        return tr("cannot run here");
    if (r.outcome == "not-started")
        return tr("not started: nothing changed");
    if (r.outcome == "restored")
        return tr("restored");
    if (r.outcome == "left-open")
        return tr("left as it is (another machine)");
    return q(r.outcome);
}

void FixJob::operator()(QPromise<FixJobEvent>& promise, System&, std::stop_token stop) const
{
    const auto report = [&](const FixReport& r) {
        promise.addResult(FixJobEvent{tr("%1: %2 — %3. Machine: %4")
                                          .arg(q(r.fixId), outcomeText(r), q(r.detail), q(r.machineState)),
                                      r});
    };
    ObserveJournal observe(*m_journal, promise);
    if (m_mode == Mode::Recover) {
        promise.setProgressRange(0, 0);
        try {
            for (const auto& r : m_runner->recover(*m_factory))
                report(r);
        } catch (const std::exception& e) {
            promise.addResult(FixJobEvent{tr("The journal cannot be read: %1").arg(q(e.what())), {}});
        }
        return;
    }
    if (m_mode == Mode::Restore) {
        promise.setProgressRange(0, 0);
        try {
            const Snapshot snapshot = m_snapshots->load(m_snapshotId);
            const auto fix = m_factory->create(snapshot.fixId);
            report(m_runner->restore(*fix, snapshot));
        } catch (const std::exception& e) {
            // A damaged snapshot, or one of a fix this machine does not know: refused as a whole.
            FixReport refused;
            refused.snapshotId = m_snapshotId;
            refused.outcome = "not-started";
            refused.detail = e.what();
            refused.machineState = "unchanged: nothing was restored";
            promise.addResult(FixJobEvent{tr("Restore refused: %1").arg(q(e.what())), refused});
        }
        return;
    }
    promise.setProgressRange(0, int(m_fixes.size()));
    int done = 0;
    for (const auto& fix : m_fixes) {
        if (stop.stop_requested()) {
            promise.addResult(FixJobEvent{tr("%1: not run (stopped)").arg(q(fix->id())), {}});
            continue;
        }
        promise.setProgressValueAndText(done, tr("Applying %1…").arg(q(fix->id())));
        promise.addResult(FixJobEvent{tr("Taking the snapshot for %1…").arg(q(fix->id())), {}});
        const FixReport r = m_runner->apply(*fix);
        report(r);
        promise.setProgressValue(++done);
        if (r.outcome == "rolled-back" || r.outcome == "rollback-failed") {
            for (auto rest = m_fixes.begin() + done; rest != m_fixes.end(); ++rest)
                promise.addResult(FixJobEvent{tr("%1: not run, because an earlier fix failed").arg(q((*rest)->id())), {}});
            break;
        }
    }
}

} // namespace wsafix
