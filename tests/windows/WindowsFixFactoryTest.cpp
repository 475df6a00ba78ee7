// The Windows fix factory: ids, parameter checks (hostile input refused with a message, or passed as data), badges,
// and the dry-run texts (preview commands and snapshot plans) — what `wsafix fix --dry-run` prints.
#include "HostileArguments.h"

#include "diagnostics/ProcessRunner.h"
#include "diagnostics/fix/FixFactory.h"
#include "diagnostics/fix/PrivilegedState.h"
#include "diagnostics/platform/windows/NetshCommand.h"
#include "diagnostics/platform/windows/PrivilegedFolder.h"
#include "diagnostics/platform/windows/RegistryTreeBackup.h"
#include "diagnostics/platform/windows/Utf16.h"
#include "diagnostics/platform/windows/WindowsFixes.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace wsafix;

namespace {

struct Factory
{
    Factory() : runner(createProcessRunner(defaultAllowList())), factory(createNativeFixFactory(*runner)) {}
    std::unique_ptr<ProcessRunner> runner;
    FixFactory factory;
};

std::string refusal(const FixFactory& factory, const std::string& id)
{
    try {
        factory.create(id);
    } catch (const FixIdError& e) {
        return e.what();
    }
    return {};
}

bool mentions(const std::vector<std::string>& lines, const std::string& text)
{
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string& line) { return line.find(text) != std::string::npos; });
}

} // namespace

TEST(WindowsFixFactory, RegistersTheSevenWindowsFixesOnTheWindowsMachine)
{
    Factory f;
    EXPECT_EQ(f.factory.machine(), "windows");
    EXPECT_EQ(f.factory.names(), (std::vector<std::string>{"winsock-reset", "remove-provider", "lsp-bypass", "ip-reset",
                                                           "flush-dns", "restart-adapter", "restart-service"}));
    const std::vector<std::string> ids{"winsock-reset",
                                       "remove-provider:1001",
                                       "lsp-bypass:C:\\Program Files\\App\\app.exe",
                                       "ip-reset",
                                       "flush-dns",
                                       "restart-adapter:{4D36E972-E325-11CE-BFC1-08002BE10318}",
                                       "restart-service:Dnscache"};
    for (const auto& id : ids)
        EXPECT_EQ(f.factory.create(id)->id(), id);
}

TEST(WindowsFixFactory, BadgesSayWhatEachFixCosts)
{
    Factory f;
    const auto badges = [&](const std::string& id) { return f.factory.create(id)->badges(); };
    EXPECT_EQ(badges("winsock-reset"), (FixBadges{true, true, false, false}));
    EXPECT_EQ(badges("remove-provider:1001"), (FixBadges{true, false, false, false}));
    EXPECT_EQ(badges("lsp-bypass:C:\\a.exe"), (FixBadges{true, false, false, false}));
    EXPECT_EQ(badges("ip-reset"), (FixBadges{true, true, true, true}));
    EXPECT_EQ(badges("flush-dns"), (FixBadges{false, false, false, false}));
    EXPECT_EQ(badges("restart-adapter:{4D36E972-E325-11CE-BFC1-08002BE10318}"), (FixBadges{true, false, true, true}));
    EXPECT_EQ(badges("restart-service:Spooler"), (FixBadges{true, false, true, false}));
    EXPECT_NE(f.factory.create("winsock-reset")->explanation().find("VPN"), std::string::npos)
        << "winsock-reset warns that the layered providers of VPN and antivirus products go";
}

TEST(WindowsFixFactory, ParametersTheFixCannotNameAreRefusedWithAReason)
{
    Factory f;
    const std::vector<std::pair<std::string, std::string>> refused{
        {"winsock-reset:x", "winsock-reset"},
        {"remove-provider", "catalog id"},
        {"remove-provider:0", "4294967295"},
        {"remove-provider:4294967296", "4294967295"},
        {"remove-provider:-1", "not a catalog id"},
        {"remove-provider:1001 & del", "not a catalog id"},
        {"lsp-bypass:app.exe", "absolute path"},
        {"lsp-bypass:C:\\a|b.exe", "'|'"},
        {"lsp-bypass:C:\\app.dll", "not a program"},
        {"lsp-bypass:C:\\line\nbreak.exe", "the path"},
        {"restart-adapter:Ethernet", "not a GUID"},
        {"restart-adapter:4D36E972-E325-11CE-BFC1-08002BE10318", "not a GUID"},
        {"restart-adapter:{4D36E972-E325-11CE-BFC1-08002BE1031G}", "not a GUID"},
        {"restart-service:", "service name"},
        {"restart-service:a\\b", "'\\'"},
        {"restart-service:tab\there", "the service name"},
        {"no-such-fix", "no-such-fix"},
    };
    for (const auto& [id, expected] : refused) {
        const std::string why = refusal(f.factory, id);
        EXPECT_NE(why.find(expected), std::string::npos) << id << " → " << why;
    }
}

