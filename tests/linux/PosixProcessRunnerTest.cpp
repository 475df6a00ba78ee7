// The POSIX runner: argv reaches the child byte for byte, time-outs kill the whole process group,
// output is capped, and only allow-listed bare names start.
#include "diagnostics/ProcessRunner.h"

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <set>
#include <string>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace wsafix;
using namespace std::chrono_literals;

namespace {

std::unique_ptr<ProcessRunner> testRunner()
{
    return createProcessRunner(AllowList({"test_child", "runner_probe", "wsafix-no-such-tool"},
                                         {WSAFIX_TEST_CHILD_DIR, WSAFIX_RUNNER_PROBE_DIR}));
}

CommandOptions limits(std::chrono::milliseconds timeout, std::size_t cap = 1024 * 1024)
{
    CommandOptions o;
    o.timeout = timeout;
    o.maxOutputBytes = cap;
    return o;
}

std::vector<std::string> splitNul(const std::string& s)
{
    std::vector<std::string> parts;
    std::string::size_type start = 0;
    for (auto end = s.find('\0'); end != std::string::npos; end = s.find('\0', start)) {
        parts.push_back(s.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

// Waits (bounded) for our child `pid` to be reaped; true when it died of SIGKILL.
bool diedOfSigkill(pid_t pid)
{
    for (int i = 0; i < 200; ++i) {
        int status = 0;
        const pid_t r = ::waitpid(pid, &status, WNOHANG);
        if (r == pid)
            return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
        if (r < 0)
            return false;
        std::this_thread::sleep_for(10ms);
    }
    return false;
}

} // namespace

TEST(PosixProcessRunner, HostileArgumentsArriveByteExact)
{
    const std::vector<std::string> hostile = {"two words",
                                              "",
                                              "\"double\"",
                                              "'single'",
                                              "$(id)",
                                              "`id`",
                                              "a;b",
                                              "a&b",
                                              "a|b",
                                              "%PATH%",
                                              "$HOME",
                                              "line\nbreak",
                                              "tab\there",
                                              "back\\slash",
                                              "*",
                                              "~",
                                              "<in >out",
                                              "\xC3\xBCnic\xC3\xB6"
                                              "de \xE6\x97\xA5\xE6\x9C\xAC",
                                              "-",
                                              "--flag=value"};
    std::vector<std::string> argv = {"test_child", "echo"};
    argv.insert(argv.end(), hostile.begin(), hostile.end());
    const CommandResult r = testRunner()->run(argv, limits(10s));
    ASSERT_TRUE(r.started) << r.error;
    EXPECT_TRUE(r.succeeded()) << r.error;
    EXPECT_EQ(splitNul(r.out), hostile);
}

TEST(PosixProcessRunner, ExitCodeAndStderrAreReported)
{
    const CommandResult r = testRunner()->run({"test_child", "exit", "3"}, limits(10s));
    ASSERT_TRUE(r.started) << r.error;
    EXPECT_FALSE(r.timedOut);
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, "err");
    EXPECT_FALSE(r.succeeded());
}

TEST(PosixProcessRunner, DeathBySignalIsNotSuccess)
{
    const CommandResult r = testRunner()->run({"runner_probe", "signal", std::to_string(SIGTERM)}, limits(10s));
    ASSERT_TRUE(r.started) << r.error;
    EXPECT_EQ(r.exitCode, 128 + SIGTERM);
    EXPECT_NE(r.error.find("SIGTERM"), std::string::npos) << r.error;
    EXPECT_FALSE(r.succeeded());
}

TEST(PosixProcessRunner, TimeoutKillsTheChild)
{
    const auto start = std::chrono::steady_clock::now();
    const CommandResult r = testRunner()->run({"test_child", "sleep", "20000"}, limits(300ms));
    const auto elapsed = std::chrono::steady_clock::now() - start;
    ASSERT_TRUE(r.started) << r.error;
    EXPECT_TRUE(r.timedOut);
    EXPECT_FALSE(r.succeeded());
    EXPECT_FALSE(r.error.empty());
    EXPECT_LT(elapsed, 5s);
}

TEST(PosixProcessRunner, TimeoutKillsGrandchildrenToo)
{
    // As subreaper this test inherits the orphaned grandchild and can see how it ended.
    ASSERT_EQ(::prctl(PR_SET_CHILD_SUBREAPER, 1), 0);
    const CommandResult r = testRunner()->run({"runner_probe", "fork", "20000", "20000"}, limits(500ms));
    ASSERT_TRUE(r.started) << r.error;
    EXPECT_TRUE(r.timedOut);
    const pid_t grandchild = std::atoi(r.out.c_str());
    ASSERT_GT(grandchild, 0) << r.out;
    EXPECT_TRUE(diedOfSigkill(grandchild));
}

TEST(PosixProcessRunner, GrandchildHoldingTheOutputOpenIsKilled)
{
    // The child exits at once, its child keeps stdout open: the runner must not wait for it.
    ASSERT_EQ(::prctl(PR_SET_CHILD_SUBREAPER, 1), 0);
    const auto start = std::chrono::steady_clock::now();
    const CommandResult r = testRunner()->run({"runner_probe", "fork", "0", "20000"}, limits(500ms));
    ASSERT_TRUE(r.started) << r.error;
    EXPECT_LT(std::chrono::steady_clock::now() - start, 5s);
    EXPECT_TRUE(r.timedOut);
    const pid_t grandchild = std::atoi(r.out.c_str());
    ASSERT_GT(grandchild, 0) << r.out;
    EXPECT_TRUE(diedOfSigkill(grandchild));
}

TEST(PosixProcessRunner, OutputIsCappedWhileTheChildRunsToItsEnd)
{
    const CommandResult r = testRunner()->run({"test_child", "flood", "3000000"}, limits(20s, 1000));
    ASSERT_TRUE(r.started) << r.error;
    EXPECT_FALSE(r.timedOut) << "the runner stopped draining the pipe";
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.truncated);
    EXPECT_EQ(r.out, std::string(1000, 'x'));
}

TEST(PosixProcessRunner, OutputBelowTheCapIsComplete)
{
    const CommandResult r = testRunner()->run({"test_child", "flood", "200000"}, limits(20s, 200000));
    ASSERT_TRUE(r.succeeded()) << r.error;
    EXPECT_FALSE(r.truncated);
    EXPECT_EQ(r.out.size(), 200000u);
}

TEST(PosixProcessRunner, NamesOffTheListAreRefused)
{
    const CommandResult r = testRunner()->run({"sh", "-c", "id"}, limits(5s));
    EXPECT_FALSE(r.started);
    EXPECT_NE(r.error.find("not on the allow-list"), std::string::npos) << r.error;
}

TEST(PosixProcessRunner, PathsAsNamesAreRefused)
{
    const std::string full = std::string(WSAFIX_TEST_CHILD_DIR) + "/test_child";
    for (const std::string& name : {full, std::string("./test_child"), std::string("../test_child")}) {
        const CommandResult r = testRunner()->run({name, "echo", "x"}, limits(5s));
        EXPECT_FALSE(r.started) << name;
        EXPECT_NE(r.error.find("not on the allow-list"), std::string::npos) << r.error;
    }
    // Even a list that names a path does not make a path runnable.
    const auto runner = createProcessRunner(AllowList({full}, {WSAFIX_TEST_CHILD_DIR}));
    EXPECT_FALSE(runner->run({full, "echo", "x"}).started);
}

TEST(PosixProcessRunner, AllowedButMissingSaysSo)
{
    const CommandResult r = testRunner()->run({"wsafix-no-such-tool"}, limits(5s));
    EXPECT_FALSE(r.started);
    EXPECT_NE(r.error.find("not found"), std::string::npos) << r.error;
}

TEST(PosixProcessRunner, EmptyCommandIsRefused)
{
    EXPECT_FALSE(testRunner()->run({}, limits(5s)).started);
}

TEST(PosixProcessRunner, ChildGetsAFixedMinimalEnvironment)
{
    ASSERT_EQ(::setenv("WSAFIX_LEAK_CHECK", "secret", 1), 0);
    ASSERT_EQ(::setenv("LD_PRELOAD", "", 1), 0);
    const CommandResult r = testRunner()->run({"runner_probe", "env"}, limits(10s));
    ::unsetenv("WSAFIX_LEAK_CHECK");
    ::unsetenv("LD_PRELOAD");
    ASSERT_TRUE(r.succeeded()) << r.error;
    const auto entries = splitNul(r.out);
    EXPECT_EQ(std::set<std::string>(entries.begin(), entries.end()),
              (std::set<std::string>{"PATH=/usr/sbin:/usr/bin:/sbin:/bin", "LC_ALL=C", "LANG=C"}));
}

TEST(PosixProcessRunner, ChildInheritsOnlyItsThreeStandardDescriptors)
{
    // A descriptor the caller left inheritable (no O_CLOEXEC) must not reach the child.
    const int leaked = ::open("/dev/null", O_RDONLY);
    ASSERT_GE(leaked, 0);
    const CommandResult r = testRunner()->run({"runner_probe", "fds"}, limits(10s));
    ::close(leaked);
    ASSERT_TRUE(r.succeeded()) << r.error;
    EXPECT_EQ(r.out, "0\n1\n2\n");
}

TEST(PosixProcessRunner, StdinIsEmpty)
{
    const CommandResult r = testRunner()->run({"runner_probe", "stdin"}, limits(10s));
    ASSERT_TRUE(r.succeeded()) << r.error;
    EXPECT_EQ(r.out, "0\n");
}

TEST(PosixProcessRunner, DefaultAllowListHasTheEnginesToolsOnly)
{
    const AllowList list = defaultAllowList();
    EXPECT_EQ(std::set<std::string>(list.names().begin(), list.names().end()),
              (std::set<std::string>{"ip", "journalctl", "resolvectl", "nmcli", "systemctl", "ss"}));
    EXPECT_FALSE(list.allows("sh"));
    const std::string ip = list.resolve("ip");
    if (ip.empty())
        GTEST_SKIP() << "iproute2 is not installed";
    const CommandResult r = createProcessRunner(list)->run({"ip", "-V"}, limits(10s));
    EXPECT_TRUE(r.succeeded()) << r.error << r.err;
}
