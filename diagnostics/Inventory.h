#pragma once
/// @file Inventory.h
/// @brief What the probes see of a machine: Winsock catalog, sockets, processes, adapters, events.
/// Plain value types shared by every backend, the rules, the session record and the reports.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace wsafix {

/// One entry of the Winsock catalog (WSAPROTOCOL_INFOW), or a Linux socket interposer.
struct CatalogEntry
{
    enum class Kind { Base, Layered, Chain };

    std::uint32_t catalogId = 0;        ///< dwCatalogEntryId
    std::string name;                   ///< szProtocol, e.g. "MSAFD Tcpip [TCP/IP]"
    std::string providerGuid;           ///< ProviderId as {xxxxxxxx-...}
    std::string providerPath;           ///< path as registered, environment variables unexpanded
    Kind kind = Kind::Base;             ///< base (ChainLen 1), layered (ChainLen 0), chain (ChainLen > 1)
    std::vector<std::uint32_t> chain;   ///< catalog ids of a protocol chain, top first
    int addressFamily = 0;              ///< AF_INET = 2, AF_INET6 = 23 (Windows numbering)
    int socketType = 0;                 ///< SOCK_STREAM = 1, SOCK_DGRAM = 2
    int protocol = 0;                   ///< IPPROTO_TCP = 6, IPPROTO_UDP = 17
    std::string catalog = "64";         ///< "64" or "32" (which Winsock catalog), "preload" on Linux
    std::optional<bool> dllExists;      ///< whether the provider DLL is on disk; empty when it could not be checked
    std::string company;                ///< CompanyName of the DLL's version resource, when readable
    std::string product;                ///< ProductName of the DLL's version resource, when readable
    bool operator==(const CatalogEntry&) const = default;
};

/// A namespace provider of the Winsock catalog (WSAEnumNameSpaceProviders), or on Linux a name service
/// module of the `hosts:` line of /etc/nsswitch.conf: what answers a program's name lookups.
struct NamespaceProvider
{
    std::string identifier;             ///< e.g. "Tcpip" / "NLA-Namespace", or the NSS source "dns", "mdns4_minimal"
    std::string providerGuid;           ///< NSProviderId as {xxxxxxxx-...}; empty on Linux
    int nameSpace = 0;                  ///< NS_DNS = 12, NS_NLA = 15, ... (Windows numbering); 0 on Linux
    bool active = true;
    std::uint32_t version = 0;
    std::string providerPath;           ///< the provider DLL / NSS module file, when known
    std::optional<bool> dllExists;      ///< whether that file is on disk; empty when it could not be checked
    bool operator==(const NamespaceProvider&) const = default;
};

/// TCP states as Windows' MIB_TCP_STATE names them, plus Bound (a port held with no connection).
enum class TcpState {
    Unknown, Closed, Listen, SynSent, SynReceived, Established, FinWait1, FinWait2,
    CloseWait, Closing, LastAck, TimeWait, DeleteTcb, Bound
};

enum class Transport { Tcp, Udp };

/// One socket of the machine with its owner.
struct SocketEntry
{
    Transport transport = Transport::Tcp;
    int ipVersion = 4;                  ///< 4 or 6
    std::string localAddress;
    std::uint16_t localPort = 0;
    std::string remoteAddress;          ///< empty for listeners and unconnected UDP
    std::uint16_t remotePort = 0;
    TcpState state = TcpState::Unknown; ///< Unknown for UDP
    std::uint32_t pid = 0;              ///< 0 when the owner could not be attributed
    std::string processName;            ///< empty when the owner is unknown
    bool operator==(const SocketEntry&) const = default;
};

struct ProcessInfo
{
    std::uint32_t pid = 0;
    std::string name;                   ///< image name, e.g. "chrome.exe" or "curl"
    std::string path;                   ///< full image path when readable
    bool operator==(const ProcessInfo&) const = default;
};

struct IpAddress
{
    std::string address;                ///< textual, no zone id
    int prefixLength = 0;
    bool operator==(const IpAddress&) const = default;
};

