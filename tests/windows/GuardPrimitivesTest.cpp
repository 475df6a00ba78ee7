// The Windows side of the auto-revert guard and reboot resume: the watchdog is started detached with its output in a
// log, the caller's liveness is seen, the Remote Desktop check answers, and the resume entry round-trips through
// RunOnce (an entry that was there before the test is put back).
#include "HostileArguments.h"
#include "TestChildDirectory.h"
#include "WineDetection.h"

#include "diagnostics/AtomicFile.h"
#include "diagnostics/fix/DetachedProcess.h"
#include "diagnostics/fix/RemoteSession.h"
#include "diagnostics/fix/ResumeEntry.h"

#include <gtest/gtest.h>

#include <thread>

using namespace wsafix;
using namespace std::chrono_literals;

TEST(WindowsGuard, StartsTheWatchdogDetachedWithItsOutputInTheLog)
{
    const auto dir =
        std::filesystem::temp_directory_path() / ("wsafix-guard-test-" + std::to_string(currentProcessId()));
    const auto log = dir / "guard.log";
    const auto args = test::hostileArguments();
    std::vector<std::string> echo{"echo"};
    echo.insert(echo.end(), args.begin(), args.end());
    ASSERT_EQ(startDetached(std::filesystem::path(test::childDirectory()) / "test_child.exe", echo, log), "");
    // The child writes every argument NUL-terminated: the log holds exactly what it was given.
    std::string expected;
    for (const auto& a : args)
        expected += a + '\0';
    std::string text;
    for (int i = 0; i < 100 && text.size() < expected.size(); ++i) {
        std::this_thread::sleep_for(100ms);
        text = readFile(log, 1 << 20);
    }
    EXPECT_EQ(text, expected);
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
}

TEST(WindowsGuard, ARelativeProgramIsRefused)
{
    EXPECT_NE(startDetached("wsafix.exe", {}, std::filesystem::temp_directory_path() / "x.log"), "");
}

TEST(WindowsGuard, TellsARunningProcessFromAnEndedOne)
{
    EXPECT_TRUE(processRunning(currentProcessId()));
    EXPECT_FALSE(processRunning(0xFFFFFFF0ul)) << "no process has this id";
    EXPECT_FALSE(currentExecutable().empty());
    EXPECT_TRUE(currentExecutable().is_absolute());
}

TEST(WindowsGuard, ARemoteDesktopSessionIsTold)
{
    const RemoteSession s = currentRemoteSession();
    if (test::runningUnderWine()) {
        EXPECT_EQ(s.kind, RemoteSession::Kind::None) << "Wine has no Remote Desktop: " << s.description;
    } else if (s.kind == RemoteSession::Kind::Known) {
        EXPECT_EQ(s.interfaceName.front(), '{') << "an adapter GUID: " << s.interfaceName;
    }
}

TEST(WindowsGuard, TheResumeEntryRoundTripsThroughRunOnce)
{
    const auto before = resumeEntryArguments();
    const std::string exe = "C:\\Program Files\\wsafix ü\\wsafix.exe";
    const auto args = resumeArguments("20260101T000000Z-ab12", "C:\\Users\\a b\\AppData\\Local\\wsafix", "");
    ASSERT_EQ(writeResumeEntry(exe, args), "");
    EXPECT_EQ(resumeEntryArguments(), args);
    EXPECT_EQ(removeResumeEntry(), "");
    EXPECT_FALSE(resumeEntryArguments());
    EXPECT_EQ(removeResumeEntry(), "");
    if (before) {
        EXPECT_EQ(writeResumeEntry(exe, *before), "");
    }
}
