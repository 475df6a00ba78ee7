#pragma once
/// @file RestartAdapterFix.h
/// @brief restart-adapter:<GUID> — disables and enables the adapter's device (SetupAPI DICS_DISABLE / DICS_ENABLE),
/// found by GUID, never by its localized name. Rollback puts the device back in the state it was in.

#include "diagnostics/fix/Fix.h"

#include <string>

namespace wsafix::win {

class RestartAdapterFix : public Fix
{
public:
    explicit RestartAdapterFix(std::string guid);

    std::string id() const override { return "restart-adapter:" + m_guid; }
    std::string title() const override { return "Restart the network adapter " + m_guid; }
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
    std::string m_guid;
};

} // namespace wsafix::win
