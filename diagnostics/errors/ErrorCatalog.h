#pragma once
/// @file ErrorCatalog.h
/// @brief The Winsock error catalog compiled into the engine, and lookups in it.

#include "diagnostics/errors/ErrorEntry.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace wsafix {

/// Every Winsock error code, in ascending order of code (95 rows).
std::span<const ErrorEntry> errorCatalog();

/// The entry for a Windows error code (10056), or nullptr.
const ErrorEntry* findErrorByCode(std::uint64_t code);

/// The entry for a symbolic name, case-insensitive: "WSAEISCONN", "EISCONN", "EAGAIN", "WSANO_ADDRESS",
/// "ERROR_IO_PENDING"; nullptr when unknown.
const ErrorEntry* findErrorByName(std::string_view name);

/// The entry whose Linux errno twin is `value` (106 -> WSAEISCONN), or nullptr.
const ErrorEntry* findErrorByErrno(std::int64_t value);

/// A second name for a catalog entry (aliases in winerror.h, errno synonyms, Win32 names of overlapped codes).
struct ErrorAlias
{
    std::string_view name;
    std::uint32_t code;
};

/// The aliases findErrorByName() accepts besides each entry's name and errno name.
std::span<const ErrorAlias> errorAliases();

/// "winsock", "resolver", "overlapped", "qos".
std::string_view errorFamilyName(ErrorFamily family);

/// "0x00002748".
std::string errorHex(std::uint32_t code);

/// HRESULT_FROM_WIN32(code) as text: "0x80072748".
std::string errorHResult(std::uint32_t code);

/// The codes around an entry in its family.
struct ErrorNeighbours
{
    std::vector<const ErrorEntry*> before; ///< ascending, closest last
    std::vector<const ErrorEntry*> after;  ///< ascending, closest first
};

/// Up to `count` codes before and after `entry` in its family.
ErrorNeighbours errorNeighbours(const ErrorEntry& entry, std::size_t count = 3);

/// Up to `count` known codes numerically closest to `code`, in ascending order.
std::vector<const ErrorEntry*> nearestErrorCodes(std::uint64_t code, std::size_t count = 5);

/// Up to `count` entries whose errno is numerically closest to `value`, in ascending order of errno.
std::vector<const ErrorEntry*> nearestErrnoCodes(std::int64_t value, std::size_t count = 5);

/// Entries whose name (or errno name, or alias) is close to `word`: names starting with it first, then
/// near-misses by edit distance. Empty when nothing is close.
std::vector<const ErrorEntry*> nearestErrorNames(std::string_view word, std::size_t count = 5);

} // namespace wsafix
