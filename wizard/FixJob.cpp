#include "FixJob.h"

#include "EngineText.h"

#include "diagnostics/fix/FixFactory.h"
#include "diagnostics/fix/FixSteps.h"
#include "diagnostics/platform/simulated/SimulatedSystem.h"

namespace wsafix {
namespace {

// Sends each journal record to the log while the job runs; the journal has no observer before or after.
class ObserveJournal
{
public:
    ObserveJournal(Journal& journal, QPromise<FixJobEvent>& promise) : m_journal(journal)
    {
        m_journal.setObserver([&promise](const JournalRecord& record) {
            promise.addResult(FixJobEvent{FixJob::logLine(record), {}, {}, {}, {}});
        });
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

void addLine(QPromise<FixJobEvent>& promise, const QString& line)
{
    promise.addResult(FixJobEvent{line, {}, {}, {}, {}});
}

void addReport(QPromise<FixJobEvent>& promise, const FixReport& report, const System& system,
               std::optional<GuardedChange> guarded = std::nullopt)
{
    FixJobEvent event{FixJob::story(report), report, {}, {}, std::move(guarded)};
    if (const auto* simulated = dynamic_cast<const SimulatedSystem*>(&system))
        event.simulatedFixes = simulated->appliedFixes();
    promise.addResult(std::move(event));
}

} // namespace

FixJob::FixJob(Mode mode, Journal& journal) : m_mode(mode), m_journal(&journal) {}

FixJob FixJob::survey(Journal& journal, const SnapshotStore& snapshots, std::vector<std::shared_ptr<Fix>> fixes,
                      std::vector<std::string> snapshotIds, bool realMachine)
{
    FixJob job(Mode::Survey, journal);
    job.m_realMachine = realMachine;
    job.m_snapshots = &snapshots;
    job.m_fixes = std::move(fixes);
    job.m_snapshotIds = std::move(snapshotIds);
    return job;
}

FixJob FixJob::apply(FixRunner& runner, Journal& journal, std::vector<std::shared_ptr<Fix>> fixes,
                     std::optional<GuardSettings> guard)
{
    FixJob job(Mode::Apply, journal);
    job.m_runner = &runner;
    job.m_fixes = std::move(fixes);
    job.m_guard = std::move(guard);
    return job;
}

FixJob FixJob::restore(FixRunner& runner, Journal& journal, const FixFactory& factory, const SnapshotStore& snapshots,
                       std::string snapshotId)
{
    FixJob job(Mode::Restore, journal);
    job.m_runner = &runner;
    job.m_factory = &factory;
    job.m_snapshots = &snapshots;
    job.m_snapshotId = std::move(snapshotId);
    return job;
}

FixJob FixJob::recover(FixRunner& runner, Journal& journal, const FixFactory& factory)
{
    FixJob job(Mode::Recover, journal);
    job.m_runner = &runner;
    job.m_factory = &factory;
    return job;
}

QString FixJob::logLine(const JournalRecord& r)
{
    if (r.event == "begin")
        return r.what == "restore" ? tr("Restoring snapshot %1 (taken for %2)").arg(q(r.snapshotId), q(r.fixId))
                                   : tr("Snapshot %1 saved; applying %2").arg(q(r.snapshotId), q(r.fixId));
    if (r.event == "before")
        return QStringLiteral("▶ ") + EngineText::translate(r.what);
    if (r.event == "after")
        return r.ok ? tr("  ✓ done") : tr("  ✗ failed: %1").arg(EngineText::translate(r.detail));
    if (r.event == "check")
        return (r.ok ? tr("Check: %1") : tr("Check failed: %1")).arg(EngineText::translate(r.detail));
    if (r.event == "rollback")
        return tr("Rolling back, because %1").arg(EngineText::translate(r.detail));
    if (r.event == "end")
        return tr("Finished: %1").arg(outcomeWord(r.what));
    return q(r.event + " " + r.what);
}

QString FixJob::outcomeText(const FixReport& r)
{
    return outcomeWord(r.outcome);
}

QString FixJob::outcomeWord(const std::string& outcome)
{
    if (outcome == "applied")
        return tr("applied and checked");
    if (outcome == "could-not-verify")
        return tr("applied, not proven");
    if (outcome == "rolled-back")
        return tr("failed, rolled back");
    if (outcome == "rollback-failed")
        return tr("FAILED, rollback failed");
    if (outcome == "rollback-impossible")
        return tr("FAILED, cannot be rolled back");
    if (outcome == "unavailable")
        return tr("cannot run here");
    if (outcome == "not-started")
        return tr("not started");
    if (outcome == "restored")
        return tr("undone (snapshot restored)");
    if (outcome == "left-open")
        return tr("left as it is");
    return q(outcome);
}

QString FixJob::story(const FixReport& r)
{
    QString what;
    if (r.outcome == "applied")
        what = tr("%1 was applied and its check passed: %2.");
    else if (r.outcome == "could-not-verify")
        what = tr("%1 was applied, but wsafix could not verify that it worked: %2.");
    else if (r.outcome == "rolled-back")
        what = tr("%1 did not work, so wsafix undid it on the spot: %2.");
    else if (r.outcome == "rollback-failed")
        what = tr("%1 failed, and undoing it failed too: %2.");
    else if (r.outcome == "unavailable" || r.outcome == "not-started")
        what = tr("%1 was not run: %2.");
    else if (r.outcome == "restored")
        what = tr("The machine was put back as it was before %1: %2.");
    else if (r.outcome == "left-open")
        what = tr("%1 was left as it is: %2.");
    else
        what = tr("%1 ended as \"%3\": %2.").arg(QStringLiteral("%1"), QStringLiteral("%2"), q(r.outcome));
    what = what.arg(q(r.fixId), EngineText::translate(r.detail));
    if (r.machineState.empty())
        return what;
    return what + QLatin1Char(' ') + tr("The machine is now %1.").arg(EngineText::translate(r.machineState));
}

void FixJob::operator()(QPromise<FixJobEvent>& promise, System& system, std::stop_token stop) const
{
    if (m_mode == Mode::Survey) {
        runSurvey(promise);
        return;
    }
    ObserveJournal observe(*m_journal, promise);
    promise.setProgressRange(0, 0);
    if (m_mode == Mode::Recover) {
        try {
            for (const auto& r : m_runner->recover(*m_factory))
                addReport(promise, r, system);
        } catch (const std::exception& e) {
            addLine(promise, tr("The journal cannot be read, so nothing was rolled back: %1").arg(EngineText::translate(e.what())));
        }
    } else if (m_mode == Mode::Restore) {
        try {
            const Snapshot snapshot = m_snapshots->load(m_snapshotId);
            const auto fix = m_factory->create(snapshot.fixId);
            addReport(promise, m_runner->restore(*fix, snapshot), system);
        } catch (const std::exception& e) {
            // A damaged snapshot, or one of a fix this machine does not know: refused as a whole.
            addLine(promise, tr("Restore of snapshot %1 refused: %2. The machine is unchanged: nothing was restored.")
                                 .arg(q(m_snapshotId), EngineText::translate(e.what())));
        }
    } else {
        runApply(promise, system, stop);
    }
}

void FixJob::runApply(QPromise<FixJobEvent>& promise, System& system, const std::stop_token& stop) const
{
    promise.setProgressRange(0, int(m_fixes.size()));
    int done = 0;
    for (const auto& fix : m_fixes) {
        if (stop.stop_requested()) {
            addLine(promise, tr("%1: not run (stopped)").arg(q(fix->id())));
            continue;
        }
        promise.setProgressValueAndText(done, tr("Applying %1 (%2 of %3)…")
                                                  .arg(q(fix->id()))
                                                  .arg(done + 1)
                                                  .arg(m_fixes.size()));
        addLine(promise, tr("Taking the snapshot for %1…").arg(q(fix->id())));
        std::optional<AutoRevertGuard> armed;
        const FixReport r = m_runner->apply(*fix, guardFor(*fix, armed, promise));
        promise.setProgressValue(++done);
        if (armed && r.outcome == "rolled-back") {
            // Undone already: the watchdog must not restore a second time.
            armed->confirm();
            addLine(promise, tr("The auto-revert guard stood down: the change was already undone."));
            armed.reset();
        }
        if (armed) {
            GuardedChange change{std::make_shared<AutoRevertGuard>(std::move(*armed)),
                                 m_armedAt + m_guard->timeout, {}};
            for (auto rest = m_fixes.begin() + done; rest != m_fixes.end(); ++rest)
                change.deferred.push_back((*rest)->id());
            addReport(promise, r, system, std::move(change));
            return; // the user says whether the machine is still reachable; the rest waits for that
        }
        addReport(promise, r, system);
        if (r.outcome == "rolled-back" || r.outcome == "rollback-failed") {
            for (auto rest = m_fixes.begin() + done; rest != m_fixes.end(); ++rest)
                addLine(promise, tr("%1: not run, because an earlier fix failed").arg(q((*rest)->id())));
            break;
        }
    }
}

FixRunner::BeforeChange FixJob::guardFor(const Fix& fix, std::optional<AutoRevertGuard>& armed,
                                         QPromise<FixJobEvent>& promise) const
{
    if (!m_guard)
        return {};
    auto arm = guardBeforeChange(*m_guard, fix, armed);
    if (!arm)
        return {};
    return [this, arm, &promise](const Snapshot& snapshot) {
        addLine(promise, tr("Arming the auto-revert guard (%n s)…", nullptr, int(m_guard->timeout.count())));
        arm(snapshot);
        m_armedAt = std::chrono::steady_clock::now();
    };
}

void FixJob::runSurvey(QPromise<FixJobEvent>& promise) const
{
    auto survey = std::make_shared<FixSurvey>();
    for (const auto& fix : m_fixes) {
        FixSurvey::FixState state;
        state.id = fix->id();
        try {
            state.unavailable = fix->unavailable();
            if (state.unavailable.empty())
                for (const auto& argv : fix->preview())
                    state.commands.push_back(FixSteps::display(argv));
        } catch (const std::exception& e) {
            state.commandsError = e.what();
        }
        survey->fixes.push_back(std::move(state));
    }
    for (const auto& id : m_snapshotIds) {
        SnapshotStore::Entry entry;
        entry.id = id;
        try {
            const Snapshot s = m_snapshots->load(id);
            entry.fixId = s.fixId;
            entry.machine = s.machine;
            entry.created = s.created;
        } catch (const std::exception& e) {
            entry.problem = e.what();
        }
        survey->snapshots.push_back(std::move(entry));
    }
    try {
        survey->openEntries = m_journal->openEntries();
    } catch (const std::exception& e) {
        survey->journalProblem = e.what();
    }
    if (m_realMachine)
        survey->remote = currentRemoteSession();
    promise.addResult(FixJobEvent{{}, {}, std::move(survey), {}, {}});
}

} // namespace wsafix
