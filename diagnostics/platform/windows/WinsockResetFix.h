#pragma once
/// @file WinsockResetFix.h
/// @brief winsock-reset — `netsh winsock reset`: rewrites the Winsock catalog to the Windows defaults, removing every
/// layered provider. Snapshot and rollback: the registry tree given to the constructor (the WinSock2 Parameters key
/// in production), through RegistryTreeBackup.

#include "diagnostics/ProcessRunner.h"
#include "diagnostics/fix/Fix.h"
#include "diagnostics/platform/windows/ActionResult.h"
#include "diagnostics/platform/windows/RegistryTreeBackup.h"

#include <optional>
#include <string>

namespace wsafix::win {

class WinsockResetFix : public Fix
{
public:
    /// `runner` runs netsh, `allowList` is the one it resolves netsh with, `registryPath` is the tree snapshotted.
    WinsockResetFix(ProcessRunner& runner, AllowList allowList, std::string registryPath);

    std::string id() const override { return "winsock-reset"; }
    std::string title() const override { return "Reset the Winsock catalog"; }
    std::string explanation() const override;
    FixBadges badges() const override;
    std::vector<std::vector<std::string>> preview() override;
    std::vector<std::string> snapshotPlan() const override;
    Snapshot snapshot() override;
    void apply(const Snapshot& before, FixSteps& steps) override;
    void rollback(const Snapshot& before, FixSteps& steps) override;
    FixCheck check(const Snapshot& before) override;
    FixCheck restored(const Snapshot& before) override;

private:
    ProcessRunner& m_runner;
    AllowList m_allowList;
    RegistryTreeBackup m_registry;
    std::optional<ActionResult> m_netsh; ///< what apply()'s netsh run did, for check()
};

} // namespace wsafix::win
