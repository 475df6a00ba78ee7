#include "diagnostics/platform/windows/SocketTableProbe.h"

#include "diagnostics/platform/windows/ErrorNames.h"
#include "diagnostics/platform/windows/ProcessProbe.h"

#include <winsock2.h>

#include <iphlpapi.h>
#include <ws2tcpip.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <map>
#include <string>
#include <utility>

namespace wsafix::win {
namespace {

/// The raw bytes of one IP Helper table, 8-byte aligned for the row structures.
struct TableBuffer
{
    std::vector<std::uint64_t> storage;
    DWORD error = NO_ERROR;
    template <class Table> const Table* as() const { return reinterpret_cast<const Table*>(storage.data()); }
};

/// Calls `query(buffer, &size)` until the buffer is large enough: the table can grow between calls.
template <class Query> TableBuffer readTable(Query query)
{
    TableBuffer table;
    DWORD size = 16 * 1024;
    for (int attempt = 0; attempt < 16; ++attempt) {
        table.storage.assign(size / sizeof(std::uint64_t) + 1, 0);
        table.error = query(table.storage.data(), &size);
        if (table.error != ERROR_INSUFFICIENT_BUFFER)
            return table;
        size += size / 4; // room for the rows added before the next call
    }
    return table;
}

TcpState tcpState(DWORD state)
{
    // 100 is MIB_TCP_STATE_RESERVED, which Get-NetTCPConnection shows as "Bound".
    constexpr std::pair<DWORD, TcpState> kStates[] = {
        {MIB_TCP_STATE_CLOSED, TcpState::Closed},
        {MIB_TCP_STATE_LISTEN, TcpState::Listen},
        {MIB_TCP_STATE_SYN_SENT, TcpState::SynSent},
        {MIB_TCP_STATE_SYN_RCVD, TcpState::SynReceived},
        {MIB_TCP_STATE_ESTAB, TcpState::Established},
        {MIB_TCP_STATE_FIN_WAIT1, TcpState::FinWait1},
        {MIB_TCP_STATE_FIN_WAIT2, TcpState::FinWait2},
        {MIB_TCP_STATE_CLOSE_WAIT, TcpState::CloseWait},
        {MIB_TCP_STATE_CLOSING, TcpState::Closing},
        {MIB_TCP_STATE_LAST_ACK, TcpState::LastAck},
        {MIB_TCP_STATE_TIME_WAIT, TcpState::TimeWait},
        {MIB_TCP_STATE_DELETE_TCB, TcpState::DeleteTcb},
        {100, TcpState::Bound},
    };
    for (const auto& [value, mapped] : kStates)
        if (value == state)
            return mapped;
    return TcpState::Unknown;
}

/// Ports sit in the low 16 bits of a DWORD, in network byte order.
std::uint16_t port(DWORD value)
{
    return ntohs(static_cast<u_short>(value & 0xFFFF));
}

std::string ipv4Text(DWORD address)
{
    in_addr in{};
    in.s_addr = address;
    char text[INET_ADDRSTRLEN] = {};
    return inet_ntop(AF_INET, &in, text, sizeof text) ? text : "";
}

std::string ipv6Text(const UCHAR (&address)[16])
{
    in6_addr in{};
    std::copy(std::begin(address), std::end(address), in.s6_addr);
    char text[INET6_ADDRSTRLEN] = {};
    return inet_ntop(AF_INET6, &in, text, sizeof text) ? text : "";
}

class SocketCollector
{
public:
    explicit SocketCollector(std::map<std::uint32_t, std::string> names) : m_names(std::move(names)) {}

    void add(SocketEntry entry, DWORD pid)
    {
        entry.pid = pid;
        // PID 0 is "no owner known" in the inventory, not the idle process.
        if (const auto it = m_names.find(pid); pid != 0 && it != m_names.end())
            entry.processName = it->second;
        if (entry.transport == Transport::Udp || entry.state == TcpState::Listen) {
            entry.remoteAddress.clear();
            entry.remotePort = 0;
        }
        m_sockets.push_back(std::move(entry));
    }

