// Help for the connection errors. Facts from Microsoft's "Windows Sockets Error Codes" page and the connect(),
// listen() and recv() reference pages; Linux counterparts from connect(2).
#include "diagnostics/errors/ErrorHelpTable.h"

namespace wsafix {

std::vector<ErrorHelp> connectionErrorHelp()
{
    return {
        {10048,
         "The program wanted a network port that is already taken, either by another program or by an earlier "
         "copy of itself that has not let go of it yet.",
         "bind() asked for a local address and port that an existing socket holds, or one that is still closing "
         "(TIME_WAIT). After a bind() to a wildcard address the error can surface later, in connect() or listen(). "
         "Client code rarely needs bind(): connect() picks a free local port by itself.",
         {"Another program, or a second copy of the same program, already listens on that port.",
          "The program restarted and its previous connections still hold the port while they close (TIME_WAIT).",
          "A program opens and closes outgoing connections so fast that Windows has to reuse local ports too "
          "early (Tcpip event 4227 in the System log)."},
         "The sockets probe shows which process owns the port. A second copy of the same program: close it. Tcpip "
         "event 4227 points at a program that churns connections, not at a broken machine.",
         {"sockets", "processes", "events"},
         {"restart-service:<name>"}},

        {10049,
         "The program asked to use a network address that this computer does not have, or an address that cannot "
         "be used at all, such as port 0.",
         "bind() named a local address that no interface of this machine has, or connect()/sendto() named a remote "
         "address or port that is not valid (for example 0.0.0.0 or port 0). On Linux, EADDRNOTAVAIL from "
         "connect() also means that no free local port was left for an outgoing connection.",
         {"The program is set to use a local IP address the machine no longer has (a new DHCP lease, a removed "
          "adapter, a disconnected VPN).",
          "The target address or port in the program's settings is empty or zero.",
          "On Linux: every local port for outgoing connections is in use."},
         "Compare the address in the program's settings with the adapters probe: a missing address means the "
         "adapter or its lease changed.",
         {"adapters", "sockets", "connectivity"},
         {"restart-adapter:<id>", "reapply-ip:<if>"}},

        {10050,
         "Windows reports that the network is not working on this computer, so no program can connect right now.",
         "The operation met a dead network: a failure of the protocol stack, of the network interface or of the "
         "local network. The arguments of the call are not the cause.",
         {"The network adapter is disabled, unplugged, or its driver stopped.",
          "The local network itself is down (switch, Wi-Fi access point).",
          "The TCP/IP stack or the Winsock configuration is damaged, often after VPN or security software was "
          "removed."},
         "No adapter up in the adapters probe: start there. Adapters up but every program fails: suspect the stack "
         "and the Winsock catalog.",
         {"adapters", "catalog", "events", "connectivity"},
         {"restart-adapter:<id>", "reapply-ip:<if>", "winsock-reset", "ip-reset"}},

        {10051,
         "This computer knows no way to the network the program wants to reach; often the connection to the "
         "router or to the VPN is missing.",
         "No route to the destination network: the routing table has no entry for the target address, typically "
         "because there is no default gateway.",
         {"No default gateway: the adapter has no DHCP lease, or a static setup lacks the gateway.",
          "The VPN that routes the target network is disconnected.",
          "The target is an IPv6 address and this machine has no IPv6 route."},
         "The adapters probe lists gateways: no gateway on any adapter that is up explains the error.",
         {"adapters", "connectivity"},
         {"restart-adapter:<id>", "reapply-ip:<if>", "ip-reset"}},

        {10052,
         "An open connection broke because the other side stopped answering while the program was still using it.",
         "Keep-alive probes found the connection dead while an operation was in progress. Operations in progress "
         "fail with WSAENETRESET, later ones with WSAECONNRESET. setsockopt(SO_KEEPALIVE) on a connection that has "
         "already failed returns it too.",
         {"The network path dropped for a while (Wi-Fi, VPN reconnect, a laptop that slept).",
          "The remote host rebooted or lost its network.", "A firewall or NAT device forgot the idle connection."},
         "Look for adapter or VPN changes at the time of the error in the event log, and check whether only one "
         "server is affected.",
         {"adapters", "events", "connectivity"},
         {"restart-adapter:<id>"}},

        {10053,
         "Software on this computer closed an open connection, for example a firewall, an antivirus program or the "
         "program itself after waiting too long.",
         "The local stack aborted an established connection, possibly because of a data transmission time-out or "
         "a protocol error. Security software that filters traffic on this machine can abort connections too.",
         {"Retransmissions timed out: the network path lost data for too long.",
          "A local firewall, antivirus or VPN program cut the connection.",
          "A layered service provider in the Winsock catalog interfered."},
         "Several programs losing connections at once: look at the Winsock catalog and security software. One "
         "program only: look at its own time-outs.",
         {"catalog", "events", "adapters", "connectivity"},
         {"lsp-bypass:<exe>", "remove-provider:<id>", "winsock-reset"}},

        {10054,
         "The computer at the other end closed the connection abruptly. The problem is usually on that server or "
         "on the way to it, not on this computer.",
         "The peer reset the connection: its program stopped or closed with an abortive close (SO_LINGER with a "
         "zero time-out), the host rebooted, or keep-alive found the connection broken. On a UDP socket, Windows "
         "reports an ICMP port-unreachable caused by an earlier send as WSAECONNRESET on a later receive.",
         {"The server program crashed, restarted, or rejected the request and closed hard.",
          "A firewall, proxy or load balancer between the two reset the connection.",
          "The server or its network went down."},
         "Every client of the same server affected: the server is at fault. The connectivity probe to another host "
         "shows whether this machine's network is fine.",
         {"connectivity", "sockets", "events"},
         {}},

        {10055,
         "Windows ran out of resources for network connections, usually because one program has opened far too "
         "many of them.",
         "The system lacked buffer space or a queue was full. In practice: too many sockets are open, or the "
         "range of local ports for outgoing connections is used up by connections left in TIME_WAIT.",
         {"A program leaks sockets, or opens connections faster than it closes them, and exhausts the local ports.",
          "Many programs together use all local ports (busy servers, aggressive monitoring tools).",
          "The machine is short of memory."},
         "The sockets probe counts sockets per process: one process with thousands of TIME_WAIT or BOUND sockets "
         "is the culprit, and restarting it frees them.",
         {"sockets", "processes", "events"},
         {"restart-service:<name>"}},

        {10056,
         "The program tried to open a connection that was already open. This is almost always a mistake in that "
         "program, not a fault of this computer or of the network.",
         "connect() (or WSAConnect/ConnectEx) was called on a socket that is already connected. The usual cause is "
         "polling a non-blocking connect() by calling connect() again: while the attempt is pending the extra calls "
         "fail with WSAEALREADY, and once it has succeeded with WSAEISCONN. Instead, wait until the socket is "
         "writable (select, WSAPoll, or FD_CONNECT with WSAEventSelect) and read SO_ERROR with getsockopt() to learn "
         "whether the connection succeeded. Other forms: reusing a connected socket for a new connection instead of "
         "closing it and creating a new socket; sendto() with a destination address on a connected datagram socket "
         "(some implementations fail it with WSAEISCONN: use send()). On Linux the same mistake gives EISCONN (106).",
         {"The application calls connect() again on a socket that is already connected, typically by polling a "
          "non-blocking connect() instead of waiting for the socket to become writable and reading SO_ERROR.",
          "The application reuses a connected socket for a new connection instead of closing it and opening a new "
          "socket.",
          "The application calls sendto() with a destination address on a connected datagram (UDP) socket.",
          "The exception, machine-wide: a third-party layered service provider (LSP) in the Winsock catalog, left "
          "by VPN, firewall, antivirus or adware software, intercepts connect() in every program and gets the "
          "socket state wrong."},
         "Only one application affected, and its sockets show several connections to the same server (the "
         "reconnect pattern): the application is at fault. Tell its developers; resetting Winsock will not help. "
         "Several applications affected, a third-party layered provider in the Winsock catalog, or recent Winsock "
         "catalog changes in the event log: the machine is at fault. Bypass or remove that provider first, and "
         "reset Winsock only if that is not enough.",
         {"sockets", "processes", "catalog", "events"},
         {"lsp-bypass:<exe>", "remove-provider:<id>", "remove-preload:<path>", "winsock-reset"}},

        {10057,
         "The program tried to send or receive over a connection that was not open: never opened, or already "
         "closed.",
         "send() or recv() (or an option such as SO_KEEPALIVE) on a connection-oriented socket that is not "
         "connected, or sendto() on a datagram socket without a destination address.",
         {"The program uses the socket before its non-blocking connect() has completed, or after shutting it down.",
          "The connection was reset or dropped and the program did not notice.",
          "A datagram socket sends without an address."},
         "One application affected: the application. If resets (10054) come just before it in the same log, look "
         "at the server or the network first.",
         {"sockets", "processes"},
         {}},

        {10060,
         "The computer the program tried to reach did not answer in time. It may be switched off or blocked by a "
         "firewall, or the address may be wrong.",
         "The connection attempt got no answer within the retry period (not even a refusal), or an established "
         "connection stopped being acknowledged. A refusal would have been WSAECONNREFUSED; silence usually means "
         "a firewall that drops packets, a wrong address, or a broken path.",
         {"A firewall on this machine, on the network or on the server silently drops the connection.",
          "The server is down, or the address or port is wrong.",
          "The network path is broken or very lossy (no gateway, VPN down)."},
         "The connectivity probe tries the same host and port and another host: if only that target fails, the "
         "server or a firewall on the way is at fault.",
         {"connectivity", "adapters", "events"},
         {"flush-dns", "restart-adapter:<id>"}},

        {10061,
         "The computer the program tried to reach answered, but nothing accepts connections on that port: the "
         "service there is stopped, or the port number is wrong.",
         "The target host answered with a reset: no socket listens on that address and port (the server is not "
         "running, listens on another port or interface, or its queue of pending connections is full), or a "
         "firewall rejects the connection actively.",
         {"The server program or service is not running.",
          "Wrong port, or the server listens only on another address (for example only on 127.0.0.1).",
          "A firewall rejects the connection.", "The server's queue of pending connections is full."},
         "A refusal comes from the remote side. If the target is this machine, the sockets probe shows whether "
         "anything listens on the port.",
         {"connectivity", "sockets", "processes"},
         {"restart-service:<name>", "flush-dns"}},

        {10064,
         "The computer the program tried to reach seems to be switched off or disconnected.",
         "The destination host is down. Windows reports such conditions more often as WSAETIMEDOUT.",
         {"The target machine is off, asleep or disconnected.",
          "The name points to the wrong or an old machine, for example through a stale DNS entry.",
          "The local network path is down."},
         "If other hosts answer the connectivity probe, the target is at fault.",
         {"connectivity", "adapters"},
         {"flush-dns", "restart-adapter:<id>"}},

        {10065,
         "This computer found no way to reach the other computer; often the local network or the VPN connection is "
         "missing.",
         "No route to the host: the routing table has no usable route, or a router on the way reported the host "
         "unreachable.",
         {"No default gateway, or the VPN for that network is down.",
          "A router or firewall on the way reports the host as unreachable.",
          "The target is on a network this machine is not connected to."},
         "The adapters probe lists gateways; the connectivity probe shows whether other hosts are reachable.",
         {"adapters", "connectivity"},
         {"restart-adapter:<id>", "reapply-ip:<if>", "ip-reset"}},
    };
}

} // namespace wsafix
