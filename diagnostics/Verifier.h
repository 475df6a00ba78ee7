#pragma once
/// @file Verifier.h
/// @brief Proves (or disproves) a fix: examines the machine again, compares with the baseline of detect,
/// resolves the target's name, connects to it `count` times, and decides the verdict (VerdictRules.h).
/// Callers run it off the GUI thread; it never touches a UI.

#include "diagnostics/SessionRecord.h"
#include "diagnostics/System.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <stop_token>
#include <string>
#include <vector>

namespace wsafix {

/// What to verify against: the TCP probe series (no series when host is empty).
struct VerifyRequest
{
    std::string host;
    std::uint16_t port = 0;
    int count = 10;                          ///< connection attempts, 1 to kMaxCount
    std::chrono::milliseconds timeout{2000}; ///< per attempt, and for the name resolution
    /// Why the session has no usable baseline, when the caller knows better than "no detect step" (e.g. the
    /// latest session examined another machine). Ignored when the session has a baseline.
    std::string noBaselineReason{};
    static constexpr int kMaxCount = 1000;
};

/// A verification and what it saw.
struct VerifyRun
{
    Verification verification;
    Inventory inventory;           ///< this run's probes; connectivity holds the series' telling attempt
    std::vector<Finding> findings; ///< the rules over `inventory`
};

class Verifier
{
public:
    /// Called before each step with its name ("catalog" … "events", "resolve", "connect"), its index and the
    /// total; for "connect", index - (total - count) is the attempt number from 0. Called once more at the end
    /// with an empty name and index == total.
    using Progress = std::function<void(const std::string& step, int index, int total)>;

    explicit Verifier(System& system);

    /// Verifies `session` (its intake's program, its baseline inventory and findings, its actions) against
    /// `request`. Without a baseline the series still runs and the comparison says why it was not possible.
    /// A stop through `stop` ends early; the verdict is then "could-not-verify". Throws std::invalid_argument
    /// for a count out of range or a host without a port.
    VerifyRun run(const SessionRecord& session, const VerifyRequest& request, const Progress& progress = {},
                  std::stop_token stop = {});

    /// Fills the decoded error of a failed attempt (name, Windows code, meaning) from the error catalog. `backend`
    /// says how to read a bare code: "linux" errno values, otherwise Windows codes.
    static void decodeFailure(VerifyAttempt& attempt, const std::string& backend);

private:
    System& m_system;
};

} // namespace wsafix
