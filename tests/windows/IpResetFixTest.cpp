// ip-reset: the static configuration captured before `netsh int ip reset` is what gets re-applied after it. The plan
// is computed from a captured configuration and tested exactly; the reset itself runs only under Wine, whose netsh
// is a stub, and must come out as "could not verify" (or "unavailable"), never as fixed.
#include "FixHarness.h"
#include "NetshResetOutput.h"
#include "ScratchRegistryKey.h"
#include "WineDetection.h"

#include "diagnostics/ProcessRunner.h"
#include "diagnostics/fix/FixSteps.h"
#include "diagnostics/platform/windows/IpConfiguration.h"
#include "diagnostics/platform/windows/IpResetFix.h"
#include "diagnostics/platform/windows/RegExportFile.h"
#include "diagnostics/platform/windows/RegistrySnapshot.h"
#include "diagnostics/platform/windows/StaticInterfaceKeys.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <optional>

using namespace wsafix;
using namespace std::string_literals;
using win::AdapterIpConfiguration;
using win::IpResetFix;

namespace {

constexpr const char* kStaticGuid = "{0000000A-1111-2222-3333-444444444444}";
constexpr const char* kDhcpGuid = "{0000000B-1111-2222-3333-444444444444}";
// NSI store values of the static adapter: named after its interface LUID in hex, then the address (or the route).
constexpr const char* kNsiAddress = "060000000100000020010db8000000000000000000000010";
constexpr const char* kNsiRoute = "06000000010000000000000000000000000000000000000000";

std::vector<std::uint8_t> multiSz(const std::wstring& strings)
{
    return test::ScratchRegistryKey::utf16Bytes(strings);
}

// The scratch stand-ins of the saved settings ip-reset keeps (IpResetRegistry).
struct SavedSettings
{
    test::ScratchRegistryKey key{"tcpip-interfaces"};
    test::ScratchRegistryKey key6{"tcpip6-interfaces"};
    test::ScratchRegistryKey nsiAddresses{"nsi-ipv6-addresses"};
    test::ScratchRegistryKey nsiRoutes{"nsi-ipv6-routes"};

    win::IpResetRegistry registry() const { return {key.path(), key6.path(), nsiAddresses.path(), nsiRoutes.path()}; }
};

// Stands in for netsh under Wine, whose netsh is a stub: `netsh int ip reset <log>` does to the saved settings of
// the scratch layout what the reset does to Tcpip\Parameters\Interfaces (every adapter back to DHCP, no static
// address, gateway or DNS server), to Tcpip6 (no DNS server) and to the NSI stores (emptied), writes the log and
// prints `output`, exiting 1 when a step failed as netsh does. Anything else does not start.
class ResettingNetsh : public ProcessRunner
{
public:
    ResettingNetsh(SavedSettings& layout, std::string output) : m_saved(layout), m_output(std::move(output)) {}

    CommandResult run(const std::vector<std::string>& argv, const CommandOptions&) override
    {
        CommandResult result;
        if (argv.size() != 5 || argv[0] != "netsh" || argv[1] != "int" || argv[3] != "reset") {
            result.error = "only netsh int ip reset runs here";
            return result;
        }
        for (const std::string guid : {kStaticGuid, kDhcpGuid}) {
            m_saved.key.set(guid, "EnableDHCP", REG_DWORD, {1, 0, 0, 0});
            m_saved.key.set(guid, "IPAddress", REG_MULTI_SZ, multiSz(L"0.0.0.0\0\0"s));
            m_saved.key.set(guid, "SubnetMask", REG_MULTI_SZ, multiSz(L"0.0.0.0\0\0"s));
            m_saved.key.set(guid, "DefaultGateway", REG_MULTI_SZ, multiSz(L"\0"s));
            m_saved.key.setString(guid, "NameServer", "");
            m_saved.key.setString(guid, "DhcpIPAddress", "0.0.0.0");
            m_saved.key6.setString(guid, "NameServer", "");
        }
        m_saved.nsiAddresses.deleteValue("", kNsiAddress);
        m_saved.nsiRoutes.deleteValue("", kNsiRoute);
        std::ofstream(std::filesystem::path(argv[4])) << "reset Tcpip\\Parameters\\Interfaces\n";
        ++resets;
        result.started = true;
        result.exitCode = m_output.find(", failed.") == std::string::npos ? 0 : 1;
        result.out = m_output;
        return result;
    }

