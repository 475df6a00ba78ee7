#pragma once
// restart-adapter:<ifname> — takes the interface down and up again, then puts back what the kernel
// dropped on the way (IPv6 addresses, the interface's routes), so its configuration survives.

#include "diagnostics/platform/linux/InterfaceFix.h"

namespace wsafix::lnx {

class RestartAdapterFix : public InterfaceFix
{
public:
    RestartAdapterFix(std::string ifname, ProcessRunner& runner);

    std::string title() const override;
    std::string explanation() const override;
    FixBadges badges() const override;
    std::vector<std::vector<std::string>> preview() override;
    void apply(const Snapshot& before, FixSteps& steps) override;
    FixCheck check(const Snapshot& before) override;
};

} // namespace wsafix::lnx
