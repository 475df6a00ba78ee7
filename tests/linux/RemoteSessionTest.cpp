// The SSH session wsafix runs in, read from this machine: $SSH_CONNECTION and the interface holding its address.
#include "diagnostics/fix/RemoteSession.h"

#include "ScopedEnv.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <fstream>
#include <sstream>

using namespace wsafix;

TEST(LinuxRemoteSession, WithoutSshConnectionTheSocketTableOfAnSshdAncestorDecides)
{
    test::ScopedEnv none("SSH_CONNECTION", std::nullopt);
    const RemoteSession s = currentRemoteSession();
    // Run over SSH (a CI runner may be), the session is still found through sshd's established connection.
    bool sshdAbove = false;
    for (long pid = ::getppid(); pid > 1 && !sshdAbove;) {
        std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
        std::string stat;
        std::getline(in, stat);
        const auto close = stat.rfind(')');
        sshdAbove = stat.find("(sshd") != std::string::npos;
        std::istringstream rest(close == std::string::npos ? std::string() : stat.substr(close + 1));
        std::string state;
        pid = 0;
        rest >> state >> pid;
    }
    if (sshdAbove)
        EXPECT_NE(s.kind, RemoteSession::Kind::None) << "an sshd is an ancestor of this test";
    else
        EXPECT_EQ(s.kind, RemoteSession::Kind::None) << s.description;
}

TEST(LinuxRemoteSession, TheServerAddressNamesTheInterface)
{
    test::ScopedEnv ssh("SSH_CONNECTION", std::string("127.0.0.1 50522 127.0.0.1 22"));
    const RemoteSession s = currentRemoteSession();
    EXPECT_EQ(s.kind, RemoteSession::Kind::Known) << s.description;
    EXPECT_EQ(s.interfaceName, "lo");
    EXPECT_EQ(remoteSessionRefusal("restart-adapter:lo", true, s, false).empty(), false);
}

TEST(LinuxRemoteSession, AnAddressNoInterfaceHoldsCannotBeTold)
{
    // 192.0.2.0/24 is TEST-NET-1: never configured here.
    test::ScopedEnv ssh("SSH_CONNECTION", std::string("192.0.2.10 50522 192.0.2.1 22"));
    const RemoteSession s = currentRemoteSession();
    EXPECT_EQ(s.kind, RemoteSession::Kind::CannotTell);
    EXPECT_NE(remoteSessionRefusal("reapply-ip:eth0", true, s, false), "");
}
