// The Win32 runner against test_child: exact arguments, time limit, output cap, exit codes, and
// the allow-list. test_child is allowed by bare name in its build directory.
#include "HostileArguments.h"
#include "TestChildDirectory.h"
#include "WineDetection.h"

#include "diagnostics/ProcessRunner.h"
#include "diagnostics/platform/windows/UniqueHandle.h"
#include "diagnostics/platform/windows/Utf16.h"
#include "diagnostics/platform/windows/WindowsSystem.h"

#include <windows.h>

#include <tlhelp32.h>

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

using namespace wsafix;
using namespace std::chrono_literals;

namespace {

/// How many processes this test started are still alive.
int childrenAlive()
{
    const HANDLE snapshot = CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0);
    if (snapshot == win::invalidHandleValue())
        return -1;
    const win::UniqueHandle owner(snapshot);
    PROCESSENTRY32W entry{};
    entry.dwSize = sizeof entry;
    int alive = 0;
    for (BOOL more = Process32FirstW(snapshot, &entry); more; more = Process32NextW(snapshot, &entry))
        if (entry.th32ParentProcessID == GetCurrentProcessId())
            ++alive;
    return alive;
}

std::string nulTerminated(const std::vector<std::string>& arguments)
{
    std::string joined;
    for (const auto& argument : arguments) {
        joined += argument;
        joined += '\0';
    }
    return joined;
}

} // namespace

class Win32ProcessRunner : public testing::Test
{
protected:
    std::unique_ptr<ProcessRunner> m_runner = createProcessRunner(AllowList({"test_child"}, {test::childDirectory()}));
};

TEST_F(Win32ProcessRunner, TheChildIsFoundThroughTheAllowList)
{
    const AllowList list({"test_child"}, {test::childDirectory()});
    const std::string path = list.resolve("test_child");
    EXPECT_TRUE(path.ends_with("test_child.exe")) << path;
    EXPECT_EQ(path.find('/'), std::string::npos) << "still a Unix path: " << path;
}

TEST_F(Win32ProcessRunner, HostileArgumentsArriveByteExactly)
{
    std::vector<std::string> argv{"test_child", "echo"};
    const auto arguments = test::hostileArguments();
    argv.insert(argv.end(), arguments.begin(), arguments.end());

    const CommandResult result = m_runner->run(argv);
    ASSERT_TRUE(result.started) << result.error;
    EXPECT_TRUE(result.succeeded()) << result.exitCode << " " << result.error;
    EXPECT_EQ(result.out, nulTerminated(arguments));
    EXPECT_EQ(result.err, "");
    EXPECT_FALSE(result.truncated);
}

TEST_F(Win32ProcessRunner, EachHostileArgumentAloneArrivesByteExactly)
{
    for (const auto& argument : test::hostileArguments()) {
        const CommandResult result = m_runner->run({"test_child", "echo", argument});
        ASSERT_TRUE(result.started) << result.error;
        EXPECT_EQ(result.out, nulTerminated({argument})) << "argument [" << argument << "]";
    }
}

TEST_F(Win32ProcessRunner, TimeoutStopsTheChildAndSaysSo)
{
    CommandOptions options;
    options.timeout = 500ms;
    const auto start = std::chrono::steady_clock::now();
    const CommandResult result = m_runner->run({"test_child", "sleep", "30000"}, options);
    const auto elapsed = std::chrono::steady_clock::now() - start;

    EXPECT_TRUE(result.started);
    EXPECT_TRUE(result.timedOut);
    EXPECT_FALSE(result.succeeded());
    EXPECT_EQ(result.exitCode, -1);
    EXPECT_NE(result.error.find("timed out after 500 ms"), std::string::npos) << result.error;
    EXPECT_LT(elapsed, 10s) << "the child was not stopped";
    EXPECT_EQ(childrenAlive(), 0) << "the child outlived its time limit";
}

TEST_F(Win32ProcessRunner, OutputOverTheCapIsCutButTheChildRunsToTheEnd)
{
    CommandOptions options;
    options.maxOutputBytes = 1000;
    const CommandResult result = m_runner->run({"test_child", "flood", "1000000"}, options);
    ASSERT_TRUE(result.started) << result.error;
    EXPECT_TRUE(result.truncated);
    EXPECT_EQ(result.out, std::string(1000, 'x'));
    EXPECT_FALSE(result.timedOut) << "the child blocked on a full pipe";
    EXPECT_EQ(result.exitCode, 0);
}

