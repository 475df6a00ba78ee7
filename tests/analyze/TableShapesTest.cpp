// PowerShell tables and lists in the shapes people paste them: any columns in any order, -AutoSize, a narrow console,
// cells cut short, Format-List. The fixtures are the project's own (tests/analyze/data, SOURCES.md there); the
// values below were read off them by hand.
#include "FixtureFiles.h"

#include "diagnostics/analyze/PowerShellList.h"
#include "diagnostics/analyze/PowerShellTable.h"

#include <gtest/gtest.h>

using namespace wsafix;

namespace {

SocketEntry tcp(std::string local, std::uint16_t localPort, std::string remote, std::uint16_t remotePort,
                TcpState state, std::uint32_t pid, std::string process = {})
{
    SocketEntry s;
    s.localAddress = std::move(local);
    s.localPort = localPort;
    s.remoteAddress = std::move(remote);
    s.remotePort = remotePort;
    s.state = state;
    s.pid = pid;
    s.processName = std::move(process);
    s.ipVersion = (s.localAddress.empty() ? s.remoteAddress : s.localAddress).find(':') != std::string::npos ? 6 : 4;
    return s;
}

std::string missingNote(const std::string& columns)
{
    return "the output does not show " + columns +
           " (left out by Select-Object or by a console too narrow); those values are unknown";
}

} // namespace

TEST(PowerShellTable, ColumnsComeFromTheDashesNotFromOffsets)
{
    // Right-aligned numbers wider than nothing, a left-aligned text with a space, a CJK value (two cells each).
    const auto table = PowerShellTable::read("Name          Id InterfaceAlias", "----          -- --------------");
    ASSERT_TRUE(table.has_value());
    ASSERT_EQ(table->columns().size(), 3u);
    EXPECT_EQ(table->columns()[1].name, "Id");
    EXPECT_EQ(table->cells("svchost     1012 Wi-Fi 2"), (std::vector<std::string>{"svchost", "1012", "Wi-Fi 2"}));
    EXPECT_EQ(table->cells("以太网        4 以太网 2"), (std::vector<std::string>{"以太网", "4", "以太网 2"}));
    EXPECT_EQ(table->cells("a             "), (std::vector<std::string>{"a", "", ""}));
    // A header with a space in a name ("PingReplyDetails (RTT)") is one column under one run of dashes.
    const auto rtt =
        PowerShellTable::read("PingReplyDetails (RTT) TcpTestSucceeded", "---------------------- ----------------");
    ASSERT_TRUE(rtt.has_value());
    EXPECT_EQ(rtt->columns()[0].name, "PingReplyDetails (RTT)");
    // Not a table: dashes that do not lie under the header's names, or a catalog's rule under its title.
    EXPECT_FALSE(PowerShellTable::read("LocalAddress LocalPort", "-------- ---------------"));
    EXPECT_FALSE(PowerShellTable::read("Winsock Catalog Provider Entry",
                                       "------------------------------------------------------"));
    EXPECT_TRUE(isCutShort("2a02:8108:1c40:3e00…"));
    EXPECT_TRUE(isCutShort("192.168.1..."));
    EXPECT_FALSE(isCutShort("..."));
    EXPECT_FALSE(isCutShort("192.168.1.5"));
}

TEST(PowerShellList, PropertiesRecordsAndWrappedValues)
{
    PowerShellList list;
    const std::vector<PasteLine> lines{{1, "LocalAddress   : 2a02:8108:1c40:3e00:6d2c:9f1:5e0a"},
                                       {2, "                 :77b1"},
                                       {3, "AppliedSetting :"},
                                       {4, ""},
                                       {5, "LocalPort : 80"},
                                       {6, "no separator here"}};
    for (std::size_t i = 0; i < 5; ++i)
        EXPECT_TRUE(list.line(lines[i]));
    EXPECT_FALSE(list.line(lines[5]));
    const auto records = list.take();
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(PowerShellList::value(records[0], "localaddress"), "2a02:8108:1c40:3e00:6d2c:9f1:5e0a:77b1");
    EXPECT_EQ(PowerShellList::value(records[0], "AppliedSetting"), "");
    EXPECT_EQ(PowerShellList::value(records[1], "LocalPort"), "80");
    EXPECT_FALSE(PowerShellList::value(records[1], "State").has_value());
}

TEST(TableShapes, SelectObjectSubsetInAnotherOrder)
{
    const auto a = analyzeOwnFixture("get-nettcpconnection/select-object.txt");
    ASSERT_EQ(a.sections.size(), 1u);
    EXPECT_EQ(a.sections[0].kind, PasteKind::NetTcpConnection);
    EXPECT_TRUE(a.unparsed.empty());
    ASSERT_EQ(a.inventory.sockets.size(), 4u);
    // Right-aligned numbers under their headers; no LocalAddress or State: unknown, and said so.
    EXPECT_EQ(a.inventory.sockets[2], tcp("", 51247, "192.168.1.20", 8443, TcpState::Unknown, 4120));
    EXPECT_EQ(a.inventory.sockets[3], tcp("", 53343, "127.0.0.1", 5432, TcpState::Unknown, 18732));
    EXPECT_EQ(a.sections[0].notes, std::vector<std::string>{missingNote("LocalAddress, State")});
}

