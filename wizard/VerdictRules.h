#pragma once
// How Verify turns "before" and "after" into a verdict: fixed, not fixed, or could not verify, with the
// reason in plain words. Kept apart from the page so that every branch can be tested directly.

#include "diagnostics/SessionRecord.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace wsafix {

struct VerdictInput
{
    std::vector<Finding> baseline; ///< the findings of Detect
    std::optional<Inventory> baselineInventory;
    std::vector<Finding> now; ///< the findings of this run
    Inventory nowInventory;
    std::vector<TcpProbeResult> attempts; ///< the TCP series, empty when no target was given
    bool targetGiven = false;
    std::string target; ///< "host:port" for the reason text
    bool cancelled = false;
};

struct VerdictOutput
{
    Verification verification;       ///< verdict, reason, attempts, remaining findings (time is set)
    std::vector<Finding> shown;      ///< baseline then new findings, in the order of `statuses`
    QStringList statuses;            ///< "resolved", "still present", "new" per shown finding
    std::vector<bool> resolvedFlags; ///< true where the status is "resolved"
    int resolved = 0;
};

class VerdictRules
{
    Q_DECLARE_TR_FUNCTIONS(VerdictRules)

public:
    static VerdictOutput evaluate(const VerdictInput& in);
};

} // namespace wsafix
