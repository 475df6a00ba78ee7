#pragma once
// Name resolution on Linux with a time limit: getaddrinfo has none of its own, so it runs on a thread of its
// own and the caller stops waiting at the deadline. Shared by probeTcp() and resolve().

#include "diagnostics/Inventory.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <netdb.h>
#include <optional>
#include <string>

namespace wsafix::lnx {

struct AddrInfoDeleter
{
    void operator()(addrinfo* list) const { ::freeaddrinfo(list); }
};
using AddrInfoList = std::unique_ptr<addrinfo, AddrInfoDeleter>;

/// getaddrinfo's answer: the list, or its EAI_* error.
struct Resolution
{
    AddrInfoList list;
    int error = 0;
};

/// TCP addresses of host:port; nothing when the resolver has not answered by `deadline` (its thread finishes
/// by itself later).
std::optional<Resolution> resolveTcp(const std::string& host, std::uint16_t port,
                                     std::chrono::steady_clock::time_point deadline);

/// The numeric text of an IPv4 or IPv6 address of `ai`; empty for other families.
std::string addressText(const addrinfo& ai);

/// resolve() of LinuxSystem: the addresses of `host`, bounded by `timeout`. ".invalid" names are answered
/// without a query (RFC 6761).
NameResolution resolveName(const std::string& host, std::chrono::milliseconds timeout);

} // namespace wsafix::lnx
