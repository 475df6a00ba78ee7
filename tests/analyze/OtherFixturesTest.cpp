// Test-NetConnection, reset outputs, netsh interface and event log fixtures. Expected values read off by hand.
#include "FixtureFiles.h"

#include <gtest/gtest.h>

using namespace wsafix;

TEST(OtherFixtures, TestNetConnectionFailure01)
{
    const auto a = analyzeFixture("test-netconnection/01.txt");
    ASSERT_EQ(a.inventory.connectivity.size(), 1u);
    const ConnectivityCheck& c = a.inventory.connectivity[0];
    EXPECT_EQ(c.host, "192.168.22.14");
    EXPECT_EQ(c.port, 8000);
    EXPECT_TRUE(c.result.resolved);
    EXPECT_FALSE(c.result.connected);
    EXPECT_EQ(c.result.address, "192.168.22.14");
    // The ping before it is not analysed, and says so with its lines.
    ASSERT_EQ(a.unparsed.size(), 1u);
    EXPECT_EQ(a.unparsed[0].line, 3u);
    EXPECT_EQ(a.unparsed[0].lastLine, 10u);
    const auto f = findingById(findingsOf(a), "target-unreachable");
    ASSERT_TRUE(f.has_value());
    EXPECT_NE(f->title.find("192.168.22.14:8000"), std::string::npos);
}

TEST(OtherFixtures, TestNetConnectionGermanWarnings03)
{
    const auto a = analyzeFixture("test-netconnection/03.txt");
    ASSERT_EQ(a.inventory.connectivity.size(), 3u);
    const auto& smtp = a.inventory.connectivity[0]; // only "WARNUNG: TCP connect to (...) failed" lines
    EXPECT_EQ(smtp.host, "smtp.t-online.de");
    EXPECT_EQ(smtp.port, 587);
    EXPECT_FALSE(smtp.result.connected);
    EXPECT_EQ(smtp.result.address, "194.25.134.25"); // the last address tried
    EXPECT_EQ(a.inventory.connectivity[1].host, "securesmtp.t-online.de");
    EXPECT_TRUE(a.inventory.connectivity[1].result.connected);
    EXPECT_EQ(a.inventory.connectivity[1].result.address, "194.25.134.110");
    EXPECT_EQ(a.inventory.connectivity[2].host, "imap.t-online.de");
    EXPECT_EQ(a.inventory.connectivity[2].port, 993);
    EXPECT_EQ(findingIds(findingsOf(a)), std::vector<std::string>{"target-unreachable"});
}

TEST(OtherFixtures, TestNetConnectionSuccesses05)
{
    const auto a = analyzeFixture("test-netconnection/05.txt");
    ASSERT_EQ(a.sections.size(), 3u);
    EXPECT_EQ(a.sections[0].items, 0u); // no port: a ping test
    ASSERT_EQ(a.inventory.connectivity.size(), 2u);
    EXPECT_EQ(a.inventory.connectivity[0].host, "google.com");
    EXPECT_EQ(a.inventory.connectivity[0].port, 80);
    EXPECT_EQ(a.inventory.connectivity[1].host, "8.8.8.8");
    EXPECT_EQ(a.inventory.connectivity[1].port, 53);
    EXPECT_TRUE(a.inventory.connectivity[1].result.connected);
    EXPECT_TRUE(a.unparsed.empty()); // "dns.google" continues NameResolutionResults
    EXPECT_TRUE(findingsOf(a).empty());
}

TEST(OtherFixtures, IpResetAccessDenied01And03)
{
    for (const char* name : {"netsh-int-ip-reset/01.txt", "netsh-int-ip-reset/03.txt"}) {
        SCOPED_TRACE(name);
        const auto a = analyzeFixture(name);
        ASSERT_EQ(a.sections.size(), 1u);
        EXPECT_EQ(a.sections[0].kind, PasteKind::IpReset);
        ASSERT_TRUE(a.sections[0].reset.has_value());
        const ResetOutcome& r = *a.sections[0].reset;
        EXPECT_EQ(r.succeeded, 33u); // 19 named steps, then 4 and 10 unnamed ones
        // An elevated run: the one unnamed step Windows protects is harmless, the reset worked.
        EXPECT_TRUE(r.failures.empty());
        EXPECT_EQ(r.harmless, std::vector<std::string>{"(unnamed step): Access is denied."});
        EXPECT_FALSE(r.needsElevation);
        EXPECT_TRUE(r.restartRequired);
        EXPECT_EQ(a.sections[0].notes, std::vector<std::string>{harmlessResetWarning(r)});
        EXPECT_NE(harmlessResetWarning(r).find("1 failed step is harmless"), std::string::npos);
        EXPECT_TRUE(a.unparsed.empty());
    }
    EXPECT_EQ(analyzeFixture("netsh-int-ip-reset/03.txt").sections[0].command, "netsh interface ipv6 reset");
}

