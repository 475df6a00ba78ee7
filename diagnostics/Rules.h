#pragma once
/// @file Rules.h
/// @brief Rules over an inventory: each turns evidence into a finding. A healthy machine yields none.

#include "diagnostics/Finding.h"
#include "diagnostics/Inventory.h"
#include "diagnostics/SessionRecord.h"

#include <vector>

namespace wsafix {

/// All findings for `inventory` given what the user told us, worst first.
std::vector<Finding> evaluateRules(const Inventory& inventory, const Intake& intake);

} // namespace wsafix
