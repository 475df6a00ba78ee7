#include "diagnostics/platform/windows/WinsockSession.h"

#include "diagnostics/platform/windows/ErrorNames.h"

#include <winsock2.h>

namespace wsafix::win {

WinsockSession::WinsockSession()
{
    WSADATA data{};
    // Version 2.2, spelled out because MAKEWORD is an old-style cast.
    m_error = WSAStartup(WORD{0x0202}, &data);
}

WinsockSession::~WinsockSession()
{
    if (ok())
        WSACleanup();
}

std::string WinsockSession::failure() const
{
    return ok() ? std::string() : "WSAStartup failed: " + describeWinsockError(m_error);
}

} // namespace wsafix::win
