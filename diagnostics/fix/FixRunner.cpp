#include "diagnostics/fix/FixRunner.h"

#include "diagnostics/SessionRecord.h"
#include "diagnostics/fix/FixFactory.h"
#include "diagnostics/fix/FixSteps.h"
#include "diagnostics/fix/Journal.h"
#include "diagnostics/fix/SnapshotStore.h"

namespace wsafix {
namespace {

JournalRecord record(std::string event, const std::string& txn, std::string what = {}, bool ok = true,
                     std::string detail = {})
{
    JournalRecord r;
    r.event = std::move(event);
    r.txn = txn;
    r.what = std::move(what);
    r.ok = ok;
    r.detail = std::move(detail);
    return r;
}

JournalRecord begin(const std::string& txn, const std::string& fixId, const std::string& snapshotId,
                    const std::string& machine, std::string kind)
{
    JournalRecord r = record("begin", txn, std::move(kind));
    r.fixId = fixId;
    r.snapshotId = snapshotId;
    r.machine = machine;
    return r;
}

} // namespace

FixRunner::FixRunner(SnapshotStore& snapshots, Journal& journal, std::string machine)
    : m_snapshots(snapshots), m_journal(journal), m_machine(std::move(machine))
{
}

FixReport FixRunner::apply(Fix& fix, const BeforeChange& beforeChange)
{
    FixReport report;
    report.fixId = fix.id();
    report.started = utcNow();
    const auto finish = [&](std::string outcome, std::string detail, std::string state) {
        report.outcome = std::move(outcome);
        report.detail = std::move(detail);
        report.machineState = std::move(state);
        report.finished = utcNow();
        return report;
    };
    if (const auto why = fix.unavailable(); !why.empty())
        return finish("unavailable", "unavailable: " + why, "unchanged: nothing was run");

    Snapshot snapshot;
    try {
        snapshot = fix.snapshot();
        snapshot.fixId = fix.id();
        snapshot.machine = m_machine;
        m_snapshots.save(snapshot);
        report.snapshotId = snapshot.id;
    } catch (const std::exception& e) {
        return finish("not-started", std::string("could not take the snapshot first: ") + e.what(),
                      "unchanged: nothing was run");
    }
    // Begun before the guard arms, so a watchdog never sees the change as finished before it starts.
    try {
        m_journal.append(begin(snapshot.id, fix.id(), snapshot.id, m_machine, "apply"));
    } catch (const std::exception& e) {
        return finish("not-started", std::string("could not write the journal first: ") + e.what(),
                      "unchanged: nothing was run");
    }
    try {
        if (beforeChange)
            beforeChange(snapshot);
    } catch (const std::exception& e) {
        try {
            m_journal.append(record("end", snapshot.id, "not-started", false, e.what()));
        } catch (const std::exception&) {
            // Left open: the next start rolls back, which is harmless since nothing changed.
        }
        return finish("not-started", e.what(), "unchanged: nothing was run");
    }

    const std::string txn = snapshot.id;
    FixSteps steps(&m_journal, txn);
    try {
        fix.apply(snapshot, steps);
    } catch (const std::exception& e) {
        report.commands = steps.done();
        rollbackNow(fix, snapshot, txn, std::string("the fix failed: ") + e.what(), report);
        return report;
    }
    report.commands = steps.done();

    FixCheck check;
    try {
        check = fix.check(snapshot);
    } catch (const std::exception& e) {
        check = FixCheck::couldNotVerify(std::string("the check itself failed: ") + e.what());
    }
    try {
        m_journal.append(record("check", txn, "check", check.result != FixCheck::Result::Failed, check.detail));
        if (check.result == FixCheck::Result::Failed) {
            rollbackNow(fix, snapshot, txn, "the fix did not work: " + check.detail, report);
            return report;
        }
        const bool verified = check.result == FixCheck::Result::Verified;
        m_journal.append(record("end", txn, verified ? "applied" : "could-not-verify"));
        return finish(verified ? "applied" : "could-not-verify", check.detail,
                      verified ? "changed as intended; snapshot " + snapshot.id + " can undo it"
                               : "changed, but whether it worked could not be verified; snapshot " + snapshot.id +
                                     " can undo it");
    } catch (const std::exception& e) {
        // The journal stays open: the next start rolls back.
        return finish("rollback-failed", std::string("the journal could not be written: ") + e.what(),
                      "changed; the next run of wsafix will roll back to snapshot " + snapshot.id);
    }
}

void FixRunner::rollbackNow(Fix& fix, const Snapshot& snapshot, const std::string& txn, const std::string& reason,
                            FixReport& report)
{
    FixSteps steps(&m_journal, txn);
    std::string failure;
    try {
        m_journal.append(record("rollback", txn, "rollback", true, reason));
        fix.rollback(snapshot, steps);
    } catch (const std::exception& e) {
        failure = e.what();
    }
    for (const auto& step : steps.done())
        report.commands.push_back(step);
    FixCheck restored;
    if (failure.empty()) {
        try {
            restored = fix.restored(snapshot);
        } catch (const std::exception& e) {
            restored = FixCheck::couldNotVerify(e.what());
        }
    }
    const bool ok = failure.empty() && restored.result == FixCheck::Result::Verified;
    try {
        m_journal.append(record("end", txn, ok ? "rolled-back" : "rollback-failed", ok,
                                ok ? restored.detail : (failure.empty() ? restored.detail : failure)));
    } catch (const std::exception&) {
        // Left open on purpose: the next start tries the rollback again.
    }
    report.outcome = ok ? "rolled-back" : "rollback-failed";
    report.detail =
        reason + (ok ? "; rolled back" : "; the rollback failed: " + (failure.empty() ? restored.detail : failure));
    report.machineState = ok ? "as before the fix (snapshot " + snapshot.id + ")"
                             : "NOT as before the fix: restore snapshot " + snapshot.id +
                                   " (wsafix snapshots restore " + snapshot.id + ")";
    report.finished = utcNow();
}

FixReport FixRunner::restore(Fix& fix, const Snapshot& snapshot)
{
    FixReport report;
    report.fixId = fix.id();
    report.snapshotId = snapshot.id;
    report.started = utcNow();
    std::string txn = "restore-" + snapshot.id + "-";
    for (const char c : report.started)
        if (c >= '0' && c <= '9')
            txn += c;
    m_journal.append(begin(txn, fix.id(), snapshot.id, m_machine, "restore"));
    rollbackNow(fix, snapshot, txn, "restore requested", report);
    if (report.outcome == "rolled-back") {
        report.outcome = "restored";
        report.detail = "restored snapshot " + snapshot.id;
    }
    return report;
}

std::vector<FixReport> FixRunner::recover(const FixFactory& factory)
{
    std::vector<FixReport> reports;
    for (const auto& entry : m_journal.openEntries()) {
        FixReport report;
        report.fixId = entry.fixId;
        report.snapshotId = entry.snapshotId;
        report.started = utcNow();
        if (entry.machine != m_machine) {
            report.outcome = "left-open";
            report.detail = "an interrupted " + entry.kind + " of " + entry.fixId + " on " + entry.machine +
                            " (not this machine, " + m_machine + ") was left as it is";
            report.machineState = "unknown for " + entry.machine;
            report.finished = utcNow();
            reports.push_back(std::move(report));
            continue;
        }
        try {
            const Snapshot snapshot = m_snapshots.load(entry.snapshotId);
            const auto fix = factory.create(entry.fixId);
            rollbackNow(*fix, snapshot, entry.txn,
                        "an earlier " + entry.kind + " of " + entry.fixId +
                            " was interrupted (the process ended at step " + std::to_string(entry.records.size()) + ")",
                        report);
        } catch (const std::exception& e) {
            // Without a usable snapshot nothing can be put back: close the entry and say so loudly.
            try {
                m_journal.append(record("end", entry.txn, "rollback-impossible", false, e.what()));
            } catch (const std::exception&) {
            }
            report.outcome = "rollback-failed";
            report.detail =
                "an interrupted " + entry.kind + " of " + entry.fixId + " cannot be rolled back: " + e.what();
            report.machineState = "unknown: check the machine by hand";
            report.finished = utcNow();
        }
        reports.push_back(std::move(report));
    }
    return reports;
}

} // namespace wsafix
