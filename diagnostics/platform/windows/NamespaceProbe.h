#pragma once
// namespaceProviders(): the Winsock namespace providers (WSAEnumNameSpaceProvidersW), with the DLL of each
// from the NameSpace_Catalog5 registry catalog.

#include "diagnostics/Inventory.h"

#include <vector>

namespace wsafix::win {

Probed<std::vector<NamespaceProvider>> readNamespaceProviders();

} // namespace wsafix::win
