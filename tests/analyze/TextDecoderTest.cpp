#include "FixtureFiles.h"

#include "diagnostics/analyze/TextDecoder.h"

#include <gtest/gtest.h>

using namespace wsafix;

TEST(TextDecoder, FixtureEncodingsAreDetected)
{
    EXPECT_EQ(decodeText(fixture("ipconfig/01.txt")).encoding, "cp850");
    EXPECT_EQ(decodeText(fixture("ipconfig/05.txt")).encoding, "cp866");
    EXPECT_EQ(decodeText(fixture("ipconfig-all/09.txt")).encoding, "cp936");
    EXPECT_EQ(decodeText(fixture("winsock-catalog/11.txt")).encoding, "utf-8");
    EXPECT_EQ(decodeText(fixture("netstat-ano/01.txt")).encoding, "utf-8");
}

TEST(TextDecoder, LegacyTextReadsAsTheLanguageItIs)
{
    EXPECT_NE(decodeText(fixture("ipconfig/01.txt")).text.find("Configuración IP de Windows"), std::string::npos);
    EXPECT_NE(decodeText(fixture("ipconfig/05.txt")).text.find("Подключение по локальной сети"), std::string::npos);
    const auto gbk = decodeText(fixture("ipconfig-all/09.txt")).text;
    EXPECT_NE(gbk.find("以太网适配器 本地连接 2:"), std::string::npos);
    EXPECT_NE(gbk.find("默认网关"), std::string::npos);
}

TEST(TextDecoder, ReencodedFixturesRoundTrip)
{
    const std::string ru = decodeText(fixture("ipconfig/05.txt")).text;
    const std::string es = decodeText(fixture("ipconfig/01.txt")).text;
    struct Case { std::string utf8; int page; const char* expected; };
    const std::vector<Case> cases{
        {ru, 1251, "cp1251"}, {ru, 866, "cp866"}, {es, 1252, "cp1252"}, {es, 850, "cp850"},
        {"Drahtlos-LAN-Adapter WLAN:\n   Temporäre IPv6-Adresse. . : fe80::1\n   Physische Adresse : 00\n", 1252, "cp1252"},
        {"Drahtlos-LAN-Adapter WLAN:\n   Temporäre IPv6-Adresse. . : fe80::1\n   Physische Adresse : 00\n", 850, "cp850"},
        {"Carte réseau sans fil Wi-Fi :\n   Passerelle par défaut. . : 1.2.3.4\n", 1252, "cp1252"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(std::to_string(c.page));
        const auto d = decodeText(toCodePage(c.utf8, c.page));
        EXPECT_EQ(d.encoding, c.expected);
        EXPECT_EQ(d.text, c.utf8);
    }
    // Code page 437 and 850 agree on Spanish letters: either reading gives the same text.
    EXPECT_EQ(decodeText(toCodePage(es, 437)).text, es);
}

TEST(TextDecoder, Utf16WithAndWithoutBom)
{
    const std::string text = fixture("winsock-catalog/11.txt"); // Chinese labels: surrogate-free but not ASCII
    for (const bool big : {false, true})
        for (const bool bom : {false, true}) {
            SCOPED_TRACE(std::string(big ? "BE" : "LE") + (bom ? " BOM" : ""));
            const auto d = decodeText(toUtf16(text, big, bom));
            EXPECT_EQ(d.encoding, big ? "utf-16be" : "utf-16le");
            EXPECT_EQ(d.text, text);
        }
}

TEST(TextDecoder, BrokenInputIsRepairedNotRefused)
{
    EXPECT_EQ(decodeText("\xEF\xBB\xBFok\xC3").text, "ok\xEF\xBF\xBD");
    EXPECT_EQ(decodeText(std::string_view("\xFF\xFE" "a\0b", 5)).text, "a"); // half a character at the end
    EXPECT_EQ(decodeText("").text, "");
    EXPECT_EQ(decodeCodePage("\x80", 936), "\xE2\x82\xAC"); // the euro sign of CP936
    EXPECT_EQ(decodeCodePage("x", 1250), "");
}
