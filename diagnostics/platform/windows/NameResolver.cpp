#include "diagnostics/platform/windows/NameResolver.h"

#include "diagnostics/HostNames.h"

#include "diagnostics/platform/windows/AddressText.h"
#include "diagnostics/platform/windows/ErrorNames.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <algorithm>

namespace wsafix::win {

NameResolution resolveName(const std::string& host)
{
    using Clock = std::chrono::steady_clock;
    NameResolution result;
    const auto fail = [&result](int code) {
        result.errorCode = code;
        result.error = winsockErrorText(code);
    };
    if (isReservedInvalidName(host)) {
        fail(WSAHOST_NOT_FOUND);
        return result;
    }
    const auto start = Clock::now();
    ADDRINFOW hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_protocol = IPPROTO_TCP;
    ADDRINFOW* found = nullptr;
    const int error = GetAddrInfoW(toUtf16(host).c_str(), nullptr, &hints, &found);
    result.milliseconds = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    if (error != 0) {
        fail(error);
        return result;
    }
    const AddrInfoList addresses(found);
    for (const ADDRINFOW* a = addresses.get(); a; a = a->ai_next) {
        const std::string text = addressText(a->ai_addr);
        if (!text.empty() &&
            std::find(result.addresses.begin(), result.addresses.end(), text) == result.addresses.end())
            result.addresses.push_back(text);
    }
    result.resolved = !result.addresses.empty();
    if (!result.resolved)
        fail(WSANO_DATA);
    return result;
}

} // namespace wsafix::win
