// netsh winsock show catalog fixtures. Expected values read off each fixture by hand.
#include "FixtureFiles.h"

#include <gtest/gtest.h>

using namespace wsafix;

namespace {

const CatalogEntry* entry(const PasteAnalysis& a, std::uint32_t id)
{
    for (const auto& e : a.inventory.catalog)
        if (e.catalogId == id)
            return &e;
    return nullptr;
}

bool evidenceMentions(const Finding& f, const std::string& text)
{
    for (const auto& e : f.evidence)
        if (e.find(text) != std::string::npos)
            return true;
    return false;
}

} // namespace

TEST(CatalogFixtures, LavasoftChainEntryWithBanner01)
{
    const auto a = analyzeFixture("winsock-catalog/01.txt");
    ASSERT_EQ(a.sections.size(), 1u);
    EXPECT_EQ(a.sections[0].kind, PasteKind::WinsockCatalog);
    EXPECT_EQ(a.sections[0].command, "netsh winsock show catalog");
    EXPECT_EQ(a.system.os, "Microsoft Windows [Version 10.0.14393]");
    EXPECT_TRUE(a.unparsed.empty());
    ASSERT_EQ(a.inventory.catalog.size(), 1u);
    const CatalogEntry& e = a.inventory.catalog[0];
    EXPECT_EQ(e.catalogId, 1032u);
    EXPECT_EQ(e.name, "LavasoftLSP over [MSAFD Tcpip [TCP/IP]]");
    EXPECT_EQ(e.providerGuid, "{1C39A736-9641-4F43-9C20-AEED81692A07}");
    EXPECT_EQ(e.providerPath, "C:\\WINDOWS\\system32\\LavasoftTcpService64.dll");
    EXPECT_EQ(e.kind, CatalogEntry::Kind::Chain);
    EXPECT_EQ(e.chain, (std::vector<std::uint32_t>{1031, 1006}));
    EXPECT_EQ(e.addressFamily, 2);
    EXPECT_EQ(e.socketType, 1);
    EXPECT_EQ(e.protocol, 6);
    EXPECT_EQ(e.catalog, "64");
    EXPECT_FALSE(e.dllExists.has_value()); // a paste cannot tell
    const auto findings = findingsOf(a);
    const auto f = findingById(findings, "layered-provider");
    ASSERT_TRUE(f.has_value());
    EXPECT_TRUE(evidenceMentions(*f, "LavasoftTcpService64.dll"));
}

TEST(CatalogFixtures, CleanBaseProviders32WithCutEntry03)
{
    const auto a = analyzeFixture("winsock-catalog/03.txt");
    ASSERT_EQ(a.inventory.catalog.size(), 2u);
    const CatalogEntry* rsvp = entry(a, 1005);
    ASSERT_NE(rsvp, nullptr);
    EXPECT_EQ(rsvp->name, "RSVP UDP Service Provider");
    EXPECT_EQ(rsvp->kind, CatalogEntry::Kind::Base);
    EXPECT_EQ(rsvp->catalog, "32");
    EXPECT_EQ(rsvp->socketType, 2);
    EXPECT_EQ(rsvp->protocol, 17);
    const CatalogEntry* irda = entry(a, 1012); // cut off after "Address Family: 26"
    ASSERT_NE(irda, nullptr);
    EXPECT_EQ(irda->name, "MSAFD Irda [IrDA]");
    EXPECT_EQ(irda->addressFamily, 26);
    EXPECT_EQ(irda->kind, CatalogEntry::Kind::Base);
    EXPECT_EQ(irda->catalog, "32");
    ASSERT_EQ(a.sections.size(), 1u);
    ASSERT_EQ(a.sections[0].notes.size(), 1u);
    EXPECT_NE(a.sections[0].notes[0].find("1012 is cut off"), std::string::npos) << a.sections[0].notes[0];
    EXPECT_TRUE(findingsOf(a).empty());
}

TEST(CatalogFixtures, AsProxyLayeredProvider05)
{
    const auto a = analyzeFixture("winsock-catalog/05.txt");
    ASSERT_EQ(a.inventory.catalog.size(), 1u);
    const CatalogEntry& e = a.inventory.catalog[0];
    EXPECT_EQ(e.catalogId, 1019u);
    EXPECT_EQ(e.name, "ASProxy");
    EXPECT_EQ(e.kind, CatalogEntry::Kind::Layered);
    EXPECT_EQ(e.providerPath, "C:\\Windows\\system32\\ASProxy64.dll");
    EXPECT_EQ(e.socketType, 0);
    const auto findings = findingsOf(a);
    EXPECT_EQ(findingIds(findings), std::vector<std::string>{"layered-provider"});
    const Finding& f = findings.front();
    ASSERT_EQ(f.evidence.size(), 1u);
    EXPECT_EQ(f.evidence[0], "catalog 1019: ASProxy -> C:\\Windows\\system32\\ASProxy64.dll");
    EXPECT_EQ(f.fixes, (std::vector<std::string>{"remove-provider:1019", "winsock-reset"}));
}

