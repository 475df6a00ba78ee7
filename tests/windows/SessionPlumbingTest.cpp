// Elevation, reboot resume (RunOnce) and the wsafix:// scheme registration. The UAC prompt itself is not
// tested; the quoting of the relaunch parameters is, with CommandLineToArgvW. Registry entries are removed
// (and a previous wsafix:// registration put back) whatever the outcome.
#include "HostileArguments.h"
#include "TestChildDirectory.h"
#include "WineDetection.h"

#include "diagnostics/platform/windows/Elevation.h"
#include "diagnostics/platform/windows/RegistrySnapshot.h"
#include "diagnostics/platform/windows/RunOnceEntry.h"
#include "diagnostics/platform/windows/SystemInfoProbe.h"
#include "diagnostics/platform/windows/UrlSchemeRegistration.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <windows.h>

#include <shellapi.h>

#include <gtest/gtest.h>

#include <memory>

using namespace wsafix;
using win::ActionStatus;

namespace {

struct LocalFreeDeleter
{
    void operator()(LPWSTR* argv) const { LocalFree(argv); }
};

std::vector<std::string> parse(const std::wstring& commandLine)
{
    int count = 0;
    const std::unique_ptr<LPWSTR, LocalFreeDeleter> argv(CommandLineToArgvW(commandLine.c_str(), &count));
    std::vector<std::string> out;
    for (int i = 0; argv && i < count; ++i)
        out.push_back(win::toUtf8(argv.get()[i]));
    return out;
}

/// Removes the RunOnce value when the test ends, however it ends.
struct RunOnceCleanup
{
    std::string name;
    ~RunOnceCleanup() { win::removeRunOnce(name); }
};

/// Puts HKCU\Software\Classes\wsafix back as it was when the test ends.
struct SchemeKeyGuard
{
    Probed<win::RegistryTree> before = win::captureRegistryTree("HKCU\\Software\\Classes\\wsafix");
    ~SchemeKeyGuard()
    {
        if (before.available())
            win::restoreRegistryTree(before.value);
    }
};

const std::string kExe = "C:\\Program Files\\wsafix ü\\wsafix.exe";

// The command Windows runs for `link`: the registered command with %1 replaced.
std::string withLink(std::string command, const std::string& link)
{
    return command.replace(command.find("%1"), 2, link);
}

} // namespace

TEST(Elevation, AgreesWithTheSystemInfoProbe)
{
    EXPECT_EQ(win::isProcessElevated(), win::readSystemInfo().elevated);
}

TEST(Elevation, RelaunchParametersSurviveCommandLineToArgvW)
{
    const auto arguments = test::hostileArguments();
    const auto parsed = parse(L"\"C:\\x\\wsafix.exe\" " + win::elevatedParameters(arguments));
    ASSERT_EQ(parsed.size(), arguments.size() + 1);
    for (std::size_t i = 0; i < arguments.size(); ++i)
        EXPECT_EQ(parsed[i + 1], arguments[i]) << "argument " << i;
    EXPECT_EQ(win::elevatedParameters({}), L"");
}

TEST(Elevation, RunElevatedStartsTheProgramAndReportsItsExitCode)
{
    if (!test::runningUnderWine())
        GTEST_SKIP() << "on Windows this shows a UAC prompt";
    // Wine has no UAC: "runas" starts the program at once, which checks the launch, the wait and the exit code.
    const std::string child = test::childDirectory() + "\\test_child.exe";
    const auto run = win::runElevated(child, {"exit", "7"}, std::chrono::seconds(30));
    EXPECT_EQ(run.result.status, ActionStatus::Done) << win::describe(run.result);
    EXPECT_EQ(run.exitCode, 7ul);

    const auto missing = win::runElevated("C:\\wsafix-no-such-program.exe", {}, std::chrono::seconds(5));
    EXPECT_EQ(missing.result.status, ActionStatus::Failed) << win::describe(missing.result);
    EXPECT_FALSE(missing.exitCode);
}

