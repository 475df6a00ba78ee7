#pragma once
// What `wsafix fix` and `wsafix snapshots` work on: the machine (this one, or the --scenario
// machine with the fixes its session already applied), its fix factory, the snapshot store and journal
// it trusts, and the session they continue (DESIGN.md: commands continue the state directory's latest
// session). Run as root on this machine, the snapshots, journal and guard files are in the privileged
// folder (trustedStateDir()); the user's state directory then only receives the session record.

#include "CommandLine.h"

#include "diagnostics/ProcessRunner.h"
#include "diagnostics/SessionStore.h"
#include "diagnostics/System.h"
#include "diagnostics/fix/FixFactory.h"
#include "diagnostics/fix/FixRecord.h"
#include "diagnostics/fix/FixRunner.h"
#include "diagnostics/fix/Journal.h"
#include "diagnostics/fix/SnapshotStore.h"
#include "diagnostics/platform/simulated/SimulatedSystem.h"

#include <iosfwd>
#include <memory>
#include <optional>

namespace wsafix {

class FixSession
{
public:
    /// Throws ScenarioError (bad --scenario), SessionError (unreadable session) and PrivilegedStateError (a root
    /// run whose privileged folder is not safe).
    explicit FixSession(const CommandLine& cl);

    FixFactory& factory() { return *m_factory; }
    SnapshotStore& snapshots() { return *m_snapshots; }
    /// The user's state directory (sessions).
    const std::filesystem::path& stateDir() const { return m_sessions.stateDir(); }
    /// Where the snapshots, journal and guard files are: stateDir(), or the privileged folder of a root run.
    const std::filesystem::path& trustedDir() const { return m_trustedDir; }
    bool privileged() const { return m_trustedDir != m_sessions.stateDir(); }
    Journal& journal() { return *m_journal; }
    FixRunner& runner() { return *m_runner; }
    SessionRecord& record() { return m_record; }
    const SystemInfo& info() const { return m_info; }
    bool simulated() const { return m_simulated != nullptr; }

    /// Empty when `fix` may run with the rights wsafix has, else the message naming what is missing.
    std::string missingRights(const Fix& fix) const;
    /// Rolls back what a crashed apply or restore left open; prints what it did. False when a rollback failed.
    bool recover(std::ostream& out, std::ostream& err);
    /// Adds `report` to the session as an Action (and its snapshot to the session's list).
    void record(const FixReport& report);
    /// Saves the session (the simulated machine's applied fixes included).
    void save();

private:
    std::unique_ptr<ProcessRunner> m_processRunner;
    std::unique_ptr<System> m_system;
    SimulatedSystem* m_simulated = nullptr;
    std::optional<FixFactory> m_factory;
    SessionStore m_sessions;
    std::filesystem::path m_trustedDir;
    std::optional<SnapshotStore> m_snapshots;
    std::optional<Journal> m_journal;
    SessionRecord m_record;
    SystemInfo m_info;
    std::optional<FixRunner> m_runner;
};

/// After `fix`, `guard` or `snapshots` ran as root (the elevated fix step, its watchdog) in a state directory that
/// another user owns: gives what root wrote there back to that user, saying on `err` what could not be.
void handStateBack(const CommandLine& cl, std::ostream& err);

/// badgeWords() in the user's language: "needs admin, drops connections" (empty when no badge applies).
std::string translatedBadges(const FixBadges& badges);

} // namespace wsafix
