#include "diagnostics/platform/linux/TcpConnectProbe.h"

#include "diagnostics/HostNames.h"

#include "diagnostics/platform/linux/Errno.h"
#include "diagnostics/platform/linux/UniqueFd.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <future>
#include <memory>
#include <netdb.h>
#include <netinet/in.h>
#include <optional>
#include <poll.h>
#include <sys/socket.h>
#include <thread>

namespace wsafix::lnx {

namespace {

using Clock = std::chrono::steady_clock;

struct AddrInfoDeleter
{
    void operator()(addrinfo* list) const { ::freeaddrinfo(list); }
};
using AddrInfoList = std::unique_ptr<addrinfo, AddrInfoDeleter>;

struct Resolution
{
    AddrInfoList list;
    int error = 0;
};

// getaddrinfo has no time limit of its own; it runs on a thread of its own so that a slow
// resolver cannot hold the probe past `timeout` (the thread finishes by itself later).
std::optional<Resolution> resolve(const std::string& host, std::uint16_t port, Clock::time_point deadline)
{
    std::promise<Resolution> promise;
    std::future<Resolution> future = promise.get_future();
    std::thread([host, port, p = std::move(promise)]() mutable {
        addrinfo hints{};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        hints.ai_protocol = IPPROTO_TCP;
        hints.ai_flags = AI_NUMERICSERV;
        addrinfo* list = nullptr;
        Resolution r;
        r.error = ::getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &list);
        r.list.reset(r.error == 0 ? list : nullptr);
        p.set_value(std::move(r));
    }).detach();
    if (future.wait_until(deadline) != std::future_status::ready)
        return std::nullopt;
    return future.get();
}

std::string addressText(const addrinfo& ai)
{
    sockaddr_storage storage{};
    std::memcpy(&storage, ai.ai_addr, std::min<std::size_t>(ai.ai_addrlen, sizeof storage));
    sockaddr_in v4{};
    sockaddr_in6 v6{};
    std::memcpy(&v4, &storage, sizeof v4);
    std::memcpy(&v6, &storage, sizeof v6);
    char text[INET6_ADDRSTRLEN] = {};
    const void* where =
        ai.ai_family == AF_INET ? static_cast<const void*>(&v4.sin_addr) : static_cast<const void*>(&v6.sin6_addr);
    return ::inet_ntop(ai.ai_family, where, text, sizeof text) ? std::string(text) : std::string();
}

// errno of one connection attempt, 0 when connected.
int attempt(const addrinfo& ai, Clock::time_point deadline)
{
    UniqueFd fd(::socket(ai.ai_family, ai.ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, ai.ai_protocol));
    if (!fd)
        return errno;
    if (::connect(fd.get(), ai.ai_addr, ai.ai_addrlen) == 0)
        return 0;
    if (errno != EINPROGRESS && errno != EINTR)
        return errno;
    for (;;) {
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0)
            return ETIMEDOUT;
        pollfd p{fd.get(), POLLOUT, 0};
        const int ready = ::poll(&p, 1, static_cast<int>(left));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready < 0)
            return errno;
        if (ready == 0)
            return ETIMEDOUT;
        int error = 0;
        socklen_t length = sizeof error;
        if (::getsockopt(fd.get(), SOL_SOCKET, SO_ERROR, &error, &length) != 0)
            return errno;
        return error;
    }
}

} // namespace

TcpProbeResult probeTcpConnect(const std::string& host, std::uint16_t port, std::chrono::milliseconds timeout)
{
    TcpProbeResult result;
    const auto start = Clock::now();
    const auto deadline = start + timeout;
    const auto elapsed = [&] { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); };

    if (isReservedInvalidName(host)) { // RFC 6761: answered here, no query leaves the machine
        result.errorCode = EAI_NONAME;
        result.error = std::string(::gai_strerror(EAI_NONAME));
        return result;
    }
    const std::optional<Resolution> resolution = resolve(host, port, deadline);
    if (!resolution || resolution->error != 0) {
        // errorCode is the resolver's EAI_* code here, not an errno.
        result.errorCode = resolution ? resolution->error : EAI_AGAIN;
        result.error = resolution ? std::string(::gai_strerror(resolution->error))
                                  : "name resolution did not finish within " + std::to_string(timeout.count()) + " ms";
        result.milliseconds = elapsed();
        return result;
    }
    result.resolved = true;
    int error = ETIMEDOUT;
    for (const addrinfo* ai = resolution->list.get(); ai; ai = ai->ai_next) {
        if (ai->ai_family != AF_INET && ai->ai_family != AF_INET6)
            continue;
        result.address = addressText(*ai);
        error = attempt(*ai, deadline);
        if (error == 0 || Clock::now() >= deadline)
            break;
    }
    result.milliseconds = elapsed();
    result.connected = error == 0;
    result.errorCode = error;
    result.error = error == 0 ? std::string() : errnoName(error);
    return result;
}

} // namespace wsafix::lnx
