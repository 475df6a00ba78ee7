#pragma once
/// @file BaselineComparison.h
/// @brief What changed on the machine between the examination at detect time (the baseline) and the
/// examination of a verification: Winsock catalog, the target program's TCP states, adapters, events, findings.

#include "diagnostics/Finding.h"
#include "diagnostics/Inventory.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace wsafix {

struct Intake;

/// One adapter that changed, keyed by its id (GUID on Windows, interface name on Linux).
struct AdapterChange
{
    std::string id;
    std::string name;                  ///< friendly name, for display only
    std::string change;                ///< "added", "removed", "went-up", "went-down", "addresses-changed"
    std::vector<std::string> before{}; ///< addresses as "address/prefix" at detect time (empty when added)
    std::vector<std::string> after{};  ///< addresses now (empty when removed)
    bool operator==(const AdapterChange&) const = default;
};

/// A finding of detect or of the verification, and what became of it.
struct FindingComparison
{
    Finding finding;
    /// "resolved" (found at detect, gone now), "still-present", "new" (only now), or "not-rechecked" (about a
    /// target this verification did not connect to, so neither gone nor present).
    std::string status;
    bool operator==(const FindingComparison&) const = default;
};

/// The difference between the baseline and now. `compared` is false when there was no baseline; the "after"
/// parts (socket states, findings as "new") are filled either way.
struct BaselineComparison
{
    bool compared = false;
    std::string reason{};                       ///< why no comparison was possible, when !compared
    std::vector<CatalogEntry> catalogAdded{};   ///< entries present now but not at detect time
    std::vector<CatalogEntry> catalogRemoved{}; ///< entries present at detect time but gone now
    int layeredBefore = 0;                      ///< layered providers at detect time
    int layeredAfter = 0;                       ///< layered providers now
    /// Whose sockets are counted: the intake's program ("OrderSync.exe", "PID 4120"), or empty for every
    /// process when the intake names none.
    std::string socketScope{};
    std::map<std::string, int> socketStatesBefore{}; ///< TCP state name ("ESTABLISHED") -> sockets at detect time
    std::map<std::string, int> socketStatesAfter{};  ///< the same now
    std::vector<AdapterChange> adapterChanges{};
    std::vector<EventEntry> newEvents{};       ///< events read now that the baseline did not hold
    std::vector<FindingComparison> findings{}; ///< baseline findings first, then the new ones
    /// Probes that answered at detect time but not now, as "catalog (access denied)": their problems cannot
    /// be shown to be gone.
    std::vector<std::string> lostProbes{};
    bool operator==(const BaselineComparison&) const = default;
};

/// TCP sockets of the intake's program per state name (isTargetSocket); every TCP socket when it names none.
std::map<std::string, int> tcpStateCounts(const std::vector<SocketEntry>& sockets, const Intake& intake);

/// Compares `before` (detect) with `after` (verification). `intake` names the target program; `host` and
/// `port` the target this verification connected to (empty and 0 for none): a baseline "target-unreachable"
/// finding about another target is "not-rechecked".
BaselineComparison compareWithBaseline(const Inventory& before, const std::vector<Finding>& beforeFindings,
                                       const Inventory& after, const std::vector<Finding>& afterFindings,
                                       const Intake& intake, const std::string& host, std::uint16_t port);

/// The comparison when there is no baseline: `reason` says why; the current socket states and findings are
/// filled in (every finding "new").
BaselineComparison withoutBaseline(std::string reason, const Inventory& after,
                                   const std::vector<Finding>& afterFindings, const Intake& intake);

} // namespace wsafix
