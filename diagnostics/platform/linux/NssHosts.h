#pragma once
// namespaceProviders() on Linux: the name service modules of the `hosts:` line of /etc/nsswitch.conf,
// the analogue of Winsock's namespace providers (they answer every getaddrinfo() of every program).

#include "diagnostics/Inventory.h"

#include <string>
#include <string_view>
#include <vector>

namespace wsafix::lnx {

/// The sources of the `hosts:` line of nsswitch.conf text, in order; `[STATUS=action]` items are skipped.
std::vector<NamespaceProvider> parseNssHosts(std::string_view text);

/// The file at `path`, each module checked for its `libnss_NAME.so.2` in `libraryDirs`.
Probed<std::vector<NamespaceProvider>> readNssHosts(const std::string& path,
                                                    const std::vector<std::string>& libraryDirs);

/// Where the dynamic loader finds NSS modules on Debian and most other distributions.
std::vector<std::string> defaultNssLibraryDirs();

} // namespace wsafix::lnx
