#pragma once
// Where test_child (tests/support) is, as Windows sees it.

#include "diagnostics/platform/windows/ProcAddress.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <windows.h>

#include <string>

namespace wsafix::test {

/// test_child's directory as Windows sees it. CMake passes the Unix path of the build tree; under
/// Wine a path like /srv/x only works while the current drive happens to be Z:, so convert it.
inline std::string childDirectory()
{
    std::string directory = WSAFIX_TEST_CHILD_DIR;
    using DosFileNameFn = LPWSTR(CDECL*)(LPCSTR);
    const auto toDos = win::procAddress<DosFileNameFn>(L"kernel32.dll", "wine_get_dos_file_name");
    if (directory.starts_with("/") && toDos) {
        if (LPWSTR dos = toDos(directory.c_str())) {
            directory = win::toUtf8(dos);
            HeapFree(GetProcessHeap(), 0, dos);
        }
    }
    return directory;
}

} // namespace wsafix::test
