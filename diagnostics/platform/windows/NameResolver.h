#pragma once
// Name resolution on Windows (GetAddrInfoW), shared by probeTcp() and resolve(). GetAddrInfoW has no time limit
// of its own; the system resolver's own limits bound it.

#include "diagnostics/Inventory.h"

#include <winsock2.h>
#include <ws2tcpip.h>

#include <chrono>
#include <memory>
#include <string>

namespace wsafix::win {

struct AddrInfoFree
{
    void operator()(ADDRINFOW* info) const { FreeAddrInfoW(info); }
};
using AddrInfoList = std::unique_ptr<ADDRINFOW, AddrInfoFree>;

/// resolve() of WindowsSystem: the addresses of `host`. ".invalid" names are answered without a query
/// (RFC 6761). Needs WSAStartup done.
NameResolution resolveName(const std::string& host);

} // namespace wsafix::win
