#pragma once
/// @file AutoRevertGuard.h
/// @brief The auto-revert watchdog for fixes that can cut the machine off (badge cutsOffMachine), like
/// `netplan try`: armed before the change, it restores the snapshot unless the caller confirms connectivity
/// within a time-out.
///
/// Protocol — files under `<state>/guard/<snapshot id>/`, each written atomically:
/// - `armed`     JSON {snapshot, fix, timeoutSeconds, pid, armedAt}: written by arm() before the watchdog starts.
/// - `watching`  written by the watchdog (watch()) once it has verified the snapshot and is counting down.
///               The caller makes its change only after seeing it (waitUntilWatching()).
/// - `confirmed` written by confirm(): the caller saw the machine reachable after the change; the watchdog
///               stands down without touching anything.
/// - `revert`    written by requestRevert(): the caller wants the snapshot back now ("Revert now"); the watchdog
///               stops waiting and restores.
/// - `outcome`   JSON {outcome, detail, snapshot, fix, finished}: written by the watchdog as it ends.
///               outcome is "confirmed" (stood down), "restored" (not confirmed in time: the snapshot was put
///               back through FixRunner::restore, journaled), "restore-failed", or "refused" (the snapshot is
///               damaged, unknown or not of this machine: nothing was done).
/// The watchdog never restores while the apply of its snapshot is still open in the journal and the process that
/// armed it (`armed`.pid) still runs (at most 5 minutes), so it does not race the fix it guards; a caller killed
/// mid-apply (its SSH session cut) does not hold the restore up.

#include "diagnostics/fix/FixRunner.h"

#include <chrono>
#include <filesystem>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>

namespace wsafix {

class Journal;
class SnapshotStore;

/// The guard's files cannot be written or read; what() says which and why.
class GuardError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// How a watchdog ended.
struct GuardOutcome
{
    std::string outcome; ///< confirmed · restored · restore-failed · refused
    std::string detail;
    std::optional<FixReport> restore; ///< the restore's report when one ran
};

class AutoRevertGuard
{
public:
    static constexpr std::chrono::seconds kDefaultTimeout{60};

    /// The guard of `snapshotId` in `stateDir`. Throws GuardError when the id is not a well-formed snapshot id.
    AutoRevertGuard(std::filesystem::path stateDir, std::string snapshotId);

    const std::filesystem::path& folder() const { return m_dir; }
    const std::string& snapshotId() const { return m_snapshotId; }

    /// Writes `armed` (and clears what an earlier guard of this snapshot left). Throws GuardError.
    void arm(const std::string& fixId, std::chrono::seconds timeout);
    /// Tells the watchdog the machine is reachable: it stands down. Throws GuardError.
    void confirm();
    /// Asks the watchdog to restore now instead of at the deadline. Throws GuardError.
    void requestRevert();
    bool confirmed() const;
    bool revertRequested() const;
    bool watching() const;
    /// The outcome once the watchdog has ended; nullopt before.
    std::optional<GuardOutcome> outcome() const;
    /// Waits until the watchdog writes `watching` or an outcome (refused). True when it is watching.
    bool waitUntilWatching(std::chrono::milliseconds limit) const;
    /// Waits up to `limit` for the outcome.
    std::optional<GuardOutcome> waitForOutcome(std::chrono::milliseconds limit) const;

    /// Puts the machine back to the snapshot (FixRunner::restore on a freshly loaded machine, recorded in the
    /// session) and returns its report.
    using Restore = std::function<FixReport(const Snapshot&)>;

    /// The watchdog itself (run by `wsafix guard` in its own process): loads the snapshot once (refusing a damaged
    /// one, one of another machine than `machine`, and, when `manifestSha256` is given, one whose manifest hash is
    /// not that: not the snapshot the arming process took), writes `watching`, waits up to `timeout` for
    /// `confirmed`, and otherwise calls `restore` with the snapshot it loaded. Writes and returns the outcome.
    GuardOutcome watch(const SnapshotStore& snapshots, const Journal& journal, const std::string& machine,
                       std::chrono::seconds timeout, const Restore& restore, const std::string& manifestSha256 = {});

private:
    /// The process id that armed the guard, when `armed` names one.
    std::optional<unsigned long> armedBy() const;
    GuardOutcome finish(GuardOutcome outcome, const std::string& fixId) const;

    std::filesystem::path m_dir;
    std::string m_snapshotId;
};

} // namespace wsafix
