#pragma once
/// @file SessionRecord.h
/// @brief The single source of truth of one repair session. Every page and every report is
/// rendered from it; it is saved after every step (SessionStore) and loads back identically.

#include "diagnostics/BaselineComparison.h"
#include "diagnostics/Finding.h"
#include "diagnostics/Inventory.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace wsafix {

/// What the user told us on the intake page (or a support link pre-filled).
struct Intake
{
    std::string code;                   ///< the error as the user has it, e.g. "0x00002748"
    std::string process;                ///< failing application's name, may be empty
    std::uint32_t pid = 0;              ///< failing application's PID, 0 if not chosen
    std::string host;                   ///< target host, may be empty
    std::uint16_t port = 0;             ///< target port, 0 if none
    std::string ticket;
    bool operator==(const Intake&) const = default;
};

/// One fix applied (or tried) during the session.
struct Action
{
    std::string fixId;
    std::vector<std::string> commands;  ///< exactly what ran
    std::string outcome;                ///< "applied", "failed", "rolled-back", "could-not-verify"
    std::string detail;
    std::string snapshotId;
    std::string started;                ///< ISO 8601 UTC
    std::string finished;
    bool operator==(const Action&) const = default;
};

/// One attempt of the verification's TCP probe series.
struct VerifyAttempt
{
    TcpProbeResult result;
    /// The failure decoded through the error catalog (diagnostics/errors): name ("WSAECONNREFUSED"), Windows
    /// code (10061) and what it means in plain words. Empty when connected or when the catalog has no entry.
    std::string errorName{};
    std::uint32_t errorCatalogCode = 0;
    std::string errorMeaning{};
    bool operator==(const VerifyAttempt&) const = default;
};

/// What to do next when a verification did not prove the fix (or to make it provable).
struct NextStep
{
    /// "another-fix", "roll-back", "escalate", "check-target" (the far end or the name), "run-again",
    /// "detect-first" (no baseline to compare with).
    std::string kind;
    std::string text;                   ///< one plain sentence, with the exact command where there is one
    std::string fixId{};                ///< the fix to try, for "another-fix"
    std::string snapshotId{};           ///< the snapshot to restore, for "roll-back"
    bool operator==(const NextStep&) const = default;
};

struct Verification
{
    std::string time;                   ///< ISO 8601 UTC
    std::string verdict;                ///< "fixed", "not-fixed", "could-not-verify"
    std::string reason;
    std::vector<VerifyAttempt> attempts;
    std::vector<Finding> remainingFindings;
    std::string host{};                 ///< target of the TCP probe series; empty when none was given
    std::uint16_t port = 0;             ///< its port, 0 when none
    int count = 0;                      ///< attempts asked for (fewer ran when the name did not resolve or on cancel)
    int timeoutMs = 0;                  ///< time limit of each attempt
    std::optional<NameResolution> resolution{}; ///< the separate name resolution before the series
    BaselineComparison comparison{};    ///< what changed since detect (compared == false without a baseline)
    std::map<std::string, ProbeStatus> probes{}; ///< status of each probe of this verification run
    std::vector<NextStep> nextSteps{};  ///< what to do next, most useful first (empty when fixed)
    bool cancelled = false;             ///< the user stopped the run before it ended
    bool operator==(const Verification&) const = default;
};

/// A line of the session's timeline.
struct TimelineEntry
{
    std::string time;                   ///< ISO 8601 UTC
    std::string what;
    bool operator==(const TimelineEntry&) const = default;
};

struct SessionRecord
{
    static constexpr int kSchema = 1;

    int schema = kSchema;
    std::string id;                     ///< e.g. "20261124-180312-4f2a"
    std::string created;                ///< ISO 8601 UTC
    std::string updated;
    std::string step = "intake";        ///< wizard step reached: intake, detect, fix, verify, report
    SystemInfo system;
    std::string scenario;               ///< built-in name or file of the simulated machine, empty for real
    std::vector<std::string> simulatedFixes; ///< fixes applied to the simulated machine, in order
    std::vector<std::string> pastedInputs; ///< the pasted outputs the inventory came from (wsafix analyze, the
                                           ///< wizard's "Analyze pasted output"); empty when this machine was probed
    Intake intake;
    std::optional<Inventory> inventory; ///< baseline from detect
    std::vector<Finding> findings;
    std::vector<Action> actions;
    std::vector<std::string> snapshots; ///< snapshot ids taken in this session
    std::optional<Verification> verification;
    std::vector<TimelineEntry> timeline;

    bool operator==(const SessionRecord&) const = default;

    /// Appends to the timeline with the current time.
    void note(std::string what);
    /// A new session: fresh id and timestamps.
    static SessionRecord start();
};

/// Current UTC time as ISO 8601 with seconds, e.g. "2026-11-24T18:03:12Z".
std::string utcNow();

} // namespace wsafix
