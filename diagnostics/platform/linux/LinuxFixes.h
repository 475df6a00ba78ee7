#pragma once
// The Linux fixes, registered in one place. The paths are parameters so that tests point the
// file-based fixes at their own files (no global test hook).

#include "diagnostics/fix/FixFactory.h"

#include <string>

namespace wsafix::lnx {

struct LinuxFixPaths
{
    std::string preload = "/etc/ld.so.preload";
    std::string systemdRuntimeDir = "/run/systemd/system";
    std::string resolvedSocket = "/run/systemd/resolve/io.systemd.Resolve";
};

/// Adds flush-dns, restart-adapter, reapply-ip, remove-preload and restart-service to `factory`.
void registerLinuxFixes(FixFactory& factory, ProcessRunner& runner, const LinuxFixPaths& paths = {});

} // namespace wsafix::lnx