TEST(CatalogFixtures, LavasoftIpv6ChainsWithCutEntry07)
{
    const auto a = analyzeFixture("winsock-catalog/07.txt");
    ASSERT_EQ(a.inventory.catalog.size(), 2u);
    const CatalogEntry* tcp6 = entry(a, 1015);
    ASSERT_NE(tcp6, nullptr);
    EXPECT_EQ(tcp6->addressFamily, 23);
    EXPECT_EQ(tcp6->chain, (std::vector<std::uint32_t>{1012, 1004}));
    const CatalogEntry* udp6 = entry(a, 1016); // cut after "Version": its type still says layered chain
    ASSERT_NE(udp6, nullptr);
    EXPECT_EQ(udp6->name, "LavasoftLSP over [MSAFD Tcpip [UDP/IPv6]]");
    EXPECT_EQ(udp6->kind, CatalogEntry::Kind::Chain);
    const auto f = findingById(findingsOf(a), "layered-provider");
    ASSERT_TRUE(f.has_value());
    EXPECT_EQ(f->evidence.size(), 2u);
    EXPECT_TRUE(evidenceMentions(*f, "LavasoftTcpService.dll"));
}

TEST(CatalogFixtures, CleanAfterReset09)
{
    const auto a = analyzeFixture("winsock-catalog/09.txt");
    ASSERT_EQ(a.inventory.catalog.size(), 1u);
    EXPECT_EQ(a.inventory.catalog[0].catalogId, 1001u);
    EXPECT_EQ(a.inventory.catalog[0].name, "MSAFD Tcpip [TCP/IPv6]");
    EXPECT_EQ(a.inventory.catalog[0].kind, CatalogEntry::Kind::Base);
    EXPECT_EQ(a.inventory.catalog[0].addressFamily, 23);
    EXPECT_TRUE(a.sections[0].notes.empty());
    EXPECT_TRUE(findingsOf(a).empty());
}

TEST(CatalogFixtures, ChineseLabels11)
{
    const auto a = analyzeFixture("winsock-catalog/11.txt");
    EXPECT_TRUE(a.unparsed.empty());
    ASSERT_EQ(a.inventory.catalog.size(), 1u);
    const CatalogEntry& e = a.inventory.catalog[0];
    EXPECT_EQ(e.catalogId, 1013u);
    EXPECT_EQ(e.name, "MSAFD L2CAP [Bluetooth]");
    EXPECT_EQ(e.providerGuid, "{9FC48064-7298-43E4-B7BD-181F2089792A}");
    EXPECT_EQ(e.providerPath, "%SystemRoot%\\system32\\mswsock.dll");
    EXPECT_EQ(e.catalog, "32"); // 基本服务提供程序(32)
    EXPECT_EQ(e.addressFamily, 32);
    EXPECT_EQ(e.socketType, 1);
    EXPECT_EQ(e.protocol, 256);
    EXPECT_EQ(e.kind, CatalogEntry::Kind::Base);
    EXPECT_TRUE(findingsOf(a).empty());
}

TEST(CatalogFixtures, ChineseOrphanedLspChainsWithoutIds13)
{
    const auto a = analyzeFixture("winsock-catalog/13.txt");
    ASSERT_EQ(a.inventory.catalog.size(), 2u);
    const auto& top = a.inventory.catalog[0];
    EXPECT_EQ(top.kind, CatalogEntry::Kind::Chain); // 分层链项
    EXPECT_EQ(top.catalog, "64");
    EXPECT_EQ(top.name, "NAT WLAN RAM over [RSVP TCPv6 服务提供商]");
    EXPECT_EQ(top.providerPath, "C:\\ProgramData\\Microsoft\\Windows\\Provider\\netlspx.dll");
    EXPECT_EQ(top.catalogId, 0u); // the author kept only four fields
    const auto& second = a.inventory.catalog[1];
    EXPECT_EQ(second.kind, CatalogEntry::Kind::Chain); // 分层链项(32)
    EXPECT_EQ(second.catalog, "32");
    EXPECT_EQ(second.providerGuid, "{BD284F3E-2E68-4A48-9648-B932F612EA56}");
    const auto f = findingById(findingsOf(a), "layered-provider");
    ASSERT_TRUE(f.has_value());
    EXPECT_TRUE(evidenceMentions(*f, "netlspx.dll"));
    EXPECT_TRUE(evidenceMentions(*f, "netlsp.dll"));
    EXPECT_EQ(f->fixes, std::vector<std::string>{"winsock-reset"}); // no ids to remove one by one
}

TEST(CatalogFixtures, LabelsOfAnyLanguageAreReadByPosition)
{
    // No localized German/French/Spanish/Russian catalog was available to copy: netsh prints the fields in one
    // order in every language, so labels it does not know are read by position. Relabel fixture 05 to show it.
    std::string text = fixture("winsock-catalog/05.txt");
    const std::vector<std::pair<std::string, std::string>> relabel{
        {"Entry Type:", "Typ des Eintrags:"}, {"Description:", "Beschreibung:"}, {"Provider ID:", "Anbieter-ID:"},
        {"Provider Path:", "Anbieterpfad:"}, {"Catalog Entry ID:", "Katalogeintrags-ID:"},
        {"Protocol Chain Length:", "Protokollkettenlänge:"}};
    for (const auto& [from, to] : relabel)
        text.replace(text.find(from), from.size(), to);
    const auto a = analyzePaste(text);
    ASSERT_EQ(a.inventory.catalog.size(), 1u);
    EXPECT_EQ(a.inventory.catalog[0].catalogId, 1019u);
    EXPECT_EQ(a.inventory.catalog[0].providerPath, "C:\\Windows\\system32\\ASProxy64.dll");
    EXPECT_EQ(a.inventory.catalog[0].kind, CatalogEntry::Kind::Layered);
    EXPECT_TRUE(findingById(findingsOf(a), "layered-provider").has_value());
}
