#include "diagnostics/platform/windows/AddressText.h"

#include <ws2tcpip.h>

namespace wsafix::win {

std::string addressText(const sockaddr* address)
{
    char text[INET6_ADDRSTRLEN] = {};
    if (!address)
        return {};
    // Only the address itself: the text form carries no zone id (sin6_scope_id is left out).
    if (address->sa_family == AF_INET)
        inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in*>(address)->sin_addr, text, sizeof text);
    else if (address->sa_family == AF_INET6)
        inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6*>(address)->sin6_addr, text, sizeof text);
    return text;
}

std::optional<SOCKADDR_INET> parseAddress(const std::string& text)
{
    SOCKADDR_INET address{};
    if (inet_pton(AF_INET, text.c_str(), &address.Ipv4.sin_addr) == 1) {
        address.si_family = AF_INET;
        return address;
    }
    address = {};
    if (inet_pton(AF_INET6, text.c_str(), &address.Ipv6.sin6_addr) == 1) {
        address.si_family = AF_INET6;
        return address;
    }
    return std::nullopt;
}

} // namespace wsafix::win
