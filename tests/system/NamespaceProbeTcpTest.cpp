// probeTcp() across the veth pair: connected, refused, and unreachable once the link is down.
#include "NamespacePair.h"
#include "OwnerProcess.h"

#include "diagnostics/platform/linux/LinuxSystem.h"

#include <cerrno>
#include <sys/socket.h>

using namespace wsafix;
using namespace wsafix::systemtest;
using namespace std::chrono_literals;

using NamespaceProbeTcp = NamespacePair;

TEST_F(NamespaceProbeTcp, ConnectsRefusesAndFindsNoRoute)
{
    OwnerProcess listener(a(), "wsafix-listen", [](int report) {
        const int fd = boundSocket(SOCK_STREAM, kAddressA, 0);
        // A second socket bound without listening holds a port that refuses connections.
        const int closed = boundSocket(SOCK_STREAM, kAddressA, 0);
        return fd >= 0 && closed >= 0 && ::listen(fd, 4) == 0 &&
               OwnerProcess::reportLine(report,
                                        std::to_string(boundPort(fd)) + " " + std::to_string(boundPort(closed)));
    });
    const std::string ports = listener.readLine();
    const auto open = static_cast<std::uint16_t>(std::stoi(ports));
    const auto closed = static_cast<std::uint16_t>(std::stoi(ports.substr(ports.find(' ') + 1)));

    const auto ok = inNamespace(b(), [&] { return LinuxSystem().probeTcp(kAddressA, open, 3000ms); });
    EXPECT_TRUE(ok.connected) << ok.error;
    EXPECT_EQ(ok.address, kAddressA);

    const auto refused = inNamespace(b(), [&] { return LinuxSystem().probeTcp(kAddressA, closed, 3000ms); });
    EXPECT_FALSE(refused.connected);
    EXPECT_EQ(refused.error, "ECONNREFUSED");

    // Down, the link loses its connected route: there is no way to A at all.
    b().ip({"link", "set", "dev", "vb", "down"});
    const auto unreachable = inNamespace(b(), [&] { return LinuxSystem().probeTcp(kAddressA, open, 3000ms); });
    EXPECT_FALSE(unreachable.connected);
    EXPECT_EQ(unreachable.errorCode, ENETUNREACH) << unreachable.error;
    EXPECT_LT(unreachable.milliseconds, 1000.0);
}
