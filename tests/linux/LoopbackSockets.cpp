#include "LoopbackSockets.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <stdexcept>
#include <sys/socket.h>

namespace wsafix::test {

namespace {

struct Address
{
    sockaddr_storage storage{};
    socklen_t length = 0;
};

Address loopback(int family, std::uint16_t port)
{
    Address a;
    if (family == AF_INET) {
        sockaddr_in v4{};
        v4.sin_family = AF_INET;
        v4.sin_port = htons(port);
        v4.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        std::memcpy(&a.storage, &v4, sizeof v4);
        a.length = sizeof v4;
    } else {
        sockaddr_in6 v6{};
        v6.sin6_family = AF_INET6;
        v6.sin6_port = htons(port);
        v6.sin6_addr = in6addr_loopback;
        std::memcpy(&a.storage, &v6, sizeof v6);
        a.length = sizeof v6;
    }
    return a;
}

const sockaddr* asSockaddr(const Address& a)
{
    return reinterpret_cast<const sockaddr*>(&a.storage);
}

UniqueFd checked(int fd, const char* what)
{
    if (fd < 0)
        throw std::runtime_error(std::string(what) + ": " + std::strerror(errno));
    return UniqueFd(fd);
}

} // namespace

std::string loopbackAddress(int family)
{
    return family == AF_INET ? "127.0.0.1" : "::1";
}

bool haveIpv6Loopback()
{
    UniqueFd fd(::socket(AF_INET6, SOCK_STREAM | SOCK_CLOEXEC, 0));
    const Address a = loopback(AF_INET6, 0);
    return fd && ::bind(fd.get(), asSockaddr(a), a.length) == 0;
}

UniqueFd tcpBound(int family, int backlog)
{
    UniqueFd fd = checked(::socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0), "socket");
    const Address a = loopback(family, 0);
    if (::bind(fd.get(), asSockaddr(a), a.length) != 0)
        throw std::runtime_error(std::string("bind: ") + std::strerror(errno));
    if (backlog >= 0 && ::listen(fd.get(), backlog) != 0)
        throw std::runtime_error(std::string("listen: ") + std::strerror(errno));
    return fd;
}

UniqueFd tcpConnect(int family, std::uint16_t port)
{
    UniqueFd fd = checked(::socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0), "socket");
    const Address a = loopback(family, port);
    if (::connect(fd.get(), asSockaddr(a), a.length) != 0)
        throw std::runtime_error(std::string("connect: ") + std::strerror(errno));
    return fd;
}

UniqueFd udpBound(int family, std::uint16_t peerPort)
{
    UniqueFd fd = checked(::socket(family, SOCK_DGRAM | SOCK_CLOEXEC, 0), "socket");
    const Address a = loopback(family, 0);
    if (::bind(fd.get(), asSockaddr(a), a.length) != 0)
        throw std::runtime_error(std::string("bind: ") + std::strerror(errno));
    if (peerPort != 0) {
        const Address peer = loopback(family, peerPort);
        if (::connect(fd.get(), asSockaddr(peer), peer.length) != 0)
            throw std::runtime_error(std::string("connect: ") + std::strerror(errno));
    }
    return fd;
}

std::uint16_t localPort(int fd)
{
    sockaddr_storage storage{};
    socklen_t length = sizeof storage;
    if (::getsockname(fd, reinterpret_cast<sockaddr*>(&storage), &length) != 0)
        throw std::runtime_error(std::string("getsockname: ") + std::strerror(errno));
    if (storage.ss_family == AF_INET) {
        sockaddr_in v4;
        std::memcpy(&v4, &storage, sizeof v4);
        return ntohs(v4.sin_port);
    }
    sockaddr_in6 v6;
    std::memcpy(&v6, &storage, sizeof v6);
    return ntohs(v6.sin6_port);
}

} // namespace wsafix::test
