#include "diagnostics/platform/linux/ProcNetListing.h"

#include "diagnostics/platform/linux/Errno.h"
#include "diagnostics/platform/linux/TextFile.h"

#include <arpa/inet.h>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <netinet/in.h>
#include <utility>

namespace wsafix::lnx {

namespace {

// The tables are hundreds of MB at most on the largest hosts; beyond that the probe is cut.
constexpr std::size_t kMaxTableBytes = 512u * 1024 * 1024;

std::string_view nextField(std::string_view& line)
{
    const auto start = line.find_first_not_of(' ');
    if (start == std::string_view::npos) {
        line = {};
        return {};
    }
    line.remove_prefix(start);
    const auto end = line.find(' ');
    const std::string_view field = line.substr(0, end);
    line.remove_prefix(end == std::string_view::npos ? line.size() : end);
    return field;
}

template <class T> bool parseHex(std::string_view text, T& value)
{
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value, 16);
    return ec == std::errc() && ptr == text.data() + text.size();
}

// "0100007F:0050": the address is the kernel's 32-bit words printed in host byte order.
bool parseEndpoint(std::string_view text, int ipVersion, std::string& address, std::uint16_t& port, bool& unspecified)
{
    const auto colon = text.find(':');
    const std::size_t words = ipVersion == 4 ? 1 : 4;
    if (colon != words * 8 || !parseHex(text.substr(colon + 1), port))
        return false;
    std::uint32_t raw[4] = {};
    unspecified = true;
    for (std::size_t i = 0; i < words; ++i) {
        if (!parseHex(text.substr(i * 8, 8), raw[i]))
            return false;
        unspecified = unspecified && raw[i] == 0;
    }
    char buffer[INET6_ADDRSTRLEN];
    if (!::inet_ntop(ipVersion == 4 ? AF_INET : AF_INET6, raw, buffer, sizeof buffer))
        return false;
    address = buffer;
    return true;
}

} // namespace

void parseProcNetTable(std::string_view text, Transport transport, int ipVersion, std::vector<KernelSocket>& out)
{
    bool header = true;
    while (!text.empty()) {
        const auto end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        if (std::exchange(header, false))
            continue;
        // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode ...
        std::string_view fields[10];
        for (auto& f : fields)
            f = nextField(line);
        if (fields[9].empty())
            continue;
        KernelSocket s;
        SocketEntry& e = s.entry;
        e.transport = transport;
        e.ipVersion = ipVersion;
        bool localAny = false, remoteAny = false;
        std::string remote;
        int state = 0;
        if (!parseEndpoint(fields[1], ipVersion, e.localAddress, e.localPort, localAny) ||
            !parseEndpoint(fields[2], ipVersion, remote, e.remotePort, remoteAny) || !parseHex(fields[3], state))
            continue;
        const auto [ptr, ec] = std::from_chars(fields[9].data(), fields[9].data() + fields[9].size(), s.inode);
        if (ec != std::errc())
            continue;
        if (e.remotePort != 0 || !remoteAny)
            e.remoteAddress = std::move(remote);
        e.state = transport == Transport::Tcp ? tcpStateFromKernel(state, e.localPort) : TcpState::Unknown;
        out.push_back(std::move(s));
    }
}

std::string listSocketsByProcNet(std::vector<KernelSocket>& out, const std::string& netDir)
{
    struct Table
    {
        const char* name;
        Transport transport;
        int ipVersion;
    };
    static constexpr Table tables[] = {{"tcp", Transport::Tcp, 4},
                                       {"tcp6", Transport::Tcp, 6},
                                       {"udp", Transport::Udp, 4},
                                       {"udp6", Transport::Udp, 6}};
    for (const auto& t : tables) {
        const std::string path = netDir + "/" + t.name;
        const TextFile file = readTextFile(path, kMaxTableBytes);
        // A kernel without IPv6 has no tcp6/udp6: that is no IPv6 sockets, not a failure.
        if (file.error == ENOENT && t.ipVersion == 6)
            continue;
        if (!file.ok())
            return "cannot read " + path + ": " + errnoMessage(file.error);
        parseProcNetTable(file.text, t.transport, t.ipVersion, out);
    }
    return {};
}

} // namespace wsafix::lnx
