#pragma once
/// @file DnsResolverCache.h
/// @brief The flush-dns primitive: DnsFlushResolverCache from dnsapi, looked up at run time (it is exported but
/// not declared by mingw-w64, and not every system has it).

#include "diagnostics/platform/windows/ActionResult.h"

namespace wsafix::win {

/// Done when dnsapi flushed its cache; Unavailable without dnsapi or the function; Failed when it returns FALSE;
/// CouldNotVerify with Wine's dnsapi, which has no resolver cache and only reports success.
ActionResult flushDnsResolverCache();

} // namespace wsafix::win
