// The remote-session refusal: which fixes may run when wsafix runs over SSH or Remote Desktop.
#include "diagnostics/fix/RemoteSession.h"

#include "diagnostics/fix/ElevatedFix.h"
#include "diagnostics/fix/ResumeEntry.h"

#include <gtest/gtest.h>

using namespace wsafix;

namespace {

// What the engine writes for a path: absolute (a drive is added on Windows), UTF-8.
std::string absoluteText(const std::string& path)
{
    const auto text = std::filesystem::absolute(path).u8string();
    return std::string(text.begin(), text.end());
}

RemoteSession sshOver(const std::string& ifname)
{
    return sshSession("192.0.2.10 50522 192.0.2.1 22", ifname);
}

} // namespace

TEST(RemoteSession, ReadsSshConnection)
{
    const RemoteSession s = sshOver("eth0");
    EXPECT_EQ(s.kind, RemoteSession::Kind::Known);
    EXPECT_EQ(s.interfaceName, "eth0");
    EXPECT_EQ(s.description, "the SSH connection from 192.0.2.10 port 50522 to 192.0.2.1 port 22");
    EXPECT_EQ(sshSession("fd00::1 41000 fd00::2 2222", "ens3").interfaceName, "ens3");
}

TEST(RemoteSession, AnSshSessionWhoseAdapterCannotBeToldIsSaidSo)
{
    EXPECT_EQ(sshOver("").kind, RemoteSession::Kind::CannotTell);
    EXPECT_NE(sshOver("").description.find("no interface here holds"), std::string::npos);
    const RemoteSession garbled = sshSession("192.0.2.10 50522", "eth0");
    EXPECT_EQ(garbled.kind, RemoteSession::Kind::CannotTell);
    EXPECT_NE(garbled.description.find("is not 'client port server port'"), std::string::npos);
}

TEST(RemoteSession, RefusesToCutTheAdapterOfTheSessionWithoutTheGuard)
{
    const auto why = remoteSessionRefusal("restart-adapter:eth0", true, sshOver("eth0"), false);
    EXPECT_NE(why.find("would take down eth0, the adapter that carries the SSH connection from 192.0.2.10"),
              std::string::npos)
        << why;
    EXPECT_NE(why.find("auto-revert guard"), std::string::npos) << why;
    // Armed: allowed (the watchdog puts it back unless confirmed).
    EXPECT_EQ(remoteSessionRefusal("restart-adapter:eth0", true, sshOver("eth0"), true), "");
}

TEST(RemoteSession, OtherAdaptersAndHarmlessFixesRun)
{
    EXPECT_EQ(remoteSessionRefusal("restart-adapter:eth1", true, sshOver("eth0"), false), "");
    EXPECT_EQ(remoteSessionRefusal("flush-dns", false, sshOver("eth0"), false), "");
    EXPECT_EQ(remoteSessionRefusal("reapply-ip:eth0", true, RemoteSession{}, false), "");
}

TEST(RemoteSession, AnUnknownAdapterCountsAsTheSessionsOwn)
{
    const auto why = remoteSessionRefusal("reapply-ip:eth1", true, sshOver(""), false);
    EXPECT_NE(why.find("wsafix runs in a remote session"), std::string::npos) << why;
}

TEST(RemoteSession, WindowsAdaptersAreComparedByGuid)
{
    RemoteSession rdp;
    rdp.kind = RemoteSession::Kind::Known;
    rdp.interfaceName = "{4D36E972-E325-11CE-BFC1-08002BE10318}";
    rdp.description = "the Remote Desktop session from 192.0.2.7";
    EXPECT_NE(remoteSessionRefusal("restart-adapter:{4d36e972-e325-11ce-bfc1-08002be10318}", true, rdp, false), "");
    EXPECT_EQ(remoteSessionRefusal("restart-adapter:{00000001-0000-0000-0000-4E6574446576}", true, rdp, false), "");
}

TEST(ElevatedFix, RelaunchesTheFixStepOnTheSameSessionAndStateDirectory)
{
    const auto args = elevatedFixArguments({"restart-adapter:eth0", "flush-dns"}, "S1", "/home/u/.local/state/wsafix",
                                           std::chrono::seconds(30));
    EXPECT_EQ(args, (std::vector<std::string>{"fix", "restart-adapter:eth0", "flush-dns", "--session", "S1", "--yes",
                                              "--state-dir", absoluteText("/home/u/.local/state/wsafix"),
                                              "--guard-timeout", "30"}));
}

TEST(ResumeEntry, ResumesTheSessionInItsStateDirectory)
{
    EXPECT_EQ(resumeArguments("S1", "/srv/state", ""),
              (std::vector<std::string>{"--resume", "S1", "--state-dir", absoluteText("/srv/state")}));
    EXPECT_EQ(resumeArguments("S1", "/srv/state", "lsp-adware"),
              (std::vector<std::string>{"--resume", "S1", "--state-dir", absoluteText("/srv/state"), "--scenario",
                                        "lsp-adware"}));
}
