#include "diagnostics/platform/linux/ProcessPreload.h"
#include "diagnostics/Detector.h"
#include "diagnostics/Rules.h"
#include "diagnostics/platform/linux/LinuxSystem.h"

#include "TempDir.h"

#include <gtest/gtest.h>

#include <csignal>
#include <fstream>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>

using namespace wsafix;
using namespace wsafix::lnx;
using namespace std::string_view_literals;

namespace {

/// test_child sleeping with LD_PRELOAD set; killed and reaped at the end of the test.
class PreloadedChild
{
public:
    explicit PreloadedChild(const std::string& preload)
    {
        const std::string exe = std::string(WSAFIX_TEST_CHILD_DIR) + "/test_child";
        std::string env = "LD_PRELOAD=" + preload;
        char* argv[] = {const_cast<char*>(exe.c_str()), const_cast<char*>("sleep"), const_cast<char*>("20000"),
                        nullptr};
        char* envp[] = {env.data(), nullptr};
        if (::posix_spawn(&m_pid, exe.c_str(), nullptr, nullptr, argv, envp) != 0)
            m_pid = 0;
        // The environment block is readable as soon as exec has happened.
        for (int i = 0; i < 200 && m_pid && !std::ifstream("/proc/" + std::to_string(m_pid) + "/comm"); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ~PreloadedChild()
    {
        if (m_pid) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
    }
    pid_t pid() const { return m_pid; }

private:
    pid_t m_pid = 0;
};

} // namespace

TEST(ProcessPreload, LibrariesOfTheEnvironmentBlock)
{
    const auto block = "HOME=/root\0LD_PRELOAD=/usr/lib/libone.so:libtwo.so /x/three.so\0PATH=/bin\0"sv;
    const auto entries = parseEnvironPreload(block, 77);
    ASSERT_EQ(entries.size(), 3u);
    EXPECT_EQ(entries[0].providerPath, "/usr/lib/libone.so");
    EXPECT_EQ(entries[0].catalog, "environment");
    EXPECT_EQ(entries[0].name, "LD_PRELOAD of process 77: libone.so");
    EXPECT_EQ(entries[1].providerPath, "libtwo.so");
    EXPECT_FALSE(entries[1].dllExists.has_value()) << "ld.so searches relative names itself";
    EXPECT_EQ(entries[2].dllExists, false);
    EXPECT_TRUE(parseEnvironPreload("PATH=/bin\0XLD_PRELOAD=/a.so\0"sv, 1).empty());
    EXPECT_TRUE(parseEnvironPreload("LD_PRELOAD=", 1).empty());
}

TEST(ProcessPreload, AProcessStartedWithLdPreloadIsFoundAndTheRulesSayWhy)
{
    test::TempDir dir;
    const std::string missing = dir.path() + "/libwsafix-missing.so";
    PreloadedChild child(missing);
    ASSERT_NE(child.pid(), 0);

    const auto direct = readProcessPreload(static_cast<std::uint32_t>(child.pid()));
    ASSERT_TRUE(direct.available()) << direct.status.reason;
    ASSERT_EQ(direct.value.size(), 1u);
    EXPECT_EQ(direct.value[0].providerPath, missing);
    EXPECT_EQ(direct.value[0].dllExists, false);

    LinuxSystem system;
    Detector detector(system);
    detector.setTargetProcess(static_cast<std::uint32_t>(child.pid()), {});
    const Inventory inv = detector.run({"processes"});
    ASSERT_TRUE(inv.probes.at("interposers").available) << inv.probes.at("interposers").reason;
    ASSERT_EQ(inv.targetInterposers.size(), 1u);
    Intake intake;
    intake.pid = static_cast<std::uint32_t>(child.pid());
    const auto findings = evaluateRules(inv, intake);
    ASSERT_FALSE(findings.empty());
    EXPECT_EQ(findings[0].id, "layered-provider");
    EXPECT_NE(findings[0].evidence[0].find(missing), std::string::npos);
}

TEST(ProcessPreload, ANonexistentProcessIsUnavailable)
{
    const auto result = readProcessPreload(0x7FFFFFF0u);
    EXPECT_FALSE(result.available());
    EXPECT_NE(result.status.reason.find("no process"), std::string::npos) << result.status.reason;
}
