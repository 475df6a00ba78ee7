#include "diagnostics/platform/linux/ProcessListing.h"

#include "diagnostics/platform/linux/Errno.h"
#include "diagnostics/platform/linux/ProcDirectory.h"
#include "diagnostics/platform/linux/TextFile.h"
#include "diagnostics/platform/linux/Utf8.h"

#include <cstdio>
#include <unistd.h>

namespace wsafix::lnx {

Probed<std::vector<ProcessInfo>> listProcesses(const std::string& procDir)
{
    ProcDirectory proc(procDir);
    if (!proc.valid())
        return Probed<std::vector<ProcessInfo>>::unavailable("cannot open " + procDir + ": " +
                                                             errnoMessage(proc.error()));
    std::vector<ProcessInfo> processes;
    proc.forEachProcess([&](const char* name, std::uint32_t pid) {
        char path[32];
        std::snprintf(path, sizeof path, "%s/comm", name);
        TextFile comm = readTextFileAt(proc.fd(), path, 256);
        // A process that exited between the listing and now is simply gone.
        if (!comm.ok())
            return;
        while (!comm.text.empty() && comm.text.back() == '\n')
            comm.text.pop_back();
        ProcessInfo info;
        info.pid = pid;
        info.name = validUtf8(comm.text);
        std::snprintf(path, sizeof path, "%s/exe", name);
        char exe[4096];
        const ssize_t n = ::readlinkat(proc.fd(), path, exe, sizeof exe);
        if (n > 0 && static_cast<std::size_t>(n) < sizeof exe)
            info.path = validUtf8(std::string_view(exe, static_cast<std::size_t>(n)));
        processes.push_back(std::move(info));
    });
    return Probed<std::vector<ProcessInfo>>::ok(std::move(processes));
}

} // namespace wsafix::lnx