    int resets = 0;

private:
    SavedSettings& m_saved;
    std::string m_output;
};

// What captureIpConfiguration() gives on a machine with one static adapter, one DHCP adapter and loopback.
std::vector<AdapterIpConfiguration> captured()
{
    return win::ipConfigurationFromJson(nlohmann::json::parse(R"([
      {"guid": "{0000000A-1111-2222-3333-444444444444}", "luid": 1, "ifIndex": 7, "name": "Ethernet \"office\"",
       "dhcp": false,
       "addresses": [{"address": "192.0.2.10", "prefixLength": 24}, {"address": "fe80::1", "prefixLength": 64}],
       "staticAddresses": [{"address": "192.0.2.10", "prefixLength": 24}],
       "gateways": ["192.0.2.1"], "dnsServers": ["192.0.2.53", "192.0.2.54"], "staticDnsServers": ["192.0.2.53"],
       "routes": [{"destination": "0.0.0.0", "prefixLength": 0, "nextHop": "192.0.2.1", "metric": 25, "static": true},
                  {"destination": "192.0.2.0", "prefixLength": 24, "nextHop": "0.0.0.0", "metric": 281,
                   "static": false},
                  {"destination": "10.9.0.0", "prefixLength": 16, "nextHop": "192.0.2.254", "metric": 5,
                   "static": true}]},
      {"guid": "{0000000B-1111-2222-3333-444444444444}", "luid": 2, "ifIndex": 8, "name": "Wi-Fi", "dhcp": true,
       "addresses": [{"address": "198.51.100.20", "prefixLength": 24}], "staticAddresses": [],
       "gateways": ["198.51.100.1"], "dnsServers": ["198.51.100.1"], "staticDnsServers": [],
       "routes": [{"destination": "0.0.0.0", "prefixLength": 0, "nextHop": "198.51.100.1", "metric": 50,
                   "static": false}]},
      {"guid": "{0000000C-1111-2222-3333-444444444444}", "luid": 3, "ifIndex": 1, "name": "Loopback", "dhcp": false,
       "addresses": [{"address": "127.0.0.1", "prefixLength": 8}],
       "staticAddresses": [{"address": "127.0.0.1", "prefixLength": 8}],
       "gateways": [], "dnsServers": [], "staticDnsServers": [], "routes": []}
    ])"));
}

struct IpReset : SavedSettings
{
    /// With `netshOutput`, netsh is ResettingNetsh printing it; without, the netsh this system has.
    explicit IpReset(const std::optional<std::string>& netshOutput = std::nullopt)
        : runner(netshOutput ? std::unique_ptr<ProcessRunner>(std::make_unique<ResettingNetsh>(*this, *netshOutput))
                             : createProcessRunner(allowList)),
          fix(*runner, allowList, harness.dir() / "netsh", registry())
    {
        // The persistent configuration of a static adapter, as Windows keeps it under Tcpip\Parameters\Interfaces.
        const std::string adapter = kStaticGuid;
        key.set(adapter, "IPAddress", REG_MULTI_SZ, multiSz(L"192.0.2.10\0\0"s));
        key.set(adapter, "SubnetMask", REG_MULTI_SZ, multiSz(L"255.255.255.0\0\0"s));
        key.set(adapter, "DefaultGateway", REG_MULTI_SZ, multiSz(L"192.0.2.1\0\0"s));
        key.setString(adapter, "NameServer", "192.0.2.53");
        key.set(adapter, "EnableDHCP", REG_DWORD, {0, 0, 0, 0});
        key.set(adapter + "\\{5A6E1D2C-0000-4000-8000-000000000001}", "ProfileName", REG_SZ,
                test::ScratchRegistryKey::utf16Bytes(L"office\0"s));
        // A DHCP adapter: its lease, and an empty NameServer (no static DNS server), as Windows writes it.
        key.set(kDhcpGuid, "EnableDHCP", REG_DWORD, {1, 0, 0, 0});
        key.setString(kDhcpGuid, "DhcpIPAddress", "198.51.100.20");
        key.setString(kDhcpGuid, "NameServer", "");
        // IPv6: a static DNS server on the static adapter, none on the DHCP one; one static address and route.
        key6.setString(adapter, "NameServer", "2001:db8::53");
        key6.setString(kDhcpGuid, "NameServer", "");
        key6.set(kDhcpGuid, "Dhcpv6DUID", REG_BINARY, {0, 1, 0, 1, 0x2a});
        nsiAddresses.set("", kNsiAddress, REG_BINARY, {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0});
        nsiRoutes.set("", kNsiRoute, REG_BINARY, {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1});
    }

