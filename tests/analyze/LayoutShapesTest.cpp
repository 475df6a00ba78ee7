// Outputs read by their layout as well as by their words: netsh resets and the Winsock catalog in a language not
// learned, and netstat -abno with its owner lines. Fixtures: tests/analyze/data (SOURCES.md there); the values below
// were read off them by hand.
#include "FixtureFiles.h"

#include "diagnostics/analyze/PasteParsers.h"

#include <gtest/gtest.h>

using namespace wsafix;

TEST(LayoutShapes, ResetStepsBySeparatorAndStatus)
{
    const auto en = splitResetStep("Resetting Global, OK!");
    ASSERT_TRUE(en.has_value());
    EXPECT_EQ(en->subject, "Resetting Global");
    EXPECT_EQ(en->status, "OK!");
    const auto zh = splitResetStep("正在重置 ，失败。"); // full-width comma, an unnamed step
    ASSERT_TRUE(zh.has_value());
    EXPECT_EQ(zh->subject, "正在重置");
    EXPECT_EQ(zh->status, "失败。");
    EXPECT_EQ(splitResetStep("Сброс Global — ОК.")->status, "ОК.");
    // A registry key as the step's subject, with a dash and a status of another language.
    const auto key = splitResetStep("SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters\\Interfaces - OK.");
    ASSERT_TRUE(key.has_value());
    EXPECT_EQ(key->subject, "SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters\\Interfaces");
    EXPECT_EQ(key->status, "OK.");
    // A sentence, a path or a field is not a step.
    EXPECT_FALSE(splitResetStep("Restart the computer to complete this action."));
    EXPECT_FALSE(splitResetStep("Sucessfully reset the Winsock Catalog."));
    EXPECT_FALSE(splitResetStep("Provider Path, C:\\Windows\\system32\\mswsock.dll"));
    EXPECT_FALSE(splitResetStep("Ping statistics for 192.168.22.14:"));
}

TEST(LayoutShapes, IpResetInChinese)
{
    const auto a = analyzeOwnFixture("netsh-int-ip-reset/zh-CN.txt");
    ASSERT_EQ(a.sections.size(), 1u);
    EXPECT_EQ(a.sections[0].kind, PasteKind::IpReset);
    EXPECT_TRUE(a.unparsed.empty());
    const ResetOutcome& r = a.sections[0].reset.value();
    EXPECT_EQ(r.succeeded, 30u); // 19 named steps, then 4 and 7 unnamed ones
    EXPECT_TRUE(r.failures.empty());
    // The same protected step as in English elevated runs, in Chinese: harmless.
    EXPECT_EQ(r.harmless, std::vector<std::string>{"(unnamed step): 拒绝访问。"});
    EXPECT_TRUE(r.restartRequired);
    EXPECT_EQ(a.sections[0].notes, std::vector<std::string>{harmlessResetWarning(r)});
    // A named step failing is named without its verb.
    std::string named = ownFixture("netsh-int-ip-reset/zh-CN.txt");
    named.replace(named.find("正在重置 全局，完成!"), std::string("正在重置 全局，完成!").size(),
                  "正在重置 全局，失败。\n拒绝访问。");
    EXPECT_EQ(analyzePaste(named).sections.at(0).reset->failures, std::vector<std::string>{"全局: 拒绝访问。"});
    // Without the prompt the layout still says what it is.
    const std::string text = ownFixture("netsh-int-ip-reset/zh-CN.txt");
    const auto bare = analyzePaste(text.substr(text.find('\n') + 1));
    ASSERT_EQ(bare.sections.size(), 1u);
    EXPECT_EQ(bare.sections[0].kind, PasteKind::IpReset);
    EXPECT_EQ(bare.sections[0].reset->succeeded, 30u);
}

TEST(LayoutShapes, IpResetInALanguageNotLearned)
{
    const auto a = analyzeOwnFixture("netsh-int-ip-reset/unlearned-language.txt");
    ASSERT_EQ(a.sections.size(), 1u);
    EXPECT_TRUE(a.unparsed.empty()); // once "not part of a reset's output", every line
    const ResetOutcome& r = a.sections[0].reset.value();
    EXPECT_EQ(r.succeeded, 33u);
    // The reason is in words not learned: the failure is not known to be harmless, so it counts.
    EXPECT_EQ(r.failures, std::vector<std::string>{"(unnamed step): Отказано в доступе."});
    EXPECT_TRUE(r.harmless.empty());
    EXPECT_TRUE(r.restartRequired);
    EXPECT_TRUE(r.resetDone);
    EXPECT_EQ(a.sections[0].notes,
              (std::vector<std::string>{"read by its layout; the language was not recognised: 'ОК.' was taken as "
                                        "success, any other status as a failure, and the line after the last step "
                                        "as the request to restart",
                                        "1 step(s) failed"}));
    // A named step that failed keeps its name.
    std::string named = ownFixture("netsh-int-ip-reset/unlearned-language.txt");
    named.replace(named.find("Сброс Global — ОК."), std::string("Сброс Global — ОК.").size(),
                  "Сброс Global — сбой.\nОтказано в доступе.");
    const ResetOutcome n = *analyzePaste(named).sections.at(0).reset;
    EXPECT_EQ(n.failures.front(), "Global: Отказано в доступе.");
    EXPECT_EQ(n.failures.size(), 2u);
}

