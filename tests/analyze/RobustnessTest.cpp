// Re-encoded and damaged variants of the fixtures: the same inventory from every encoding and line style, and
// whatever is left of a paste that was cut off is still used.
#include "FixtureFiles.h"

#include "diagnostics/InventoryJson.h"
#include "diagnostics/analyze/TextDecoder.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

using namespace wsafix;

namespace {

const std::vector<std::string>& allFixtures()
{
    static const std::vector<std::string> files{
        "event-log/01.txt", "get-nettcpconnection/01.txt", "get-nettcpconnection/03.txt",
        "get-nettcpconnection/05.txt", "ipconfig-all/01.txt", "ipconfig-all/03.txt", "ipconfig-all/05.txt",
        "ipconfig-all/07.txt", "ipconfig-all/09.txt", "ipconfig-all/11.txt", "ipconfig/01.txt", "ipconfig/03.txt",
        "ipconfig/05.txt", "netsh-int-ip-reset/01.txt", "netsh-int-ip-reset/03.txt", "netsh-int-ip-reset/05.txt",
        "netsh-interface-ip-config/01.txt", "netsh-interface-ip-config/03.txt", "netsh-winsock-reset/01.txt",
        "netsh-winsock-reset/03.txt", "netsh-winsock-reset/05.txt", "netstat-ano/01.txt", "netstat-ano/03.txt",
        "netstat-ano/05.txt", "test-netconnection/01.txt", "test-netconnection/03.txt", "test-netconnection/05.txt",
        "winsock-catalog/01.txt", "winsock-catalog/03.txt", "winsock-catalog/05.txt", "winsock-catalog/07.txt",
        "winsock-catalog/09.txt", "winsock-catalog/11.txt", "winsock-catalog/13.txt"};
    return files;
}

nlohmann::json inventoryOf(const PasteAnalysis& a) { return nlohmann::json(a.inventory); }

} // namespace

TEST(Robustness, EveryFixtureIsRecognised)
{
    for (const auto& name : allFixtures()) {
        SCOPED_TRACE(name);
        const auto a = analyzeFixture(name);
        EXPECT_TRUE(a.recognised());
        for (const auto& s : a.sections) // an output with nothing to take says why
            EXPECT_TRUE(s.items > 0 || !s.notes.empty()) << pasteKindName(s.kind) << " at line " << s.firstLine;
    }
}

TEST(Robustness, SameInventoryFromEveryEncodingAndLineStyle)
{
    for (const auto& name : allFixtures()) {
        SCOPED_TRACE(name);
        const std::string bytes = fixture(name);
        const auto original = analyzePaste(bytes);
        const std::string utf8 = decodeText(bytes).text;
        for (const auto& variant : {toUtf16(utf8, true, false), toUtf16(utf8, false, true), withCrlf(utf8),
                                    quoted(utf8), withCrlf(quoted(utf8))}) {
            const auto a = analyzePaste(variant);
            EXPECT_EQ(inventoryOf(a), inventoryOf(original));
            EXPECT_EQ(a.unparsed.size(), original.unparsed.size());
        }
    }
}

TEST(Robustness, DoubledPasteGivesTheSameInventory)
{
    for (const char* name : {"winsock-catalog/01.txt", "ipconfig-all/05.txt", "netstat-ano/03.txt"}) {
        SCOPED_TRACE(name);
        const std::string utf8 = decodeText(fixture(name)).text;
        std::string doubled;
        std::size_t start = 0;
        while (start < utf8.size()) {
            const auto end = utf8.find('\n', start);
            const std::string line = utf8.substr(start, end == std::string::npos ? std::string::npos : end - start);
            doubled += line + "\n" + line + "\n";
            start = end == std::string::npos ? utf8.size() : end + 1;
        }
        EXPECT_EQ(inventoryOf(analyzePaste(doubled)), inventoryOf(analyzePaste(utf8)));
    }
}