TEST_F(Win32ProcessRunner, OutputUnderTheCapIsComplete)
{
    const CommandResult result = m_runner->run({"test_child", "flood", "300000"});
    ASSERT_TRUE(result.succeeded()) << result.error;
    EXPECT_FALSE(result.truncated);
    EXPECT_EQ(result.out.size(), 300000u);
}

TEST_F(Win32ProcessRunner, ExitCodeAndStandardErrorAreCaptured)
{
    const CommandResult result = m_runner->run({"test_child", "exit", "3"});
    ASSERT_TRUE(result.started) << result.error;
    EXPECT_FALSE(result.timedOut);
    EXPECT_EQ(result.exitCode, 3);
    EXPECT_EQ(result.err, "err");
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(result.error, "");
    EXPECT_FALSE(result.succeeded());
}

TEST_F(Win32ProcessRunner, NamesNotOnTheAllowListAreRefused)
{
    for (const char* name : {"cmd", "cmd.exe", "powershell", "netsh", "test_child.exe"}) {
        const CommandResult result = m_runner->run({name, "/c", "exit 0"});
        EXPECT_FALSE(result.started) << name;
        EXPECT_NE(result.error.find("not an allowed command"), std::string::npos) << result.error;
    }
}

TEST_F(Win32ProcessRunner, PathsAsCommandNameAreRefused)
{
    const std::string fullPath = AllowList({"test_child"}, {test::childDirectory()}).resolve("test_child");
    for (const std::string& name : {std::string("..\\test_child"), std::string("../test_child"),
                                    std::string(".\\test_child"), std::string("support\\test_child"), fullPath}) {
        const CommandResult result = m_runner->run({name, "echo", "x"});
        EXPECT_FALSE(result.started) << name;
        EXPECT_FALSE(result.error.empty()) << name;
        EXPECT_EQ(result.out, "") << name;
    }
}

TEST_F(Win32ProcessRunner, AnAllowedNameThatDoesNotExistIsReported)
{
    const auto runner = createProcessRunner(AllowList({"no_such_tool"}, {test::childDirectory()}));
    const CommandResult result = runner->run({"no_such_tool"});
    EXPECT_FALSE(result.started);
    EXPECT_NE(result.error.find("allowed but was not found"), std::string::npos) << result.error;
}

TEST_F(Win32ProcessRunner, AnEmptyCommandIsRefused)
{
    const CommandResult result = m_runner->run({});
    EXPECT_FALSE(result.started);
    EXPECT_EQ(result.error, "empty command");
}

TEST_F(Win32ProcessRunner, ConcurrentRunsKeepTheirOutputsApart)
{
    std::vector<CommandResult> results(4);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < results.size(); ++i)
        threads.emplace_back([&, i] {
            results[i] = m_runner->run({"test_child", "echo", "run " + std::to_string(i)});
        });
    for (auto& thread : threads)
        thread.join();
    for (std::size_t i = 0; i < results.size(); ++i) {
        EXPECT_TRUE(results[i].succeeded()) << results[i].error;
        EXPECT_EQ(results[i].out, nulTerminated({"run " + std::to_string(i)}));
    }
}

TEST(DefaultAllowList, AllowsTheSystemToolsFromTheSystemDirectoryOnly)
{
    const AllowList list = defaultAllowList();
    for (const char* name : {"netsh", "ipconfig", "reg", "sc", "route", "netstat"})
        EXPECT_TRUE(list.allows(name)) << name;
    for (const char* name : {"cmd", "powershell", "wmic", "rundll32"})
        EXPECT_FALSE(list.allows(name)) << name;

    wchar_t system[MAX_PATH] = {};
    ASSERT_GT(GetSystemDirectoryW(system, MAX_PATH), 0u);
    const std::string ipconfig = list.resolve("ipconfig");
    EXPECT_EQ(ipconfig, win::toUtf8(system) + "\\ipconfig.exe");
}

TEST(WindowsSystemCommands, RunsIpconfigThroughTheDefaultAllowList)
{
    WindowsSystem system;
    const CommandResult result = system.runCommand({"ipconfig", "/all"});
    ASSERT_TRUE(result.started) << result.error;
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_FALSE(result.out.empty());
    EXPECT_FALSE(system.runCommand({"cmd", "/c", "exit 0"}).started);
}
