// Rules over the newer evidence: LD_PRELOAD of the target, orphaned namespace providers, and the
// application's own WSAEISCONN messages.
#include "diagnostics/Rules.h"

#include "TestScenarios.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace wsafix;

namespace {

const Finding* byId(const std::vector<Finding>& findings, const std::string& id)
{
    const auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.id == id; });
    return it == findings.end() ? nullptr : &*it;
}

EventEntry appEvent(const std::string& time, const std::string& message)
{
    EventEntry e;
    e.time = time;
    e.source = "Application Error";
    e.eventId = 1000;
    e.level = "error";
    e.message = message;
    return e;
}

} // namespace

TEST(RulesInterposers, PreloadInTheApplicationsEnvironmentNeedsNoMachineWideFix)
{
    Inventory inv = test::healthyInventory();
    CatalogEntry e;
    e.name = "LD_PRELOAD of process 4242: libtrace.so";
    e.providerPath = "/opt/trace/libtrace.so";
    e.kind = CatalogEntry::Kind::Layered;
    e.catalog = "environment";
    e.dllExists = true;
    inv.targetInterposers.push_back(e);
    inv.probes["interposers"] = {};
    const auto findings = evaluateRules(inv, {});
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].id, "layered-provider");
    EXPECT_NE(findings[0].title.find("LD_PRELOAD"), std::string::npos);
    EXPECT_TRUE(findings[0].fixes.empty());
    ASSERT_EQ(findings[0].evidence.size(), 1u);
    EXPECT_NE(findings[0].evidence[0].find("/opt/trace/libtrace.so"), std::string::npos);
}

TEST(RulesInterposers, AMissingNamespaceProviderDllIsAnOrphanedEntry)
{
    Inventory inv = test::healthyInventory();
    NamespaceProvider dns;
    dns.identifier = "Tcpip";
    dns.providerGuid = "{22059D40-7E9E-11CF-AE5A-00AA00A7112B}";
    dns.providerPath = "%SystemRoot%\\system32\\mswsock.dll";
    dns.dllExists = true;
    inv.namespaceProviders.push_back(dns);
    EXPECT_TRUE(evaluateRules(inv, {}).empty());

    NamespaceProvider gone;
    gone.identifier = "OldVPN Name Resolver";
    gone.providerGuid = "{0AF7E2C3-21D5-4D3A-9E1B-5F2C7B8A9D10}";
    gone.providerPath = "%ProgramFiles%\\OldVPN\\ovnsp.dll";
    gone.dllExists = false;
    inv.namespaceProviders.push_back(gone);
    const auto findings = evaluateRules(inv, {});
    const Finding* f = byId(findings, "orphaned-catalog-entry");
    ASSERT_NE(f, nullptr);
    ASSERT_EQ(f->evidence.size(), 1u);
    EXPECT_NE(f->evidence[0].find("OldVPN Name Resolver -> %ProgramFiles%\\OldVPN\\ovnsp.dll [file missing]"),
              std::string::npos)
        << f->evidence[0];
    EXPECT_EQ(f->fixes, std::vector<std::string>{"winsock-reset"});
}

TEST(RulesInterposers, RepeatedIsConnectedEventsOfTheTargetAreAnApplicationIssue)
{
    Inventory inv = test::healthyInventory();
    inv.events.push_back(appEvent("2026-11-24T08:00:01Z", "Sync.exe: connect failed with error 10056"));
    inv.events.push_back(appEvent("2026-11-24T08:00:02Z", "Sync.exe: connect failed with error 10056"));
    inv.events.push_back(appEvent("2026-11-24T08:00:04Z", "Other.exe: WSAEISCONN"));
    Intake intake;
    intake.process = "sync.exe";
    EXPECT_EQ(byId(evaluateRules(inv, intake), "app-reconnect-pattern"), nullptr) << "two events are not a pattern";

    inv.events.push_back(appEvent("2026-11-24T08:00:08Z", "Faulting application SYNC.EXE: socket already connected"));
    const auto findings = evaluateRules(inv, intake);
    const Finding* f = byId(findings, "app-reconnect-pattern");
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->title.find("3 times"), std::string::npos) << f->title;
    EXPECT_EQ(f->evidence.size(), 3u) << "the other program's event is not evidence";
    EXPECT_TRUE(f->fixes.empty());
    EXPECT_EQ(byId(evaluateRules(inv, {}), "app-reconnect-pattern"), nullptr) << "needs the target process";
}
