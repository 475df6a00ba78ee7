#include "diagnostics/platform/linux/TcpConnectProbe.h"

#include "diagnostics/HostNames.h"

#include "diagnostics/platform/linux/Errno.h"
#include "diagnostics/platform/linux/NameResolver.h"
#include "diagnostics/platform/linux/UniqueFd.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <netdb.h>
#include <netinet/in.h>
#include <optional>
#include <poll.h>
#include <sys/socket.h>

namespace wsafix::lnx {

namespace {

using Clock = std::chrono::steady_clock;

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
    const std::optional<Resolution> resolution = resolveTcp(host, port, deadline);
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
