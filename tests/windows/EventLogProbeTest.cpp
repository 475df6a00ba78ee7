#include "WineDetection.h"

#include "diagnostics/platform/windows/WindowsSystem.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>

using namespace wsafix;

TEST(EventLogProbe, UnderWineTheEventLogIsUnavailableAndSaysWhy)
{
    if (!test::runningUnderWine())
        GTEST_SKIP() << "Wine-specific facts";
    // Wine 8's EvtQuery is a stub: no handle, and the last error left at 0.
    WindowsSystem system;
    const auto events = system.events();
    EXPECT_FALSE(events.available());
    EXPECT_EQ(events.status.reason, "EvtQuery on the System log failed without an error code: "
                                    "the Windows Event Log API is not implemented on this system");
    EXPECT_TRUE(events.value.empty());
}

TEST(EventLogProbe, EventsAreWellFormedOrTheProbeSaysWhyNot)
{
    WindowsSystem system;
    const auto events = system.events();
    if (!events.available()) {
        EXPECT_FALSE(events.status.reason.empty());
        EXPECT_TRUE(events.value.empty());
        return;
    }
    EXPECT_LE(events.value.size(), 500u);
    const std::regex iso("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    const std::set<std::string> levels{"critical", "error", "warning", "info"};
    std::string previous = "9999";
    for (const auto& event : events.value) {
        EXPECT_TRUE(std::regex_match(event.time, iso)) << event.time;
        EXPECT_LE(event.time, previous) << "not newest first";
        previous = event.time;
        EXPECT_TRUE(levels.count(event.level)) << event.level;
        EXPECT_FALSE(event.source.empty());
    }
}
