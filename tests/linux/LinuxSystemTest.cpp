// info(), processes() and runCommand() of LinuxSystem on this machine.
#include "diagnostics/platform/linux/LinuxSystem.h"
#include "diagnostics/SystemFactory.h"
#include "diagnostics/platform/linux/SystemInfoProbe.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <climits>
#include <pwd.h>
#include <sys/utsname.h>
#include <unistd.h>

using namespace wsafix;

TEST(LinuxSystem, InfoDescribesThisMachine)
{
    const SystemInfo info = LinuxSystem().info();
    EXPECT_EQ(info.backend, "linux");
    utsname uts{};
    ASSERT_EQ(::uname(&uts), 0);
    EXPECT_NE(info.os.find(uts.release), std::string::npos) << info.os;
    EXPECT_EQ(info.hostname, uts.nodename);
    const passwd* pw = ::getpwuid(::geteuid());
    ASSERT_NE(pw, nullptr);
    EXPECT_EQ(info.user, pw->pw_name);
    EXPECT_EQ(info.elevated, ::geteuid() == 0);
    EXPECT_TRUE(info.scenario.empty());
}

TEST(LinuxSystem, OsReleaseValuesAreUnquoted)
{
    const char* text = "NAME=\"Debian GNU/Linux\"\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n"
                       "ID=debian\nVARIANT='Server \\\"edition\\\"'\n";
    EXPECT_EQ(lnx::osReleaseValue(text, "PRETTY_NAME"), "Debian GNU/Linux 12 (bookworm)");
    EXPECT_EQ(lnx::osReleaseValue(text, "ID"), "debian");
    EXPECT_EQ(lnx::osReleaseValue(text, "VARIANT"), "Server \"edition\"");
    EXPECT_EQ(lnx::osReleaseValue(text, "NAM"), "");
}

TEST(LinuxSystem, TheNativeFactoryMakesALinuxSystem)
{
    EXPECT_EQ(createNativeSystem()->info().backend, "linux");
}

TEST(LinuxSystem, ProcessesIncludeThisOneWithNameAndPath)
{
    const auto processes = LinuxSystem().processes();
    ASSERT_TRUE(processes.available()) << processes.status.reason;
    const auto self = std::find_if(processes.value.begin(), processes.value.end(), [](const ProcessInfo& p) {
        return p.pid == static_cast<std::uint32_t>(::getpid());
    });
    ASSERT_NE(self, processes.value.end());
    char exe[PATH_MAX] = {};
    ASSERT_GT(::readlink("/proc/self/exe", exe, sizeof exe - 1), 0);
    EXPECT_EQ(self->path, exe);
    EXPECT_EQ(self->name, std::string(exe).substr(std::string(exe).rfind('/') + 1).substr(0, 15));
    EXPECT_GT(processes.value.size(), 1u);
}

TEST(LinuxSystem, RunCommandUsesTheDefaultAllowList)
{
    LinuxSystem system;
    const CommandResult refused = system.runCommand({"sh", "-c", "true"});
    EXPECT_FALSE(refused.started);
    EXPECT_NE(refused.error.find("allow-list"), std::string::npos);
    if (defaultAllowList().resolve("ip").empty())
        GTEST_SKIP() << "iproute2 is not installed";
    const CommandResult ip = system.runCommand({"ip", "-j", "link", "show", "lo"});
    EXPECT_TRUE(ip.succeeded()) << ip.error << ip.err;
    EXPECT_NE(ip.out.find("\"ifname\":\"lo\""), std::string::npos) << ip.out;
}
