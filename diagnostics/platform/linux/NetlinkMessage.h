#pragma once
// A view of one netlink message in a receive buffer, and of its route attributes. Everything is
// copied out with memcpy: the buffer holds packed kernel structs, not C++ objects.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

namespace wsafix::lnx {

struct NetlinkMessage
{
    std::uint16_t type = 0;
    std::uint16_t flags = 0;
    const std::byte* payload = nullptr;
    std::size_t size = 0;

    /// The fixed header of the payload (inet_diag_msg, ifinfomsg, ...); false when the message is too short.
    template <class T> bool header(T& out) const
    {
        if (size < sizeof(T))
            return false;
        std::memcpy(&out, payload, sizeof(T));
        return true;
    }
};

/// netlink's 4-byte alignment of messages and attributes.
constexpr std::size_t netlinkAlign(std::size_t n)
{
    return (n + 3) & ~std::size_t{3};
}

/// Calls f(type, payload, length) for each route attribute (struct rtattr) in [data, data + size).
template <class F> void forEachAttribute(const std::byte* data, std::size_t size, F&& f)
{
    constexpr std::size_t headerSize = 4; // struct rtattr / nlattr: u16 length, u16 type
    std::size_t offset = 0;
    while (offset + headerSize <= size) {
        std::uint16_t length = 0, type = 0;
        std::memcpy(&length, data + offset, 2);
        std::memcpy(&type, data + offset + 2, 2);
        if (length < headerSize || offset + length > size)
            return;
        f(static_cast<std::uint16_t>(type & 0x3FFF), data + offset + headerSize, std::size_t{length} - headerSize);
        offset += netlinkAlign(length);
    }
}

/// The attributes that follow a fixed header of type T in `message`.
template <class T, class F> void forEachAttributeAfter(const NetlinkMessage& message, F&& f)
{
    const std::size_t start = netlinkAlign(sizeof(T));
    if (message.size > start)
        forEachAttribute(message.payload + start, message.size - start, f);
}

template <class T> T attributeValue(const std::byte* payload, std::size_t length)
{
    T value{};
    std::memcpy(&value, payload, length < sizeof(T) ? length : sizeof(T));
    return value;
}

/// A NUL-terminated string attribute (IFLA_IFNAME, IFLA_INFO_KIND).
inline std::string attributeString(const std::byte* payload, std::size_t length)
{
    const char* text = reinterpret_cast<const char*>(payload);
    return std::string(text, strnlen(text, length));
}

} // namespace wsafix::lnx
