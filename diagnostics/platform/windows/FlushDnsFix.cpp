#include "diagnostics/platform/windows/FlushDnsFix.h"

#include "diagnostics/platform/windows/ActionStep.h"
#include "diagnostics/platform/windows/DnsResolverCache.h"

#include <nlohmann/json.hpp>

namespace wsafix::win {

std::string FlushDnsFix::explanation() const
{
    return "Empties the DNS client's cache (DnsFlushResolverCache, as `ipconfig /flushdns` does), so stale or "
           "poisoned answers are looked up again. Nothing else changes.";
}

std::vector<std::string> FlushDnsFix::snapshotPlan() const
{
    return {"nothing: a DNS cache cannot be put back, and it refills by itself", "DnsFlushResolverCache()"};
}

Snapshot FlushDnsFix::snapshot()
{
    Snapshot s;
    s.parts.push_back(SnapshotPart::json("dns-cache", {{"restorable", false}, {"why", snapshotPlan().front()}}));
    return s;
}

void FlushDnsFix::apply(const Snapshot&, FixSteps& steps)
{
    m_flush = performAction(steps, "DnsFlushResolverCache", flushDnsResolverCache);
}

void FlushDnsFix::rollback(const Snapshot&, FixSteps&) {}

FixCheck FlushDnsFix::check(const Snapshot&)
{
    if (!m_flush)
        return FixCheck::couldNotVerify("DnsFlushResolverCache did not run in this process");
    return checkFromAction(*m_flush, m_flush->message);
}

FixCheck FlushDnsFix::restored(const Snapshot&)
{
    return FixCheck::verified("nothing to put back: the DNS cache refills by itself");
}

} // namespace wsafix::win
