#pragma once
// The common part of the fixes that change one network interface (restart-adapter, reapply-ip):
// the `ip -j` snapshot, the rollback to it, and the proof that the interface is as before. The
// interface is named as the kernel knows it and pinned by its ifindex in the snapshot.

#include "diagnostics/fix/Fix.h"
#include "diagnostics/platform/linux/IpState.h"

#include <string>

namespace wsafix::lnx {

class InterfaceFix : public Fix
{
public:
    InterfaceFix(std::string name, std::string ifname, ProcessRunner& runner);

    std::string id() const override { return m_name + ":" + m_ifname; }
    std::string unavailable() const override;
    std::vector<std::string> snapshotPlan() const override;
    Snapshot snapshot() override;
    void rollback(const Snapshot& before, FixSteps& steps) override;
    FixCheck restored(const Snapshot& before) override;

protected:
    const std::string& ifname() const { return m_ifname; }
    ProcessRunner& runner() { return m_runner; }
    /// The interface's state in `before`, checked against this fix's own interface: a snapshot whose "interface"
    /// part names another interface, or whose addresses carry another interface's label, is refused whole
    /// (FixFailure) before anything changes. Only this interface's addresses and routes are ever restored.
    IpState saved(const Snapshot& before) const;
    /// Throws FixFailure when the interface now has another ifindex than in `before`.
    void requireSameInterface(const IpState& before, const IpState& now) const;

private:
    std::string m_name;
    std::string m_ifname;
    ProcessRunner& m_runner;
};

} // namespace wsafix::lnx
