// The error catalog's plain-language help (diagnostics/errors/ErrorHelp*.cpp), listed for lupdate (context
// "EngineText"): the meaning on the intake page, and the sections of wsafix decode.
// Written exactly as the engine writes it; gui.tst_translations fails when an entry of the catalog is missing here.
#include "EngineTextTable.h"

#include <QtGlobal>

namespace wsafix {

const std::vector<const char*>& errorHelpSentences()
{
    static const std::vector<const char*> sentences{
        // what an error means, for the person at the keyboard (errors/ErrorHelp*.cpp)
        QT_TRANSLATE_NOOP("EngineText", "The program wanted a network port that is already taken, either by another "
                                        "program or by an earlier copy of itself that has not let go of it yet."),
        QT_TRANSLATE_NOOP("EngineText", "The program asked to use a network address that this computer does not have, "
                                        "or an address that cannot be used at all, such as port 0."),
        QT_TRANSLATE_NOOP(
            "EngineText",
            "Windows reports that the network is not working on this computer, so no program can connect right now."),
        QT_TRANSLATE_NOOP("EngineText", "This computer knows no way to the network the program wants to reach; often "
                                        "the connection to the router or to the VPN is missing."),
        QT_TRANSLATE_NOOP(
            "EngineText",
            "An open connection broke because the other side stopped answering while the program was still using it."),
        QT_TRANSLATE_NOOP("EngineText", "Software on this computer closed an open connection, for example a firewall, "
                                        "an antivirus program or the program itself after waiting too long."),
        QT_TRANSLATE_NOOP("EngineText", "The computer at the other end closed the connection abruptly. The problem is "
                                        "usually on that server or on the way to it, not on this computer."),
        QT_TRANSLATE_NOOP("EngineText", "Windows ran out of resources for network connections, usually because one "
                                        "program has opened far too many of them."),
        QT_TRANSLATE_NOOP("EngineText", "The program tried to send or receive over a connection that was not open: "
                                        "never opened, or already closed."),
        QT_TRANSLATE_NOOP("EngineText", "The computer the program tried to reach did not answer in time. It may be "
                                        "switched off or blocked by a firewall, or the address may be wrong."),
        QT_TRANSLATE_NOOP("EngineText",
                          "The computer the program tried to reach answered, but nothing accepts connections on that "
                          "port: the service there is stopped, or the port number is wrong."),
        QT_TRANSLATE_NOOP("EngineText",
                          "The computer the program tried to reach seems to be switched off or disconnected."),
        QT_TRANSLATE_NOOP("EngineText", "This computer found no way to reach the other computer; often the local "
                                        "network or the VPN connection is missing."),
        QT_TRANSLATE_NOOP("EngineText",
                          "Windows' networking component is not ready, so the program cannot use the network at all. "
                          "Restarting the computer often helps; if not, the network setup needs repair."),
        QT_TRANSLATE_NOOP("EngineText",
                          "The program did not prepare Windows networking before using it. This is a fault in the "
                          "program; updating or reinstalling it is the remedy, not a repair of Windows."),
        QT_TRANSLATE_NOOP("EngineText",
                          "A networking add-on installed into Windows cannot start, so programs cannot use the "
                          "network. This usually comes from leftover VPN, proxy or security software."),
        QT_TRANSLATE_NOOP("EngineText", "A basic Windows networking operation failed where it should never fail; "
                                        "usually the Winsock setup is damaged or a networking add-on misbehaves."),
        QT_TRANSLATE_NOOP("EngineText", "The computer name or web address the program uses could not be found. It may "
                                        "be misspelled, or the name service (DNS) cannot be reached."),
        QT_TRANSLATE_NOOP("EngineText", "The name lookup got no answer this time; trying again in a moment may work. "
                                        "If it keeps failing, the DNS server cannot be reached."),
        QT_TRANSLATE_NOOP(
            "EngineText",
            "The name exists, but has no address of the kind the program asked for, for example no IPv4 address."),
        // for the program's developer, the likely causes and how to tell them apart (wsafix decode)
        QT_TRANSLATE_NOOP(
            "EngineText",
            "bind() asked for a local address and port that an existing socket holds, or one that is still closing "
            "(TIME_WAIT). After a bind() to a wildcard address the error can surface later, in connect() or listen(). "
            "Client code rarely needs bind(): connect() picks a free local port by itself."),
        QT_TRANSLATE_NOOP("EngineText",
                          "Another program, or a second copy of the same program, already listens on that port."),
        QT_TRANSLATE_NOOP(
            "EngineText",
            "The program restarted and its previous connections still hold the port while they close (TIME_WAIT)."),
        QT_TRANSLATE_NOOP("EngineText", "A program opens and closes outgoing connections so fast that Windows has to "
                                        "reuse local ports too early (Tcpip event 4227 in the System log)."),
        QT_TRANSLATE_NOOP(
            "EngineText",
            "The sockets probe shows which process owns the port. A second copy of the same program: close it. Tcpip "
            "event 4227 points at a program that churns connections, not at a broken machine."),
        QT_TRANSLATE_NOOP(
            "EngineText",
            "bind() named a local address that no interface of this machine has, or connect()/sendto() named a remote "
            "address or port that is not valid (for example 0.0.0.0 or port 0). On Linux, EADDRNOTAVAIL from connect() "
            "also means that no free local port was left for an outgoing connection."),
        QT_TRANSLATE_NOOP("EngineText", "The program is set to use a local IP address the machine no longer has (a new "
                                        "DHCP lease, a removed adapter, a disconnected VPN)."),
        QT_TRANSLATE_NOOP("EngineText", "The target address or port in the program's settings is empty or zero."),
        QT_TRANSLATE_NOOP("EngineText", "On Linux: every local port for outgoing connections is in use."),
        QT_TRANSLATE_NOOP("EngineText", "Compare the address in the program's settings with the adapters probe: a "
                                        "missing address means the adapter or its lease changed."),
        QT_TRANSLATE_NOOP("EngineText",
                          "The operation met a dead network: a failure of the protocol stack, of the network interface "
                          "or of the local network. The arguments of the call are not the cause."),
        QT_TRANSLATE_NOOP("EngineText", "The network adapter is disabled, unplugged, or its driver stopped."),
        QT_TRANSLATE_NOOP("EngineText", "The local network itself is down (switch, Wi-Fi access point)."),
        QT_TRANSLATE_NOOP("EngineText", "The TCP/IP stack or the Winsock configuration is damaged, often after VPN or "
                                        "security software was removed."),
        QT_TRANSLATE_NOOP("EngineText", "No adapter up in the adapters probe: start there. Adapters up but every "
                                        "program fails: suspect the stack and the Winsock catalog."),
        QT_TRANSLATE_NOOP("EngineText", "No route to the destination network: the routing table has no entry for the "
                                        "target address, typically because there is no default gateway."),
        QT_TRANSLATE_NOOP("EngineText",
                          "No default gateway: the adapter has no DHCP lease, or a static setup lacks the gateway."),
        QT_TRANSLATE_NOOP("EngineText", "The VPN that routes the target network is disconnected."),
        QT_TRANSLATE_NOOP("EngineText", "The target is an IPv6 address and this machine has no IPv6 route."),
        QT_TRANSLATE_NOOP(
            "EngineText",
            "The adapters probe lists gateways: no gateway on any adapter that is up explains the error."),
        QT_TRANSLATE_NOOP("EngineText",
                          "Keep-alive probes found the connection dead while an operation was in progress. Operations "
                          "in progress fail with WSAENETRESET, later ones with WSAECONNRESET. setsockopt(SO_KEEPALIVE) "
                          "on a connection that has already failed returns it too."),
        QT_TRANSLATE_NOOP("EngineText",
                          "The network path dropped for a while (Wi-Fi, VPN reconnect, a laptop that slept)."),
        QT_TRANSLATE_NOOP("EngineText", "The remote host rebooted or lost its network."),
        QT_TRANSLATE_NOOP("EngineText", "A firewall or NAT device forgot the idle connection."),
        QT_TRANSLATE_NOOP("EngineText", "Look for adapter or VPN changes at the time of the error in the event log, "
                                        "and check whether only one server is affected."),
        QT_TRANSLATE_NOOP(
            "EngineText",
            "The local stack aborted an established connection, possibly because of a data transmission time-out or a "
            "protocol error. Security software that filters traffic on this machine can abort connections too."),
        QT_TRANSLATE_NOOP("EngineText", "Retransmissions timed out: the network path lost data for too long."),
        QT_TRANSLATE_NOOP("EngineText", "A local firewall, antivirus or VPN program cut the connection."),
        QT_TRANSLATE_NOOP("EngineText", "A layered service provider in the Winsock catalog interfered."),
        QT_TRANSLATE_NOOP("EngineText", "Several programs losing connections at once: look at the Winsock catalog and "
                                        "security software. One program only: look at its own time-outs."),
        QT_TRANSLATE_NOOP(
            "EngineText",
            "The peer reset the connection: its program stopped or closed with an abortive close (SO_LINGER with a "
            "zero time-out), the host rebooted, or keep-alive found the connection broken. On a UDP socket, Windows "
            "reports an ICMP port-unreachable caused by an earlier send as WSAECONNRESET on a later receive."),
        QT_TRANSLATE_NOOP("EngineText",
                          "The server program crashed, restarted, or rejected the request and closed hard."),
        QT_TRANSLATE_NOOP("EngineText", "A firewall, proxy or load balancer between the two reset the connection."),
        QT_TRANSLATE_NOOP("EngineText", "The server or its network went down."),
        QT_TRANSLATE_NOOP("EngineText",
                          "Every client of the same server affected: the server is at fault. The connectivity probe to "
                          "another host shows whether this machine's network is fine."),
        QT_TRANSLATE_NOOP(
            "EngineText",
            "The system lacked buffer space or a queue was full. In practice: too many sockets are open, or the range "
            "of local ports for outgoing connections is used up by connections left in TIME_WAIT."),
        QT_TRANSLATE_NOOP(
            "EngineText",
            "A program leaks sockets, or opens connections faster than it closes them, and exhausts the local ports."),
        QT_TRANSLATE_NOOP("EngineText",
                          "Many programs together use all local ports (busy servers, aggressive monitoring tools)."),
        QT_TRANSLATE_NOOP("EngineText", "The machine is short of memory."),
        QT_TRANSLATE_NOOP("EngineText", "The sockets probe counts sockets per process: one process with thousands of "
                                        "TIME_WAIT or BOUND sockets is the culprit, and restarting it frees them."),
        QT_TRANSLATE_NOOP("EngineText",
                          "send() or recv() (or an option such as SO_KEEPALIVE) on a connection-oriented socket that "
                          "is not connected, or sendto() on a datagram socket without a destination address."),
        QT_TRANSLATE_NOOP(
            "EngineText",
            "The program uses the socket before its non-blocking connect() has completed, or after shutting it down."),
        QT_TRANSLATE_NOOP("EngineText", "The connection was reset or dropped and the program did not notice."),
        QT_TRANSLATE_NOOP("EngineText", "A datagram socket sends without an address."),
        QT_TRANSLATE_NOOP("EngineText", "One application affected: the application. If resets (10054) come just before "
                                        "it in the same log, look at the server or the network first."),
        QT_TRANSLATE_NOOP(
            "EngineText",
            "The connection attempt got no answer within the retry period (not even a refusal), or an established "
            "connection stopped being acknowledged. A refusal would have been WSAECONNREFUSED; silence usually means a "
            "firewall that drops packets, a wrong address, or a broken path."),
        QT_TRANSLATE_NOOP("EngineText",
                          "A firewall on this machine, on the network or on the server silently drops the connection."),
        QT_TRANSLATE_NOOP("EngineText", "The server is down, or the address or port is wrong."),
        QT_TRANSLATE_NOOP("EngineText", "The network path is broken or very lossy (no gateway, VPN down)."),
        QT_TRANSLATE_NOOP("EngineText", "The connectivity probe tries the same host and port and another host: if only "
                                        "that target fails, the server or a firewall on the way is at fault."),
        QT_TRANSLATE_NOOP("EngineText",
                          "The target host answered with a reset: no socket listens on that address and port (the "
                          "server is not running, listens on another port or interface, or its queue of pending "
                          "connections is full), or a firewall rejects the connection actively."),
        QT_TRANSLATE_NOOP("EngineText", "The server program or service is not running."),
        QT_TRANSLATE_NOOP("EngineText",
                          "Wrong port, or the server listens only on another address (for example only on 127.0.0.1)."),
        QT_TRANSLATE_NOOP("EngineText", "A firewall rejects the connection."),
        QT_TRANSLATE_NOOP("EngineText", "The server's queue of pending connections is full."),
        QT_TRANSLATE_NOOP("EngineText", "A refusal comes from the remote side. If the target is this machine, the "
                                        "sockets probe shows whether anything listens on the port."),
        QT_TRANSLATE_NOOP("EngineText",
                          "The destination host is down. Windows reports such conditions more often as WSAETIMEDOUT."),
        QT_TRANSLATE_NOOP("EngineText", "The target machine is off, asleep or disconnected."),
        QT_TRANSLATE_NOOP("EngineText",
                          "The name points to the wrong or an old machine, for example through a stale DNS entry."),
        QT_TRANSLATE_NOOP("EngineText", "The local network path is down."),
        QT_TRANSLATE_NOOP("EngineText", "If other hosts answer the connectivity probe, the target is at fault."),
        QT_TRANSLATE_NOOP("EngineText", "No route to the host: the routing table has no usable route, or a router on "
                                        "the way reported the host unreachable."),
        QT_TRANSLATE_NOOP("EngineText", "No default gateway, or the VPN for that network is down."),
        QT_TRANSLATE_NOOP("EngineText", "A router or firewall on the way reports the host as unreachable."),
        QT_TRANSLATE_NOOP("EngineText", "The target is on a network this machine is not connected to."),
        QT_TRANSLATE_NOOP(
            "EngineText",
            "The adapters probe lists gateways; the connectivity probe shows whether other hosts are reachable."),
        QT_TRANSLATE_NOOP("EngineText",
                          "WSAStartup() failed because the underlying network subsystem is unavailable. Microsoft's "
                          "advice: check that the right Winsock DLL is found first on the path, that no second Winsock "
                          "implementation is in use, and that all networking components are installed and configured."),
        QT_TRANSLATE_NOOP("EngineText", "The Winsock catalog or the network configuration is damaged, often after VPN "
                                        "or security software was removed."),
        QT_TRANSLATE_NOOP("EngineText",
                          "An old or foreign winsock.dll or wsock32.dll sits next to the program or on the path."),
        QT_TRANSLATE_NOOP("EngineText",
                          "Networking services are not running yet (very early at start-up) or are disabled."),
        QT_TRANSLATE_NOOP("EngineText",
                          "Every program fails: the machine. One program fails: look for Winsock DLLs in its folder."),
        QT_TRANSLATE_NOOP("EngineText",
                          "A Winsock function was called before a successful WSAStartup(), after WSACleanup() was "
                          "called too many times, or after WSAStartup() failed and the failure was ignored. Sharing a "
                          "socket with a task that did not start Winsock gives it too."),
        QT_TRANSLATE_NOOP("EngineText",
                          "The program never calls WSAStartup(), for example in a DLL or a thread that starts early."),
        QT_TRANSLATE_NOOP("EngineText", "WSACleanup() is called once too often, for example by a library that shuts "
                                        "down while others still use sockets."),
        QT_TRANSLATE_NOOP("EngineText", "WSAStartup() failed (see 10091 and 10106) and the program carried on."),
        QT_TRANSLATE_NOOP("EngineText",
                          "Only this program affected: the program. Other programs failing to start networking too: "
                          "look for the causes of 10091 and 10106 in the Winsock catalog."),
        QT_TRANSLATE_NOOP("EngineText", "A service provider's DLL could not be loaded (LoadLibrary failed), or its "
                                        "WSPStartup or NSPStartup failed. Typically a layered provider whose DLL was "
                                        "deleted while its entry stayed in the Winsock catalog."),
        QT_TRANSLATE_NOOP("EngineText", "An orphaned layered service provider: its DLL is missing after VPN, proxy or "
                                        "security software was uninstalled."),
        QT_TRANSLATE_NOOP("EngineText",
                          "A provider DLL that is broken or does not match the program's 32/64-bit architecture."),
        QT_TRANSLATE_NOOP("EngineText", "A damaged Winsock catalog in the registry."),
        QT_TRANSLATE_NOOP("EngineText", "The catalog probe lists providers whose DLL is missing: one such entry "
                                        "explains the error in every program."),
        QT_TRANSLATE_NOOP("EngineText",
                          "A system call that should never fail did, for example a wait on events or the registry "
                          "access to the protocol and namespace catalogs. It is also returned when a provider fails "
                          "without giving an error code, which can point at a faulty service provider."),
        QT_TRANSLATE_NOOP("EngineText", "A faulty layered service provider."),
        QT_TRANSLATE_NOOP("EngineText", "Registry access to the Winsock catalogs fails."),
        QT_TRANSLATE_NOOP(
            "EngineText",
            "The catalog probe shows third-party and orphaned providers; none there points at the registry itself."),
        QT_TRANSLATE_NOOP("EngineText",
                          "Name resolution (getaddrinfo, gethostbyname) answered that the name is unknown. On Linux, "
                          "getaddrinfo() reports this as EAI_NONAME (\"Name or service not known\")."),
        QT_TRANSLATE_NOOP("EngineText", "The host name is misspelled or no longer exists."),
        QT_TRANSLATE_NOOP("EngineText",
                          "The DNS server in use does not know internal names (VPN down, wrong DNS suffix)."),
        QT_TRANSLATE_NOOP("EngineText", "A stale answer in the DNS cache, or a wrong entry in the hosts file."),
        QT_TRANSLATE_NOOP("EngineText", "Look up another well-known name: if that fails too, name resolution on this "
                                        "machine is at fault; if not, the name itself is."),
        QT_TRANSLATE_NOOP(
            "EngineText",
            "A temporary resolver failure: the local DNS server got no response from an authoritative server. On "
            "Linux, getaddrinfo() reports EAI_AGAIN (\"Temporary failure in name resolution\")."),
        QT_TRANSLATE_NOOP("EngineText", "The DNS server is slow, overloaded or unreachable."),
        QT_TRANSLATE_NOOP("EngineText", "The network link is unstable."),
        QT_TRANSLATE_NOOP("EngineText", "A firewall blocks DNS (port 53)."),
        QT_TRANSLATE_NOOP("EngineText", "If every lookup fails, check the DNS servers in the adapters probe; if only "
                                        "some do, the remote DNS servers are slow."),
        QT_TRANSLATE_NOOP("EngineText",
                          "The name resolved, but without a record of the requested type: for example an IPv6-only "
                          "name asked for IPv4 addresses, or a name with only a mail (MX) record. On Linux, glibc's "
                          "getaddrinfo() reports EAI_NODATA (\"No address associated with hostname\")."),
        QT_TRANSLATE_NOOP("EngineText",
                          "The name has only IPv6 (or only IPv4) addresses and the program asks for the other kind."),
        QT_TRANSLATE_NOOP("EngineText", "The DNS entry is incomplete, for example only a mail record."),
        QT_TRANSLATE_NOOP("EngineText", "Split DNS answers differently inside and outside the VPN."),
        QT_TRANSLATE_NOOP(
            "EngineText",
            "Compare the answer with and without the VPN; a flush of the DNS cache rules out a stale answer."),
    };
    return sentences;
}

} // namespace wsafix