    /// The same, as the tree of `backup`.
    static win::RegistryTree treeAt(const test::ScratchRegistryKey& backup)
    {
        return win::captureRegistryTree(backup.path()).value;
    }

    /// The saved settings of one adapter of the layout, as they are now.
    win::RegistryTree adapterTree(const std::string& guid, bool ipv6 = false) const
    {
        return win::captureRegistryTree((ipv6 ? key6 : key).path() + "\\" + guid).value;
    }

    /// A snapshot as snapshot() takes it, with `adapters` as the captured IP configuration; `withIpv6` false: as
    /// snapshots were before IPv6 was kept.
    Snapshot snapshotOf(const std::vector<AdapterIpConfiguration>& adapters, bool withIpv6 = true) const
    {
        Snapshot s;
        s.id = "test-snapshot";
        s.fixId = "ip-reset";
        s.parts.push_back(SnapshotPart::json("ip-configuration", win::ipConfigurationToJson(adapters)));
        win::RegistryTreeBackup(key.path()).capture(s);
        if (withIpv6) {
            win::RegistryTreeBackup(key6.path(), "registry-tcpip6").capture(s);
            win::RegistryTreeBackup(nsiAddresses.path(), "registry-nsi-ipv6-addresses").capture(s);
            win::RegistryTreeBackup(nsiRoutes.path(), "registry-nsi-ipv6-routes").capture(s);
        }
        return s;
    }

    win::RegistryTree tree() const { return win::captureRegistryTree(key.path()).value; }

    test::FixHarness harness;
    AllowList allowList = defaultAllowList();
    std::unique_ptr<ProcessRunner> runner;
    IpResetFix fix;
};

} // namespace

TEST(IpResetFix, ThePlanReappliesTheStaticAddressesRoutesAndDnsServersOnly)
{
    const auto plan = IpResetFix::reapplyPlan(captured());
    ASSERT_EQ(plan.size(), 1u) << "the DHCP adapter has nothing static, loopback keeps its address by itself";
    const AdapterIpConfiguration& ethernet = plan.front();
    EXPECT_EQ(ethernet.guid, kStaticGuid);
    EXPECT_FALSE(ethernet.dhcp);
    EXPECT_EQ(ethernet.staticAddresses, (std::vector<IpAddress>{{"192.0.2.10", 24}}));
    EXPECT_EQ(ethernet.staticDnsServers, (std::vector<std::string>{"192.0.2.53"}));
    EXPECT_EQ(IpResetFix::describePlan(plan),
              (std::vector<std::string>{
                  "re-apply on Ethernet \"office\" {0000000A-1111-2222-3333-444444444444}: address 192.0.2.10/24, "
                  "route 0.0.0.0/0 via 192.0.2.1 metric 25, route 10.9.0.0/16 via 192.0.2.254 metric 5, "
                  "DNS server 192.0.2.53, DHCP off"}));
}

TEST(IpResetFix, AnAdapterWithOnlyAStaticDnsServerKeepsIt)
{
    auto adapters = captured();
    adapters[1].staticDnsServers = {"2001:db8::53"};
    const auto plan = IpResetFix::reapplyPlan(adapters);
    ASSERT_EQ(plan.size(), 2u);
    EXPECT_EQ(IpResetFix::describePlan(plan)[1],
              "re-apply on Wi-Fi {0000000B-1111-2222-3333-444444444444}: DNS server 2001:db8::53");
}

