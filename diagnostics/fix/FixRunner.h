#pragma once
/// @file FixRunner.h
/// @brief Applies a fix the safe way: snapshot (saved, checksummed) → journal "begin" → apply, each
/// step journaled → check → on any failure roll back on the spot → journal "end". On the next start
/// recover() rolls back every entry a dead process left open.

#include "diagnostics/fix/Fix.h"

#include <functional>
#include <string>
#include <vector>

namespace wsafix {

class FixFactory;
class Journal;
class SnapshotStore;

/// What happened to one fix, and in what state it left the machine.
struct FixReport
{
    std::string fixId;
    std::string snapshotId;
    /// applied (and checked) · could-not-verify (applied, not proven) · rolled-back · rollback-failed
    /// · unavailable · not-started (nothing changed) · restored · left-open (another machine's entry)
    std::string outcome;
    std::string detail;                ///< what happened, in plain words
    std::string machineState;          ///< the state the machine is in now, in plain words
    std::vector<std::string> commands; ///< the steps that ran, in order
    std::string started;
    std::string finished;

    /// Applied and checked, or restored.
    bool succeeded() const { return outcome == "applied" || outcome == "restored"; }
};

class FixRunner
{
public:
    /// `machine` tags snapshots and journal entries (see FixFactory::machine()).
    FixRunner(SnapshotStore& snapshots, Journal& journal, std::string machine);

    /// Called with the saved snapshot before anything changes (arms the auto-revert guard); when it throws,
    /// nothing is changed and the outcome is not-started with its message.
    using BeforeChange = std::function<void(const Snapshot&)>;

    /// Runs `fix` through snapshot → journal → apply → check, rolling back on failure.
    FixReport apply(Fix& fix, const BeforeChange& beforeChange = {});
    /// Puts the machine back to `snapshot` through `fix.rollback()` (fix built from snapshot.fixId), journaled.
    FixReport restore(Fix& fix, const Snapshot& snapshot);
    /// Rolls back each open journal entry of this machine; entries of another machine are left open.
    std::vector<FixReport> recover(const FixFactory& factory);

private:
    void rollbackNow(Fix& fix, const Snapshot& snapshot, const std::string& txn, const std::string& reason,
                     FixReport& report);

    SnapshotStore& m_snapshots;
    Journal& m_journal;
    std::string m_machine;
};

} // namespace wsafix
