#pragma once
/// @file RemoveProviderFix.h
/// @brief remove-provider:<catalog id> — takes one layered provider (and the chains built on it) out of the Winsock
/// catalog instead of resetting everything. Snapshot and rollback: the registry tree given to the constructor (the
/// WinSock2 Parameters key, which holds the catalog), through RegistryTreeBackup.

#include "diagnostics/fix/Fix.h"
#include "diagnostics/platform/windows/RegistryTreeBackup.h"

#include <cstdint>
#include <string>

namespace wsafix::win {

class RemoveProviderFix : public Fix
{
public:
    RemoveProviderFix(std::uint32_t catalogId, std::string registryPath);

    std::string id() const override { return "remove-provider:" + std::to_string(m_catalogId); }
    std::string title() const override;
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
    /// The provider GUIDs removing the entry deinstalls; throws FixFailure when there are none.
    std::vector<std::string> providers() const;

    std::uint32_t m_catalogId;
    RegistryTreeBackup m_registry;
};

} // namespace wsafix::win
