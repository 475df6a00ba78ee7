#pragma once
/// @file LspCategory.h
/// @brief The lsp-bypass primitive: WSCSetApplicationCategory, so that Winsock loads no layered service provider
/// into one program (only providers in the system category), with the previous categories kept for rollback.

#include "diagnostics/platform/windows/ActionResult.h"

#include <cstdint>
#include <optional>
#include <string>

namespace wsafix::win {

/// LSP_SYSTEM: the permitted categories that keep every ordinary layered provider out of a program.
inline constexpr std::uint32_t kLspBypassCategories = 0x80000000u;

struct LspCategoryChange
{
    ActionResult result;
    std::optional<std::uint32_t> previous; ///< the categories before the change (for rollback), when known
};

/// The permitted LSP categories of `exePath` with `extra` now (WSCGetApplicationCategory); nullopt with `error` set
/// when the function is missing (Wine) or fails.
std::optional<std::uint32_t> readLspCategories(const std::string& exePath, const std::string& extra,
                                               std::string& error);

/// Sets the permitted LSP categories of the program `exePath` (absolute, existing) started with `extra`
/// (the command-line arguments Winsock matches; empty for any). Both functions are looked up at run time:
/// Unavailable without WSCSetApplicationCategory; CouldNotVerify when WSCGetApplicationCategory is missing
/// (Wine has only the setter, and it is a stub) so that the new value cannot be read back.
LspCategoryChange setLspCategories(const std::string& exePath, const std::string& extra, std::uint32_t categories);

} // namespace wsafix::win
