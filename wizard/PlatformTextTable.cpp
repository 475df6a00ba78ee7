// What the platforms, the analysis of pasted output and the fixes say (English, from the engine), listed for lupdate
// (context "EngineText"): probe and fix reasons of diagnostics/platform/{linux,windows}/, the Windows fixes' titles,
// explanations and checks, and the notes of diagnostics/analyze/. gui.tst_translations walks this machine's fixes
// and probes and every captured output in ../shared/fixtures; the Windows entries are checked by reading.
#include "EngineTextTable.h"

#include <QtGlobal>

namespace wsafix {

const std::vector<const char*>& platformTextSentences()
{
    static const std::vector<const char*> sentences{
        // the analysis of pasted output (analyze/*.cpp): where a paste came from, why lines were not used
        QT_TRANSLATE_NOOP("EngineText", "pasted text"),
        QT_TRANSLATE_NOOP("EngineText", "not a command output wsafix knows"),
        QT_TRANSLATE_NOOP("EngineText", "not part of a catalog entry"),
        QT_TRANSLATE_NOOP("EngineText", "expected 'Label: value' in a catalog entry"),
        QT_TRANSLATE_NOOP("EngineText", "not part of an event's details"),
        QT_TRANSLATE_NOOP("EngineText", "not an ipconfig line"),
        QT_TRANSLATE_NOOP("EngineText", "not a Get-NetTCPConnection row"),
        QT_TRANSLATE_NOOP("EngineText", "a value cut short by PowerShell's column width ('...')"),
        QT_TRANSLATE_NOOP("EngineText", "a Get-NetTCPConnection row with a value that cannot be read"),
        QT_TRANSLATE_NOOP("EngineText", "not a netsh command"),
        QT_TRANSLATE_NOOP("EngineText", "not part of netsh interface ip show config"),
        QT_TRANSLATE_NOOP("EngineText", "a setting before any interface"),
        QT_TRANSLATE_NOOP("EngineText", "a netstat row with an address or column that cannot be read"),
        QT_TRANSLATE_NOOP("EngineText", "not a netstat line"),
        QT_TRANSLATE_NOOP("EngineText", "not part of a reset's output"),
        QT_TRANSLATE_NOOP("EngineText", "not part of Test-NetConnection's output"),
        QT_TRANSLATE_NOOP("EngineText", "no reset step was listed"),
        // strerror() texts inside probe reasons (platform/linux/Errno.cpp)
        QT_TRANSLATE_NOOP("EngineText", "No such file or directory"),
        QT_TRANSLATE_NOOP("EngineText", "Operation not permitted"),
        // name resolution (getaddrinfo's gai_strerror() on Linux) in a connection check's evidence
        QT_TRANSLATE_NOOP("EngineText", "Name or service not known"),
        QT_TRANSLATE_NOOP("EngineText", "Temporary failure in name resolution"),
        QT_TRANSLATE_NOOP("EngineText", "No address associated with hostname"),
        // probes (platform/linux/*.cpp)
        QT_TRANSLATE_NOOP("EngineText",
                          "there is no journal to read: journalctl found no journal files (systemd-journald is not "
                          "running or keeps no journal)"),
        // Windows fixes (platform/windows/*Fix.cpp)
        QT_TRANSLATE_NOOP("EngineText",
                          "Empties the DNS client's cache (DnsFlushResolverCache, as `ipconfig /flushdns` does), so "
                          "stale or poisoned answers are looked up again. Nothing else changes."),
        QT_TRANSLATE_NOOP("EngineText",
                          "Resets the Winsock catalog to the Windows defaults, which clears a damaged catalog or a "
                          "broken layered provider. Warning: it also removes the layered providers of VPN clients, "
                          "antivirus and web filters, which then stop working until they are repaired or reinstalled "
                          "(remove-provider removes just one). Takes effect after a restart."),
        QT_TRANSLATE_NOOP("EngineText", "DnsFlushResolverCache did not run in this process"),
        QT_TRANSLATE_NOOP("EngineText", "WSCSetApplicationCategory did not run in this process"),
        QT_TRANSLATE_NOOP("EngineText", "netsh winsock reset did not run in this process"),
    };
    return sentences;
}

const std::vector<const char*>& platformTextTemplates()
{
    static const std::vector<const char*> templates{
        // the analysis of pasted output (analyze/*.cpp)
        QT_TRANSLATE_NOOP("EngineText", "the output of '%1' is not analysed"),
        QT_TRANSLATE_NOOP("EngineText", "looks like %1 but nothing in it could be read"),
        QT_TRANSLATE_NOOP("EngineText", "unknown catalog field '%1'"),
        QT_TRANSLATE_NOOP("EngineText", "not an IP address: '%1'"),
        QT_TRANSLATE_NOOP("EngineText", "the entry at line %1 has no fields"),
        QT_TRANSLATE_NOOP("EngineText",
                          "the entry at line %1 has neither an entry type nor a provider path; it was skipped"),
        QT_TRANSLATE_NOOP("EngineText",
                          "entry %1: neither the chain length nor the entry type says whether it is layered; read as a "
                          "base provider"),
        QT_TRANSLATE_NOOP("EngineText", "entry %1 is cut off after '%2'"),
        QT_TRANSLATE_NOOP("EngineText", "entry %1 is incomplete after '%2'"),
        QT_TRANSLATE_NOOP("EngineText", "%1 name space provider entries (not used)"),
        QT_TRANSLATE_NOOP("EngineText",
                          "event %1: the time '%2' is local time as shown (no Event Xml with the UTC time)"),
        QT_TRANSLATE_NOOP("EngineText", "event %1: the Event Xml is cut off"),
        QT_TRANSLATE_NOOP("EngineText", "%1: %2 is marked %3"),
        QT_TRANSLATE_NOOP("EngineText",
                          "this output does not show link state: %1 interface(s) with an address are taken as "
                          "connected"),
        QT_TRANSLATE_NOOP("EngineText", "unknown TCP state '%1' (read as UNKNOWN)"),
        QT_TRANSLATE_NOOP("EngineText", "%1 step(s) failed"),
        QT_TRANSLATE_NOOP("EngineText", "the test of %1 has no TCP port (a ping test); not used"),
        QT_TRANSLATE_NOOP("EngineText",
                          "%1 value(s) of %2 were cut short by PowerShell to fit the console ('...' or '…'); they are "
                          "unknown"),
        QT_TRANSLATE_NOOP("EngineText",
                          "the output does not show %1 (left out by Select-Object or by a console too narrow); those "
                          "values are unknown"),
        QT_TRANSLATE_NOOP("EngineText",
                          "read by its layout; the language was not recognised: '%1' was taken as success, any other "
                          "status as a failure, and the line after the last step as the request to restart"),
        QT_TRANSLATE_NOOP("EngineText",
                          "read by its layout; the language was not recognised: '%1' was taken as success, any other "
                          "status as a failure"),
        QT_TRANSLATE_NOOP("EngineText",
                          "the field names were not recognised: %1 entries were read by the order and shape of their "
                          "values"),
        QT_TRANSLATE_NOOP("EngineText",
                          "%1 line(s) after a connection were read by their place as netstat -b's owner information "
                          "(the language was not recognised): those owners are unknown"),
        // the simulated machine's name resolution (platform/simulated/SimulatedSystem.cpp)
        QT_TRANSLATE_NOOP("EngineText", "WSAHOST_NOT_FOUND: the simulated machine knows no host '%1' on port %2"),
        QT_TRANSLATE_NOOP("EngineText", "WSAHOST_NOT_FOUND: the simulated machine knows no host '%1'"),
        // probes (platform/linux/*.cpp)
        QT_TRANSLATE_NOOP("EngineText", "listing links: %1"),
        QT_TRANSLATE_NOOP("EngineText", "listing addresses: %1"),
        QT_TRANSLATE_NOOP("EngineText", "listing routes: %1"),
        QT_TRANSLATE_NOOP("EngineText", "this user may not read the system journal (journalctl: %1)"),
        QT_TRANSLATE_NOOP("EngineText", "journalctl exited with code %1: %2"),
        QT_TRANSLATE_NOOP("EngineText", "journalctl exited with code %1"),
        QT_TRANSLATE_NOOP("EngineText", "journalctl: %1"),
        QT_TRANSLATE_NOOP("EngineText", "%1 does not exist, so glibc uses its built-in order"),
        QT_TRANSLATE_NOOP("EngineText", "cannot open %1: %2"),
        QT_TRANSLATE_NOOP("EngineText",
                          "cannot read the environment of process %1: it belongs to another user (run as that user, or "
                          "as root)"),
        // Linux fixes (platform/linux/*Fix.cpp)
        QT_TRANSLATE_NOOP("EngineText",
                          "systemd is not running on this machine (no %1), so there is no service manager to restart "
                          "%2 with"),
        QT_TRANSLATE_NOOP("EngineText", "%1 does not list %2 (nothing to remove)"),
        // the simulated machine's fixes and the fix factory (SimulatedFix.cpp, FixFactory.cpp, FixParameter.cpp)
        QT_TRANSLATE_NOOP("EngineText", "fix %1: %2"),
        QT_TRANSLATE_NOOP("EngineText", "the parameter %1"),
        QT_TRANSLATE_NOOP("EngineText", "contains a control character (byte %1)"),
        QT_TRANSLATE_NOOP("EngineText", "unknown fix '%1' (known here: %2)"),
        // the remote session a fix could cut off (fix/RemoteSession.cpp, platform/*/RemoteSession.cpp)
        QT_TRANSLATE_NOOP("EngineText",
                          "%1 can cut the machine off, and wsafix runs in a remote session (%2): it runs only with the "
                          "auto-revert guard armed, which puts the machine back if connectivity is not confirmed in "
                          "time (do not pass --guard-timeout 0)"),
        QT_TRANSLATE_NOOP("EngineText",
                          "%1 would take down %2, the adapter that carries %3: it runs only with the auto-revert guard "
                          "armed, which puts the machine back if connectivity is not confirmed in time (do not pass "
                          "--guard-timeout 0)"),
        QT_TRANSLATE_NOOP("EngineText", "the SSH connection from %1 port %2 to %3 port %4, whose local address %5 no "
                                        "interface here holds"),
        QT_TRANSLATE_NOOP("EngineText", "the SSH connection from %1 port %2 to %3 port %4"),
        QT_TRANSLATE_NOOP(
            "EngineText",
            "an SSH session whose $SSH_CONNECTION ('%1') is not 'client port server port', so the adapter "
            "carrying it cannot be told"),
        QT_TRANSLATE_NOOP(
            "EngineText",
            "an SSH session (sshd, process %1, is an ancestor of wsafix) whose connection cannot be read"),
        QT_TRANSLATE_NOOP("EngineText", "the Remote Desktop session, whose client address Windows does not tell"),
        QT_TRANSLATE_NOOP("EngineText", "the remote session, whose client address Windows does not tell"),
        QT_TRANSLATE_NOOP("EngineText", "the Remote Desktop session, its client address has address family %1"),
        QT_TRANSLATE_NOOP("EngineText", "the remote session, its client address has address family %1"),
        QT_TRANSLATE_NOOP("EngineText", "the Remote Desktop session, no adapter here routes to its client %1"),
        QT_TRANSLATE_NOOP("EngineText", "the remote session, no adapter here routes to its client %1"),
        QT_TRANSLATE_NOOP("EngineText", "the Remote Desktop session from %1"),
        QT_TRANSLATE_NOOP("EngineText", "the remote session from %1"),
        // the scenario and the session the wizard opens (Scenario.cpp, SessionStore.cpp, WizardLauncher.cpp)
        QT_TRANSLATE_NOOP("EngineText",
                          "unknown scenario '%1'; built-in scenarios: %2; or give the path of a scenario file"),
        QT_TRANSLATE_NOOP("EngineText", "%1: cannot open the scenario file"),
        QT_TRANSLATE_NOOP("EngineText", "session %1 is not of the machine '%2'"),
        QT_TRANSLATE_NOOP("EngineText", "there is no session %1 in %2"),
        QT_TRANSLATE_NOOP("EngineText", "session %1 names a scenario file, which a run as administrator does not read"),
        QT_TRANSLATE_NOOP("EngineText", "'%1' is not a session id (letters, digits and '-' only)"),
        QT_TRANSLATE_NOOP("EngineText", "%1: not a usable session file: %2"),
        QT_TRANSLATE_NOOP("EngineText", "cannot save the session: %1"),
        // Windows fixes (platform/windows/*Fix.cpp): titles, explanations, snapshots, steps and checks
        QT_TRANSLATE_NOOP("EngineText",
                          "Resets the TCP/IP settings of Windows to their defaults (netsh int ip reset), which clears "
                          "damaged settings that survive restarts. Unlike a plain reset, the static addresses, "
                          "gateways, routes and DNS servers captured first are put back right after it, both in the "
                          "running system and in the saved settings Windows reads at the next start, so they survive "
                          "the restart. Connections drop; takes full effect after a restart."),
        // a reset's failed steps that do not matter (analyze/ResetOutputParser.cpp)
        QT_TRANSLATE_NOOP("EngineText",
                          "1 failed step is harmless: Windows protects that setting even from administrators "
                          "(\"Resetting , failed. Access is denied.\"), and the rest of the reset worked"),
        QT_TRANSLATE_NOOP("EngineText",
                          "%1 failed steps are harmless: Windows protects that setting even from administrators "
                          "(\"Resetting , failed. Access is denied.\"), and the rest of the reset worked"),
        QT_TRANSLATE_NOOP("EngineText", "Remove layered provider %1 from the Winsock catalog"),
        QT_TRANSLATE_NOOP("EngineText",
                          "Deinstalls the one layered provider with catalog id %1 (and the protocol chains built on "
                          "it) instead of resetting the whole catalog. The product that installed it (VPN, antivirus, "
                          "web filter) loses its network hook. Programs started afterwards no longer load it."),
        QT_TRANSLATE_NOOP("EngineText", "WSCDeinstallProvider of catalog entry %1 and of the chains built on it"),
        QT_TRANSLATE_NOOP("EngineText", "WSCDeinstallProvider for catalog entry %1"),
        QT_TRANSLATE_NOOP("EngineText", "the Winsock catalog cannot be read: %1"),
        QT_TRANSLATE_NOOP("EngineText", "nothing to remove for catalog id %1"),
        QT_TRANSLATE_NOOP("EngineText", "the Winsock catalog cannot be read back: %1"),
        QT_TRANSLATE_NOOP("EngineText", "the catalog still lists %1 (%2)"),
        QT_TRANSLATE_NOOP("EngineText", "the catalog no longer lists provider %1 or a chain built on it"),
        QT_TRANSLATE_NOOP("EngineText", "Keep layered providers out of %1"),
        QT_TRANSLATE_NOOP("EngineText",
                          "Tells Winsock to load only system providers into %1 (WSCSetApplicationCategory), so a "
                          "faulty layered provider of a VPN, antivirus or filter no longer runs inside it. Other "
                          "programs keep the provider. Takes effect when the program starts again."),
        QT_TRANSLATE_NOOP("EngineText", "no program at '%1'"),
        QT_TRANSLATE_NOOP("EngineText", "the permitted LSP categories of %1 (WSCGetApplicationCategory)"),
        QT_TRANSLATE_NOOP("EngineText", "the previous LSP categories of %1 are unknown: %2"),
        QT_TRANSLATE_NOOP("EngineText", "the categories cannot be read back: %1"),
        QT_TRANSLATE_NOOP("EngineText", "the LSP categories of %1 are back to %2"),
        QT_TRANSLATE_NOOP("EngineText", "Restart the network adapter %1"),
        QT_TRANSLATE_NOOP("EngineText",
                          "Disables and enables the network adapter %1 through its device, which resets its driver and "
                          "its connections. Every connection through it drops, and the machine is off that network "
                          "(and a remote session through it is cut) until it comes back."),
        QT_TRANSLATE_NOOP("EngineText", "whether the device of adapter %1 is enabled"),
        QT_TRANSLATE_NOOP("EngineText", "disable the device of adapter %1"),
        QT_TRANSLATE_NOOP("EngineText", "enable the device of adapter %1"),
        QT_TRANSLATE_NOOP("EngineText", "the device state cannot be read back: %1"),
        QT_TRANSLATE_NOOP("EngineText", "the device of adapter %1 was restarted and is enabled"),
        QT_TRANSLATE_NOOP("EngineText", "the device of adapter %1 is still disabled"),
        QT_TRANSLATE_NOOP("EngineText",
                          "Stops and starts the service %1 through the Service Control Manager, which clears a service "
                          "stuck with half-open connections. Its own connections drop while it restarts."),
        QT_TRANSLATE_NOOP("EngineText", "the state of the service %1 (running or stopped)"),
        QT_TRANSLATE_NOOP("EngineText", "stop the service %1"),
        QT_TRANSLATE_NOOP("EngineText", "start the service %1"),
        QT_TRANSLATE_NOOP("EngineText", "the service cannot be queried: %1"),
        QT_TRANSLATE_NOOP("EngineText", "%1 was restarted and runs (process %2)"),
        QT_TRANSLATE_NOOP("EngineText", "%1; the catalog holds base providers only"),
        QT_TRANSLATE_NOOP("EngineText",
                          "%1; the catalog still lists %2 layered or chain entries until Windows restarts"),
    };
    return templates;
}

} // namespace wsafix
