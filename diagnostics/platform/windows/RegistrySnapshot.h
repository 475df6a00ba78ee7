#pragma once
/// @file RegistrySnapshot.h
/// @brief Captures a registry tree into a RegistryTree and puts it back exactly: afterwards the key holds the
/// snapshot's values (same names, types, bytes and order) and subkeys, and nothing else.
///
/// Always the 64-bit registry view. Key security descriptors and class names are not captured; restoring
/// recreates keys with inherited permissions. A restore is not transactional (Wine has no registry
/// transactions): it stops at the first error and says where, and running it again finishes the job.

#include "diagnostics/Inventory.h"
#include "diagnostics/platform/windows/ActionResult.h"
#include "diagnostics/platform/windows/RegistryTree.h"

#include <string>

namespace wsafix::win {

/// Reads `path` ("HKLM\..." or "HKEY_LOCAL_MACHINE\...") and everything below it. A key that does not exist
/// is captured as such (exists = false). Unavailable with the reason when the path is malformed or unreadable.
Probed<RegistryTree> captureRegistryTree(const std::string& path);

/// Makes the registry under `tree.path` identical to `tree` (deletes the key when !tree.exists), then captures
/// it again and compares: Done only when nothing differs, Failed naming the first difference or error otherwise.
ActionResult restoreRegistryTree(const RegistryTree& tree);

/// Deletes `path` and everything below it; Done also when it did not exist.
ActionResult deleteRegistryTree(const std::string& path);

} // namespace wsafix::win
