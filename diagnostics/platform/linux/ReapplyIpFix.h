#pragma once
// reapply-ip:<ifname> — re-applies the interface's addresses and routes: through NetworkManager
// (`nmcli device reapply`) where it manages the device, else by flushing the global addresses and
// adding back exactly what the snapshot holds, so a static configuration survives.

#include "diagnostics/platform/linux/InterfaceFix.h"

namespace wsafix::lnx {

class ReapplyIpFix : public InterfaceFix
{
public:
    ReapplyIpFix(std::string ifname, ProcessRunner& runner);

    std::string title() const override;
    std::string explanation() const override;
    FixBadges badges() const override;
    std::vector<std::vector<std::string>> preview() override;
    void apply(const Snapshot& before, FixSteps& steps) override;
    FixCheck check(const Snapshot& before) override;

private:
    /// Whether NetworkManager manages the interface (nmcli present and the device not unmanaged).
    bool managedByNetworkManager();
    std::vector<std::string> flushCommand() const;
    std::vector<std::string> reapplyCommand() const;
};

} // namespace wsafix::lnx
