#pragma once
/// @file LspBypassFix.h
/// @brief lsp-bypass:<exe path> — WSCSetApplicationCategory(LSP_SYSTEM) for one program, so Winsock loads no
/// ordinary layered provider into it. Snapshot: the program's categories before (when Windows can read them);
/// rollback sets them back.

#include "diagnostics/fix/Fix.h"
#include "diagnostics/platform/windows/ActionResult.h"

#include <cstdint>
#include <optional>
#include <string>

namespace wsafix::win {

class LspBypassFix : public Fix
{
public:
    explicit LspBypassFix(std::string exePath);

    std::string id() const override { return "lsp-bypass:" + m_exePath; }
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
    /// The categories to put back: the snapshot's, else what the setter reported in this process.
    std::uint32_t previousCategories(const Snapshot& before) const;

    std::string m_exePath;
    std::optional<ActionResult> m_set;          ///< what apply()'s call did, for check()
    std::optional<std::uint32_t> m_setPrevious; ///< the previous categories the setter reported
};

} // namespace wsafix::win
