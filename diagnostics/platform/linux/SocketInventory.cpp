#include "diagnostics/platform/linux/SocketInventory.h"

#include "diagnostics/platform/linux/ProcNetListing.h"
#include "diagnostics/platform/linux/SockDiagListing.h"
#include "diagnostics/platform/linux/SocketOwners.h"

namespace wsafix::lnx {

Probed<std::vector<SocketEntry>> listSockets(Attribution attribution)
{
    std::vector<KernelSocket> found;
    std::string failed = listSocketsBySockDiag(found);
    if (!failed.empty()) {
        found.clear();
        const std::string fallbackFailed = listSocketsByProcNet(found);
        if (!fallbackFailed.empty())
            return Probed<std::vector<SocketEntry>>::unavailable(failed + "; " + fallbackFailed);
    }

    std::vector<SocketEntry> sockets;
    sockets.reserve(found.size());
    if (attribution == Attribution::None) {
        for (auto& s : found)
            sockets.push_back(std::move(s.entry));
        return Probed<std::vector<SocketEntry>>::ok(std::move(sockets));
    }
    SocketOwners owners;
    for (auto& s : found) {
        if (s.inode != 0) {
            s.entry.pid = owners.ownerOf(s.inode);
            if (s.entry.pid != 0)
                s.entry.processName = owners.processName(s.entry.pid);
        }
        sockets.push_back(std::move(s.entry));
    }
    return Probed<std::vector<SocketEntry>>::ok(std::move(sockets));
}

} // namespace wsafix::lnx
