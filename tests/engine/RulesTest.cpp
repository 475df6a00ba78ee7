#include "diagnostics/Detector.h"
#include "diagnostics/Rules.h"
#include "diagnostics/platform/simulated/SimulatedSystem.h"

#include "TestScenarios.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace wsafix;

namespace {

std::vector<Finding> findingsOf(const std::string& scenario, const Intake& intake = {})
{
    SimulatedSystem sys(loadScenario(scenario));
    return evaluateRules(Detector(sys).run(), intake);
}

const Finding* byId(const std::vector<Finding>& findings, const std::string& id)
{
    const auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.id == id; });
    return it == findings.end() ? nullptr : &*it;
}

bool anyMachineWideFix(const std::vector<Finding>& findings)
{
    for (const auto& f : findings)
        for (const auto& fix : f.fixes)
            if (fix == "winsock-reset" || fix == "ip-reset" || fix.rfind("remove-provider:", 0) == 0)
                return true;
    return false;
}

} // namespace

TEST(Rules, CleanMachineHasNoFindings)
{
    EXPECT_TRUE(findingsOf("clean").empty());
    EXPECT_TRUE(findingsOf("clean", Intake{"10056", "chrome.exe", 0, "example.com", 443, ""}).empty());
}

TEST(Rules, LayeredProviderIsFoundWithItsDllAsEvidence)
{
    const auto findings = findingsOf("lsp-adware", Intake{"10056", "OUTLOOK.EXE", 0, "", 0, ""});
    const Finding* f = byId(findings, "layered-provider");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::Error);
    ASSERT_FALSE(f->evidence.empty());
    EXPECT_NE(f->evidence.front().find("ssurf64.dll"), std::string::npos) << f->evidence.front();
    // Least invasive first: keep providers away from the app, then remove one, then reset all.
    ASSERT_GE(f->fixes.size(), 3u);
    EXPECT_EQ(f->fixes.front(), "lsp-bypass:OUTLOOK.EXE");
    EXPECT_EQ(f->fixes[1], "remove-provider:1010");
    EXPECT_EQ(f->fixes.back(), "winsock-reset");
}

TEST(Rules, ReconnectBugIsAnApplicationIssueWithNoMachineWideFix)
{
    const auto findings = findingsOf("app-reconnect-bug", Intake{"10056", "OrderSync.exe", 0, "", 0, ""});
    const Finding* f = byId(findings, "app-reconnect-pattern");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->evidence.size(), 6u);
    EXPECT_NE(f->explanation.find("SO_ERROR"), std::string::npos);
    EXPECT_FALSE(anyMachineWideFix(findings));
    EXPECT_EQ(byId(findings, "layered-provider"), nullptr);
}

TEST(Rules, ReconnectPatternNeedsTheTargetProcess)
{
    EXPECT_EQ(byId(findingsOf("app-reconnect-bug"), "app-reconnect-pattern"), nullptr);
    EXPECT_NE(byId(findingsOf("app-reconnect-bug", Intake{"", "", 4120, "", 0, ""}), "app-reconnect-pattern"), nullptr);
}

TEST(Rules, AdapterProblems)
{
    Inventory inv = test::healthyInventory();
    EXPECT_TRUE(evaluateRules(inv, {}).empty());

    inv.adapters[0].addresses = {{"169.254.7.9", 16}};
    inv.adapters[0].gateways.clear();
    inv.adapters[0].dnsServers.clear();
    auto findings = evaluateRules(inv, {});
    ASSERT_NE(byId(findings, "apipa-address"), nullptr);
    EXPECT_EQ(byId(findings, "apipa-address")->fixes, std::vector<std::string>{"restart-adapter:" + inv.adapters[0].id});
    EXPECT_NE(byId(findings, "no-default-gateway"), nullptr);
    EXPECT_NE(byId(findings, "no-dns-server"), nullptr);

    inv.adapters[0].up = false;
    findings = evaluateRules(inv, {});
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].id, "no-adapter-up");
    EXPECT_EQ(findings[0].severity, Severity::Critical);
}

TEST(Rules, AnUnavailableAdapterProbeIsNotReadAsNoAdapters)
{
    Inventory inv = test::healthyInventory();
    inv.adapters.clear();
    inv.probes["adapters"] = ProbeStatus{false, "GetAdaptersAddresses failed"};
    EXPECT_TRUE(evaluateRules(inv, {}).empty());
}

TEST(Rules, SocketExhaustionAndWorstFirst)
{
    Inventory inv = test::healthyInventory();
    inv.adapters[0].dnsServers.clear(); // a warning, to check the ordering
    for (int i = 0; i < 1200; ++i) {
        SocketEntry s;
        s.localAddress = "192.0.2.10";
        s.localPort = static_cast<std::uint16_t>(20000 + i);
        s.remoteAddress = "198.51.100.7";
        s.remotePort = 443;
        s.state = TcpState::TimeWait;
        s.pid = 77;
        s.processName = "leaky.exe";
        inv.sockets.push_back(s);
    }
    const auto findings = evaluateRules(inv, {});
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_EQ(findings[0].id, "socket-exhaustion");
    EXPECT_NE(findings[0].evidence[0].find("1200"), std::string::npos);
    EXPECT_EQ(findings[1].id, "no-dns-server");
}

