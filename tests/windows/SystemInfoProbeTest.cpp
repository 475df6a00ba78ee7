#include "WineDetection.h"

#include "diagnostics/SystemFactory.h"

#include <gtest/gtest.h>

using namespace wsafix;

TEST(SystemInfoProbe, NamesTheWindowsBackendAndTheMachine)
{
    const auto system = createNativeSystem();
    const SystemInfo info = system->info();
    EXPECT_EQ(info.backend, "windows");
    EXPECT_TRUE(info.os.starts_with("Windows ")) << info.os;
    EXPECT_NE(info.os.find(" build "), std::string::npos) << info.os;
    EXPECT_FALSE(info.hostname.empty());
    EXPECT_FALSE(info.user.empty());
    EXPECT_EQ(info.scenario, "");
}

TEST(SystemInfoProbe, SaysWhenItRunsUnderWine)
{
    const SystemInfo info = createNativeSystem()->info();
    EXPECT_EQ(info.os.find("(Wine ") != std::string::npos, test::runningUnderWine()) << info.os;
}
