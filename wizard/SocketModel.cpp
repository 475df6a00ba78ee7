#include "SocketModel.h"

#include "diagnostics/Names.h"

namespace wsafix {
namespace {

QString endpoint(const std::string& address, std::uint16_t port)
{
    if (address.empty())
        return {};
    const QString a = QString::fromStdString(address);
    const QString host = a.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(a) : a;
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

SocketModel::SocketModel(QObject* parent) : QAbstractTableModel(parent) {}

void SocketModel::setSockets(std::vector<SocketEntry> sockets)
{
    beginResetModel();
    m_sockets = std::move(sockets);
    endResetModel();
}

int SocketModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sockets.size());
}

int SocketModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SocketModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SocketEntry& s = m_sockets[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() == Pid)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Protocol:
        return QStringLiteral("%1%2").arg(text(transportName(s.transport)).toUpper()).arg(s.ipVersion == 6 ? 6 : 4);
    case Local:
        return endpoint(s.localAddress, s.localPort);
    case Remote:
        return endpoint(s.remoteAddress, s.remotePort);
    case State:
        return s.transport == Transport::Udp ? QString() : text(tcpStateName(s.state));
    case Pid:
        return s.pid ? QVariant(s.pid) : QVariant();
    case Process:
        return QString::fromStdString(s.processName);
    }
    return {};
}

QVariant SocketModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Protocol:
        return tr("Protocol");
    case Local:
        return tr("Local address");
    case Remote:
        return tr("Remote address");
    case State:
        return tr("State");
    case Pid:
        return tr("PID");
    case Process:
        return tr("Program");
    }
    return {};
}

} // namespace wsafix
