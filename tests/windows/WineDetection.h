#pragma once
// Whether the tests run under Wine: some facts differ there (see PLATFORM-NOTES.md), and the
// tests assert exactly what Wine does rather than accepting anything.

#include "diagnostics/platform/windows/ProcAddress.h"

namespace wsafix::test {

inline bool runningUnderWine()
{
    using WineGetVersionFn = const char* (*)();
    return win::procAddress<WineGetVersionFn>(L"ntdll.dll", "wine_get_version") != nullptr;
}

} // namespace wsafix::test
