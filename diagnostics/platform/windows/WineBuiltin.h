#pragma once
// Whether a program or DLL is Wine's own: Wine marks its builtin (and placeholder) PE files with a signature at
// offset 0x40 of the DOS header. Several of them (netsh, WSCSetApplicationCategory, DnsFlushResolverCache) are
// stubs that report success without doing anything, so a primitive that used one says "could not verify".

#include <windows.h>

#include <string>

namespace wsafix::win {

/// The file at `path` carries Wine's builtin or placeholder signature.
bool isWineBuiltinFile(const std::string& path);
/// The loaded module carries Wine's builtin signature.
bool isWineBuiltinModule(HMODULE module);

} // namespace wsafix::win