TEST(IpResetFix, RestoredNamesTheFirstStaticSettingThatIsMissing)
{
    const auto live = win::captureIpConfiguration();
    ASSERT_TRUE(live.available()) << live.status.reason;
    const auto notLoopback = [](const IpAddress& ip) {
        return ip.address.rfind("127.", 0) != 0 && ip.address != "::1";
    };
    const auto adapter = std::find_if(live.value.begin(), live.value.end(), [&](const AdapterIpConfiguration& a) {
        return std::any_of(a.addresses.begin(), a.addresses.end(), notLoopback);
    });
    if (adapter == live.value.end())
        GTEST_SKIP() << "no adapter with an address other than loopback";
    const IpAddress present = *std::find_if(adapter->addresses.begin(), adapter->addresses.end(), notLoopback);
    IpReset r;
    auto wanted = *adapter;
    wanted.staticAddresses = {present};
    wanted.staticDnsServers.clear();
    wanted.routes.clear();
    const auto ok = r.fix.restored(r.snapshotOf({wanted}));
    EXPECT_EQ(ok.result, FixCheck::Result::Verified) << ok.detail;

    wanted.staticAddresses.push_back({"192.0.2.99", 24});
    const auto missing = r.fix.restored(r.snapshotOf({wanted}));
    EXPECT_EQ(missing.result, FixCheck::Result::Failed) << missing.detail;
    EXPECT_NE(missing.detail.find("lacks its address 192.0.2.99/24"), std::string::npos) << missing.detail;
}

TEST(IpResetFix, SnapshotHoldsTheConfigurationAndTheInterfacesRegistryTree)
{
    IpReset r;
    const Snapshot s = r.fix.snapshot();
    const auto live = win::captureIpConfiguration();
    ASSERT_TRUE(live.available()) << live.status.reason;
    EXPECT_EQ(win::ipConfigurationFromJson(s.jsonPart("ip-configuration")).size(), live.value.size());
    EXPECT_EQ(win::firstDifference(r.tree(), win::registryTreeFromJson(s.jsonPart("registry"))), "");
    EXPECT_EQ(s.part("registry-export").meta.value("extension", ""), ".reg");
    // IPv6: the Tcpip6 Interfaces tree and the NSI stores of the static addresses and routes, each with its .reg file.
    for (const auto& [part, key] :
         {std::pair{"registry-tcpip6", &r.key6}, std::pair{"registry-nsi-ipv6-addresses", &r.nsiAddresses},
          std::pair{"registry-nsi-ipv6-routes", &r.nsiRoutes}}) {
        SCOPED_TRACE(part);
        EXPECT_EQ(win::firstDifference(IpReset::treeAt(*key), win::registryTreeFromJson(s.jsonPart(part))), "");
        EXPECT_EQ(s.part(std::string(part) + "-export").meta.value("path", ""), key->path());
    }
}

TEST(IpResetFix, RollbackRestoresTheRegistryTreeAndSaysWhichAdapterIsGone)
{
    IpReset r;
    const auto before = r.tree();
    const Snapshot s = r.snapshotOf(captured());
    // What the reset does to a static adapter's persistent configuration.
    r.key.set(kStaticGuid, "EnableDHCP", REG_DWORD, {1, 0, 0, 0});
    r.key.set(kStaticGuid, "IPAddress", REG_MULTI_SZ, test::ScratchRegistryKey::utf16Bytes(L"0.0.0.0\0\0"s));
    FixSteps steps(nullptr, "test");
    try {
        r.fix.rollback(s, steps);
        FAIL() << "the snapshot's adapters do not exist here";
    } catch (const FixFailure& e) {
        EXPECT_NE(std::string(e.what()).find(kStaticGuid), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("no such adapter"), std::string::npos) << e.what();
    }
    EXPECT_EQ(win::firstDifference(before, r.tree()), "")
        << "the registry tree was put back before the re-apply failed";
    Snapshot damaged = r.snapshotOf(captured());
    damaged.parts[0].bytes = R"([{"guid": "not a guid"}])";
    try {
        r.fix.rollback(damaged, steps);
        FAIL() << "a damaged snapshot must be refused";
    } catch (const FixFailure& e) {
        EXPECT_NE(std::string(e.what()).find("holds no usable IP configuration"), std::string::npos) << e.what();
    }
}