TEST(Robustness, CutOffPastesKeepWhatCameBefore)
{
    // Cut each fixture at every tenth byte (and in the middle of characters): nothing crashes, and what is left
    // before the cut is still read.
    for (const auto& name : allFixtures()) {
        SCOPED_TRACE(name);
        const std::string bytes = fixture(name);
        const auto full = analyzePaste(bytes);
        for (std::size_t cut = 0; cut < bytes.size(); cut += 10) {
            const auto a = analyzePaste(bytes.substr(0, cut));
            EXPECT_LE(a.inventory.catalog.size(), full.inventory.catalog.size());
            EXPECT_LE(a.inventory.sockets.size(), full.inventory.sockets.size());
        }
    }
    // A catalog cut in its second entry keeps the first whole.
    const std::string catalog = fixture("winsock-catalog/07.txt");
    const auto a = analyzePaste(catalog.substr(0, catalog.find("Address Family", catalog.find("1016"))));
    ASSERT_EQ(a.inventory.catalog.size(), 2u);
    EXPECT_EQ(a.inventory.catalog[0].chain, (std::vector<std::uint32_t>{1012, 1004}));
    EXPECT_TRUE(findingById(findingsOf(a), "layered-provider").has_value());
}

TEST(Robustness, WrappedLinesAreJoined)
{
    // A console 80 columns wide wraps a long provider path and a long netstat row.
    const std::string path = "C:\\Program Files (x86)\\Some Very Long Vendor Name\\Network Filter\\lspfilter64.dll";
    std::string catalog = "Winsock Catalog Provider Entry\n------------------------------------------------------\n"
                          "Entry Type:                         Layered Service Provider\n"
                          "Description:                        Filter\n"
                          "Provider ID:                        {E26DCE69-9F96-48B5-9BAC-557D554942DD}\n";
    const std::string pathLine = "Provider Path:                      " + path;
    catalog += pathLine.substr(0, 80) + "\n" + pathLine.substr(80) + "\n";
    catalog += "Catalog Entry ID:                   1020\nProtocol Chain Length:              0\n";
    const auto c = analyzePaste(catalog);
    ASSERT_EQ(c.inventory.catalog.size(), 1u);
    EXPECT_EQ(c.inventory.catalog[0].providerPath, path);
    EXPECT_TRUE(c.unparsed.empty());

    const auto n = analyzePaste("Active Connections\n\n  Proto  Local Address          Foreign Address        State"
                                "           PID\n  UDP    [fe80::244e:2f1e:2096:62b2%9]:1900  *:*                              \n"
                                "      8844\n");
    ASSERT_EQ(n.inventory.sockets.size(), 1u);
    EXPECT_EQ(n.inventory.sockets[0].pid, 8844u);
}

// Found by fuzz_analyze_paste: a mangled SystemTime was cut at byte 19, inside a character, and the analyze --json
// document could not be written (invalid UTF-8). Only a time of the ISO shape is kept.
TEST(Robustness, AMangledEventTimeIsDroppedNotCut)
{
    const std::string paste = "Log Name:      System\nSource:        Tcpip\nEvent ID:      4227\nLevel:         Warning\n"
                              "Event Xml:\n<Event>\n  <System>\n    <EventID>4227</EventID>\n"
                              "    <TimeCreated SystemTime=\"2019-01-16T\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9Z\" />\n"
                              "  </System>\n</Event>\n";
    const auto a = analyzePaste(paste);
    ASSERT_EQ(a.inventory.events.size(), 1u);
    EXPECT_EQ(a.inventory.events[0].time.find("2019-01-16T\xc3"), std::string::npos);
    const auto b = analyzePaste(std::string(paste).replace(paste.find("T\xc3"), 11, "T05:29:17.6"));
    ASSERT_EQ(b.inventory.events.size(), 1u);
    EXPECT_EQ(b.inventory.events[0].time, "2019-01-16T05:29:17Z");
}

TEST(Robustness, NothingRecognisedInNoise)
{
    for (const std::string& noise : {std::string(), std::string("hello\nworld\n"), std::string("\0\0\0\xFF\xFE", 5),
                                    std::string(1000, '-'), std::string("C:\\>\nPS >\nnetsh>\n")}) {
        const auto a = analyzePaste(noise);
        EXPECT_FALSE(a.recognised());
        EXPECT_TRUE(a.inventory.catalog.empty());
    }
}
