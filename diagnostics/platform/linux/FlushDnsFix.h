#pragma once
// flush-dns — empties systemd-resolved's cache (`resolvectl flush-caches`). There is nothing to
// put back: a cache refills itself. `resolvedSocket` is where resolved shows it is running.

#include "diagnostics/ProcessRunner.h"
#include "diagnostics/fix/Fix.h"

#include <string>

namespace wsafix::lnx {

class FlushDnsFix : public Fix
{
public:
    FlushDnsFix(ProcessRunner& runner, std::string resolvedSocket);

    std::string id() const override { return "flush-dns"; }
    std::string title() const override { return "Flush the DNS cache"; }
    std::string explanation() const override;
    FixBadges badges() const override;
    std::string unavailable() const override;
    std::vector<std::vector<std::string>> preview() override { return {flushCommand()}; }
    std::vector<std::string> snapshotPlan() const override;
    Snapshot snapshot() override;
    void apply(const Snapshot& before, FixSteps& steps) override;
    void rollback(const Snapshot& before, FixSteps& steps) override;
    FixCheck check(const Snapshot& before) override;
    FixCheck restored(const Snapshot& before) override;

private:
    static std::vector<std::string> flushCommand() { return {"resolvectl", "flush-caches"}; }

    ProcessRunner& m_runner;
    std::string m_socket;
};

} // namespace wsafix::lnx
