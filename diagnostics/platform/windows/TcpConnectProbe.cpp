#include "diagnostics/platform/windows/TcpConnectProbe.h"

#include "diagnostics/HostNames.h"

#include "diagnostics/platform/windows/AddressText.h"
#include "diagnostics/platform/windows/ErrorNames.h"
#include "diagnostics/platform/windows/NameResolver.h"
#include "diagnostics/platform/windows/UniqueSocket.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <winsock2.h>
#include <ws2tcpip.h>

#include <algorithm>
#include <cctype>

namespace wsafix::win {
namespace {

using Clock = std::chrono::steady_clock;

void setError(TcpProbeResult& result, int code)
{
    result.errorCode = code;
    result.error = winsockErrorText(code);
}

/// One non-blocking connect, bounded by `deadline`; returns 0 or the WSA error.
int connectOnce(const ADDRINFOW& address, Clock::time_point deadline)
{
    UniqueSocket socket(::socket(address.ai_family, address.ai_socktype, address.ai_protocol));
    if (!socket)
        return WSAGetLastError();
    u_long nonBlocking = 1;
    if (ioctlsocket(socket.get(), FIONBIO, &nonBlocking) != 0)
        return WSAGetLastError();
    if (connect(socket.get(), address.ai_addr, static_cast<int>(address.ai_addrlen)) == 0)
        return 0;
    if (const int error = WSAGetLastError(); error != WSAEWOULDBLOCK)
        return error;

    const auto left = std::chrono::duration_cast<std::chrono::microseconds>(deadline - Clock::now());
    const auto micros = std::max<long long>(left.count(), 0);
    timeval wait{static_cast<long>(micros / 1000000), static_cast<long>(micros % 1000000)};
    // Filled by hand: FD_SET is a macro full of old-style casts. A refused connect on Windows
    // shows up in the except set, not the write set.
    fd_set writable{};
    writable.fd_count = 1;
    writable.fd_array[0] = socket.get();
    fd_set failed = writable;
    const int ready = select(0, nullptr, &writable, &failed, &wait);
    if (ready == SOCKET_ERROR)
        return WSAGetLastError();
    if (ready == 0)
        return WSAETIMEDOUT;
    int error = 0;
    int length = sizeof error;
    if (getsockopt(socket.get(), SOL_SOCKET, SO_ERROR, reinterpret_cast<char*>(&error), &length) != 0)
        return WSAGetLastError();
    return error;
}

} // namespace

TcpProbeResult probeTcp(const std::string& host, std::uint16_t port, std::chrono::milliseconds timeout)
{
    TcpProbeResult result;
    const auto start = Clock::now();
    const auto deadline = start + timeout;
    const auto elapsed = [](Clock::time_point since) {
        return std::chrono::duration<double, std::milli>(Clock::now() - since).count();
    };

    if (isReservedInvalidName(host)) {
        setError(result, WSAHOST_NOT_FOUND);
        return result;
    }
    ADDRINFOW hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_protocol = IPPROTO_TCP;
    ADDRINFOW* found = nullptr;
    const std::wstring service = std::to_wstring(port);
    if (const int error = GetAddrInfoW(toUtf16(host).c_str(), service.c_str(), &hints, &found); error != 0) {
        result.milliseconds = elapsed(start);
        setError(result, error);
        return result;
    }
    const AddrInfoList addresses(found);
    result.resolved = true;

    for (const ADDRINFOW* address = addresses.get(); address; address = address->ai_next) {
        result.address = addressText(address->ai_addr);
        const auto attempt = Clock::now();
        const int error = connectOnce(*address, deadline);
        result.milliseconds = elapsed(attempt);
        if (error == 0) {
            result.connected = true;
            result.errorCode = 0;
            result.error.clear();
            return result;
        }
        setError(result, error);
        if (error == WSAETIMEDOUT || Clock::now() >= deadline)
            break;
    }
    return result;
}

} // namespace wsafix::win