TEST(RunOnceEntry, WritesReadsAndRemovesTheResumeEntry)
{
    const RunOnceCleanup cleanup{"wsafix-test-" + std::to_string(GetCurrentProcessId())};
    const std::vector<std::string> arguments{"--resume", "session \"1\" & %TEMP%", "--page", "verify"};
    const auto written = win::writeRunOnce(cleanup.name, kExe, arguments);
    ASSERT_EQ(written.status, ActionStatus::Done) << win::describe(written);
    const auto line = win::readRunOnce(cleanup.name);
    ASSERT_TRUE(line);
    auto expected = arguments;
    expected.insert(expected.begin(), kExe);
    EXPECT_EQ(parse(win::toUtf16(*line)), expected) << *line;

    const auto removed = win::removeRunOnce(cleanup.name);
    EXPECT_EQ(removed.status, ActionStatus::Done) << win::describe(removed);
    EXPECT_FALSE(win::readRunOnce(cleanup.name));
    EXPECT_EQ(win::removeRunOnce(cleanup.name).status, ActionStatus::Done) << "removing twice is fine";
}

TEST(RunOnceEntry, RefusesNamesThatChangeItsMeaning)
{
    for (const std::string name : {"", "!wsafix", "*wsafix", "a\\b"}) {
        const auto result = win::writeRunOnce(name, kExe, {});
        EXPECT_EQ(result.status, ActionStatus::Failed) << name;
        EXPECT_FALSE(win::readRunOnce(name) && !name.empty()) << name;
    }
}

TEST(UrlSchemeRegistration, RegistersReadsAndRemovesTheScheme)
{
    const SchemeKeyGuard guard;
    ASSERT_TRUE(guard.before.available()) << guard.before.status.reason;
    const auto registered = win::registerUrlScheme(kExe);
    ASSERT_EQ(registered.status, ActionStatus::Done) << win::describe(registered);
    const auto read = win::readUrlScheme();
    ASSERT_TRUE(read);
    EXPECT_TRUE(read->urlProtocol);
    EXPECT_EQ(read->description, "URL:wsafix support link");
    EXPECT_EQ(read->command, "\"" + kExe + "\" --link \"%1\"");
    const auto link = "wsafix://diagnose?code=10056&ticket=INC 1";
    EXPECT_EQ(parse(win::toUtf16(withLink(read->command, link))), (std::vector<std::string>{kExe, "--link", link}))
        << "the link is one argument";

    const auto removed = win::unregisterUrlScheme();
    EXPECT_EQ(removed.status, ActionStatus::Done) << win::describe(removed);
    EXPECT_FALSE(win::readUrlScheme());
}

// What Windows makes of the registered command with a hostile link: --link always comes first, so anything a link
// smuggles past the quotes follows it, and the command line refuses every argument beside a link (tests/cli).
TEST(UrlSchemeRegistration, AHostileLinkCannotPutAnythingBeforeLink)
{
    const std::string command = win::urlSchemeCommand(kExe);
    const std::string breaksQuotes = "wsafix://diagnose?code=1\" --state-dir \"C:\\evil";
    EXPECT_EQ(parse(win::toUtf16(withLink(command, breaksQuotes))),
              (std::vector<std::string>{kExe, "--link", "wsafix://diagnose?code=1", "--state-dir", "C:\\evil"}));
    // Look-alike quotes are no quotes to Windows: the link stays one argument (and the link grammar refuses it).
    for (const char* lookAlike : {"\u201C", "\u201D", "\uFF02", "\u2033"}) {
        const std::string hostile = std::string("wsafix://diagnose?code=1") + lookAlike + " --state-dir " + lookAlike;
        EXPECT_EQ(parse(win::toUtf16(withLink(command, hostile))), (std::vector<std::string>{kExe, "--link", hostile}));
    }
}

TEST(UrlSchemeRegistration, RefusesBadSchemesAndPaths)
{
    EXPECT_EQ(win::registerUrlScheme(kExe, "wsafix\\shell").status, ActionStatus::Failed);
    EXPECT_EQ(win::registerUrlScheme(kExe, "1wsafix").status, ActionStatus::Failed);
    EXPECT_EQ(win::registerUrlScheme("C:\\a\"b.exe", "wsafix-test").status, ActionStatus::Failed);
    EXPECT_FALSE(win::readUrlScheme("wsafix-test"));
}
