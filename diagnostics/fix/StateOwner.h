#pragma once
/// @file StateOwner.h
/// @brief The elevated fix step and its watchdog run as root in the invoking user's state directory; what they
/// write there (session, snapshots, journal, guard files) must stay the user's, or the user's wizard can no longer
/// read its own journal (mode 0600). Defined once per platform folder.

#include <filesystem>
#include <string>

namespace wsafix {

/// Linux: when running as root in a state directory that another user owns, gives every entry under it that root
/// owns back to that user (and the directory's group), walking root's folders and that user's own. Never follows a
/// symbolic link, never leaves the directory's file system, and leaves a file with more than one hard link alone (it
/// may be a link to a file elsewhere). Windows: nothing to do (the files inherit the profile folder's access rules).
/// Empty on success, else what could not be given back.
std::string handStateBackToOwner(const std::filesystem::path& stateDir);

} // namespace wsafix
