#pragma once
/// @file ReparsePoint.h
/// @brief Privileged writes must not follow a junction, symbolic link or mount point a user planted: a link at the
/// file, or at the folder it lives in, would send the administrator's write elsewhere. Files are opened with
/// FILE_FLAG_OPEN_REPARSE_POINT (the link itself, not its target) and refused when what was opened, or the folder
/// holding it, is a reparse point. Wine 8 follows links on open and reports a directory link only through the path's
/// attributes, so both the handle and the path are asked (docs/PLATFORM-NOTES.md).

#include "diagnostics/platform/windows/UniqueHandle.h"

#include <windows.h>

#include <filesystem>
#include <string>

namespace wsafix::win {

/// Whether the object behind `handle` is a reparse point (GetFileInformationByHandle).
bool isReparsePoint(HANDLE handle);
/// Whether `path` itself, not what it points to, is a reparse point (GetFileAttributesW); false when it is missing.
bool isReparsePoint(const std::filesystem::path& path);

/// CreateFileW(`path`, `access`, `disposition`) without following links: FILE_FLAG_OPEN_REPARSE_POINT is added to
/// `flags` (a folder needs FILE_FLAG_BACKUP_SEMANTICS there). Returns no handle and sets `error` ("... is
/// a reparse point (a junction or symbolic link); refused") when the object or its parent folder is a reparse point
/// or a file has more than one hard link (it may be a link to a file elsewhere), or the Win32 error when the open
/// fails. A file OPEN_ALWAYS created here is a new regular file, not a link.
UniqueHandle openWithoutFollowing(const std::filesystem::path& path, DWORD access, DWORD share, DWORD disposition,
                                  DWORD flags, std::string& error);

} // namespace wsafix::win
