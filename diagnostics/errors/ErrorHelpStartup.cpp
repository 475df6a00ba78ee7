// Help for start-up, provider and name-resolution errors. Facts from Microsoft's "Windows Sockets Error Codes"
// page; Linux counterparts from glibc's getaddrinfo() (EAI_*).
#include "diagnostics/errors/ErrorHelpTable.h"

namespace wsafix {

std::vector<ErrorHelp> startupErrorHelp()
{
    return {
        {10091,
         "Windows' networking component is not ready, so the program cannot use the network at all. Restarting the "
         "computer often helps; if not, the network setup needs repair.",
         "WSAStartup() failed because the underlying network subsystem is unavailable. Microsoft's advice: check "
         "that the right Winsock DLL is found first on the path, that no second Winsock implementation is in use, "
         "and that all networking components are installed and configured.",
         {"The Winsock catalog or the network configuration is damaged, often after VPN or security software was "
          "removed.",
          "An old or foreign winsock.dll or wsock32.dll sits next to the program or on the path.",
          "Networking services are not running yet (very early at start-up) or are disabled."},
         "Every program fails: the machine. One program fails: look for Winsock DLLs in its folder.",
         {"catalog", "events", "processes"},
         {"restart-service:<name>", "winsock-reset", "ip-reset"}},

        {10093,
         "The program did not prepare Windows networking before using it. This is a fault in the program; updating "
         "or reinstalling it is the remedy, not a repair of Windows.",
         "A Winsock function was called before a successful WSAStartup(), after WSACleanup() was called too many "
         "times, or after WSAStartup() failed and the failure was ignored. Sharing a socket with a task that did "
         "not start Winsock gives it too.",
         {"The program never calls WSAStartup(), for example in a DLL or a thread that starts early.",
          "WSACleanup() is called once too often, for example by a library that shuts down while others still use "
          "sockets.",
          "WSAStartup() failed (see 10091 and 10106) and the program carried on."},
         "Only this program affected: the program. Other programs failing to start networking too: look for the "
         "causes of 10091 and 10106 in the Winsock catalog.",
         {"processes", "catalog"},
         {"winsock-reset"}},

        {10106,
         "A networking add-on installed into Windows cannot start, so programs cannot use the network. This usually "
         "comes from leftover VPN, proxy or security software.",
         "A service provider's DLL could not be loaded (LoadLibrary failed), or its WSPStartup or NSPStartup "
         "failed. Typically a layered provider whose DLL was deleted while its entry stayed in the Winsock catalog.",
         {"An orphaned layered service provider: its DLL is missing after VPN, proxy or security software was "
          "uninstalled.",
          "A provider DLL that is broken or does not match the program's 32/64-bit architecture.",
          "A damaged Winsock catalog in the registry."},
         "The catalog probe lists providers whose DLL is missing: one such entry explains the error in every "
         "program.",
         {"catalog", "events"},
         {"remove-provider:<id>", "winsock-reset"}},

        {10107,
         "A basic Windows networking operation failed where it should never fail; usually the Winsock setup is "
         "damaged or a networking add-on misbehaves.",
         "A system call that should never fail did, for example a wait on events or the registry access to the "
         "protocol and namespace catalogs. It is also returned when a provider fails without giving an error code, "
         "which can point at a faulty service provider.",
         {"A damaged Winsock catalog in the registry.", "A faulty layered service provider.",
          "Registry access to the Winsock catalogs fails."},
         "The catalog probe shows third-party and orphaned providers; none there points at the registry itself.",
         {"catalog", "events"},
         {"remove-provider:<id>", "winsock-reset"}},

        {11001,
         "The computer name or web address the program uses could not be found. It may be misspelled, or the "
         "name service (DNS) cannot be reached.",
         "Name resolution (getaddrinfo, gethostbyname) answered that the name is unknown. On Linux, getaddrinfo() "
         "reports this as EAI_NONAME (\"Name or service not known\").",
         {"The host name is misspelled or no longer exists.",
          "The DNS server in use does not know internal names (VPN down, wrong DNS suffix).",
          "A stale answer in the DNS cache, or a wrong entry in the hosts file."},
         "Look up another well-known name: if that fails too, name resolution on this machine is at fault; if not, "
         "the name itself is.",
         {"connectivity", "adapters"},
         {"flush-dns", "restart-adapter:<id>"}},

        {11002,
         "The name lookup got no answer this time; trying again in a moment may work. If it keeps failing, the DNS "
         "server cannot be reached.",
         "A temporary resolver failure: the local DNS server got no response from an authoritative server. On "
         "Linux, getaddrinfo() reports EAI_AGAIN (\"Temporary failure in name resolution\").",
         {"The DNS server is slow, overloaded or unreachable.", "The network link is unstable.",
          "A firewall blocks DNS (port 53)."},
         "If every lookup fails, check the DNS servers in the adapters probe; if only some do, the remote DNS "
         "servers are slow.",
         {"connectivity", "adapters"},
         {"flush-dns", "restart-adapter:<id>"}},

        {11004,
         "The name exists, but has no address of the kind the program asked for, for example no IPv4 address.",
         "The name resolved, but without a record of the requested type: for example an IPv6-only name asked for "
         "IPv4 addresses, or a name with only a mail (MX) record. On Linux, glibc's getaddrinfo() reports EAI_NODATA "
         "(\"No address associated with hostname\").",
         {"The name has only IPv6 (or only IPv4) addresses and the program asks for the other kind.",
          "The DNS entry is incomplete, for example only a mail record.",
          "Split DNS answers differently inside and outside the VPN."},
         "Compare the answer with and without the VPN; a flush of the DNS cache rules out a stale answer.",
         {"connectivity", "adapters"},
         {"flush-dns"}},
    };
}

} // namespace wsafix