TEST(Rules, PreloadedLibraryOnLinux)
{
    Inventory inv = test::healthyInventory();
    CatalogEntry e;
    e.catalogId = 1;
    e.name = "libsnoop.so";
    e.providerPath = "/usr/lib/libsnoop.so";
    e.kind = CatalogEntry::Kind::Layered;
    e.catalog = "preload";
    inv.catalog.push_back(e);
    const auto findings = evaluateRules(inv, {});
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].fixes, std::vector<std::string>{"remove-preload:/usr/lib/libsnoop.so"});
}

TEST(Rules, UnreachableTargetSaysWhetherTheNameOrTheConnectionFailed)
{
    SimulatedSystem sys(loadScenario("clean"));
    Detector detector(sys);
    detector.setTarget("example.com", 443);
    EXPECT_TRUE(evaluateRules(detector.run(), {}).empty()) << "the clean machine reaches example.com";

    detector.setTarget("nowhere.example", 443);
    auto findings = evaluateRules(detector.run(), {});
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].id, "target-unreachable");
    EXPECT_NE(findings[0].title.find("does not resolve"), std::string::npos);
    EXPECT_EQ(findings[0].fixes, std::vector<std::string>{"flush-dns"});

    SimulatedSystem lsp(loadScenario("lsp-adware"));
    Detector lspDetector(lsp);
    lspDetector.setTarget("example.com", 443);
    findings = evaluateRules(lspDetector.run(), {});
    const Finding* f = byId(findings, "target-unreachable");
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->evidence[0].find("WSAEISCONN (10056)"), std::string::npos) << f->evidence[0];
    EXPECT_TRUE(f->fixes.empty()) << "the layered-provider finding carries the fixes";
}

TEST(Rules, CatalogChangeEventsAreEvidenceOfTheLayeredProvider)
{
    const Finding* f = nullptr;
    const auto findings = findingsOf("lsp-adware");
    f = byId(findings, "layered-provider");
    ASSERT_NE(f, nullptr);
    ASSERT_EQ(f->evidence.size(), 2u);
    EXPECT_NE(f->evidence[1].find("event 1 at 2026-11-22"), std::string::npos) << f->evidence[1];
}

TEST(Rules, OrphanedCatalogEntriesAreFoundOnlyWhenTheFileIsKnownMissing)
{
    Inventory inv = test::healthyInventory();
    CatalogEntry base;
    base.catalogId = 1001;
    base.name = "MSAFD Tcpip [TCP/IP]";
    base.providerPath = "%SystemRoot%\\system32\\mswsock.dll";
    inv.catalog.push_back(base); // not checked: no finding
    CatalogEntry gone = base;
    gone.catalogId = 1020;
    gone.name = "OldVPN over [MSAFD Tcpip [TCP/IP]]";
    gone.kind = CatalogEntry::Kind::Chain;
    gone.chain = {1019, 1001};
    gone.providerPath = "%ProgramFiles%\\OldVPN\\ovlsp.dll";
    gone.dllExists = false;
    inv.catalog.push_back(gone);
    EXPECT_TRUE(evaluateRules(test::healthyInventory(), {}).empty());

    const auto findings = evaluateRules(inv, {});
    const Finding* f = byId(findings, "orphaned-catalog-entry");
    ASSERT_NE(f, nullptr);
    ASSERT_EQ(f->evidence.size(), 1u);
    EXPECT_NE(f->evidence[0].find("ovlsp.dll [file missing]"), std::string::npos) << f->evidence[0];
    EXPECT_EQ(f->fixes, (std::vector<std::string>{"remove-provider:1020", "winsock-reset"}));

    inv.catalog[1].dllExists = true;
    inv.catalog[1].company = "OldVPN Inc.";
    EXPECT_EQ(byId(evaluateRules(inv, {}), "orphaned-catalog-entry"), nullptr);
}

// Found by fuzz_inventory: a connection time from a file too large for an int was converted anyway (UB).
TEST(Rules, AbsurdConnectionTimesFromFilesStayWellDefined)
{
    for (const double ms : {1e300, -1e300, -5.0, 3e9}) {
        Inventory inv = test::healthyInventory();
        TcpProbeResult failed;
        failed.resolved = true;
        failed.errorCode = 10060;
        failed.error = "WSAETIMEDOUT";
        failed.milliseconds = ms;
        inv.connectivity.push_back({"example.com", 443, failed});
        const auto findings = evaluateRules(inv, {});
        const Finding* f = byId(findings, "target-unreachable");
        ASSERT_NE(f, nullptr);
        ASSERT_EQ(f->evidence.size(), 1u);
        const std::string expected = ms > 0 ? "after 1000000000 ms" : "after 0 ms";
        EXPECT_NE(f->evidence.front().find(expected), std::string::npos) << f->evidence.front();
    }
}