TEST(OtherFixtures, IpResetFailuresThatMatterInAnElevatedRun01)
{
    const std::string elevated = fixture("netsh-int-ip-reset/01.txt");
    // A named step refused: that part of the configuration was not reset.
    std::string named = elevated;
    named.replace(named.find("Resetting Global, OK!"), 21, "Resetting Global, failed.\nAccess is denied.");
    const ResetOutcome n = *analyzePaste(named).sections.at(0).reset;
    EXPECT_EQ(n.failures, std::vector<std::string>{"Global: Access is denied."});
    EXPECT_EQ(n.harmless, std::vector<std::string>{"(unnamed step): Access is denied."});
    // An unnamed step failing for another reason is not known to be harmless.
    std::string other = elevated;
    other.replace(other.find("Access is denied."), 17, "The system cannot find the file specified.");
    const ResetOutcome o = *analyzePaste(other).sections.at(0).reset;
    EXPECT_EQ(o.failures, std::vector<std::string>{"(unnamed step): The system cannot find the file specified."});
    EXPECT_TRUE(o.harmless.empty());
}

TEST(OtherFixtures, IpResetNotElevated05)
{
    const auto a = analyzeFixture("netsh-int-ip-reset/05.txt");
    ASSERT_EQ(a.sections.size(), 1u);
    const ResetOutcome& r = *a.sections[0].reset;
    EXPECT_EQ(r.succeeded, 26u);
    ASSERT_EQ(r.failures.size(), 7u);
    EXPECT_EQ(r.failures[0], "Global: The requested operation requires elevation (Run as administrator).");
    EXPECT_EQ(r.failures[4].substr(0, 5), "Path:");
    EXPECT_EQ(r.failures[5], "(unnamed step): The requested operation requires elevation (Run as administrator).");
    EXPECT_TRUE(r.needsElevation);
    EXPECT_TRUE(r.harmless.empty());
    EXPECT_EQ(a.sections[0].notes, std::vector<std::string>{"7 step(s) failed"});
    // Not elevated, an unnamed "Access is denied." is no longer the protected setting: it counts.
    std::string denied = fixture("netsh-int-ip-reset/05.txt");
    const std::string unnamed =
        "Resetting , failed.\nThe requested operation requires elevation (Run as administrator).";
    denied.replace(denied.find(unnamed), unnamed.size(), "Resetting , failed.\nAccess is denied.");
    const ResetOutcome d = *analyzePaste(denied).sections.at(0).reset;
    EXPECT_EQ(d.failures.size(), 7u);
    EXPECT_TRUE(d.harmless.empty());
    EXPECT_EQ(a.system.user, "shuvo");
}

TEST(OtherFixtures, WinsockResetEnglishAndChinese)
{
    for (const char* name : {"netsh-winsock-reset/01.txt", "netsh-winsock-reset/03.txt", "netsh-winsock-reset/05.txt"}) {
        SCOPED_TRACE(name);
        const auto a = analyzeFixture(name);
        ASSERT_EQ(a.sections.size(), 1u);
        EXPECT_EQ(a.sections[0].kind, PasteKind::WinsockReset);
        EXPECT_EQ(a.sections[0].command, "netsh winsock reset");
        ASSERT_TRUE(a.sections[0].reset.has_value());
        EXPECT_TRUE(a.sections[0].reset->resetDone);
        EXPECT_TRUE(a.sections[0].reset->restartRequired);
    }
    // 03: the failing `wsl` before it is reported, not analysed.
    const auto a = analyzeFixture("netsh-winsock-reset/03.txt");
    ASSERT_EQ(a.unparsed.size(), 1u);
    EXPECT_EQ(a.unparsed[0].line, 2u);
    // 05: netsh's interactive context prompts, and the Chinese banner.
    EXPECT_EQ(analyzeFixture("netsh-winsock-reset/05.txt").system.os, "Microsoft Windows [版本 10.0.18362.836]");
}