TEST(LayoutShapes, IpResetOfRegistryKeysByLayout)
{
    // Registry keys as the steps, a dash, statuses in words not learned: the shape alone says which failed.
    const auto a = analyzePaste("C:\\>netsh int ip reset\n"
                                "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters - OK.\n"
                                "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip6\\Parameters - OK.\n"
                                "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Dhcp\\Parameters - Fehler.\n"
                                "Zugriff verweigert.\n"
                                "HKLM\\SYSTEM\\CurrentControlSet\\Services\\NetBT\\Parameters - OK.\n");
    ASSERT_EQ(a.sections.size(), 1u);
    EXPECT_TRUE(a.unparsed.empty());
    const ResetOutcome& r = a.sections[0].reset.value();
    EXPECT_EQ(r.succeeded, 3u);
    EXPECT_EQ(r.failures, std::vector<std::string>{
                              "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Dhcp\\Parameters: Zugriff verweigert."});
    EXPECT_FALSE(r.restartRequired); // nothing after the last step
    EXPECT_EQ(a.sections[0].notes.front(), "read by its layout; the language was not recognised: 'OK.' was taken as "
                                           "success, any other status as a failure");
}

TEST(LayoutShapes, CatalogInALanguageNotLearned)
{
    const auto a = analyzeOwnFixture("winsock-catalog/unlearned-language.txt");
    ASSERT_EQ(a.sections.size(), 1u);
    EXPECT_TRUE(a.unparsed.empty());
    ASSERT_EQ(a.inventory.catalog.size(), 3u);
    const CatalogEntry& chain = a.inventory.catalog[0];
    EXPECT_EQ(chain.catalogId, 1041u);
    EXPECT_EQ(chain.kind, CatalogEntry::Kind::Chain);
    EXPECT_EQ(chain.providerGuid, "{4D1E91FD-116A-44AA-8FD4-1D2CF27BD9A9}");
    EXPECT_EQ(chain.providerPath, "C:\\Program Files\\OrderGuard\\ogLsp64.dll");
    EXPECT_EQ(chain.chain, (std::vector<std::uint32_t>{1040, 1001}));
    // The base entry has no Version line: the labels learned from the first entry keep the numbers in place.
    const CatalogEntry& base = a.inventory.catalog[1];
    EXPECT_EQ(base.catalogId, 1001u);
    EXPECT_EQ(base.kind, CatalogEntry::Kind::Base);
    EXPECT_EQ(base.addressFamily, 2);
    EXPECT_EQ(base.socketType, 1);
    EXPECT_EQ(base.protocol, 6);
    EXPECT_EQ(a.inventory.catalog[2].kind, CatalogEntry::Kind::Layered);
    EXPECT_EQ(a.sections[0].notes,
              std::vector<std::string>{"the field names were not recognised: 3 entries were read by the order and "
                                       "shape of their values"});
    // A third-party layered provider is a finding, whatever the language.
    EXPECT_FALSE(findingsOf(a).empty());
}

TEST(LayoutShapes, NetstatAbnoOwners)
{
    const auto a = analyzeOwnFixture("netstat/abno.txt");
    ASSERT_EQ(a.sections.size(), 1u);
    EXPECT_TRUE(a.unparsed.empty());
    ASSERT_EQ(a.inventory.sockets.size(), 10u);
    EXPECT_EQ(a.inventory.sockets[1].processName, ""); // "Can not obtain ownership information"
    EXPECT_EQ(a.inventory.sockets[5].processName, "OrderSync.exe");
    EXPECT_EQ(a.inventory.sockets[5].state, TcpState::SynSent);
    EXPECT_EQ(a.inventory.sockets[9].processName, "svchost.exe"); // after its service line " SSDPSRV"
    EXPECT_EQ(a.inventory.processes.size(), 5u);
    // The owner's name ties the sockets to the program the user named, and is part of the evidence.
    Intake intake;
    intake.process = "ordersync.exe";
    const auto f = findingById(evaluatePastedRules(combineAnalyses({a}), intake), "app-reconnect-pattern");
    ASSERT_TRUE(f.has_value());
    EXPECT_NE(f->title.find("93.184.216.34:443"), std::string::npos);
    ASSERT_FALSE(f->evidence.empty());
    EXPECT_NE(f->evidence.front().find("(OrderSync.exe)"), std::string::npos);
    // The owner sentence in a language not learned is known by its place.
    std::string text = ownFixture("netstat/abno.txt");
    text.replace(text.find(" Can not obtain ownership information"), 37, " Impossible d'obtenir le propriétaire");
    const auto b = analyzePaste(text);
    EXPECT_TRUE(b.unparsed.empty());
    EXPECT_EQ(b.inventory.sockets.size(), 10u);
    EXPECT_EQ(b.inventory.sockets[1].processName, "");
    EXPECT_EQ(b.sections.at(0).notes,
              std::vector<std::string>{"1 line(s) after a connection were read by their place as netstat -b's owner "
                                       "information (the language was not recognised): those owners are unknown"});
}
