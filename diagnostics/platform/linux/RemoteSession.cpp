#include "diagnostics/fix/RemoteSession.h"

#include "diagnostics/platform/linux/ProcNetListing.h"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <netinet/in.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace wsafix {
namespace {

// The interface holding `address` (IPv4 or IPv6, an optional %scope ignored), or empty.
std::string interfaceHolding(std::string address)
{
    if (const auto pct = address.find('%'); pct != std::string::npos)
        address.resize(pct);
    // A dual-stack sshd sees IPv4 clients as IPv4-mapped IPv6 addresses.
    if (address.rfind("::ffff:", 0) == 0 && address.find('.') != std::string::npos)
        address.erase(0, 7);
    in_addr v4{};
    in6_addr v6{};
    const bool isV4 = inet_pton(AF_INET, address.c_str(), &v4) == 1;
    const bool isV6 = !isV4 && inet_pton(AF_INET6, address.c_str(), &v6) == 1;
    if (!isV4 && !isV6)
        return {};
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) != 0)
        return {};
    std::string name;
    for (const ifaddrs* a = list; a && name.empty(); a = a->ifa_next) {
        if (!a->ifa_addr)
            continue;
        if (isV4 && a->ifa_addr->sa_family == AF_INET) {
            sockaddr_in sin{};
            std::memcpy(&sin, a->ifa_addr, sizeof sin);
            if (sin.sin_addr.s_addr == v4.s_addr)
                name = a->ifa_name;
        } else if (isV6 && a->ifa_addr->sa_family == AF_INET6) {
            sockaddr_in6 sin6{};
            std::memcpy(&sin6, a->ifa_addr, sizeof sin6);
            if (std::memcmp(&sin6.sin6_addr, &v6, sizeof v6) == 0)
                name = a->ifa_name;
        }
    }
    freeifaddrs(list);
    return name;
}

// The parent pid and command name of `pid` from /proc/PID/stat ("pid (comm) state ppid ..."), or ppid 0.
std::pair<long, std::string> parentAndName(long pid)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string stat;
    std::getline(in, stat);
    const auto open = stat.find('(');
    const auto close = stat.rfind(')');
    if (open == std::string::npos || close == std::string::npos || close < open)
        return {0, {}};
    std::istringstream rest(stat.substr(close + 1));
    std::string state;
    long ppid = 0;
    rest >> state >> ppid;
    return {ppid, stat.substr(open + 1, close - open - 1)};
}

// The nearest sshd among this process's ancestors, or 0. Survives sudo and pkexec, which clear $SSH_CONNECTION.
long sshdAncestor()
{
    long pid = ::getppid();
    for (int depth = 0; pid > 1 && depth < 64; ++depth) {
        const auto [ppid, name] = parentAndName(pid);
        if (name == "sshd" || name.rfind("sshd-", 0) == 0)
            return pid;
        pid = ppid;
    }
    return 0;
}

// The socket inodes `pid` holds open.
std::set<std::uint64_t> socketInodes(long pid)
{
    std::set<std::uint64_t> inodes;
    std::error_code ec;
    for (const auto& fd : std::filesystem::directory_iterator("/proc/" + std::to_string(pid) + "/fd", ec)) {
        std::error_code linkError;
        const std::string target = std::filesystem::read_symlink(fd.path(), linkError).string();
        if (!linkError && target.rfind("socket:[", 0) == 0)
            inodes.insert(std::strtoull(target.c_str() + 8, nullptr, 10));
    }
    return inodes;
}

// The session from the socket table: the established TCP connection of the sshd above us, as SSH_CONNECTION
// would describe it.
RemoteSession sessionOfSshd(long sshd)
{
    const auto inodes = socketInodes(sshd);
    std::vector<lnx::KernelSocket> sockets;
    if (!inodes.empty() && lnx::listSocketsByProcNet(sockets, "/proc/" + std::to_string(sshd) + "/net").empty()) {
        for (const auto& s : sockets) {
            if (s.entry.transport != Transport::Tcp || s.entry.state != TcpState::Established || !inodes.count(s.inode))
                continue;
            const std::string value = s.entry.remoteAddress + " " + std::to_string(s.entry.remotePort) + " " +
                                      s.entry.localAddress + " " + std::to_string(s.entry.localPort);
            return sshSession(value, interfaceHolding(s.entry.localAddress));
        }
    }
    RemoteSession session;
    session.kind = RemoteSession::Kind::CannotTell;
    session.description = "an SSH session (sshd, process " + std::to_string(sshd) +
                          ", is an ancestor of wsafix) whose connection cannot be read";
    return session;
}

} // namespace

RemoteSession currentRemoteSession()
{
    const char* value = std::getenv("SSH_CONNECTION");
    if (!value || !*value) {
        const long sshd = sshdAncestor();
        return sshd ? sessionOfSshd(sshd) : RemoteSession{};
    }
    std::istringstream in(value);
    std::string client, clientPort, server;
    in >> client >> clientPort >> server;
    return sshSession(value, interfaceHolding(server));
}

} // namespace wsafix
