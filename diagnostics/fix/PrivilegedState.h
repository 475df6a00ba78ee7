#pragma once
/// @file PrivilegedState.h
/// @brief Where an elevated run (the fix step started through pkexec/runas, its watchdog) keeps what it trusts:
/// the snapshots it restores from, the journal it recovers from and the guard's control files. Never the user's
/// state directory, which anything running as that user can write. Defined once per platform folder:
/// Linux `/var/lib/wsafix/<uid>/` (root, 0700), Windows `%ProgramData%\wsafix\<SID>\` (SYSTEM and Administrators
/// only). DESIGN.md, "Threat model".

#include <filesystem>
#include <stdexcept>
#include <string>

namespace wsafix {

/// The privileged folder cannot be made or is not safe (owned or writable by someone else, a link, a reparse
/// point); what() says which folder and why. Nothing privileged may run then.
class PrivilegedStateError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// True when this process has the rights of the elevated step (Linux: effective uid 0; Windows: an elevated
/// administrator token).
bool runningPrivileged();

/// The platform's root of privileged state: `/var/lib/wsafix`, `%ProgramData%\wsafix`. Linux: the environment
/// variable WSAFIX_PRIVILEGED_ROOT replaces it for tests (checked like the real one; pkexec and sudo clear it).
std::filesystem::path defaultPrivilegedRoot();

/// The privileged folder for the user who owns `userStateDir`, under `root`: created when missing, then checked
/// (it and every folder above it may be changed only by root/administrators; no link or reparse point on the way;
/// the folder itself private to root/administrators). Linux: a state directory of root's own that only root can
/// change (root's home, a root test's folder in /tmp) is its own privileged folder. Throws PrivilegedStateError.
std::filesystem::path privilegedStateDir(const std::filesystem::path& userStateDir,
                                         const std::filesystem::path& root = defaultPrivilegedRoot());

/// Where a run keeps what it trusts (snapshots, journal, guard files): `userStateDir` itself for a run without
/// privileges or on a simulated machine (a forged file there can make it do nothing its user could not do),
/// else privilegedStateDir(userStateDir). Defined once for all platforms (TrustedStateDir.cpp). Throws
/// PrivilegedStateError.
std::filesystem::path trustedStateDir(const std::filesystem::path& userStateDir, bool simulatedMachine);

} // namespace wsafix
