#pragma once
/// @file ProcessUser.h
/// @brief Who a process runs as: the user SID of its token and its Terminal Services session, to decide whether
/// the other end of a pipe is this user in this session.

#include <optional>
#include <string>

namespace wsafix::win {

/// The user SID ("S-1-5-21-…") of process `pid`'s token, or nullopt when the process cannot be opened or read.
std::optional<std::string> processUserSid(unsigned long pid);
/// The session of process `pid` (ProcessIdToSessionId), or nullopt.
std::optional<unsigned long> processSession(unsigned long pid);
/// True when `pid` runs as the same user, in the same session, as this process. Unknown counts as different.
bool isThisUserAndSession(unsigned long pid);

} // namespace wsafix::win
