#pragma once
// adapters() on Linux: links, addresses and default routes of this thread's network namespace
// through rtnetlink, DNS servers from resolv.conf.

#include "diagnostics/Inventory.h"

#include <string>
#include <vector>

namespace wsafix::lnx {

/// Every interface, keyed by name and ifIndex. `dnsServers` go to each adapter that is up and not
/// loopback, because Linux resolves names machine-wide.
Probed<std::vector<Adapter>> listAdapters(const std::vector<std::string>& dnsServers);

} // namespace wsafix::lnx
