#include "diagnostics/platform/linux/FlushDnsFix.h"

#include "diagnostics/fix/FixSteps.h"

#include <filesystem>
#include <regex>

namespace wsafix::lnx {

FlushDnsFix::FlushDnsFix(ProcessRunner& runner, std::string resolvedSocket)
    : m_runner(runner), m_socket(std::move(resolvedSocket))
{
}

std::string FlushDnsFix::explanation() const
{
    return "Empties the local DNS cache of systemd-resolved, so stale or poisoned answers are looked up again. "
           "Nothing else changes.";
}

FixBadges FlushDnsFix::badges() const
{
    FixBadges b;
    b.needsAdmin = true;
    return b;
}

std::string FlushDnsFix::unavailable() const
{
    std::error_code ec;
    if (!std::filesystem::exists(m_socket, ec))
        return "systemd-resolved is not running (no " + m_socket + "): this machine keeps no local DNS cache to flush";
    const CommandResult r = m_runner.run({"resolvectl", "--version"});
    if (!r.started)
        return "resolvectl cannot be run: " + r.error;
    return {};
}

std::vector<std::string> FlushDnsFix::snapshotPlan() const
{
    return {"nothing: a DNS cache cannot be put back, and it refills by itself"};
}

Snapshot FlushDnsFix::snapshot()
{
    Snapshot s;
    s.parts.push_back(SnapshotPart::json("dns-cache", {{"restorable", false}, {"why", snapshotPlan().front()}}));
    return s;
}

void FlushDnsFix::apply(const Snapshot&, FixSteps& steps)
{
    steps.require(m_runner, flushCommand());
}

void FlushDnsFix::rollback(const Snapshot&, FixSteps&) {}

FixCheck FlushDnsFix::check(const Snapshot&)
{
    const CommandResult r = m_runner.run({"resolvectl", "statistics"});
    std::smatch match;
    static const std::regex size(R"(Current Cache Size:\s*(\d+))");
    if (!r.succeeded() || !std::regex_search(r.out, match, size))
        return FixCheck::couldNotVerify("resolved accepted the flush, but `resolvectl statistics` shows no cache size");
    return FixCheck::verified("the DNS cache holds " + match[1].str() + " entries right after the flush");
}

FixCheck FlushDnsFix::restored(const Snapshot&)
{
    return FixCheck::verified("nothing to put back: the DNS cache refills by itself");
}

} // namespace wsafix::lnx
