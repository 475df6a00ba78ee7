#pragma once
// info(): OS version, host, user and elevation of this Windows machine.

#include "diagnostics/Inventory.h"

namespace wsafix::win {

SystemInfo readSystemInfo();

} // namespace wsafix::win
