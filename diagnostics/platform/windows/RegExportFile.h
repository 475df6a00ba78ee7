#pragma once
/// @file RegExportFile.h
/// @brief Writes a RegistryTree as regedit does ("Windows Registry Editor Version 5.00", UTF-16 LE with a byte
/// order mark, CRLF lines, hex data wrapped at 80 columns), so that a technician can import a snapshot by hand
/// with regedit or `reg import`. Written from the structured copy; reg.exe is not involved.
///
/// Values that a quoted string cannot carry exactly (REG_SZ with embedded NULs, line breaks, a missing or odd
/// terminator) are written as hex(1), and a REG_DWORD that is not 4 bytes as hex(4), so the import is
/// byte-exact. A value whose name holds a line break cannot be written at all: a comment line says it is left
/// out (the JSON copy keeps it). Importing merges: values and keys added since the snapshot stay unless the technician
/// deletes them; a tree that did not exist is written as a deletion ("[-HKEY_...]").

#include "diagnostics/platform/windows/RegistryTree.h"

#include <string>

namespace wsafix::win {

/// The .reg file's bytes (UTF-16 LE, starting with FF FE).
std::string regExportFile(const RegistryTree& tree);

} // namespace wsafix::win
