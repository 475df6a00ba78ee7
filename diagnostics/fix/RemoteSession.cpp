#include "diagnostics/fix/RemoteSession.h"

#include "diagnostics/SocketText.h"
#include "diagnostics/fix/FixFactory.h"

#include <sstream>
#include <vector>

namespace wsafix {

RemoteSession sshSession(const std::string& sshConnection, const std::string& interfaceName)
{
    std::istringstream in(sshConnection);
    std::vector<std::string> fields;
    for (std::string f; in >> f;)
        fields.push_back(f);
    RemoteSession s;
    if (fields.size() != 4) {
        s.kind = RemoteSession::Kind::CannotTell;
        s.description = "an SSH session whose $SSH_CONNECTION ('" + sshConnection +
                        "') is not 'client port server port', so the adapter carrying it cannot be told";
        return s;
    }
    const std::string what =
        "the SSH connection from " + fields[0] + " port " + fields[1] + " to " + fields[2] + " port " + fields[3];
    if (interfaceName.empty()) {
        s.kind = RemoteSession::Kind::CannotTell;
        s.description = what + ", whose local address " + fields[2] + " no interface here holds";
        return s;
    }
    s.kind = RemoteSession::Kind::Known;
    s.interfaceName = interfaceName;
    s.description = what;
    return s;
}

std::string remoteSessionRefusal(const std::string& fixId, bool cutsOffMachine, const RemoteSession& session,
                                 bool guardArmed)
{
    if (!cutsOffMachine || guardArmed || session.kind == RemoteSession::Kind::None)
        return {};
    const std::string armIt = ": it runs only with the auto-revert guard armed, which puts the machine back if "
                              "connectivity is not confirmed in time (do not pass --guard-timeout 0)";
    if (session.kind == RemoteSession::Kind::CannotTell)
        return fixId + " can cut the machine off, and wsafix runs in a remote session (" + session.description + ")" +
               armIt;
    // Windows adapter GUIDs are compared without regard to case.
    if (asciiLower(FixFactory::splitId(fixId).second) != asciiLower(session.interfaceName))
        return {};
    return fixId + " would take down " + session.interfaceName + ", the adapter that carries " + session.description +
           armIt;
}

} // namespace wsafix
