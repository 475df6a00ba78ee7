#pragma once
// GUIDs as the engine writes them: "{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}", upper case, with braces.

#include <windows.h>

#include <optional>
#include <string>
#include <string_view>

namespace wsafix::win {

std::string guidText(const GUID& guid);
/// Parses "{xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}" (either case; braces required); nullopt otherwise.
std::optional<GUID> parseGuid(std::string_view text);

} // namespace wsafix::win
