#pragma once
// One REG_SZ value read or written in a single call (RunOnce, URL scheme, Tcpip NameServer).

#include <windows.h>

#include <optional>
#include <string>

namespace wsafix::win {

/// The REG_SZ value `name` (nullptr or "" for the default value) of `root\subKey`; nullopt when the key or value
/// is missing or is not a string.
std::optional<std::wstring> readRegistryString(HKEY root, const std::wstring& subKey, const wchar_t* name);
/// Creates `root\subKey` as needed and sets the REG_SZ value; returns the Win32 status.
LSTATUS writeRegistryString(HKEY root, const std::wstring& subKey, const wchar_t* name, const std::wstring& value);

} // namespace wsafix::win
