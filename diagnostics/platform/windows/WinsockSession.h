#pragma once
// WSAStartup for the lifetime of an object, WSACleanup when it ends.

#include <string>

namespace wsafix::win {

class WinsockSession
{
public:
    WinsockSession();
    ~WinsockSession();
    WinsockSession(const WinsockSession&) = delete;
    WinsockSession& operator=(const WinsockSession&) = delete;

    bool ok() const { return m_error == 0; }
    /// Why WSAStartup failed ("WSAStartup failed: error 10091 (WSASYSNOTREADY)"); empty when ok.
    std::string failure() const;

private:
    int m_error = 0;
};

} // namespace wsafix::win
