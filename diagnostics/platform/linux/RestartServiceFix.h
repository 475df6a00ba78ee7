#pragma once
// restart-service:<unit> — `systemctl restart` of one systemd unit; rollback puts it back in the
// state it was in (started or stopped). `systemdRuntimeDir` is where systemd shows it is running.

#include "diagnostics/ProcessRunner.h"
#include "diagnostics/fix/Fix.h"

#include <string>

namespace wsafix::lnx {

class RestartServiceFix : public Fix
{
public:
    RestartServiceFix(std::string unit, ProcessRunner& runner, std::string systemdRuntimeDir);

    std::string id() const override { return "restart-service:" + m_unit; }
    std::string title() const override;
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
    std::vector<std::string> showCommand() const;
    /// "active", "inactive", "failed", ... as `systemctl is-active` says.
    std::string activeState();
    /// Whether the unit ran when `before` was taken; throws FixFailure when the snapshot is of another unit.
    bool wasActive(const Snapshot& before) const;

    std::string m_unit;
    ProcessRunner& m_runner;
    std::string m_systemdDir;
};

} // namespace wsafix::lnx
