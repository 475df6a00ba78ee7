#pragma once
/// @file LayeredProviderRemoval.h
/// @brief The remove-provider primitive: takes one layered service provider out of the Winsock catalog
/// (WSCDeinstallProvider by its GUID), together with the protocol chains built on it, instead of a full reset.

#include "diagnostics/Inventory.h"
#include "diagnostics/platform/windows/ActionResult.h"

#include <cstdint>
#include <string>
#include <vector>

namespace wsafix::win {

/// The provider GUIDs that removing catalog entry `catalogId` deinstalls, chains first: for a layered entry its
/// own GUID and those of every chain that runs through it; for a chain entry its GUID. Empty, with `error` set,
/// for a base provider (never removed: that is what a Winsock reset restores) or an unknown id.
std::vector<std::string> providersToRemove(const std::vector<CatalogEntry>& catalog, std::uint32_t catalogId,
                                           std::string& error);

/// Deinstalls what providersToRemove names (WSCDeinstallProvider, or WSCDeinstallProvider32 for the 32-bit
/// catalog, looked up at run time), then reads the catalog again: Done only when none of those entries is left;
/// Failed when a call fails or the entries are still there although the calls reported success.
ActionResult removeLayeredProvider(std::uint32_t catalogId);

} // namespace wsafix::win
