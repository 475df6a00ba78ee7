#include "diagnostics/platform/linux/IpRestore.h"

#include "diagnostics/fix/Fix.h"
#include "diagnostics/fix/FixSteps.h"

#include <set>
#include <thread>

namespace wsafix::lnx {
namespace {

constexpr std::uint32_t kForever = 4294967295u;

std::string familyFlag(const nlohmann::json& entry)
{
    return IpState::text(entry, "family") == "inet6" ? "-6" : "-4";
}

std::string prefixed(const nlohmann::json& address, const char* field)
{
    return IpState::text(address, field) + "/" + std::to_string(address.value("prefixlen", 0));
}

std::set<std::string> keys(const std::vector<nlohmann::json>& items, nlohmann::json (*canon)(const nlohmann::json&))
{
    std::set<std::string> out;
    for (const auto& item : items)
        out.insert(canon(item).dump());
    return out;
}

bool isKernelRoute(const nlohmann::json& route)
{
    return IpState::text(route, "protocol") == "kernel";
}

// Routes this code can rebuild from `ip -j` output: unicast, one next hop.
bool restorable(const nlohmann::json& route)
{
    return !route.contains("nexthops") && !route.contains("nhid") &&
           (!route.contains("type") || IpState::text(route, "type") == "unicast");
}

std::vector<std::string> routeArgv(const nlohmann::json& route, const char* verb, const std::string& ifname)
{
    std::vector<std::string> argv{"ip", familyFlag(route), "route", verb, IpState::text(route, "dst")};
    if (route.contains("gateway"))
        argv.insert(argv.end(), {"via", IpState::text(route, "gateway")});
    argv.insert(argv.end(), {"dev", ifname});
    if (std::string(verb) == "add") {
        if (route.contains("protocol"))
            argv.insert(argv.end(), {"proto", IpState::text(route, "protocol")});
        if (route.contains("scope"))
            argv.insert(argv.end(), {"scope", IpState::text(route, "scope")});
        if (route.contains("prefsrc"))
            argv.insert(argv.end(), {"src", IpState::text(route, "prefsrc")});
    }
    if (route.contains("metric"))
        argv.insert(argv.end(), {"metric", std::to_string(route.value("metric", 0))});
    if (std::string(verb) == "add") {
        if (route.contains("pref"))
            argv.insert(argv.end(), {"pref", IpState::text(route, "pref")});
        if (route.contains("flags") && route["flags"].is_array())
            for (const auto& flag : route["flags"])
                if (flag == "onlink")
                    argv.push_back("onlink");
    }
    return argv;
}

} // namespace

std::vector<std::vector<std::string>> IpRestore::addressDeletions(const IpState& target, const IpState& current,
                                                                  const std::string& ifname)
{
    const auto wanted = keys(target.addresses(ifname), &IpState::canonicalAddress);
    std::vector<std::vector<std::string>> out;
    for (const auto& a : current.addresses(ifname))
        if (!wanted.count(IpState::canonicalAddress(a).dump()))
            out.push_back({"ip", familyFlag(a), "addr", "del", prefixed(a, "local"), "dev", ifname});
    return out;
}

std::vector<std::vector<std::string>> IpRestore::addressAdditions(const IpState& target, const IpState& current,
                                                                  const std::string& ifname)
{
    const auto have = keys(current.addresses(ifname), &IpState::canonicalAddress);
    std::vector<std::vector<std::string>> out;
    for (const auto& a : target.addresses(ifname)) {
        if (have.count(IpState::canonicalAddress(a).dump()))
            continue;
        std::vector<std::string> argv{"ip", familyFlag(a), "addr", "add", prefixed(a, "local")};
        if (a.contains("address"))
            argv.insert(argv.end(), {"peer", prefixed(a, "address")});
        if (a.contains("broadcast"))
            argv.insert(argv.end(), {"broadcast", IpState::text(a, "broadcast")});
        argv.insert(argv.end(), {"dev", ifname});
        if (a.contains("scope"))
            argv.insert(argv.end(), {"scope", IpState::text(a, "scope")});
        if (a.contains("label") && IpState::text(a, "label") != ifname)
            argv.insert(argv.end(), {"label", IpState::text(a, "label")});
        for (const char* flag : {"nodad", "noprefixroute", "home", "mngtmpaddr"})
            if (a.value(flag, false))
                argv.push_back(flag);
        const auto valid = a.value("valid_life_time", kForever);
        if (valid != kForever)
            argv.insert(argv.end(), {"valid_lft", std::to_string(valid), "preferred_lft",
                                     std::to_string(a.value("preferred_life_time", valid))});
        out.push_back(std::move(argv));
    }
    return out;
}

std::vector<std::vector<std::string>> IpRestore::routeCommands(const IpState& target, const IpState& current,
                                                               const std::string& ifname)
{
    const auto wanted = keys(target.routes(ifname), &IpState::canonicalRoute);
    const auto have = keys(current.routes(ifname), &IpState::canonicalRoute);
    std::vector<std::vector<std::string>> out;
    for (const auto& r : current.routes(ifname))
        if (!isKernelRoute(r) && restorable(r) && !wanted.count(IpState::canonicalRoute(r).dump()))
            out.push_back(routeArgv(r, "del", ifname));
    for (const auto& r : target.routes(ifname))
        if (!isKernelRoute(r) && restorable(r) && !have.count(IpState::canonicalRoute(r).dump()))
            out.push_back(routeArgv(r, "add", ifname));
    return out;
}

std::vector<std::vector<std::string>> IpRestore::commands(const IpState& target, const IpState& current,
                                                          const std::string& ifname)
{
    auto out = addressDeletions(target, current, ifname);
    for (auto& argv : addressAdditions(target, current, ifname))
        out.push_back(std::move(argv));
    for (auto& argv : routeCommands(target, current, ifname))
        out.push_back(std::move(argv));
    return out;
}

void IpRestore::run(const IpState& target, const std::string& ifname, AdminState admin, ProcessRunner& runner,
                    FixSteps& steps)
{
    IpState current = IpState::capture(runner);
    if (!current.hasInterface(ifname))
        throw FixFailure("interface " + ifname + " is gone; nothing to put back");
    if (current.ifindex(ifname) != target.ifindex(ifname))
        throw FixFailure("interface " + ifname + " is another interface now (ifindex " +
                         std::to_string(current.ifindex(ifname)) + ", was " + std::to_string(target.ifindex(ifname)) +
                         "); refusing to change it");
    if (admin == AdminState::Restore && target.adminUp(ifname) && !current.adminUp(ifname))
        steps.require(runner, {"ip", "link", "set", "dev", ifname, "up"});
    // After `up` the kernel adds the IPv6 link-local address itself; give it the chance first.
    const auto linkLocalMissing = [&](const IpState& state) {
        for (const auto& argv : addressAdditions(target, state, ifname))
            if (argv[1] == "-6" && argv[4].rfind("fe80:", 0) == 0)
                return true;
        return false;
    };
    current = IpState::capture(runner);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(3);
    while (current.adminUp(ifname) && linkLocalMissing(current) && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        current = IpState::capture(runner);
    }
    for (const auto& argv : addressDeletions(target, current, ifname))
        steps.require(runner, argv);
    current = IpState::capture(runner);
    for (const auto& argv : addressAdditions(target, current, ifname)) {
        const CommandResult r = steps.run(runner, argv);
        // The kernel may have added a link-local address meanwhile: it is there, which is the point.
        if (!r.succeeded() && r.err.find("File exists") == std::string::npos)
            throw FixFailure("`" + FixSteps::display(argv) + "` failed: " + (r.error.empty() ? r.err : r.error));
    }
    current = IpState::capture(runner);
    for (const auto& argv : routeCommands(target, current, ifname))
        steps.require(runner, argv);
    if (admin == AdminState::Restore && !target.adminUp(ifname) && current.adminUp(ifname))
        steps.require(runner, {"ip", "link", "set", "dev", ifname, "down"});
}

std::vector<std::string> IpRestore::waitUntilMatching(const IpState& target, const std::string& ifname,
                                                      bool compareAdminState, ProcessRunner& runner,
                                                      std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        auto differences = target.differences(IpState::capture(runner), ifname, compareAdminState);
        if (differences.empty() || std::chrono::steady_clock::now() >= deadline)
            return differences;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

} // namespace wsafix::lnx
