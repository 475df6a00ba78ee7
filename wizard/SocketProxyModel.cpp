#include "SocketProxyModel.h"

#include "SocketModel.h"

#include "diagnostics/Names.h"

#include <algorithm>
#include <string_view>
#include <tuple>

namespace wsafix {
namespace {

// ASCII only and inline: std::tolower's locale call showed up in the profile of sorting 50,000 rows.
char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// `needle` is lower case already.
bool contains(std::string_view haystack, const std::string& needle)
{
    return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                       [](char h, char n) { return lower(h) == n; }) != haystack.end();
}

// The same text as SocketModel shows: "10.0.0.5:443", "[::1]:443".
void endpoint(std::string& out, const std::string& address, std::uint16_t port)
{
    out.clear();
    if (address.empty())
        return;
    const bool v6 = address.find(':') != std::string::npos;
    if (v6)
        out += '[';
    out += address;
    if (v6)
        out += ']';
    out += ':';
    out += std::to_string(port);
}

int compareNoCase(std::string_view a, std::string_view b)
{
    if (a == b) // most comparisons when sorting by program: thousands of sockets share a name
        return 0;
    const auto [ia, ib] = std::mismatch(a.begin(), a.end(), b.begin(), b.end(),
                                        [](char x, char y) { return lower(x) == lower(y); });
    if (ia == a.end())
        return ib == b.end() ? 0 : -1;
    if (ib == b.end())
        return 1;
    return lower(*ia) < lower(*ib) ? -1 : 1;
}

} // namespace

SocketProxyModel::SocketProxyModel(QObject* parent) : QSortFilterProxyModel(parent) {}

const SocketModel* SocketProxyModel::sockets() const
{
    return static_cast<const SocketModel*>(sourceModel());
}

void SocketProxyModel::setFilterText(const QString& text)
{
    const std::string needle = text.toLower().toStdString();
    if (needle == m_needle)
        return;
    m_needle = needle;
    // invalidate(), not invalidateFilter(): the latter removes rows range by range, and every range made the
    // views re-walk all 50,000 rows (over a second for "app7.exe", one row in 40).
    invalidate();
}

bool SocketProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_needle.empty() || sourceParent.isValid())
        return true;
    const SocketEntry& s = sockets()->socket(sourceRow);
    if (contains(s.processName, m_needle) || (s.pid && contains(std::to_string(s.pid), m_needle)))
        return true;
    if (s.transport == Transport::Tcp && contains(tcpStateName(s.state), m_needle))
        return true;
    thread_local std::string text;
    text = transportName(s.transport);
    text += s.ipVersion == 6 ? '6' : '4';
    if (contains(text, m_needle))
        return true;
    endpoint(text, s.localAddress, s.localPort);
    if (contains(text, m_needle))
        return true;
    endpoint(text, s.remoteAddress, s.remotePort);
    return contains(text, m_needle);
}

bool SocketProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const SocketEntry& a = sockets()->socket(left.row());
    const SocketEntry& b = sockets()->socket(right.row());
    switch (left.column()) {
    case SocketModel::Protocol:
        return std::tie(a.transport, a.ipVersion) < std::tie(b.transport, b.ipVersion);
    case SocketModel::Local:
        return std::tie(a.localAddress, a.localPort) < std::tie(b.localAddress, b.localPort);
    case SocketModel::Remote:
        return std::tie(a.remoteAddress, a.remotePort) < std::tie(b.remoteAddress, b.remotePort);
    case SocketModel::State: {
        // By name, as shown; UDP (no state) first.
        const std::string_view sa = a.transport == Transport::Udp ? std::string_view() : tcpStateName(a.state);
        const std::string_view sb = b.transport == Transport::Udp ? std::string_view() : tcpStateName(b.state);
        return sa < sb;
    }
    case SocketModel::Pid:
        return a.pid < b.pid;
    case SocketModel::Process:
        return compareNoCase(a.processName, b.processName) < 0;
    }
    return false;
}

} // namespace wsafix
