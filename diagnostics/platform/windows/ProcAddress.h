#pragma once
// Typed GetProcAddress, for functions that not every Windows (or Wine) exports:
// linking them directly would stop the whole program from loading where they are missing.

#include <windows.h>

namespace wsafix::win {

/// The function `name` of the already loaded `module`, or nullptr.
template <class Function> Function procAddress(const wchar_t* module, const char* name)
{
    const HMODULE handle = GetModuleHandleW(module);
    if (!handle)
        return nullptr;
    const FARPROC proc = GetProcAddress(handle, name);
    // Through void(*)(), the one function pointer type GCC accepts as a go-between.
    return reinterpret_cast<Function>(reinterpret_cast<void (*)()>(proc));
}

} // namespace wsafix::win