TEST(IpResetFix, WinesStubNetshIsNeverReportedAsFixed)
{
    if (!test::runningUnderWine())
        GTEST_SKIP() << "on Windows this would reset TCP/IP";
    IpReset r;
    const auto live = win::captureIpConfiguration();
    ASSERT_TRUE(live.available()) << live.status.reason;
    const auto plan = IpResetFix::reapplyPlan(live.value);
    const bool needsWriters = std::any_of(plan.begin(), plan.end(), [](const AdapterIpConfiguration& a) {
        return !a.staticAddresses.empty() ||
               std::any_of(a.routes.begin(), a.routes.end(), [](const win::IpRoute& route) { return route.isStatic; });
    });
    const FixReport report = r.harness.runner().apply(r.fix);
    if (needsWriters) {
        EXPECT_EQ(report.outcome, "unavailable") << report.detail;
        EXPECT_NE(report.detail.find("CreateUnicastIpAddressEntry"), std::string::npos) << report.detail;
        EXPECT_TRUE(report.commands.empty()) << "nothing runs when the static part could not be put back";
    } else {
        EXPECT_EQ(report.outcome, "could-not-verify") << report.detail;
        EXPECT_NE(report.detail.find("Wine's stub"), std::string::npos) << report.detail;
        ASSERT_FALSE(report.commands.empty());
        EXPECT_NE(report.commands.back().find("netsh int ip reset"), std::string::npos) << report.commands.back();
        EXPECT_TRUE(r.harness.journal().openEntries().empty());
    }
}

TEST(IpResetFix, ADhcpAdapterIsLeftToTheReset)
{
    IpReset r;
    const win::StaticInterfaceKeys keys(r.tree());
    ASSERT_EQ(keys.adapters().size(), 1u) << "an empty NameServer is no static DNS server";
    EXPECT_EQ(keys.adapters()[0].path, r.key.canonicalPath() + "\\" + kStaticGuid);
    EXPECT_EQ(win::firstDifference(keys.adapters()[0], r.adapterTree(kStaticGuid)), "")
        << "the whole subkey, its network profiles too";

    r.key.setString(kDhcpGuid, "NameServer", "192.0.2.53 192.0.2.54");
    EXPECT_EQ(win::StaticInterfaceKeys(r.tree()).adapters().size(), 2u) << "a static DNS server on a DHCP adapter";
    r.key.setString(kDhcpGuid, "NameServer", "");
    r.key.set(kDhcpGuid, "DefaultGateway", REG_MULTI_SZ, multiSz(L"198.51.100.1\0\0"s));
    EXPECT_EQ(win::StaticInterfaceKeys(r.tree()).adapters().size(), 2u) << "a static gateway";
}

TEST(IpResetFix, TheStaticAdaptersKeysAreBackAfterTheReset)
{
    // What an elevated reset printed, with its one harmless failed step (and exit code 1).
    IpReset r(test::netshResetOutput("01.txt"));
    const auto staticBefore = r.adapterTree(kStaticGuid);
    const auto dhcpBefore = r.adapterTree(kDhcpGuid);
    // No running-stack part: Wine's adapters are not the layout's, the saved settings are what this test is about.
    const Snapshot s = r.snapshotOf({});
    FixSteps steps(nullptr, "test");
    r.fix.apply(s, steps);
    EXPECT_EQ(static_cast<ResettingNetsh&>(*r.runner).resets, 1);

    EXPECT_EQ(win::firstDifference(staticBefore, r.adapterTree(kStaticGuid)), "");
    EXPECT_NE(win::firstDifference(dhcpBefore, r.adapterTree(kDhcpGuid)), "") << "the DHCP adapter keeps the reset's";
    const auto restoring = std::count_if(steps.done().begin(), steps.done().end(), [](const std::string& step) {
        return step.find("restore the saved IP settings") != std::string::npos;
    });
    EXPECT_EQ(restoring, 1) << "one step, for the static adapter only";

    const FixCheck check = r.fix.check(s);
    EXPECT_NE(check.detail.find("the saved IP settings of 1 adapter with a static configuration are the captured "
                                "ones"),
              std::string::npos)
        << check.detail;
    EXPECT_NE(check.detail.find("warning: 1 failed step is harmless"), std::string::npos)
        << "the fix's outcome tells the user about the harmless step: " << check.detail;
    if (test::runningUnderWine())
        EXPECT_EQ(check.result, FixCheck::Result::CouldNotVerify) << "Wine's netsh changed nothing: " << check.detail;
    else
        EXPECT_EQ(check.result, FixCheck::Result::Verified) << check.detail;

    r.key.set(kStaticGuid, "DefaultGateway", REG_MULTI_SZ, multiSz(L"\0"s));
    const FixCheck lost = r.fix.check(s);
    EXPECT_EQ(lost.result, FixCheck::Result::Failed) << lost.detail;
    EXPECT_NE(lost.detail.find("DefaultGateway of " + r.key.canonicalPath() + "\\" + kStaticGuid), std::string::npos)
        << lost.detail;
    EXPECT_EQ(r.fix.restored(s).result, FixCheck::Result::Failed) << r.fix.restored(s).detail;
}

