// PowerShell Get-NetTCPConnection as a table (Format-Table, the default). Column values never contain spaces, and
// AppliedSetting may be empty, so a row has six or seven words.
#include "diagnostics/analyze/PasteParsers.h"
#include "diagnostics/analyze/TextFields.h"

#include <array>

namespace wsafix {
namespace {

constexpr std::array<std::pair<std::string_view, TcpState>, 13> kStates{{
    {"Closed", TcpState::Closed}, {"Listen", TcpState::Listen}, {"SynSent", TcpState::SynSent},
    {"SynReceived", TcpState::SynReceived}, {"Established", TcpState::Established},
    {"FinWait1", TcpState::FinWait1}, {"FinWait2", TcpState::FinWait2}, {"CloseWait", TcpState::CloseWait},
    {"Closing", TcpState::Closing}, {"LastAck", TcpState::LastAck}, {"TimeWait", TcpState::TimeWait},
    {"DeleteTCB", TcpState::DeleteTcb}, {"Bound", TcpState::Bound},
}};

std::optional<TcpState> stateOf(std::string_view word)
{
    for (const auto& [name, state] : kStates)
        if (equalsNoCase(word, name))
            return state;
    return std::nullopt;
}

bool unspecified(std::string_view a) { return a == "0.0.0.0" || a == "::"; }

} // namespace

void parseNetTcpConnectionLines(PasteLines lines, PasteAnalysis& out, PasteSection& section)
{
    for (const PasteLine& l : lines) {
        const auto t = trimmed(l.text);
        if (t.empty() || startsWithNoCase(t, "LocalAddress") || t.find_first_not_of("- ") == std::string_view::npos)
            continue;
        const auto w = splitWords(t);
        if (w.size() != 6 && w.size() != 7) {
            reportUnparsed(out, l, "not a Get-NetTCPConnection row");
            continue;
        }
        const auto localPort = parseDecimal(w[1], 65535);
        const auto remotePort = parseDecimal(w[3], 65535);
        const auto state = stateOf(w[4]);
        const auto pid = parseDecimal(w.back());
        if (!isIpAddress(w[0]) || !isIpAddress(w[2]) || !localPort || !remotePort || !state || !pid) {
            const bool truncated = t.find("...") != std::string_view::npos || t.find("\xE2\x80\xA6") != std::string_view::npos;
            reportUnparsed(out, l, truncated ? "a value cut short by PowerShell's column width ('...')"
                                             : "a Get-NetTCPConnection row with a value that cannot be read");
            continue;
        }
        SocketEntry s;
        s.localAddress = withoutZone(w[0]);
        s.localPort = static_cast<std::uint16_t>(*localPort);
        s.ipVersion = s.localAddress.find(':') != std::string::npos ? 6 : 4;
        s.state = *state;
        s.pid = static_cast<std::uint32_t>(*pid);
        if (!(unspecified(w[2]) && *remotePort == 0)) {
            s.remoteAddress = withoutZone(w[2]);
            s.remotePort = static_cast<std::uint16_t>(*remotePort);
        }
        out.inventory.sockets.push_back(std::move(s));
        ++section.items;
    }
}

} // namespace wsafix
