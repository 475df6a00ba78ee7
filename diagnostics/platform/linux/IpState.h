#pragma once
// What `ip -j` says about the network namespace: addresses, links, and the main table's IPv4 and
// IPv6 routes. Captured into snapshots, compared per interface, and the source of the commands
// that put an interface back (IpRestore).

#include "diagnostics/ProcessRunner.h"
#include "diagnostics/fix/Snapshot.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace wsafix::lnx {

class IpState
{
public:
    /// Runs the four `ip -j` commands; throws FixFailure when one fails or prints no JSON.
    static IpState capture(ProcessRunner& runner);
    /// The state held by a snapshot's ip-* parts; throws std::runtime_error when a part is missing.
    static IpState fromSnapshot(const Snapshot& snapshot);
    /// The capture commands, for dry runs.
    static std::vector<std::vector<std::string>> captureCommands();

    /// Adds the ip-addr, ip-link, ip-route and ip-route6 parts.
    void addTo(Snapshot& snapshot) const;

    bool hasInterface(const std::string& ifname) const;
    /// The kernel's ifindex of `ifname`, or -1.
    int ifindex(const std::string& ifname) const;
    /// Administratively up (the UP flag, not the carrier).
    bool adminUp(const std::string& ifname) const;
    /// The addr_info entries of `ifname`.
    std::vector<nlohmann::json> addresses(const std::string& ifname) const;
    /// Routes of the main table that leave through `ifname`, each with "family" ("inet"/"inet6") added.
    std::vector<nlohmann::json> routes(const std::string& ifname) const;

    /// How `ifname` in `current` differs from this state, one line per difference; empty when equal.
    /// Timers (lifetimes, expiry) and transient flags (tentative) are not differences.
    std::vector<std::string> differences(const IpState& current, const std::string& ifname,
                                         bool compareAdminState) const;

    /// This state as it will be right after `ip link set dev ifname down`: IPv6 addresses and the
    /// interface's routes gone (the kernel removes them), for previews.
    IpState afterLinkDown(const std::string& ifname) const;

    /// The string `key` of object `j`, or empty (nlohmann's value() trips GCC's -Wnull-dereference).
    static std::string text(const nlohmann::json& j, const char* key);

    /// Comparable forms: volatile fields removed.
    static nlohmann::json canonicalAddress(const nlohmann::json& address);
    static nlohmann::json canonicalRoute(const nlohmann::json& route);

    nlohmann::json addr = nlohmann::json::array();
    nlohmann::json link = nlohmann::json::array();
    nlohmann::json route4 = nlohmann::json::array();
    nlohmann::json route6 = nlohmann::json::array();
};

} // namespace wsafix::lnx
