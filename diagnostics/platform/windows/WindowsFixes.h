#pragma once
/// @file WindowsFixes.h
/// @brief Registers the Windows fixes (winsock-reset, remove-provider, lsp-bypass, ip-reset, flush-dns,
/// restart-adapter, restart-service) in a FixFactory.

#include "diagnostics/ProcessRunner.h"
#include "diagnostics/fix/FixFactory.h"
#include "diagnostics/platform/windows/IpResetFix.h"

#include <filesystem>
#include <string>

namespace wsafix::win {

/// Where the Windows fixes work; the defaults are the real ones.
struct WindowsFixPaths
{
    std::string winsockRegistry;          ///< snapshotted by winsock-reset and remove-provider
    IpResetRegistry ipResetRegistry;      ///< snapshotted by ip-reset
    std::filesystem::path netshLogDir;    ///< ip-reset's netsh log goes here
    std::filesystem::path privilegedRoot; ///< netshLogDir lies under it (IpResetFix); empty: an ordinary folder
};

/// The production paths: the WinSock2 Parameters key, ip-reset's saved settings (IpResetRegistry), and netsh's log
/// in the privileged state, `%ProgramData%\wsafix\<SID>\netsh`, SID of the owner of `stateDir` (empty: the
/// default state directory): elevated netsh follows links, so its log never goes where the user can write.
WindowsFixPaths defaultWindowsFixPaths(const std::filesystem::path& stateDir = {});

/// One line per fix. `runner` (restricted to `allowList`) must outlive the factory.
void registerWindowsFixes(FixFactory& factory, ProcessRunner& runner, const AllowList& allowList,
                          const WindowsFixPaths& paths);

} // namespace wsafix::win
