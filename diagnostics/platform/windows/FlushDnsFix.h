#pragma once
/// @file FlushDnsFix.h
/// @brief flush-dns — DnsFlushResolverCache: empties the DNS client's cache. Nothing to snapshot: a cache cannot
/// be put back and refills by itself.

#include "diagnostics/fix/Fix.h"
#include "diagnostics/platform/windows/ActionResult.h"

#include <optional>

namespace wsafix::win {

class FlushDnsFix : public Fix
{
public:
    std::string id() const override { return "flush-dns"; }
    std::string title() const override { return "Flush the DNS cache"; }
    std::string explanation() const override;
    FixBadges badges() const override { return {}; }
    std::vector<std::vector<std::string>> preview() override { return {}; }
    std::vector<std::string> snapshotPlan() const override;
    Snapshot snapshot() override;
    void apply(const Snapshot& before, FixSteps& steps) override;
    void rollback(const Snapshot& before, FixSteps& steps) override;
    FixCheck check(const Snapshot& before) override;
    FixCheck restored(const Snapshot& before) override;

private:
    std::optional<ActionResult> m_flush; ///< what apply()'s call did, for check()
};

} // namespace wsafix::win
