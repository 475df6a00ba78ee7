#pragma once
/// @file RestartServiceFix.h
/// @brief restart-service:<name> — stop and start one service through the Service Control Manager. The name is data
/// for OpenServiceW, never part of a command line. Rollback puts the service back in the state it was in.

#include "diagnostics/fix/Fix.h"

#include <string>

namespace wsafix::win {

class RestartServiceFix : public Fix
{
public:
    explicit RestartServiceFix(std::string name);

    std::string id() const override { return "restart-service:" + m_name; }
    std::string title() const override { return "Restart the service " + m_name; }
    std::string explanation() const override;
    FixBadges badges() const override;
    std::string unavailable() const override;
    std::vector<std::vector<std::string>> preview() override { return {}; }
    std::vector<std::string> snapshotPlan() const override;
    Snapshot snapshot() override;
    void apply(const Snapshot& before, FixSteps& steps) override;
    void rollback(const Snapshot& before, FixSteps& steps) override;
    FixCheck check(const Snapshot& before) override;
    FixCheck restored(const Snapshot& before) override;

private:
    bool wasRunning(const Snapshot& before) const;

    std::string m_name;
};

} // namespace wsafix::win
