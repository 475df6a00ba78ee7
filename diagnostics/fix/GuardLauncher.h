#pragma once
/// @file GuardLauncher.h
/// @brief Arms the auto-revert guard for one fix: writes `armed`, starts the watchdog
/// (`wsafix guard --snapshot ID --timeout N --state-dir DIR [--session ID] [--scenario S] [--sha256 H]`) detached so
/// that it outlives the caller, and waits until it is watching. H, the snapshot's manifest hash, pins the snapshot:
/// the watchdog refuses any other. Used as FixRunner's BeforeChange by `wsafix fix` and the fix
/// page.

#include "diagnostics/fix/AutoRevertGuard.h"
#include "diagnostics/fix/FixRunner.h"

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace wsafix {

struct GuardSettings
{
    std::filesystem::path executable; ///< the wsafix executable (absolute)
    std::filesystem::path stateDir;   ///< the state directory of the session (absolute)
    /// Where the guard's files are (trustedStateDir(): the privileged folder of an elevated run); empty: stateDir.
    std::filesystem::path trustedDir;
    std::string scenario;  ///< --scenario of the session, empty for this machine
    std::string sessionId; ///< the session the watchdog records a restore in (empty: the latest)
    std::chrono::seconds timeout = AutoRevertGuard::kDefaultTimeout;
    std::chrono::milliseconds startLimit{15000}; ///< how long the watchdog may take to start watching
};

/// The argv (without the program) that starts the watchdog of `snapshotId`.
std::vector<std::string> guardArguments(const GuardSettings& settings, const std::string& snapshotId,
                                        const std::string& manifestSha256 = {});

/// Arms the guard of `snapshot` and starts its watchdog; returns once it watches. Throws GuardError (the fix
/// is then not run) when the watchdog cannot start or refuses the snapshot.
AutoRevertGuard armGuard(const GuardSettings& settings, const Snapshot& snapshot);

/// A FixRunner::BeforeChange that arms the guard for fixes with the cutsOffMachine badge (and does nothing for
/// others); `armed` receives the guard it armed.
FixRunner::BeforeChange guardBeforeChange(const GuardSettings& settings, const Fix& fix,
                                          std::optional<AutoRevertGuard>& armed);

} // namespace wsafix
