#pragma once
/// @file SnapshotTarget.h
/// @brief A Windows snapshot part that names what it was taken of (an adapter GUID, a service, a program, a catalog
/// id) must name exactly what the fix restoring it is about. A rollback always acts on the fix's own target; this
/// refuses a snapshot that says otherwise before anything is done, since it was not taken by this fix (forged, or
/// handed to the wrong one).

#include "diagnostics/fix/Snapshot.h"

#include <nlohmann/json.hpp>

#include <string>

namespace wsafix::win {

/// Throws FixFailure ("snapshot S is refused: its part P names X, but this fix is about Y") unless field `field` of
/// Json part `part` equals `expected`; also when the part or the field is missing or unreadable.
void requireSnapshotTarget(const Snapshot& snapshot, const std::string& part, const std::string& field,
                           const nlohmann::json& expected);

} // namespace wsafix::win