TEST(IpResetFix, AResetWithFailedStepsFailsNamingThemAndRollsBack)
{
    IpReset r(test::netshResetOutput("05.txt"));
    const auto before = r.tree();
    const Snapshot s = r.snapshotOf({});
    FixSteps steps(nullptr, "test");
    try {
        r.fix.apply(s, steps);
        FAIL() << "seven steps of the reset failed";
    } catch (const FixFailure& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("7 steps of the reset failed: Global: The requested operation requires elevation"),
                  std::string::npos)
            << what;
        EXPECT_NE(what.find("Unicast Address: "), std::string::npos) << what;
    }
    EXPECT_NE(win::firstDifference(before, r.tree()), "") << "the reset changed the saved settings";
    r.fix.rollback(s, steps);
    EXPECT_EQ(win::firstDifference(before, r.tree()), "");
    const FixCheck restored = r.fix.restored(s);
    EXPECT_EQ(restored.result, FixCheck::Result::Verified) << restored.detail;
}

TEST(IpResetFix, TheStaticIpv6SettingsAreBackAfterTheReset)
{
    IpReset r(test::netshResetOutput("01.txt"));
    const auto static6 = r.adapterTree(kStaticGuid, true);
    const auto addresses = IpReset::treeAt(r.nsiAddresses);
    const auto routes = IpReset::treeAt(r.nsiRoutes);
    const Snapshot s = r.snapshotOf({});
    FixSteps steps(nullptr, "test");
    r.fix.apply(s, steps);

    EXPECT_EQ(win::firstDifference(static6, r.adapterTree(kStaticGuid, true)), "") << "its IPv6 DNS server";
    // The NSI stores byte for byte, as the .reg file shows them.
    EXPECT_EQ(win::regExportFile(IpReset::treeAt(r.nsiAddresses)), win::regExportFile(addresses));
    EXPECT_EQ(win::regExportFile(IpReset::treeAt(r.nsiRoutes)), win::regExportFile(routes));
    const auto count = [&](const std::string& text) {
        return std::count_if(steps.done().begin(), steps.done().end(),
                             [&](const std::string& step) { return step.find(text) != std::string::npos; });
    };
    EXPECT_EQ(count("restore the saved IPv6 settings"), 1) << "one step, for the static adapter only";
    EXPECT_EQ(count("restore the registry tree " + r.nsiAddresses.canonicalPath()), 1);
    EXPECT_EQ(count("restore the registry tree " + r.nsiRoutes.canonicalPath()), 1);

    const FixCheck check = r.fix.check(s);
    EXPECT_NE(check.detail.find("the saved IPv6 settings of 1 adapter with a static configuration are the captured "
                                "ones"),
              std::string::npos)
        << check.detail;
    r.key6.setString(kStaticGuid, "NameServer", "");
    const FixCheck lost = r.fix.check(s);
    EXPECT_EQ(lost.result, FixCheck::Result::Failed) << lost.detail;
    EXPECT_NE(lost.detail.find("NameServer of " + r.key6.canonicalPath() + "\\" + kStaticGuid), std::string::npos)
        << lost.detail;

    r.fix.rollback(s, steps);
    EXPECT_EQ(win::firstDifference(static6, r.adapterTree(kStaticGuid, true)), "") << "rollback puts the tree back";
    EXPECT_EQ(r.fix.restored(s).result, FixCheck::Result::Verified) << r.fix.restored(s).detail;
}