TEST(OtherFixtures, NetshInterfaceDump01)
{
    const auto a = analyzeFixture("netsh-interface-ip-config/01.txt");
    ASSERT_EQ(a.sections.size(), 1u);
    EXPECT_EQ(a.sections[0].kind, PasteKind::NetshDump);
    EXPECT_TRUE(a.unparsed.empty());
    ASSERT_EQ(a.inventory.adapters.size(), 1u);
    const Adapter& e = a.inventory.adapters[0];
    EXPECT_EQ(e.name, "Network Team 1");
    EXPECT_FALSE(e.dhcp);
    ASSERT_EQ(e.addresses.size(), 1u);
    EXPECT_EQ(e.addresses[0], (IpAddress{"10.1.1.1", 24}));
    EXPECT_EQ(e.gateways, std::vector<std::string>{"10.1.1.2"});
    EXPECT_EQ(e.dnsServers, std::vector<std::string>{"127.0.0.1"});
    EXPECT_TRUE(e.up); // assumed from the configured address, and the notes say so
    EXPECT_FALSE(a.sections[0].notes.empty());
    EXPECT_TRUE(findingsOf(a).empty());
}

TEST(OtherFixtures, NetshShowConfig03)
{
    const auto a = analyzeFixture("netsh-interface-ip-config/03.txt");
    ASSERT_EQ(a.sections.size(), 1u);
    EXPECT_EQ(a.sections[0].kind, PasteKind::NetshIpConfig);
    ASSERT_EQ(a.inventory.adapters.size(), 1u);
    const Adapter& e = a.inventory.adapters[0];
    EXPECT_EQ(e.name, "Wi-Fi");
    EXPECT_TRUE(e.dhcp);
    ASSERT_EQ(e.addresses.size(), 1u);
    EXPECT_EQ(e.addresses[0], (IpAddress{"192.168.1.65", 24}));
    EXPECT_EQ(e.gateways, std::vector<std::string>{"192.168.1.1"});
    EXPECT_EQ(e.dnsServers, (std::vector<std::string>{"8.8.8.8", "8.8.4.4", "192.168.1.1"}));
    EXPECT_TRUE(findingsOf(a).empty());
}

TEST(OtherFixtures, EventLogTruncatedXml01)
{
    const auto a = analyzeFixture("event-log/01.txt");
    ASSERT_EQ(a.sections.size(), 1u);
    EXPECT_EQ(a.sections[0].kind, PasteKind::EventLog);
    ASSERT_EQ(a.inventory.events.size(), 1u);
    const EventEntry& e = a.inventory.events[0];
    EXPECT_EQ(e.source, "Tcpip");
    EXPECT_EQ(e.eventId, 4227u);
    EXPECT_EQ(e.level, "warning");
    EXPECT_EQ(e.time, "2019-01-16T02:01:10Z"); // from the XML (UTC), not the local "1/15/19 9:01:10 PM"
    EXPECT_EQ(e.message.rfind("TCP/IP failed to establish an outgoing connection", 0), 0u);
    ASSERT_EQ(a.sections[0].notes.size(), 1u);
    EXPECT_NE(a.sections[0].notes[0].find("cut off"), std::string::npos);
}

TEST(OtherFixtures, SeveralOutputsInOnePaste)
{
    // A ticket with three outputs pasted one after the other, prompts included.
    const std::string paste = fixture("winsock-catalog/05.txt") + "\nC:\\>ipconfig /all\n" +
                              fixture("ipconfig-all/01.txt") + "\nC:\\>netstat -ano\n" + fixture("netstat-ano/03.txt");
    const auto a = analyzePaste(paste);
    ASSERT_EQ(a.sections.size(), 3u);
    EXPECT_EQ(a.sections[0].kind, PasteKind::WinsockCatalog);
    EXPECT_EQ(a.sections[1].kind, PasteKind::IpconfigAll);
    EXPECT_EQ(a.sections[2].kind, PasteKind::Netstat);
    EXPECT_EQ(a.inventory.catalog.size(), 1u);
    EXPECT_EQ(a.inventory.adapters.size(), 1u);
    EXPECT_EQ(a.inventory.sockets.size(), 41u);
    EXPECT_EQ(findingIds(findingsOf(a)), std::vector<std::string>{"layered-provider"});
}