TEST(TableShapes, AutoSizeWidths)
{
    const auto a = analyzeOwnFixture("get-nettcpconnection/autosize.txt");
    EXPECT_TRUE(a.unparsed.empty());
    EXPECT_TRUE(a.sections.at(0).notes.empty());
    ASSERT_EQ(a.inventory.sockets.size(), 5u);
    EXPECT_EQ(a.inventory.sockets[0], tcp("::", 135, "", 0, TcpState::Listen, 1012));
    EXPECT_EQ(a.inventory.sockets[3], tcp("192.168.1.5", 51240, "20.42.65.92", 443, TcpState::TimeWait, 0));
    // A long link-local address wider than its header's dashes, and an AppliedSetting after it.
    EXPECT_EQ(a.inventory.sockets[4], tcp("fe80::a1b2:c3d4:e5f6:1234", 49712, "fe80::1", 445, TcpState::SynSent, 4));
}

TEST(TableShapes, NarrowConsoleDroppedColumns)
{
    const auto a = analyzeOwnFixture("get-nettcpconnection/narrow-console.txt");
    EXPECT_TRUE(a.unparsed.empty());
    ASSERT_EQ(a.inventory.sockets.size(), 3u);
    EXPECT_EQ(a.inventory.sockets[1], tcp("192.168.1.5", 51234, "52.113.194.132", 443, TcpState::Unknown, 0));
    EXPECT_EQ(a.sections.at(0).notes, std::vector<std::string>{missingNote("State, OwningProcess")});
    // -AutoSize says so first; without a prompt the warning still starts the output.
    const auto w = analyzeOwnFixture("get-nettcpconnection/autosize-warning.txt");
    ASSERT_EQ(w.sections.size(), 1u);
    EXPECT_EQ(w.sections[0].firstLine, 1u);
    EXPECT_TRUE(w.unparsed.empty());
    EXPECT_EQ(w.inventory.sockets.size(), 2u);
    EXPECT_EQ(w.sections[0].notes, std::vector<std::string>{missingNote("OwningProcess")});
}

TEST(TableShapes, CutShortValuesAreUnknownNotMisread)
{
    const auto a = analyzeOwnFixture("get-nettcpconnection/cut-short-ps51.txt"); // "..."
    EXPECT_TRUE(a.unparsed.empty());
    ASSERT_EQ(a.inventory.sockets.size(), 3u);
    EXPECT_EQ(a.inventory.sockets[0], tcp("", 51260, "", 0, TcpState::Established, 9432));
    EXPECT_EQ(a.inventory.sockets[2], tcp("192.168.1.5", 51300, "20.42.65.92", 0, TcpState::CloseWait, 1304));
    EXPECT_EQ(a.sections.at(0).notes,
              (std::vector<std::string>{cutShortNote(1, "LocalAddress"), cutShortNote(1, "RemoteAddress"),
                                        missingNote("RemotePort")}));

    const auto b = analyzeOwnFixture("get-nettcpconnection/cut-short-ps7.txt"); // "…"
    EXPECT_TRUE(b.unparsed.empty());
    ASSERT_EQ(b.inventory.sockets.size(), 3u);
    EXPECT_EQ(b.inventory.sockets[0], tcp("", 51260, "", 443, TcpState::Unknown, 9432)); // "Establish…" too
    EXPECT_EQ(b.inventory.sockets[1], tcp("", 49712, "fe80::1", 445, TcpState::SynSent, 4));
    EXPECT_EQ(b.sections.at(0).notes,
              (std::vector<std::string>{cutShortNote(2, "LocalAddress"), cutShortNote(1, "RemoteAddress"),
                                        cutShortNote(2, "State")}));
    // A row whose only readable values were cut is no socket: reported, with the reason.
    const auto c =
        parseNetTcpConnection("LocalAddress     LocalPort\n------------     ---------\n2a02:8108:1c...   51260\n"
                              "fe80::a1b2:c...   49...\n");
    EXPECT_EQ(c.inventory.sockets.size(), 1u);
    ASSERT_EQ(c.unparsed.size(), 1u);
    EXPECT_EQ(c.unparsed[0].line, 4u);
    EXPECT_EQ(c.unparsed[0].reason, "a value cut short by PowerShell's column width ('...')");
}

