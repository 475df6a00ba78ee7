#pragma once
/// @file ErrorEntry.h
/// @brief One row of the error catalog: a Winsock (or overlapped-I/O) code and its Linux errno twin.

#include <cstdint>
#include <string_view>

namespace wsafix {

/// Where a code sits in Microsoft's numbering; neighbours are listed within one family.
enum class ErrorFamily
{
    Overlapped, ///< 6, 8, 87, 995-997: Win32 codes that Winsock's overlapped calls return
    Winsock,    ///< 10004-10112 (WSABASEERR + BSD errno, and the Winsock 2 additions)
    Resolver,   ///< 11001-11004: name resolution (the h_errno values)
    Qos,        ///< 11005-11031: Quality of Service
};

/// A catalog row. All text is static, so views into it never dangle.
struct ErrorEntry
{
    std::uint32_t code = 0;         ///< 10056
    std::string_view name;          ///< "WSAEISCONN"
    std::string_view shortMessage;  ///< Microsoft's "Windows Sockets Error Codes" page: "Socket is already connected."
    std::string_view systemMessage; ///< FormatMessage on English Windows: "A connect request was made on ..."
    ErrorFamily family = ErrorFamily::Winsock;
    int errnoValue = 0;            ///< the Linux errno with the same meaning (106), 0 when there is none
    std::string_view errnoName;    ///< "EISCONN"
    std::string_view errnoMessage; ///< glibc's strerror(): "Transport endpoint is already connected"
};

} // namespace wsafix
