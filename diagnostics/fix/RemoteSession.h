#pragma once
/// @file RemoteSession.h
/// @brief The remote session wsafix runs in (SSH on Linux, RDP on Windows) and the adapter that carries it, so
/// that a fix which takes that adapter down is refused unless the auto-revert guard is armed.

#include <string>

namespace wsafix {

struct RemoteSession
{
    enum class Kind
    {
        None,      ///< not a remote session (or none that wsafix can see)
        Known,     ///< a remote session over `interfaceName`
        CannotTell ///< a remote session whose adapter cannot be told; `description` says why
    };
    Kind kind = Kind::None;
    std::string interfaceName; ///< Linux interface name ("eth0") when Known
    std::string description;   ///< "the SSH connection from 192.0.2.1 port 50000 to 192.0.2.2 port 22"
};

/// The session of this process. Linux: $SSH_CONNECTION ("client port server port") and the interface that
/// holds its server address. Defined once per platform folder.
RemoteSession currentRemoteSession();

/// Parses $SSH_CONNECTION's value into the session it describes, `interfaceOf` naming the interface that holds
/// the server address (empty: none). Platform-neutral so that it is tested everywhere.
RemoteSession sshSession(const std::string& sshConnection, const std::string& interfaceName);

/// Empty when the fix `fixId` (with `cutsOffMachine`) may run in `session`; otherwise why it is refused: a fix
/// that can cut the machine off is refused on the adapter carrying the remote session (and when that adapter
/// cannot be told) unless the auto-revert guard is armed.
std::string remoteSessionRefusal(const std::string& fixId, bool cutsOffMachine, const RemoteSession& session,
                                 bool guardArmed);

} // namespace wsafix
