#include "diagnostics/platform/linux/NameResolver.h"

#include "diagnostics/HostNames.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cstring>
#include <future>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>

namespace wsafix::lnx {

std::optional<Resolution> resolveTcp(const std::string& host, std::uint16_t port,
                                     std::chrono::steady_clock::time_point deadline)
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

NameResolution resolveName(const std::string& host, std::chrono::milliseconds timeout)
{
    using Clock = std::chrono::steady_clock;
    NameResolution result;
    const auto start = Clock::now();
    if (isReservedInvalidName(host)) { // RFC 6761: answered here, no query leaves the machine
        result.errorCode = EAI_NONAME;
        result.error = ::gai_strerror(EAI_NONAME);
        return result;
    }
    // Port 0 only fills the service field; the answer is the addresses.
    const std::optional<Resolution> resolution = resolveTcp(host, 0, start + timeout);
    result.milliseconds = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    if (!resolution || resolution->error != 0) {
        result.errorCode = resolution ? resolution->error : EAI_AGAIN;
        result.error = resolution ? std::string(::gai_strerror(resolution->error))
                                  : "name resolution did not finish within " + std::to_string(timeout.count()) + " ms";
        return result;
    }
    for (const addrinfo* ai = resolution->list.get(); ai; ai = ai->ai_next) {
        const std::string text = addressText(*ai);
        if (!text.empty() &&
            std::find(result.addresses.begin(), result.addresses.end(), text) == result.addresses.end())
            result.addresses.push_back(text);
    }
    result.resolved = !result.addresses.empty();
    if (!result.resolved) {
        result.errorCode = EAI_NONAME;
        result.error = "the name resolved to no IPv4 or IPv6 address";
    }
    return result;
}

} // namespace wsafix::lnx
