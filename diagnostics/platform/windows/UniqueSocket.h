#pragma once
// Owns a Winsock SOCKET and closes it once.

#include <winsock2.h>

#include <utility>

namespace wsafix::win {

/// INVALID_SOCKET without the old-style cast of its macro.
inline constexpr SOCKET kInvalidSocket = ~SOCKET{0};

class UniqueSocket
{
public:
    UniqueSocket() = default;
    explicit UniqueSocket(SOCKET socket) : m_socket(socket) {}
    ~UniqueSocket() { reset(); }

    UniqueSocket(const UniqueSocket&) = delete;
    UniqueSocket& operator=(const UniqueSocket&) = delete;
    UniqueSocket(UniqueSocket&& other) noexcept : m_socket(std::exchange(other.m_socket, kInvalidSocket)) {}
    UniqueSocket& operator=(UniqueSocket&& other) noexcept
    {
        if (this != &other)
            reset(std::exchange(other.m_socket, kInvalidSocket));
        return *this;
    }

    bool valid() const { return m_socket != kInvalidSocket; }
    explicit operator bool() const { return valid(); }
    SOCKET get() const { return m_socket; }
    void reset(SOCKET socket = kInvalidSocket)
    {
        if (valid())
            closesocket(m_socket);
        m_socket = socket;
    }

private:
    SOCKET m_socket = kInvalidSocket;
};

} // namespace wsafix::win
