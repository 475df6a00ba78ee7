#include "diagnostics/fix/RemoteSession.h"

#include "diagnostics/platform/windows/Guid.h"

// winsock2.h before windows.h, and the IP Helper headers after both.
#include <winsock2.h>

#include <ws2tcpip.h>

#include <windows.h>

#include <iphlpapi.h>
#include <netioapi.h>
#include <wtsapi32.h>

#include <cstring>

namespace wsafix {
namespace {

// WTSClientProtocolType: 0 the console, 1 an ICA (Citrix) session, 2 an RDP session.
constexpr USHORT kProtocolConsole = 0;
constexpr USHORT kProtocolRdp = 2;

template <class T> bool querySession(WTS_INFO_CLASS what, T& value)
{
    LPWSTR buffer = nullptr;
    DWORD size = 0;
    if (!WTSQuerySessionInformationW(WTS_CURRENT_SERVER_HANDLE, WTS_CURRENT_SESSION, what, &buffer, &size) || !buffer)
        return false;
    const bool ok = size >= sizeof(T);
    if (ok)
        std::memcpy(&value, buffer, sizeof(T));
    WTSFreeMemory(buffer);
    return ok;
}

// The client address of the session and the adapter (GUID) this machine uses to reach it, or why not.
struct ClientRoute
{
    std::string address;
    std::string adapterGuid;
    std::string problem;
};

ClientRoute routeToClient(const WTS_CLIENT_ADDRESS& client)
{
    ClientRoute route;
    sockaddr_storage target{};
    char text[INET6_ADDRSTRLEN] = {};
    if (client.AddressFamily == AF_INET) {
        auto* sin = reinterpret_cast<sockaddr_in*>(&target);
        sin->sin_family = AF_INET;
        // WTS_CLIENT_ADDRESS keeps an IPv4 address in bytes 2 to 5 (after a port that is always zero).
        std::memcpy(&sin->sin_addr, client.Address + 2, 4);
        inet_ntop(AF_INET, &sin->sin_addr, text, sizeof text);
    } else if (client.AddressFamily == AF_INET6) {
        auto* sin6 = reinterpret_cast<sockaddr_in6*>(&target);
        sin6->sin6_family = AF_INET6;
        std::memcpy(&sin6->sin6_addr, client.Address, 16);
        inet_ntop(AF_INET6, &sin6->sin6_addr, text, sizeof text);
    } else {
        route.problem = "its client address has address family " + std::to_string(client.AddressFamily);
        return route;
    }
    route.address = text;
    DWORD index = 0;
    NET_LUID luid{};
    GUID guid{};
    if (GetBestInterfaceEx(reinterpret_cast<sockaddr*>(&target), &index) != NO_ERROR ||
        ConvertInterfaceIndexToLuid(index, &luid) != NO_ERROR || ConvertInterfaceLuidToGuid(&luid, &guid) != NO_ERROR) {
        route.problem = "no adapter here routes to its client " + route.address;
        return route;
    }
    route.adapterGuid = win::guidText(guid);
    return route;
}

} // namespace

RemoteSession currentRemoteSession()
{
    RemoteSession session;
    USHORT protocol = kProtocolConsole;
    const bool known = querySession(WTSClientProtocolType, protocol);
    // SM_REMOTESESSION as a second opinion: a service or a session that WTS does not describe.
    if ((!known || protocol == kProtocolConsole) && GetSystemMetrics(SM_REMOTESESSION) == 0)
        return session;
    const std::string what = protocol == kProtocolRdp ? "the Remote Desktop session" : "the remote session";
    WTS_CLIENT_ADDRESS client{};
    if (!querySession(WTSClientAddress, client)) {
        session.kind = RemoteSession::Kind::CannotTell;
        session.description = what + ", whose client address Windows does not tell";
        return session;
    }
    const ClientRoute route = routeToClient(client);
    if (route.adapterGuid.empty()) {
        session.kind = RemoteSession::Kind::CannotTell;
        session.description = what + ", " + route.problem;
        return session;
    }
    session.kind = RemoteSession::Kind::Known;
    session.interfaceName = route.adapterGuid;
    session.description = what + " from " + route.address;
    return session;
}

} // namespace wsafix