/// A network adapter, keyed by `id` (GUID on Windows, interface name on Linux) and ifIndex,
/// never by its localized friendly name.
struct Adapter
{
    std::string id;
    std::uint32_t ifIndex = 0;
    std::string name;                   ///< friendly name, for display only
    std::string description;
    std::string type;                   ///< "ethernet", "wifi", "loopback", "tunnel", "ppp", "other"
    bool up = false;                    ///< operational status
    std::string mac;                    ///< aa:bb:cc:dd:ee:ff, empty if none
    std::vector<IpAddress> addresses;
    std::vector<std::string> gateways;
    std::vector<std::string> dnsServers;
    bool dhcp = false;
    bool operator==(const Adapter&) const = default;
};

/// One event log / journal entry.
struct EventEntry
{
    std::string time;                   ///< ISO 8601, UTC
    std::string source;                 ///< provider or unit
    std::uint32_t eventId = 0;
    std::string level;                  ///< "critical", "error", "warning", "info"
    std::string message;
    bool operator==(const EventEntry&) const = default;
};

/// Whether a probe could run. A probe that cannot run says why; it never reports an empty success.
struct ProbeStatus
{
    bool available = true;
    std::string reason;                 ///< why it is unavailable (empty when available)
    bool operator==(const ProbeStatus&) const = default;
};

/// The result of one probe: a value, or the reason it is unavailable.
template <class T> struct Probed
{
    T value{};
    ProbeStatus status;

    static Probed ok(T v) { return Probed{std::move(v), {}}; }
    static Probed unavailable(std::string why) { return Probed{T{}, ProbeStatus{false, std::move(why)}}; }
    bool available() const { return status.available; }
};

/// Facts about the machine and the backend.
struct SystemInfo
{
    std::string backend;                ///< "windows", "linux", "simulated"
    std::string os;                     ///< human-readable OS name and version
    std::string hostname;
    std::string user;
    bool elevated = false;
    std::string scenario;               ///< scenario name under the simulated backend
    bool operator==(const SystemInfo&) const = default;
};

/// Outcome of one TCP connection attempt.
struct TcpProbeResult
{
    bool resolved = false;              ///< the name resolved to at least one address
    bool connected = false;
    std::string address;                ///< the address tried last
    double milliseconds = 0;            ///< time to connect (or to fail)
    int errorCode = 0;                  ///< WSA code on Windows, errno on Linux; 0 on success
    std::string error;                  ///< short text for errorCode
    bool operator==(const TcpProbeResult&) const = default;
};

/// Outcome of resolving a host name on its own, before any connection is tried, so that "the name does not
/// resolve" is never mistaken for "the port is closed".
struct NameResolution
{
    bool resolved = false;              ///< at least one address came back
    std::vector<std::string> addresses; ///< textual addresses in the resolver's order
    double milliseconds = 0;            ///< time the resolver took
    int errorCode = 0;                  ///< the resolver's code (WSAHOST_NOT_FOUND, EAI_NONAME, ...); 0 when resolved
    std::string error;                  ///< short text for errorCode
    bool operator==(const NameResolution&) const = default;
};

/// A TCP connection attempt to the target the user named (host:port of the intake).
struct ConnectivityCheck
{
    std::string host;
    std::uint16_t port = 0;
    TcpProbeResult result;
    bool operator==(const ConnectivityCheck&) const = default;
};

/// Everything detection saw, with the status of each probe ("catalog", "sockets", "processes", "adapters", "events",
/// and "connectivity" when a target was probed).
struct Inventory
{
    std::vector<CatalogEntry> catalog;
    std::vector<NamespaceProvider> namespaceProviders; ///< status under "namespaces"; probed with the catalog
    /// Interposers of the target process (LD_PRELOAD in its environment, layered provider DLLs loaded into it);
    /// status under "interposers", probed with the processes when a target process is known.
    std::vector<CatalogEntry> targetInterposers;
    std::vector<SocketEntry> sockets;
    std::vector<ProcessInfo> processes;
    std::vector<Adapter> adapters;
    std::vector<EventEntry> events;
    std::map<std::string, ProbeStatus> probes;
    std::vector<ConnectivityCheck> connectivity; ///< the "connectivity" probe: empty unless it ran
    bool operator==(const Inventory&) const = default;
};

} // namespace wsafix
