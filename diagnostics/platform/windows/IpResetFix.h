#pragma once
/// @file IpResetFix.h
/// @brief ip-reset — `netsh int ip reset <log>` rewrites the TCP/IP settings to their defaults, then the static
/// addresses, routes (with their gateways) and DNS servers captured in the snapshot (IpConfiguration) are re-applied
/// so that a static configuration survives. Rollback re-applies them again; the reset's log lists everything else it
/// rewrote.

#include "diagnostics/ProcessRunner.h"
#include "diagnostics/fix/Fix.h"
#include "diagnostics/platform/windows/ActionResult.h"
#include "diagnostics/platform/windows/IpConfiguration.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace wsafix::win {

class IpResetFix : public Fix
{
public:
    /// netsh writes its log into `logDirectory` (under the state directory).
    IpResetFix(ProcessRunner& runner, AllowList allowList, std::filesystem::path logDirectory);

    std::string id() const override { return "ip-reset"; }
    std::string title() const override { return "Reset TCP/IP and keep the static configuration"; }
    std::string explanation() const override;
    FixBadges badges() const override;
    std::string unavailable() const override;
    std::vector<std::vector<std::string>> preview() override;
    std::vector<std::string> snapshotPlan() const override;
    Snapshot snapshot() override;
    void apply(const Snapshot& before, FixSteps& steps) override;
    void rollback(const Snapshot& before, FixSteps& steps) override;
    FixCheck check(const Snapshot& before) override;
    FixCheck restored(const Snapshot& before) override;

private:
    std::vector<std::string> resetArgv() const;
    /// The adapters of `before` with something static to re-apply, loopback addresses left out.
    static std::vector<AdapterIpConfiguration> staticParts(const Snapshot& before);
    void reapply(const Snapshot& before, FixSteps& steps) const;
    /// The first static setting of `before` missing from `now`, or empty.
    static std::string firstMissing(const Snapshot& before, const Probed<std::vector<AdapterIpConfiguration>>& now);

    ProcessRunner& m_runner;
    AllowList m_allowList;
    std::filesystem::path m_logDirectory;
    std::optional<ActionResult> m_netsh; ///< what apply()'s netsh run did, for check()
};

} // namespace wsafix::win