TEST(IpResetFix, ASnapshotTakenBeforeIpv6WasKeptIsStillUsed)
{
    IpReset r(test::netshResetOutput("01.txt"));
    const auto before = r.tree();
    const Snapshot old = r.snapshotOf({}, false);
    ASSERT_EQ(old.find("registry-tcpip6"), nullptr);
    FixSteps steps(nullptr, "test");
    r.fix.apply(old, steps);
    EXPECT_EQ(win::firstDifference(r.adapterTree(kStaticGuid), win::StaticInterfaceKeys(before).adapters()[0]), "");
    EXPECT_TRUE(win::captureRegistryTree(r.nsiAddresses.path()).value.root.values.empty())
        << "nothing of IPv6 to put back: the reset's store stays";
    EXPECT_EQ(r.fix.check(old).detail.find("IPv6"), std::string::npos) << r.fix.check(old).detail;
    r.fix.rollback(old, steps);
    EXPECT_EQ(win::firstDifference(before, r.tree()), "");
    EXPECT_EQ(r.fix.restored(old).result, FixCheck::Result::Verified) << r.fix.restored(old).detail;
}

TEST(IpResetFix, TheIpv6PartsAreCoveredByTheSnapshotsChecksums)
{
    IpReset r;
    Snapshot s = r.snapshotOf({});
    const std::string id = r.harness.snapshots().save(s);
    const Snapshot loaded = r.harness.snapshots().load(id);
    EXPECT_EQ(loaded.part("registry-tcpip6").bytes, s.part("registry-tcpip6").bytes);
    EXPECT_EQ(loaded.part("registry-nsi-ipv6-routes-export").bytes, s.part("registry-nsi-ipv6-routes-export").bytes);
    // Edit the IPv6 DNS server in the saved copy: the whole snapshot is refused.
    const std::size_t index =
        static_cast<std::size_t>(std::find_if(s.parts.begin(), s.parts.end(),
                                              [](const SnapshotPart& p) { return p.name == "registry-tcpip6"; }) -
                                 s.parts.begin());
    char name[32];
    std::snprintf(name, sizeof name, "part-%02zu.json", index + 1);
    const auto file = r.harness.snapshots().folder() / id / name;
    ASSERT_TRUE(std::filesystem::exists(file)) << file;
    std::string text = s.part("registry-tcpip6").bytes;
    const std::size_t at = text.find("NameServer");
    ASSERT_NE(at, std::string::npos);
    text[at] = 'n';
    std::filesystem::permissions(file, std::filesystem::perms::owner_write, std::filesystem::perm_options::add);
    std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
    EXPECT_THROW(r.harness.snapshots().load(id), SnapshotError);
}

TEST(IpResetFix, AStaticIpv6AddressIsNeverReportedReappliedWhereIpHelperCannotWrite)
{
    const std::string missing = win::missingIpWriters();
    if (missing.empty())
        GTEST_SKIP() << "this iphlpapi can write: on Windows this would add an address";
    const auto live = win::captureIpConfiguration();
    ASSERT_TRUE(live.available()) << live.status.reason;
    ASSERT_FALSE(live.value.empty());
    AdapterIpConfiguration wanted = live.value.front();
    wanted.staticAddresses = {{"2001:db8::10", 64}};
    wanted.routes = {{"2001:db8:1::", 48, "2001:db8::1", 10, true}};
    wanted.staticDnsServers.clear();
    const auto result = win::reapplyStaticIpConfiguration(wanted);
    EXPECT_EQ(result.status, win::ActionStatus::Unavailable) << win::describe(result);
    EXPECT_NE(result.message.find("CreateUnicastIpAddressEntry"), std::string::npos) << result.message;
    const auto after = win::captureIpConfiguration();
    ASSERT_TRUE(after.available());
    for (const auto& adapter : after.value)
        for (const auto& address : adapter.addresses)
            EXPECT_NE(address.address, "2001:db8::10") << "nothing was changed";
}
