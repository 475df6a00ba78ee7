#pragma once
// What is on disk behind a catalog entry's provider path: does the DLL exist, and whose is it.

#include <optional>
#include <string>

namespace wsafix::win {

struct ProviderDll
{
    std::optional<bool> exists; ///< empty when the path is empty or cannot be expanded
    std::string expandedPath;
    std::string company;        ///< CompanyName of the version resource, empty if none
    std::string product;        ///< ProductName of the version resource, empty if none
};

/// Expands environment variables in `registeredPath` (as WSCGetProviderPath returns it) and inspects the file.
/// `wow64` maps system32 to SysWOW64, where the 32-bit catalog's DLLs live.
ProviderDll inspectProviderDll(const std::string& registeredPath, bool wow64);

} // namespace wsafix::win
