#pragma once
// GUIDs as the registry and the catalog show them: {xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}, upper case.

#include <windows.h>

#include <string>

namespace wsafix::win {

std::string guidText(const GUID& guid);

} // namespace wsafix::win
