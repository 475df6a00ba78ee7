// adapters() inside namespaces against what `ip -j` reports there: names, indexes, addresses
// with prefix lengths, MACs and up/down; gateways, DHCP-like addresses and DNS as configured.
#include "NamespacePair.h"

#include "diagnostics/platform/linux/LinuxSystem.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

using namespace wsafix;
using namespace wsafix::systemtest;

namespace {

Probed<std::vector<Adapter>> adaptersIn(const NetworkNamespace& ns, LinuxSystem::Paths paths = {})
{
    return inNamespace(ns, [&] { return LinuxSystem(paths).adapters(); });
}

const Adapter& adapterNamed(const std::vector<Adapter>& all, const std::string& name)
{
    const auto it = std::find_if(all.begin(), all.end(), [&](const Adapter& a) { return a.id == name; });
    if (it == all.end())
        throw std::runtime_error("no adapter " + name);
    return *it;
}

// A file in the temporary directory that is removed when the test ends, also when it fails.
class ScratchFile
{
public:
    ScratchFile(const std::string& name, const std::string& content)
        : m_path((std::filesystem::temp_directory_path() / name).string())
    {
        std::ofstream(m_path) << content;
    }
    ~ScratchFile()
    {
        std::error_code ec;
        std::filesystem::remove(m_path, ec);
    }
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;
    const std::string& path() const { return m_path; }

private:
    std::string m_path;
};

bool hasFlag(const nlohmann::json& link, const char* flag)
{
    const auto& flags = link.at("flags");
    return std::find(flags.begin(), flags.end(), flag) != flags.end();
}

// The same interfaces, field by field, as `ip -j addr` shows them in `ns`.
void expectMatchesIp(const NetworkNamespace& ns)
{
    const auto before = nlohmann::json::parse(ns.ip({"-j", "addr"}));
    const auto adapters = adaptersIn(ns);
    ASSERT_TRUE(adapters.available()) << adapters.status.reason;
    ASSERT_EQ(before, nlohmann::json::parse(ns.ip({"-j", "addr"}))) << "the namespace changed while it was probed";

    ASSERT_EQ(adapters.value.size(), before.size());
    for (const auto& link : before) {
        const std::string name = link.at("ifname");
        SCOPED_TRACE(name);
        const Adapter& a = adapterNamed(adapters.value, name);
        EXPECT_EQ(a.ifIndex, link.at("ifindex").get<std::uint32_t>());
        const std::string oper = link.at("operstate");
        EXPECT_EQ(a.up, oper == "UP" || (oper == "UNKNOWN" && hasFlag(link, "UP") && hasFlag(link, "LOWER_UP")));
        if (link.at("link_type") == "ether") {
            EXPECT_EQ(a.mac, link.at("address").get<std::string>());
        }
        std::set<std::pair<std::string, int>> expected, actual;
        for (const auto& info : link.at("addr_info"))
            expected.insert({info.at("local").get<std::string>(), info.at("prefixlen").get<int>()});
        for (const auto& ip : a.addresses)
            actual.insert({ip.address, ip.prefixLength});
        EXPECT_EQ(actual, expected);
    }
}

} // namespace

using NamespaceAdapters = NamespacePair;

TEST_F(NamespaceAdapters, MatchWhatIpReports)
{
    expectMatchesIp(a());
    expectMatchesIp(b());
    const auto adapters = adaptersIn(a());
    ASSERT_TRUE(adapters.available()) << adapters.status.reason;
    const Adapter& va = adapterNamed(adapters.value, "va");
    EXPECT_TRUE(va.up);
    EXPECT_EQ(va.type, "ethernet");
    EXPECT_EQ(va.description, "veth");
    EXPECT_FALSE(va.dhcp) << "addresses set by hand are permanent";
    EXPECT_NE(std::find(va.addresses.begin(), va.addresses.end(), IpAddress{kAddressA, 24}), va.addresses.end());
    EXPECT_NE(std::find(va.addresses.begin(), va.addresses.end(), IpAddress{kAddress6A, 64}), va.addresses.end());
    const Adapter& lo = adapterNamed(adapters.value, "lo");
    EXPECT_TRUE(lo.up);
    EXPECT_EQ(lo.type, "loopback");
}

