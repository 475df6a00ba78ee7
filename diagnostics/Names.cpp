#include "diagnostics/Names.h"

#include <array>
#include <utility>

namespace wsafix {
namespace {

// One table per enum: the name is the stable form in JSON files, so never rename an entry.
template <class E, std::size_t N>
std::string_view nameOf(const std::array<std::pair<E, std::string_view>, N>& table, E value)
{
    for (const auto& [v, name] : table)
        if (v == value)
            return name;
    return table.front().second;
}

template <class E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view name)
{
    for (const auto& [v, n] : table)
        if (n == name)
            return v;
    return std::nullopt;
}

constexpr std::array<std::pair<TcpState, std::string_view>, 14> kTcpStates{{
    {TcpState::Unknown, "UNKNOWN"},     {TcpState::Closed, "CLOSED"},         {TcpState::Listen, "LISTEN"},
    {TcpState::SynSent, "SYN_SENT"},    {TcpState::SynReceived, "SYN_RECEIVED"}, {TcpState::Established, "ESTABLISHED"},
    {TcpState::FinWait1, "FIN_WAIT_1"}, {TcpState::FinWait2, "FIN_WAIT_2"},   {TcpState::CloseWait, "CLOSE_WAIT"},
    {TcpState::Closing, "CLOSING"},     {TcpState::LastAck, "LAST_ACK"},      {TcpState::TimeWait, "TIME_WAIT"},
    {TcpState::DeleteTcb, "DELETE_TCB"}, {TcpState::Bound, "BOUND"},
}};

constexpr std::array<std::pair<Transport, std::string_view>, 2> kTransports{{
    {Transport::Tcp, "tcp"}, {Transport::Udp, "udp"},
}};

constexpr std::array<std::pair<CatalogEntry::Kind, std::string_view>, 3> kKinds{{
    {CatalogEntry::Kind::Base, "base"}, {CatalogEntry::Kind::Layered, "layered"}, {CatalogEntry::Kind::Chain, "chain"},
}};

constexpr std::array<std::pair<Severity, std::string_view>, 4> kSeverities{{
    {Severity::Info, "info"}, {Severity::Warning, "warning"}, {Severity::Error, "error"}, {Severity::Critical, "critical"},
}};

} // namespace

std::string_view tcpStateName(TcpState state) { return nameOf(kTcpStates, state); }
std::optional<TcpState> tcpStateFromName(std::string_view name) { return valueOf(kTcpStates, name); }
std::string_view transportName(Transport transport) { return nameOf(kTransports, transport); }
std::optional<Transport> transportFromName(std::string_view name) { return valueOf(kTransports, name); }
std::string_view catalogKindName(CatalogEntry::Kind kind) { return nameOf(kKinds, kind); }
std::optional<CatalogEntry::Kind> catalogKindFromName(std::string_view name) { return valueOf(kKinds, name); }
std::string_view severityName(Severity severity) { return nameOf(kSeverities, severity); }
std::optional<Severity> severityFromName(std::string_view name) { return valueOf(kSeverities, name); }

} // namespace wsafix