TEST(TableShapes, FormatListRecordsWithAWrappedValue)
{
    const auto a = analyzeOwnFixture("get-nettcpconnection/format-list.txt");
    ASSERT_EQ(a.sections.size(), 1u);
    EXPECT_EQ(a.sections[0].kind, PasteKind::NetTcpConnection);
    EXPECT_TRUE(a.unparsed.empty());
    EXPECT_TRUE(a.sections[0].notes.empty());
    ASSERT_EQ(a.inventory.sockets.size(), 2u);
    EXPECT_EQ(a.inventory.sockets[0], tcp("192.168.1.5", 51234, "52.113.194.132", 443, TcpState::Established, 9432));
    EXPECT_EQ(a.inventory.sockets[1], tcp("2a02:8108:1c40:3e00:6d2c:9f1:5e0a:77b1", 51260, "2606:4700:4400::ac40:9b1c",
                                          443, TcpState::TimeWait, 0));
}

TEST(TableShapes, SelectObjectListWithTheProcessName)
{
    const auto a = analyzeOwnFixture("get-nettcpconnection/select-object-list.txt");
    EXPECT_TRUE(a.unparsed.empty());
    ASSERT_EQ(a.inventory.sockets.size(), 2u);
    EXPECT_EQ(a.inventory.sockets[1],
              tcp("192.168.1.5", 51241, "20.42.65.92", 443, TcpState::Unknown, 4120, "OrderSync"));
    EXPECT_EQ(a.inventory.processes, (std::vector<ProcessInfo>{{4120, "OrderSync", ""}}));
    EXPECT_EQ(a.sections.at(0).notes, std::vector<std::string>{missingNote("State")});
    // The same list without a prompt is still recognised by its property names (and a Test-NetConnection list is not
    // taken for sockets).
    const std::string text = ownFixture("get-nettcpconnection/select-object-list.txt");
    const auto bare = analyzePaste(text.substr(text.find('\n') + 1));
    ASSERT_EQ(bare.sections.size(), 1u);
    EXPECT_EQ(bare.sections[0].kind, PasteKind::NetTcpConnection);
    EXPECT_EQ(bare.inventory.sockets.size(), 2u);
}

TEST(TableShapes, TestNetConnectionAsATable)
{
    const auto a = analyzeOwnFixture("test-netconnection/table.txt");
    ASSERT_EQ(a.sections.size(), 1u);
    EXPECT_EQ(a.sections[0].kind, PasteKind::TestNetConnection); // the cmdlet inside a pipeline
    EXPECT_TRUE(a.unparsed.empty());
    ASSERT_EQ(a.inventory.connectivity.size(), 2u); // the warning before the table is the second row, not a third test
    EXPECT_EQ(a.inventory.connectivity[0].host, "mail.contoso.com");
    EXPECT_EQ(a.inventory.connectivity[0].port, 443);
    EXPECT_TRUE(a.inventory.connectivity[0].result.connected);
    EXPECT_EQ(a.inventory.connectivity[0].result.address, "203.0.113.25");
    EXPECT_EQ(a.inventory.connectivity[1].host, "10.0.0.40");
    EXPECT_EQ(a.inventory.connectivity[1].port, 8443);
    EXPECT_FALSE(a.inventory.connectivity[1].result.connected);
    EXPECT_EQ(findingIds(findingsOf(a)), std::vector<std::string>{"target-unreachable"});
}

TEST(TableShapes, DefaultViewWithoutItsDashesLine)
{
    // A chat tool that turns "----" into a rule leaves the header and the rows: read by words, as the default view.
    std::string text = fixture("get-nettcpconnection/05.txt");
    text.erase(text.find("------------"), text.find('\n', text.find("------------")) - text.find("------------") + 1);
    const auto a = analyzePaste(text);
    EXPECT_TRUE(a.unparsed.empty());
    EXPECT_EQ(a.inventory.sockets, analyzeFixture("get-nettcpconnection/05.txt").inventory.sockets);
}

TEST(TableShapes, EveryOwnFixtureParsesWithoutUnusedLines)
{
    for (const char* name : {"get-nettcpconnection/autosize.txt", "get-nettcpconnection/autosize-warning.txt",
                             "get-nettcpconnection/cut-short-ps51.txt", "get-nettcpconnection/cut-short-ps7.txt",
                             "get-nettcpconnection/format-list.txt", "get-nettcpconnection/narrow-console.txt",
                             "get-nettcpconnection/select-object.txt", "get-nettcpconnection/select-object-list.txt"}) {
        SCOPED_TRACE(name);
        const auto a = analyzeOwnFixture(name);
        ASSERT_EQ(a.sections.size(), 1u);
        EXPECT_EQ(a.sections[0].kind, PasteKind::NetTcpConnection);
        EXPECT_GT(a.sections[0].items, 0u);
        EXPECT_TRUE(a.unparsed.empty());
        // Re-encoded as Windows PowerShell writes a file (UTF-16 with BOM, CRLF): the same reading.
        const auto utf16 = analyzePaste(toUtf16(withCrlf(ownFixture(name)), false, true));
        EXPECT_EQ(utf16.inventory.sockets, a.inventory.sockets);
    }
}