TEST(WindowsFixFactory, HostileServiceNamesTravelAsData)
{
    Factory f;
    for (const auto& name : test::hostileArguments()) {
        const bool acceptable = !name.empty() && name.find_first_of("/\\\n\t") == std::string::npos;
        const std::string why = refusal(f.factory, "restart-service:" + name);
        EXPECT_EQ(why.empty(), acceptable) << name << " → " << why;
        if (acceptable) {
            const auto fix = f.factory.create("restart-service:" + name);
            EXPECT_EQ(fix->id(), "restart-service:" + name);
            EXPECT_TRUE(fix->preview().empty()) << "the SCM is called with the name; no command line is built";
        }
    }
}

TEST(WindowsFixFactory, PreviewsListTheExactCommands)
{
    Factory f;
    EXPECT_EQ(f.factory.create("winsock-reset")->preview(),
              (std::vector<std::vector<std::string>>{{"netsh", "winsock", "reset"}}));
    const auto ipReset = f.factory.create("ip-reset")->preview();
    ASSERT_EQ(ipReset.size(), 1u);
    ASSERT_EQ(ipReset[0].size(), 5u);
    EXPECT_EQ(std::vector<std::string>(ipReset[0].begin(), ipReset[0].begin() + 4),
              (std::vector<std::string>{"netsh", "int", "ip", "reset"}));
    EXPECT_EQ(std::filesystem::path(ipReset[0][4]).filename(), "netsh-ip-reset.log");
    EXPECT_EQ(std::filesystem::path(ipReset[0][4]).parent_path().filename(), "netsh");
    EXPECT_EQ(std::filesystem::path(ipReset[0][4]).parent_path().parent_path().parent_path(), defaultPrivilegedRoot())
        << "netsh runs elevated and follows links: its log goes into the privileged state, never the user's folder";
    // --state-dir reaches the factory: the folder is that of the user owning the state directory (this process's
    // user while the directory does not exist yet).
    const std::filesystem::path stateDir = "C:\\wsafix state & \"dir\"";
    const auto elsewhere = createNativeFixFactory(*f.runner, stateDir).create("ip-reset")->preview();
    ASSERT_EQ(elsewhere.size(), 1u);
    ASSERT_EQ(elsewhere[0].size(), 5u);
    const std::string sid = win::stateUserSid(stateDir);
    EXPECT_EQ(sid.rfind("S-1-5-", 0), 0u) << sid;
    EXPECT_EQ(elsewhere[0][4], (defaultPrivilegedRoot() / win::toUtf16(sid) / "netsh" / "netsh-ip-reset.log").string());
    // Win32 calls, not commands: their steps are in the snapshot plan.
    for (const std::string id : {"flush-dns", "remove-provider:1001", "lsp-bypass:C:\\a.exe",
                                 "restart-adapter:{4D36E972-E325-11CE-BFC1-08002BE10318}", "restart-service:Spooler"})
        EXPECT_TRUE(f.factory.create(id)->preview().empty()) << id;
}

TEST(WindowsFixFactory, SnapshotPlansNameWhatIsCapturedAndChanged)
{
    Factory f;
    const auto plan = [&](const std::string& id) { return f.factory.create(id)->snapshotPlan(); };
    EXPECT_TRUE(mentions(plan("winsock-reset"), win::kWinsockRegistryPath));
    EXPECT_TRUE(mentions(plan("winsock-reset"), ".reg file"));
    EXPECT_TRUE(mentions(plan("remove-provider:1001"), win::kWinsockRegistryPath));
    EXPECT_TRUE(mentions(plan("remove-provider:1001"), "WSCDeinstallProvider of catalog entry 1001"));
    EXPECT_TRUE(mentions(plan("lsp-bypass:C:\\a.exe"), "WSCSetApplicationCategory(C:\\a.exe, LSP_SYSTEM)"));
    EXPECT_TRUE(mentions(plan("ip-reset"), "DNS servers, DHCP, routes"));
    EXPECT_TRUE(mentions(plan("ip-reset"), "after the reset"));
    EXPECT_TRUE(mentions(plan("flush-dns"), "DnsFlushResolverCache"));
    EXPECT_TRUE(mentions(plan("restart-adapter:{4D36E972-E325-11CE-BFC1-08002BE10318}"),
                         "disable the device of adapter {4D36E972-E325-11CE-BFC1-08002BE10318}"));
    EXPECT_TRUE(mentions(plan("restart-service:Spooler"), "stop Spooler"));
}
