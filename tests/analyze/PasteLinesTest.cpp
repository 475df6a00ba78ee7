#include "FixtureFiles.h"

#include "diagnostics/analyze/PasteLines.h"

#include <gtest/gtest.h>

using namespace wsafix;

TEST(PasteLines, LineEndsAndTrailingSpaces)
{
    const auto p = preparePaste("a  \r\nb\rc\n\nd\t");
    ASSERT_EQ(p.lines.size(), 5u);
    EXPECT_EQ(p.lines[0].text, "a");
    EXPECT_EQ(p.lines[2].text, "c");
    EXPECT_EQ(p.lines[3].number, 4u);
    EXPECT_EQ(p.lines[4].text, "d");
}

TEST(PasteLines, QuotesFencesAndDoubledLinesKeepLineNumbers)
{
    const auto p = preparePaste("> ```\n> Proto  Local\n>   TCP    0.0.0.0:1  0.0.0.0:0  LISTENING  4\n> ```\n");
    ASSERT_EQ(p.lines.size(), 2u);
    EXPECT_EQ(p.lines[0].text, "Proto  Local");
    EXPECT_EQ(p.lines[1].number, 3u);
    const auto d = preparePaste("x\nx\ny\ny\n\n\nz\nz\nOK!\nOK!\nOK!\nOK!\n");
    ASSERT_EQ(d.lines.size(), 6u);
    EXPECT_EQ(d.lines[3].text, "z");
    EXPECT_EQ(d.lines[3].number, 7u);
    EXPECT_EQ(d.lines[5].text, "OK!"); // a run of four is two lines that were doubled
    // Legitimately repeated lines are kept.
    EXPECT_EQ(preparePaste("a\nb\nOK!\nOK!\nOK!\nc\n").lines.size(), 6u);
}

TEST(PasteLines, Prompts)
{
    EXPECT_EQ(parsePrompt("C:\\WINDOWS\\system32>netsh winsock show catalog")->command, "netsh winsock show catalog");
    EXPECT_EQ(parsePrompt("PS C:\\Users\\piotr> Get-NetTCPConnection")->user, "piotr");
    EXPECT_EQ(parsePrompt("PS > ping smtp.t-online.de")->command, "ping smtp.t-online.de");
    EXPECT_EQ(parsePrompt("netsh winsock>reset")->command, "netsh winsock reset");
    EXPECT_EQ(parsePrompt("netsh winsock>")->command, "");
    EXPECT_FALSE(parsePrompt("Protocol Chain: 1031 : 1006"));
    EXPECT_FALSE(parsePrompt("   TCP    0.0.0.0:135   0.0.0.0:0  LISTENING  4"));
}
