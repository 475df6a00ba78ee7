#include "diagnostics/ProcessRunner.h"

#include "TestScenarios.h"

#include <gtest/gtest.h>

using namespace wsafix;

TEST(AllowList, ResolvesOnlyAllowedBareNamesInItsOwnDirectories)
{
    test::TempDir dir;
    test::writeText(dir.path(), "netsh.exe", "");
    test::writeText(dir.path(), "evil", "");
    const AllowList list({"netsh", "missing"}, {dir.path().string()});

    EXPECT_EQ(list.resolve("netsh"), (dir.path() / "netsh.exe").string());
    EXPECT_EQ(list.resolve("evil"), "") << "not on the list";
    EXPECT_EQ(list.resolve("missing"), "") << "allowed but absent";
    EXPECT_TRUE(list.allows("netsh"));
    EXPECT_FALSE(list.allows("cmd"));
}

TEST(AllowList, RefusesPathsEvenWhenTheyEndInAnAllowedName)
{
    test::TempDir dir;
    test::writeText(dir.path(), "netsh", "");
    const AllowList list({"netsh", "../netsh", "a/netsh", "C:netsh", "..\\netsh"}, {dir.path().string()});
    EXPECT_EQ(list.resolve("../netsh"), "");
    EXPECT_EQ(list.resolve("a/netsh"), "");
    EXPECT_EQ(list.resolve("C:netsh"), "");
    EXPECT_EQ(list.resolve("..\\netsh"), "");
    EXPECT_NE(list.resolve("netsh"), "");
}
