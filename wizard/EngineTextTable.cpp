// The engine's English text, listed for lupdate (context "EngineText"). Each entry is written exactly as the
// engine writes it (diagnostics/Rules.cpp, VerdictRules.cpp, Detector.cpp, TrainingReview.cpp, errors/, platform/
// simulated/); a changed engine sentence shows up in tst_enginetext, which walks every built-in scenario.
#include "EngineTextTable.h"

#include <QtGlobal>

namespace wsafix {

const std::vector<const char*>& engineTextSentences()
{
    static const std::vector<const char*> sentences{
        // findings (Rules.cpp)
        QT_TRANSLATE_NOOP("EngineText", "The application is started with a preloaded library (LD_PRELOAD)"),
        QT_TRANSLATE_NOOP("EngineText",
                          "The failing program runs with LD_PRELOAD set, so the library below sits between it and "
                          "every socket it opens. Start the program without it: look in its launcher script, its "
                          "systemd unit (Environment=) or the shell profile that sets LD_PRELOAD. No machine-wide fix "
                          "is needed."),
        QT_TRANSLATE_NOOP("EngineText", "A library is preloaded into every program (/etc/ld.so.preload)"),
        QT_TRANSLATE_NOOP("EngineText", "A third-party layered service provider sits in the Winsock catalog"),
        QT_TRANSLATE_NOOP("EngineText",
                          "Every program on this machine loads the library below before its own code, so it sees "
                          "(and can break) every connection. Remove the entry unless it belongs to software you "
                          "trust."),
        QT_TRANSLATE_NOOP("EngineText",
                          "A program installed a layered service provider (LSP) that sees every connection of every "
                          "program. Broken or outdated LSPs (old VPN, antivirus or adware) cause WSAEISCONN and other "
                          "connection errors in many applications at once. Keep other programs' providers: remove "
                          "only this one, or keep it away from the failing application."),
        QT_TRANSLATE_NOOP("EngineText", "/etc/ld.so.preload names a library that does not exist"),
        QT_TRANSLATE_NOOP("EngineText", "The Winsock catalog names a provider DLL that does not exist"),
        QT_TRANSLATE_NOOP("EngineText", "Every program start warns about the missing library. Remove the entry."),
        QT_TRANSLATE_NOOP("EngineText",
                          "An uninstalled program left its entry in the Winsock catalog. Programs that load it fail "
                          "to open sockets, with errors that change from one program to the next. Remove the entry; a "
                          "Winsock reset removes every such entry at once."),
        QT_TRANSLATE_NOOP("EngineText",
                          "The machine is not at fault, and resetting Winsock will not help. Tell the program's "
                          "developers: after a non-blocking connect(), wait for the socket to become writable and "
                          "read SO_ERROR instead of calling connect() again; do not reuse a connected socket for a new "
                          "connection; on a connected UDP socket use send(), not sendto() with an address."),
        QT_TRANSLATE_NOOP("EngineText",
                          "The program's own messages show connect() failing again and again because the socket is "
                          "already connected: it retries connect() instead of waiting for the first attempt."),
        QT_TRANSLATE_NOOP("EngineText",
                          "The program opens connections faster than it closes them, which can run the machine out "
                          "of local ports. Restarting that program frees them; its developers should reuse "
                          "connections."),
        QT_TRANSLATE_NOOP("EngineText", "No network adapter is connected"),
        QT_TRANSLATE_NOOP("EngineText", "Check the cable or Wi-Fi, then restart the adapter."),
        QT_TRANSLATE_NOOP("EngineText",
                          "An address in 169.254.0.0/16 means the adapter asked for an address and nobody answered. "
                          "Restarting the adapter asks again; if that fails, the router or the network is at fault."),
        QT_TRANSLATE_NOOP("EngineText", "No default gateway: this machine cannot reach other networks"),
        QT_TRANSLATE_NOOP("EngineText",
                          "Without a gateway only the local network is reachable. Restarting the adapter renews the "
                          "DHCP lease; a static configuration needs its gateway set."),
        QT_TRANSLATE_NOOP("EngineText", "No DNS server is configured: names cannot be resolved"),
        QT_TRANSLATE_NOOP("EngineText",
                          "Connections by name fail before they start. Restarting the adapter renews the DHCP lease."),
        QT_TRANSLATE_NOOP("EngineText",
                          "The computer cannot turn the name into an address, so no connection starts at all. Check "
                          "the spelling; if it is right, the DNS server or its cache is at fault."),
        QT_TRANSLATE_NOOP("EngineText",
                          "The name resolves, but the connection fails. Refused means nothing listens on that port "
                          "(the service is stopped or the port is wrong); a time-out points at a firewall or the "
                          "network; WSAEISCONN here points at a layered provider on this machine."),
        // verdicts and next steps (VerdictRules.cpp)
        QT_TRANSLATE_NOOP("EngineText",
                          "The program itself is at fault, not this machine: attach the report (wsafix report --last "
                          "--format md -o report.md) to a ticket for its developers."),
        QT_TRANSLATE_NOOP("EngineText",
                          "Escalate with the report attached: wsafix report --last --format md -o report.md."),
        QT_TRANSLATE_NOOP("EngineText",
                          "The connection times out: a firewall on the way, or the host itself, drops it. Check both."),
        QT_TRANSLATE_NOOP("EngineText",
                          "Even wsafix's own connection fails with WSAEISCONN: something on this machine (a layered "
                          "provider) still interferes."),
        QT_TRANSLATE_NOOP("EngineText", "Try the fix flush-dns."),
        QT_TRANSLATE_NOOP("EngineText",
                          "Click Check again; if it fails again, escalate with the report."), // VerifyPage
        QT_TRANSLATE_NOOP("EngineText", "The check was cancelled before it finished."),
        QT_TRANSLATE_NOOP("EngineText", "Run the check again and let it finish."),
        QT_TRANSLATE_NOOP("EngineText", "Run the check again the way detect ran (for example elevated)."),
        QT_TRANSLATE_NOOP("EngineText",
                          "Check again where the fix's tool really runs (on Windows, after the restart the fix asks "
                          "for)."),
        QT_TRANSLATE_NOOP("EngineText",
                          "Next time run wsafix detect (or the wizard) before fixing, so that verify can show what the "
                          "fix changed."),
        QT_TRANSLATE_NOOP("EngineText",
                          "Nothing was wrong at the start and no target host and port were given, so there is nothing "
                          "to compare."),
        QT_TRANSLATE_NOOP("EngineText", "Check again with the host and port the failing program connects to."),
        QT_TRANSLATE_NOOP("EngineText", "The problem found at the start is gone."),
        QT_TRANSLATE_NOOP("EngineText", "no problem shows."),
        // training review (TrainingReview.cpp)
        QT_TRANSLATE_NOOP("EngineText",
                          "The fixes made things worse: the machine now has problems it did not have before."),
        QT_TRANSLATE_NOOP("EngineText", "Right call: the machine was healthy and nothing was changed."),
        QT_TRANSLATE_NOOP("EngineText",
                          "The machine was healthy: no fix was needed, and a fix on a healthy machine only adds risk."),
        QT_TRANSLATE_NOOP("EngineText", "Well chosen: every problem is gone, with the least invasive fix."),
        QT_TRANSLATE_NOOP("EngineText", "Not fixed: no fix was applied, and the problems are still there."),
        QT_TRANSLATE_NOOP("EngineText", "Not fixed: the problem is still there after the fixes chosen."),
        QT_TRANSLATE_NOOP("EngineText",
                          "No fix on this machine solves it: the evidence points at the application or the network, "
                          "so the right step is to hand the findings to whoever owns it."),
        // probe status (Detector.cpp, the simulated machine)
        QT_TRANSLATE_NOOP("EngineText", "cancelled"),
        QT_TRANSLATE_NOOP("EngineText", "not run"),
        QT_TRANSLATE_NOOP("EngineText", "the scenario does not describe namespace providers"),
        // fixes of the simulated machine (platform/simulated/SimulatedFix.cpp) and the fix runner
        QT_TRANSLATE_NOOP("EngineText", "Reset the Winsock catalog"),
        QT_TRANSLATE_NOOP("EngineText", "Remove one layered provider"),
        QT_TRANSLATE_NOOP("EngineText", "Keep layered providers out of one application"),
        QT_TRANSLATE_NOOP("EngineText", "Reset TCP/IP and re-apply the static configuration"),
        QT_TRANSLATE_NOOP("EngineText", "Flush the DNS cache"),
        QT_TRANSLATE_NOOP("EngineText", "Restart a network adapter"),
        QT_TRANSLATE_NOOP("EngineText", "Restart a service"),
        QT_TRANSLATE_NOOP("EngineText", "Re-apply an adapter's IP configuration"),
        QT_TRANSLATE_NOOP("EngineText", "Remove a library from /etc/ld.so.preload"),
        QT_TRANSLATE_NOOP("EngineText", "unchanged: nothing was run"),
        // WSAEISCONN, the error this wizard is about (errors/WinsockErrorTable.cpp, errors/ErrorHelpConnections.cpp)
        QT_TRANSLATE_NOOP("EngineText", "Socket is already connected."),
        QT_TRANSLATE_NOOP("EngineText", "A connect request was made on an already connected socket."),
        QT_TRANSLATE_NOOP("EngineText", "Transport endpoint is already connected"),
        QT_TRANSLATE_NOOP("EngineText",
                          "The program tried to open a connection that was already open. This is almost always a "
                          "mistake in that program, not a fault of this computer or of the network."),
        QT_TRANSLATE_NOOP("EngineText",
                          "connect() (or WSAConnect/ConnectEx) was called on a socket that is already connected. The "
                          "usual cause is polling a non-blocking connect() by calling connect() again: while the "
                          "attempt is pending the extra calls fail with WSAEALREADY, and once it has succeeded with "
                          "WSAEISCONN. Instead, wait until the socket is writable (select, WSAPoll, or FD_CONNECT "
                          "with WSAEventSelect) and read SO_ERROR with getsockopt() to learn whether the connection "
                          "succeeded. Other forms: reusing a connected socket for a new connection instead of "
                          "closing it and creating a new socket; sendto() with a destination address on a connected "
                          "datagram socket (some implementations fail it with WSAEISCONN: use send()). On Linux the "
                          "same mistake gives EISCONN (106)."),
        QT_TRANSLATE_NOOP("EngineText",
                          "The application calls connect() again on a socket that is already connected, typically by "
                          "polling a non-blocking connect() instead of waiting for the socket to become writable and "
                          "reading SO_ERROR."),
        QT_TRANSLATE_NOOP("EngineText",
                          "The application reuses a connected socket for a new connection instead of closing it and "
                          "opening a new socket."),
        QT_TRANSLATE_NOOP("EngineText",
                          "The application calls sendto() with a destination address on a connected datagram (UDP) "
                          "socket."),
        QT_TRANSLATE_NOOP("EngineText",
                          "The exception, machine-wide: a third-party layered service provider (LSP) in the Winsock "
                          "catalog, left by VPN, firewall, antivirus or adware software, intercepts connect() in "
                          "every program and gets the socket state wrong."),
        QT_TRANSLATE_NOOP("EngineText",
                          "Only one application affected, and its sockets show several connections to the same "
                          "server (the reconnect pattern): the application is at fault. Tell its developers; "
                          "resetting Winsock will not help. Several applications affected, a third-party layered "
                          "provider in the Winsock catalog, or recent Winsock catalog changes in the event log: the "
                          "machine is at fault. Bypass or remove that provider first, and reset Winsock only if that "
                          "is not enough."),
        // neighbours of WSAEISCONN that decode lists with it
        QT_TRANSLATE_NOOP("EngineText", "Network dropped connection on reset."),
        QT_TRANSLATE_NOOP("EngineText", "Software caused connection abort."),
        QT_TRANSLATE_NOOP("EngineText", "Connection reset by peer."),
        QT_TRANSLATE_NOOP("EngineText", "No buffer space available."),
        QT_TRANSLATE_NOOP("EngineText", "Socket is not connected."),
        QT_TRANSLATE_NOOP("EngineText", "Cannot send after socket shutdown."),
        QT_TRANSLATE_NOOP("EngineText", "Too many references."),
        // what is wrong with a host, port, program, ticket or code (IntakeRules.cpp), after "it" or a parameter name
        QT_TRANSLATE_NOOP("EngineText", "has an empty label (two dots in a row, or a dot at the start)"),
        QT_TRANSLATE_NOOP("EngineText", "has a label longer than 63 characters"),
        QT_TRANSLATE_NOOP("EngineText", "has a label that starts or ends with '-'"),
        QT_TRANSLATE_NOOP("EngineText", "is neither a name (its last label is a number) nor an IPv4 address"),
        QT_TRANSLATE_NOOP("EngineText", "is empty"),
        QT_TRANSLATE_NOOP("EngineText", "contains non-ASCII characters; write an international name in its xn-- form"),
        QT_TRANSLATE_NOOP("EngineText", "is not a valid IPv6 address in brackets"),
        QT_TRANSLATE_NOOP("EngineText", "is not a valid IPv6 address"),
        QT_TRANSLATE_NOOP("EngineText", "is not a valid IPv4 address (four numbers 0-255 without leading zeros)"),
        QT_TRANSLATE_NOOP("EngineText", "may contain only letters, digits, dots and hyphens (e.g. mail.example.com)"),
        QT_TRANSLATE_NOOP("EngineText", "is not a port (a whole number from 1 to 65535)"),
        QT_TRANSLATE_NOOP("EngineText",
                          "may contain only letters, digits, spaces and . _ + - (a program name such as app.exe, no "
                          "path)"),
        QT_TRANSLATE_NOOP("EngineText", "must start with a letter or digit"),
        QT_TRANSLATE_NOOP("EngineText", "ends with a space"),
        QT_TRANSLATE_NOOP("EngineText", "is a number; a link names the program, not a process id"),
        QT_TRANSLATE_NOOP("EngineText", "contains '..'"),
        QT_TRANSLATE_NOOP("EngineText", "may contain only letters, digits and . _ # - (e.g. INC0012345)"),
        QT_TRANSLATE_NOOP("EngineText", "may contain only printable ASCII characters"),
        QT_TRANSLATE_NOOP("EngineText", "is ambiguous; write the code in hex, e.g. 0x00002748"),
        QT_TRANSLATE_NOOP("EngineText", "is not an error code wsafix knows (try wsafix decode)"),
        // why a support link is refused (links/SupportLink.cpp)
        QT_TRANSLATE_NOOP("EngineText", "the link names no action: expected wsafix://diagnose?..."),
        QT_TRANSLATE_NOOP("EngineText", "is not a support-link parameter"),
        QT_TRANSLATE_NOOP("EngineText", "the link is empty"),
        QT_TRANSLATE_NOOP("EngineText", "this is not a link: expected wsafix://diagnose?..."),
        QT_TRANSLATE_NOOP("EngineText", "the link has no '//' after 'wsafix:': expected wsafix://diagnose?..."),
        QT_TRANSLATE_NOOP("EngineText", "the link has an empty parameter ('&&', or '&' at the start or end)"),
        // the built-in scenarios of training mode (resources/scenarios/*.json): title and story
        QT_TRANSLATE_NOOP("EngineText", "The adapter got no address from DHCP"),
        QT_TRANSLATE_NOOP("EngineText",
                          "After the switch in the finance office was replaced over the weekend, one laptop on a "
                          "docking station cannot reach the finance server: 'Socket error # 10065, No route to "
                          "host'. The other PCs in the room work. Look at what address the laptop has, and get it a "
                          "proper one."),
        QT_TRANSLATE_NOOP("EngineText", "An application retries connect() on a connected socket"),
        QT_TRANSLATE_NOOP("EngineText",
                          "OrderSync, an in-house order tool, shows 'Socket error # 10056' every few minutes. "
                          "Nothing else on the PC has trouble. Decide whether this is the machine or the "
                          "application, and hand the developers the evidence."),
        QT_TRANSLATE_NOOP("EngineText", "A healthy office PC"),
        QT_TRANSLATE_NOOP("EngineText",
                          "A user reports that 'the internet was slow this morning'. Nothing is wrong now: the "
                          "wizard should find no problems and change nothing."),
        QT_TRANSLATE_NOOP("EngineText", "Connected, but no DNS server"),
        QT_TRANSLATE_NOOP("EngineText",
                          "A home-office user on a new router reports that 'the internet is down': Edge says "
                          "DNS_PROBE_FINISHED_NO_INTERNET and Thunderbird cannot find mail.contoso.example. Yet the "
                          "Wi-Fi shows 'Connected' and the router's own page opens by its address. The ISP fixed the "
                          "router's DHCP settings an hour ago. Find what is missing and get the PC to pick up the "
                          "new settings."),
        QT_TRANSLATE_NOOP("EngineText", "Adware installed a layered provider"),
        QT_TRANSLATE_NOOP("EngineText",
                          "Since installing a free 'internet accelerator', Outlook and Chrome fail at random with "
                          "'error 10056'. Several programs are affected, so the machine itself is suspect. Find what "
                          "sits in the Winsock catalog, and remove only that."),
        QT_TRANSLATE_NOOP("EngineText", "An uninstalled antivirus left its provider behind"),
        QT_TRANSLATE_NOOP("EngineText",
                          "Yesterday the old NOD32 antivirus was uninstalled to make room for the company's new one. "
                          "Since this morning Chrome, Outlook and Teams cannot connect at all ('error 10106' in "
                          "Chrome, 'socket error 10056' in Outlook). Find out what the uninstaller left behind and "
                          "remove it, without resetting more than needed."),
        QT_TRANSLATE_NOOP("EngineText", "A program uses up the local ports"),
        QT_TRANSLATE_NOOP("EngineText",
                          "Since the inventory agent was updated on Friday, this PC gets slower at connecting every "
                          "day until nothing connects ('error 10055: no buffer space available', sometimes 10056 in "
                          "Outlook); a reboot helps for a day. Find which program holds the ports, and free them "
                          "without rebooting the whole machine."),
        QT_TRANSLATE_NOOP("EngineText", "A fixed address that a reset would wipe"),
        QT_TRANSLATE_NOOP("EngineText",
                          "The reception PC prints visitor badges on a printer that only accepts this PC's fixed "
                          "address, 10.20.30.41 (there is no DHCP on the reception network). Since someone installed "
                          "Proxifier to reach a blocked site, BadgeDesk fails with 'socket error 10056'. A colleague "
                          "says: just run 'netsh int ip reset' and 'netsh winsock reset'. Fix it without losing the "
                          "fixed address."),
        // fixes: badges (FixRecord.cpp), snapshot plans (platform/simulated/SimulatedFix.cpp,
        // platform/linux/*Fix.cpp), the fix runner's machine states (FixRunner.cpp), the guard (AutoRevertGuard.cpp)
        QT_TRANSLATE_NOOP("EngineText", "needs admin"),
        QT_TRANSLATE_NOOP("EngineText", "needs reboot"),
        QT_TRANSLATE_NOOP("EngineText", "drops connections"),
        QT_TRANSLATE_NOOP("EngineText", "can cut the machine off"),
        QT_TRANSLATE_NOOP("EngineText",
                          "the simulated machine (catalog, processes, sockets, adapters, events, reachability) and the "
                          "fixes applied to it"),
        QT_TRANSLATE_NOOP("EngineText",
                          "Empties the local DNS cache of systemd-resolved, so stale or poisoned answers are looked up "
                          "again. Nothing else changes."),
        QT_TRANSLATE_NOOP("EngineText", "nothing: a DNS cache cannot be put back, and it refills by itself"),
        QT_TRANSLATE_NOOP("EngineText", "nothing to put back: the DNS cache refills by itself"),
        QT_TRANSLATE_NOOP("EngineText", "unchanged: nothing was run"),
        QT_TRANSLATE_NOOP("EngineText", "restore requested"),
        QT_TRANSLATE_NOOP("EngineText", "unknown: check the machine by hand"),
        QT_TRANSLATE_NOOP("EngineText", "apply"),   // the kind of an interrupted journal entry
        QT_TRANSLATE_NOOP("EngineText", "restore"), // the kind of an interrupted journal entry
        QT_TRANSLATE_NOOP("EngineText", "connectivity was confirmed; the change was kept"),
        QT_TRANSLATE_NOOP("EngineText", "a revert was asked for"),
        QT_TRANSLATE_NOOP("EngineText", "the administrator password prompt was dismissed or refused"),
    };
    return sentences;
}

const std::vector<const char*>& engineTextTemplates()
{
    static const std::vector<const char*> templates{
        // findings and their evidence (Rules.cpp)
        QT_TRANSLATE_NOOP("EngineText", "The application keeps opening connections to %1: an application issue"),
        QT_TRANSLATE_NOOP("EngineText",
                          "WSAEISCONN (10056) means the program called connect() on a socket that is already "
                          "connected. The program holds %1 connections to the same place, the pattern of a program "
                          "that retries connect() instead of waiting for the first one. %2"),
        QT_TRANSLATE_NOOP("EngineText", "The application reported WSAEISCONN %1 times: an application issue"),
        QT_TRANSLATE_NOOP("EngineText", "One program holds %1 idle or closing sockets"),
        QT_TRANSLATE_NOOP("EngineText", "The adapter %1 gave itself an emergency address (no DHCP answer)"),
        QT_TRANSLATE_NOOP("EngineText", "The name %1 does not resolve"),
        QT_TRANSLATE_NOOP("EngineText", "No connection to %1"),
        QT_TRANSLATE_NOOP("EngineText", "%1 [file missing]"),
        QT_TRANSLATE_NOOP("EngineText", "catalog %1: %2"),
        QT_TRANSLATE_NOOP("EngineText", "name service provider %1"),
        QT_TRANSLATE_NOOP("EngineText", "loaded into process %1: %2"), // a provider DLL inside the target process
        QT_TRANSLATE_NOOP("EngineText", "event %1 at %2: %3"),
        QT_TRANSLATE_NOOP("EngineText", "event at %1 (%2): %3"),
        QT_TRANSLATE_NOOP("EngineText", "pid %1 (%2): %3 sockets in TIME_WAIT or BOUND"),
        QT_TRANSLATE_NOOP("EngineText", "%1 (%2): down"),
        QT_TRANSLATE_NOOP("EngineText", "%1 (%2): no gateway"),
        QT_TRANSLATE_NOOP("EngineText", "%1 (%2): no DNS server"),
        QT_TRANSLATE_NOOP("EngineText", "%1: %2 (%3) after %4 ms"),
        // verdicts and next steps (VerdictRules.cpp)
        QT_TRANSLATE_NOOP("EngineText", "Try the fix %1 (recommended for: %2)."),
        QT_TRANSLATE_NOOP("EngineText",
                          "If the fix %1 made nothing better, put the machine back as it was: wsafix snapshots "
                          "restore %2."),
        QT_TRANSLATE_NOOP("EngineText",
                          "Nothing listens on port %1 at %2: check that the service there runs and that the port is "
                          "right."),
        QT_TRANSLATE_NOOP("EngineText",
                          "There is no route to %1: check the cable or Wi-Fi, the adapter and the gateway."),
        QT_TRANSLATE_NOOP("EngineText",
                          "The name %1 does not resolve (%2), so no connection was tried: this is a name problem, not "
                          "a closed port."),
        QT_TRANSLATE_NOOP("EngineText",
                          "Check the spelling of %1; if it is right, the DNS server or its cache is at fault."),
        QT_TRANSLATE_NOOP("EngineText", "%1 of %2 connection attempts to %3 failed: %4."),
        QT_TRANSLATE_NOOP("EngineText", "A problem remains: %1."),
        QT_TRANSLATE_NOOP("EngineText", "%1 problems remain; the worst: %2."),
        QT_TRANSLATE_NOOP("EngineText", "These checks worked at the start but are unavailable now: %1."),
        QT_TRANSLATE_NOOP("EngineText", "%1 (not run)"), // a check lost since detect (BaselineComparison.cpp)
        QT_TRANSLATE_NOOP("EngineText",
                          "No problem shows now, but the effect of %1 cannot be checked on this machine, so the fix "
                          "is not proven."),
        QT_TRANSLATE_NOOP("EngineText", "There was no examination before the fix to compare with (%1). Now %2"),
        QT_TRANSLATE_NOOP("EngineText", "%1 and no problem shows."),
        QT_TRANSLATE_NOOP("EngineText",
                          "The problem found at the start concerns another target than %1, which this check did not "
                          "connect to."),
        QT_TRANSLATE_NOOP("EngineText",
                          "Nothing was wrong at the start and %1 connects fine, so there is no fix to confirm. If the "
                          "error continues, the failing program itself is the likely cause."),
        QT_TRANSLATE_NOOP("EngineText",
                          "Nothing was fixed, and the target works: %1 and no problem shows. If the error continues, "
                          "the failing program itself is the likely cause."),
        QT_TRANSLATE_NOOP("EngineText",
                          "If the program still reports the error, the program itself is the likely cause: attach the "
                          "report (wsafix report --last --format md -o report.md) to a ticket for its developers."),
        QT_TRANSLATE_NOOP("EngineText", "The problem found at the start is gone, and %1."),
        QT_TRANSLATE_NOOP("EngineText", "All %1 problems found at the start are gone, and %2."),
        QT_TRANSLATE_NOOP("EngineText", "All %1 problems found at the start are gone."),
        QT_TRANSLATE_NOOP("EngineText", "all %1 connection attempts to %2 succeeded"),
        QT_TRANSLATE_NOOP("EngineText", "error %1"),
        QT_TRANSLATE_NOOP("EngineText", "The check failed: %1"), // VerifyPage
        QT_TRANSLATE_NOOP("EngineText", "no session in the state directory"),
        QT_TRANSLATE_NOOP("EngineText", "session %1 has no detect step"),
        QT_TRANSLATE_NOOP("EngineText", "the latest session (%1) examined a real machine"),    // VerifyCommand
        QT_TRANSLATE_NOOP("EngineText", "the latest session (%1) examined the scenario '%2'"), // VerifyCommand
        // training review (TrainingReview.cpp)
        QT_TRANSLATE_NOOP("EngineText",
                          "Fixed, but a less invasive fix existed: %1 alone would have solved it with less collateral "
                          "change."),
        QT_TRANSLATE_NOOP("EngineText", "New: %1."),
        QT_TRANSLATE_NOOP("EngineText", "Still present: %1."),
        QT_TRANSLATE_NOOP("EngineText", "The connection to %1 still fails."),
        QT_TRANSLATE_NOOP("EngineText", "Not simulated in this scenario, so they changed nothing: %1."),
        QT_TRANSLATE_NOOP("EngineText", "What would have worked: %1."),
        // probe status (Detector.cpp, the simulated machine)
        QT_TRANSLATE_NOOP("EngineText",
                          "stopped after its time limit of %1; what it had read so far is left out, as it would be "
                          "incomplete"),
        QT_TRANSLATE_NOOP("EngineText", "no running process is called %1"),
        QT_TRANSLATE_NOOP("EngineText", "the simulated machine has no process %1"),
        QT_TRANSLATE_NOOP("EngineText", "there is no process %1"),
        QT_TRANSLATE_NOOP("EngineText", "cannot read %1: %2"),
        // fixes of the simulated machine and the fix runner (SimulatedFix.cpp, FixRunner.cpp)
        QT_TRANSLATE_NOOP("EngineText",
                          "On this simulated machine, %1 changes only the simulated state, as scenario '%2' describes; "
                          "no command runs."),
        QT_TRANSLATE_NOOP("EngineText", "%1 is not simulated in scenario '%2'"),
        QT_TRANSLATE_NOOP("EngineText",
                          "%1 is already applied to this simulated machine (restoring its snapshot undoes it)"),
        QT_TRANSLATE_NOOP("EngineText", "apply %1 to the simulated machine"),
        QT_TRANSLATE_NOOP("EngineText", "restore the simulated machine of snapshot %1"),
        QT_TRANSLATE_NOOP("EngineText", "the simulated machine did not change as scenario '%1' describes"),
        QT_TRANSLATE_NOOP("EngineText", "the simulated machine changed as scenario '%1' describes"),
        QT_TRANSLATE_NOOP("EngineText", "the simulated machine differs from snapshot %1"),
        QT_TRANSLATE_NOOP("EngineText", "the simulated machine is as in snapshot %1"),
        QT_TRANSLATE_NOOP("EngineText", "unavailable: %1"),
        QT_TRANSLATE_NOOP("EngineText", "could not take the snapshot first: %1"),
        QT_TRANSLATE_NOOP("EngineText", "the fix failed: %1"),
        QT_TRANSLATE_NOOP("EngineText", "the check itself failed: %1"),
        // fixes (SimulatedFix.cpp, platform/linux/*Fix.cpp): a title with its parameter, the specific before the
        // general ("Remove %1 from %2")
        QT_TRANSLATE_NOOP("EngineText", "Reset the Winsock catalog (%1)"),
        QT_TRANSLATE_NOOP("EngineText", "Remove one layered provider (%1)"),
        QT_TRANSLATE_NOOP("EngineText", "Keep layered providers out of one application (%1)"),
        QT_TRANSLATE_NOOP("EngineText", "Reset TCP/IP and re-apply the static configuration (%1)"),
        QT_TRANSLATE_NOOP("EngineText", "Flush the DNS cache (%1)"),
        QT_TRANSLATE_NOOP("EngineText", "Restart a network adapter (%1)"),
        QT_TRANSLATE_NOOP("EngineText", "Restart a service (%1)"),
        QT_TRANSLATE_NOOP("EngineText", "Re-apply an adapter's IP configuration (%1)"),
        QT_TRANSLATE_NOOP("EngineText", "Remove a library from /etc/ld.so.preload (%1)"),
        QT_TRANSLATE_NOOP("EngineText", "%1 (as scenario '%2' says)"),
        QT_TRANSLATE_NOOP("EngineText", "Re-apply the IP configuration of %1"),
        QT_TRANSLATE_NOOP("EngineText",
                          "Clears the addresses of %1 and applies its configuration again — NetworkManager's profile "
                          "where NetworkManager manages it, otherwise exactly the addresses and routes captured in the "
                          "snapshot — which drops stale routes and addresses without losing a static configuration."),
        QT_TRANSLATE_NOOP("EngineText", "Restart network interface %1"),
        QT_TRANSLATE_NOOP("EngineText",
                          "Takes %1 down and up again, which resets its driver state and drops its connections, then "
                          "re-adds the IPv6 addresses and routes the kernel removes on the way, so its configuration "
                          "stays as it is."),
        QT_TRANSLATE_NOOP("EngineText", "Restart the service %1"),
        QT_TRANSLATE_NOOP("EngineText",
                          "Stops and starts %1 through systemd, which clears a service stuck with half-open "
                          "connections. Its own connections drop while it restarts."),
        QT_TRANSLATE_NOOP("EngineText", "%1 (whether the unit was running)"),
        QT_TRANSLATE_NOOP("EngineText",
                          "The dynamic loader injects every library listed in %1 into every program, as a layered "
                          "provider does on Windows. Removing %2 stops it from intercepting the programs' sockets; the "
                          "library itself stays on disk, and the snapshot can put the entry back."),
        QT_TRANSLATE_NOOP("EngineText", "a copy of %1 (bytes and permissions)"),
        QT_TRANSLATE_NOOP("EngineText", "then %1 is rewritten without %2 (atomically: temporary file, rename)"),
        QT_TRANSLATE_NOOP("EngineText", "Remove %1 from %2"),
        QT_TRANSLATE_NOOP("EngineText",
                          "systemd-resolved is not running (no %1): this machine keeps no local DNS cache to flush"),
        QT_TRANSLATE_NOOP("EngineText", "resolvectl cannot be run: %1"),
        QT_TRANSLATE_NOOP("EngineText", "there is no network interface called '%1' here"),
        QT_TRANSLATE_NOOP("EngineText", "the DNS cache holds %1 entries right after the flush"),
        QT_TRANSLATE_NOOP("EngineText", "%1 has the addresses, routes and state of snapshot %2"),
        // the fix runner's outcomes and machine states (FixRunner.cpp)
        QT_TRANSLATE_NOOP("EngineText", "could not write the journal first: %1"),
        QT_TRANSLATE_NOOP("EngineText", "the fix did not work: %1"),
        QT_TRANSLATE_NOOP("EngineText", "changed as intended; snapshot %1 can undo it"),
        QT_TRANSLATE_NOOP("EngineText",
                          "changed, but whether it worked could not be verified; snapshot %1 can undo it"),
        QT_TRANSLATE_NOOP("EngineText", "the journal could not be written: %1"),
        QT_TRANSLATE_NOOP("EngineText", "changed; the next run of wsafix will roll back to snapshot %1"),
        QT_TRANSLATE_NOOP("EngineText", "%1; the rollback failed: %2"),
        QT_TRANSLATE_NOOP("EngineText", "%1; rolled back"),
        QT_TRANSLATE_NOOP("EngineText", "NOT as before the fix: restore snapshot %1 (wsafix snapshots restore %2)"),
        QT_TRANSLATE_NOOP("EngineText", "NOT as before the fix: restore snapshot %1 by hand"),
        QT_TRANSLATE_NOOP("EngineText", "as before the fix (snapshot %1)"),
        QT_TRANSLATE_NOOP("EngineText", "restored snapshot %1"),
        QT_TRANSLATE_NOOP("EngineText", "an interrupted %1 of %2 on %3 (not this machine, %4) was left as it is"),
        QT_TRANSLATE_NOOP("EngineText", "unknown for %1"),
        QT_TRANSLATE_NOOP("EngineText", "an earlier %1 of %2 was interrupted (the process ended at step %3)"),
        QT_TRANSLATE_NOOP("EngineText", "an interrupted %1 of %2 cannot be rolled back: %3"),
        // missing rights (FixRecord.cpp)
        QT_TRANSLATE_NOOP("EngineText",
                          "%1 needs administrator rights, and on the simulated machine '%2' wsafix runs without them "
                          "(its scenario says \"elevated\": false)"),
        QT_TRANSLATE_NOOP("EngineText",
                          "%1 needs administrator rights to change the network configuration, and wsafix runs without "
                          "them: run it from a command prompt opened with \"Run as administrator\", or ask an "
                          "administrator"),
        QT_TRANSLATE_NOOP("EngineText",
                          "%1 needs root (administrator) rights to change the network configuration, and wsafix runs "
                          "as an ordinary user: run it as root (sudo wsafix fix ...) or ask an administrator"),
        // the auto-revert guard and the elevated fix step (AutoRevertGuard.cpp, GuardCommand.cpp, ElevatedFix.cpp)
        QT_TRANSLATE_NOOP("EngineText", "the guard refuses to watch: %1; nothing was changed"),
        QT_TRANSLATE_NOOP("EngineText", "the guard cannot write its state: %1"),
        QT_TRANSLATE_NOOP("EngineText", "%1: the auto-revert guard restored snapshot %2 (%3) — machine: %4"),
        QT_TRANSLATE_NOOP("EngineText", "%1: the auto-revert guard could not restore snapshot %2 (%3) — machine: %4"),
        QT_TRANSLATE_NOOP("EngineText", "connectivity was not confirmed within %1 s"),
        QT_TRANSLATE_NOOP("EngineText", "auto-revert guard: connectivity was not confirmed in time; %1"),
        QT_TRANSLATE_NOOP("EngineText", "the program to run elevated must be an absolute path: %1"),
        QT_TRANSLATE_NOOP("EngineText", "pkexec could not start (%1); ask an administrator to run: sudo %2 fix ..."),
        QT_TRANSLATE_NOOP("EngineText", "the elevated fix step did not end within %1 s"),
        QT_TRANSLATE_NOOP("EngineText", "not authorized, or no authentication agent is running (pkexec: %1)"),
        QT_TRANSLATE_NOOP("EngineText", "the fix step ran as root (pkexec) and exited with %1"),
        QT_TRANSLATE_NOOP("EngineText", "%1; the auto-revert guard did not report back (see %2)"), // FixCommand.cpp
        // the resume entry after a restart (platform/linux/ResumeEntry.cpp)
        QT_TRANSLATE_NOOP("EngineText",
                          "neither $XDG_CONFIG_HOME nor $HOME is an absolute path, so there is no autostart folder"),
        QT_TRANSLATE_NOOP("EngineText", "the autostart entry %1 could not be written: %2"),
        QT_TRANSLATE_NOOP("EngineText", "the autostart entry %1 could not be removed: %2"),
        // what is wrong with a host, program, ticket or code (IntakeRules.cpp)
        QT_TRANSLATE_NOOP("EngineText", "is %1 characters long; a host name has at most 253"),
        QT_TRANSLATE_NOOP("EngineText", "is longer than %1 characters"),
        QT_TRANSLATE_NOOP("EngineText", "is ambiguous: %1"),
        // why a support link is refused (links/SupportLink.cpp)
        QT_TRANSLATE_NOOP("EngineText", "the link contains a space at position %1 (write it as %20)"),
        QT_TRANSLATE_NOOP("EngineText",
                          "the link contains a control character at position %1 (a line break, tab or NUL byte)"),
        QT_TRANSLATE_NOOP("EngineText", "the link contains a non-ASCII character at position %1 (percent-encode it)"),
        QT_TRANSLATE_NOOP("EngineText", "the link has user information ('%1'); a support link has none"),
        QT_TRANSLATE_NOOP("EngineText", "the link has a port in its address ('%1'); a support link has none"),
        QT_TRANSLATE_NOOP("EngineText", "the link asks for '%1', which links cannot do: the only action is 'diagnose'"),
        QT_TRANSLATE_NOOP("EngineText", "the link has a path after 'diagnose' ('%1'); expected wsafix://diagnose?..."),
        QT_TRANSLATE_NOOP("EngineText", "the link is %1 characters long; a support link has at most %2"),
        QT_TRANSLATE_NOOP("EngineText", "this is not a wsafix link (its scheme is '%1')"),
        QT_TRANSLATE_NOOP("EngineText", "the link has a fragment ('%1'); write a '#' inside a value as %23"),
        QT_TRANSLATE_NOOP("EngineText", "the link has a percent-encoded parameter name ('%1')"),
        QT_TRANSLATE_NOOP("EngineText",
                          "the link has an unknown parameter '%1' (parameter names are lower case); a link carries "
                          "only code, process, host, port and ticket"),
        QT_TRANSLATE_NOOP("EngineText",
                          "the link has an unknown parameter '%1'; a link carries only code, process, host, port and "
                          "ticket"),
        QT_TRANSLATE_NOOP("EngineText", "the link repeats the parameter '%1'"),
        QT_TRANSLATE_NOOP("EngineText", "parameter '%1' has no value (%2=...)"),
        QT_TRANSLATE_NOOP("EngineText", "parameter '%1' is empty"),
        QT_TRANSLATE_NOOP("EngineText", "parameter '%1': '%2' %3"),
        QT_TRANSLATE_NOOP("EngineText", "parameter '%1' %2"),
        // how decode read the input (errors/ErrorCodeParser.cpp, Decoder.cpp)
        QT_TRANSLATE_NOOP("EngineText", "%1: Windows error code %2"),
        QT_TRANSLATE_NOOP("EngineText", "%1: as a Windows error code: %2"),
        QT_TRANSLATE_NOOP("EngineText", "%1: Linux errno %2 (%3), the twin of %4"),
        QT_TRANSLATE_NOOP("EngineText", "%1: HRESULT %2 = HRESULT_FROM_WIN32(%3)"),
        QT_TRANSLATE_NOOP("EngineText", "%1: %2 is the Linux name (errno %3) of %4"),
        QT_TRANSLATE_NOOP("EngineText", "%1: %2 is another name of %3"),
    };
    return templates;
}

} // namespace wsafix