TEST_F(NamespaceAdapters, LinkDownIsSeenAsNotUpOnBothEnds)
{
    a().ip({"link", "set", "dev", "va", "down"});
    // The peer loses its carrier: operstate DOWN with NO-CARRIER, though it is still set up.
    ASSERT_TRUE(waitFor([&] { return operState(b(), "vb") == "DOWN"; }));
    expectMatchesIp(a());
    expectMatchesIp(b());
    EXPECT_FALSE(adapterNamed(adaptersIn(a()).value, "va").up);
    const Adapter vb = adapterNamed(adaptersIn(b()).value, "vb");
    EXPECT_FALSE(vb.up);
    EXPECT_NE(std::find(vb.addresses.begin(), vb.addresses.end(), IpAddress{kAddressB, 24}), vb.addresses.end())
        << "a link that is down keeps its addresses";

    a().ip({"link", "set", "dev", "va", "up"});
    EXPECT_TRUE(waitFor(
        [&] { return adapterNamed(adaptersIn(a()).value, "va").up && adapterNamed(adaptersIn(b()).value, "vb").up; }));
}

TEST_F(NamespaceAdapters, DefaultGatewaysBelongToTheirInterface)
{
    b().ip({"route", "add", "default", "via", kAddressA, "dev", "vb"});
    b().ip({"-6", "route", "add", "default", "via", kAddress6A, "dev", "vb"});
    // Routes of other tables are not the adapter's default gateways.
    b().ip({"route", "add", "default", "via", "10.199.0.3", "dev", "vb", "table", "100"});
    const auto inB = adaptersIn(b());
    ASSERT_TRUE(inB.available()) << inB.status.reason;
    EXPECT_EQ(adapterNamed(inB.value, "vb").gateways, (std::vector<std::string>{kAddressA, kAddress6A}));
    EXPECT_TRUE(adapterNamed(inB.value, "lo").gateways.empty());
    EXPECT_TRUE(adapterNamed(adaptersIn(a()).value, "va").gateways.empty());
}

TEST_F(NamespaceAdapters, AnAddressWithALeaseLifetimeCountsAsDhcp)
{
    // What a DHCP client installs: an address that expires, so the kernel does not mark it permanent.
    b().ip({"addr", "add", "10.199.0.50/24", "dev", "vb", "valid_lft", "600", "preferred_lft", "600"});
    const auto inB = adaptersIn(b());
    ASSERT_TRUE(inB.available()) << inB.status.reason;
    EXPECT_TRUE(adapterNamed(inB.value, "vb").dhcp);
    EXPECT_FALSE(adapterNamed(adaptersIn(a()).value, "va").dhcp);
}

TEST_F(NamespaceAdapters, DnsServersGoToAdaptersThatAreUp)
{
    // resolv.conf is machine-wide (the namespace shares the host's /etc): a fixture file stands in.
    const ScratchFile resolvConf("wsafix-dns-" + a().name(), "nameserver 10.199.0.53\n");
    LinuxSystem::Paths paths;
    paths.resolvConf = resolvConf.path();
    paths.resolvedConf = resolvConf.path() + ".absent";

    const auto up = adaptersIn(b(), paths);
    ASSERT_TRUE(up.available()) << up.status.reason;
    EXPECT_EQ(adapterNamed(up.value, "vb").dnsServers, (std::vector<std::string>{"10.199.0.53"}));
    EXPECT_TRUE(adapterNamed(up.value, "lo").dnsServers.empty()) << "loopback";

    a().ip({"link", "set", "dev", "va", "down"});
    const auto down = adaptersIn(a(), paths);
    ASSERT_TRUE(down.available()) << down.status.reason;
    EXPECT_TRUE(adapterNamed(down.value, "va").dnsServers.empty()) << "va is down";
}