    std::vector<SocketEntry> take() { return std::move(m_sockets); }

private:
    std::map<std::uint32_t, std::string> m_names;
    std::vector<SocketEntry> m_sockets;
};

SocketEntry tcpEntry(int ipVersion, std::string local, DWORD localPort, std::string remote, DWORD remotePort,
                     DWORD state)
{
    SocketEntry entry;
    entry.transport = Transport::Tcp;
    entry.ipVersion = ipVersion;
    entry.localAddress = std::move(local);
    entry.localPort = port(localPort);
    entry.remoteAddress = std::move(remote);
    entry.remotePort = port(remotePort);
    entry.state = tcpState(state);
    return entry;
}

SocketEntry udpEntry(int ipVersion, std::string local, DWORD localPort)
{
    SocketEntry entry;
    entry.transport = Transport::Udp;
    entry.ipVersion = ipVersion;
    entry.localAddress = std::move(local);
    entry.localPort = port(localPort);
    return entry;
}

DWORD addTcp4(SocketCollector& out)
{
    const auto buffer = readTable([](void* data, DWORD* size) {
        return GetExtendedTcpTable(data, size, FALSE, AF_INET, TCP_TABLE_OWNER_PID_ALL, 0);
    });
    if (buffer.error != NO_ERROR)
        return buffer.error;
    const auto* table = buffer.as<MIB_TCPTABLE_OWNER_PID>();
    for (DWORD i = 0; i < table->dwNumEntries; ++i) {
        const auto& row = table->table[i];
        out.add(tcpEntry(4, ipv4Text(row.dwLocalAddr), row.dwLocalPort, ipv4Text(row.dwRemoteAddr), row.dwRemotePort,
                         row.dwState),
                row.dwOwningPid);
    }
    return NO_ERROR;
}

DWORD addTcp6(SocketCollector& out)
{
    const auto buffer = readTable([](void* data, DWORD* size) {
        return GetExtendedTcpTable(data, size, FALSE, AF_INET6, TCP_TABLE_OWNER_PID_ALL, 0);
    });
    if (buffer.error != NO_ERROR)
        return buffer.error;
    const auto* table = buffer.as<MIB_TCP6TABLE_OWNER_PID>();
    for (DWORD i = 0; i < table->dwNumEntries; ++i) {
        const auto& row = table->table[i];
        out.add(tcpEntry(6, ipv6Text(row.ucLocalAddr), row.dwLocalPort, ipv6Text(row.ucRemoteAddr), row.dwRemotePort,
                         row.dwState),
                row.dwOwningPid);
    }
    return NO_ERROR;
}

DWORD addUdp4(SocketCollector& out)
{
    const auto buffer = readTable([](void* data, DWORD* size) {
        return GetExtendedUdpTable(data, size, FALSE, AF_INET, UDP_TABLE_OWNER_PID, 0);
    });
    if (buffer.error != NO_ERROR)
        return buffer.error;
    const auto* table = buffer.as<MIB_UDPTABLE_OWNER_PID>();
    for (DWORD i = 0; i < table->dwNumEntries; ++i)
        out.add(udpEntry(4, ipv4Text(table->table[i].dwLocalAddr), table->table[i].dwLocalPort),
                table->table[i].dwOwningPid);
    return NO_ERROR;
}

DWORD addUdp6(SocketCollector& out)
{
    const auto buffer = readTable([](void* data, DWORD* size) {
        return GetExtendedUdpTable(data, size, FALSE, AF_INET6, UDP_TABLE_OWNER_PID, 0);
    });
    if (buffer.error != NO_ERROR)
        return buffer.error;
    const auto* table = buffer.as<MIB_UDP6TABLE_OWNER_PID>();
    for (DWORD i = 0; i < table->dwNumEntries; ++i)
        out.add(udpEntry(6, ipv6Text(table->table[i].ucLocalAddr), table->table[i].dwLocalPort),
                table->table[i].dwOwningPid);
    return NO_ERROR;
}

} // namespace

Probed<std::vector<SocketEntry>> readSockets()
{
    SocketCollector collector(processNames());
    const std::pair<const char*, DWORD (*)(SocketCollector&)> tables[] = {
        {"GetExtendedTcpTable(AF_INET)", &addTcp4},
        {"GetExtendedTcpTable(AF_INET6)", &addTcp6},
        {"GetExtendedUdpTable(AF_INET)", &addUdp4},
        {"GetExtendedUdpTable(AF_INET6)", &addUdp6},
    };
    for (const auto& [call, add] : tables)
        if (const DWORD error = add(collector); error != NO_ERROR)
            return Probed<std::vector<SocketEntry>>::unavailable(std::string(call) +
                                                                 " failed: " + describeWin32Error(error));
    return Probed<std::vector<SocketEntry>>::ok(collector.take());
}

} // namespace wsafix::win
