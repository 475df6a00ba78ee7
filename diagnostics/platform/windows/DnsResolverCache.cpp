#include "diagnostics/platform/windows/DnsResolverCache.h"

#include "diagnostics/platform/windows/ErrorNames.h"
#include "diagnostics/platform/windows/WineBuiltin.h"

#include <windows.h>

namespace wsafix::win {

ActionResult flushDnsResolverCache()
{
    // From the system directory only: a dnsapi.dll next to the program or on PATH is not the system's.
    const HMODULE dnsapi = LoadLibraryExW(L"dnsapi.dll", nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32);
    if (!dnsapi)
        return ActionResult::unavailable("dnsapi.dll could not be loaded: " + describeWin32Error(GetLastError()));
    using FlushFn = BOOL(WINAPI*)();
    const auto flush =
        reinterpret_cast<FlushFn>(reinterpret_cast<void (*)()>(GetProcAddress(dnsapi, "DnsFlushResolverCache")));
    ActionResult result;
    if (!flush) {
        result = ActionResult::unavailable("dnsapi.dll has no DnsFlushResolverCache");
    } else if (!flush()) {
        result = ActionResult::failure("DnsFlushResolverCache failed: " + describeWin32Error(GetLastError()));
    } else if (isWineBuiltinModule(dnsapi)) {
        result = ActionResult::unverified("DnsFlushResolverCache returned success, but this is Wine's dnsapi, "
                                          "which keeps no resolver cache");
    } else {
        result = ActionResult::success("the DNS resolver cache was flushed");
    }
    FreeLibrary(dnsapi);
    return result;
}

} // namespace wsafix::win
