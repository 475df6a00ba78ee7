#pragma once
/// @file PrivilegedFolder.h
/// @brief The Windows folders of the privileged state (PrivilegedState.h): made with an explicit, protected DACL
/// that gives full control to SYSTEM and BUILTIN\Administrators only (nothing inherited from %ProgramData%, where
/// Users may create folders), owner Administrators; an existing one is accepted only when it is a real folder (not a
/// junction, symbolic link or mount point), owned by SYSTEM or Administrators, and its DACL lets no one else write.

#include <windows.h>

#include <filesystem>
#include <string>

namespace wsafix::win {

/// The security descriptor a privileged folder is made with, in SDDL: owner Administrators, protected DACL, full
/// control (this folder, subfolders and files) for SYSTEM and Administrators.
inline constexpr const wchar_t* kPrivilegedFolderSddl = L"O:BAD:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)";

/// Why `descriptor` does not keep a folder to administrators (owner not SYSTEM/Administrators, no DACL, an allow
/// entry giving someone else a right to write, delete, re-own or re-permission it or what it will hold), or empty.
std::string privilegedSecurityProblem(PSECURITY_DESCRIPTOR descriptor);

/// Why the folder at `path` is not a safe privileged folder (missing, not a folder, a reparse point, or its security
/// descriptor: privilegedSecurityProblem), or empty. Opened with FILE_FLAG_OPEN_REPARSE_POINT, never followed.
std::string privilegedFolderProblem(const std::filesystem::path& path);

/// Creates `path` (its parent must exist) with kPrivilegedFolderSddl unless it exists, then checks it
/// (privilegedFolderProblem). Throws PrivilegedStateError naming the folder and the problem.
void makePrivilegedFolder(const std::filesystem::path& path);

/// Makes (or checks) `root` and every folder of `relative` below it as privileged folders (makePrivilegedFolder),
/// after refusing a reparse point anywhere above `root`, which would move all of it. Returns root / relative.
/// Throws PrivilegedStateError.
std::filesystem::path makePrivilegedPath(const std::filesystem::path& root, const std::filesystem::path& relative);

/// folderUserSid() of the state directory `path`, or this process's token user while it does not exist yet.
std::string stateUserSid(const std::filesystem::path& path);

/// The string SID ("S-1-5-21-...") of the account owning `path` when that is a user account; a folder owned by
/// SYSTEM or Administrators (made by an elevated process) gives this process's token user instead. Throws
/// PrivilegedStateError when it cannot be read.
std::string folderUserSid(const std::filesystem::path& path);

} // namespace wsafix::win
