#pragma once
/// @file RegistryPath.h
/// @brief A registry key path as text ("HKLM\SYSTEM\..." or "HKEY_LOCAL_MACHINE\SYSTEM\..."), parsed into its
/// predefined root key and sub-key, with the long canonical form that `reg export` files use.

#include <windows.h>

#include <optional>
#include <string>

namespace wsafix::win {

struct RegistryPath
{
    HKEY root = nullptr; ///< HKEY_LOCAL_MACHINE, HKEY_CURRENT_USER, HKEY_CLASSES_ROOT, HKEY_USERS, HKEY_CURRENT_CONFIG
    std::wstring subKey; ///< "SYSTEM\CurrentControlSet\...", never empty
    std::string canonical; ///< "HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\..." (UTF-8)

    /// Parses `text`; on failure returns nullopt and sets `error` to what is wrong. A bare root ("HKCU") is refused:
    /// the primitives that take a path replace the whole tree under it.
    static std::optional<RegistryPath> parse(const std::string& text, std::string& error);
};

} // namespace wsafix::win
