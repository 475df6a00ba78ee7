#include "AdapterModel.h"

#include "SeverityStyle.h"

#include <QStringList>

namespace wsafix {
namespace {

QString joined(const std::vector<std::string>& items)
{
    QStringList list;
    for (const auto& i : items)
        list << QString::fromStdString(i);
    return list.join(QStringLiteral(", "));
}

QString addresses(const Adapter& a)
{
    QStringList list;
    for (const auto& ip : a.addresses)
        list << QStringLiteral("%1/%2").arg(QString::fromStdString(ip.address)).arg(ip.prefixLength);
    return list.join(QStringLiteral(", "));
}

} // namespace

AdapterModel::AdapterModel(QObject* parent) : QAbstractTableModel(parent) {}

void AdapterModel::setAdapters(std::vector<Adapter> adapters)
{
    beginResetModel();
    m_adapters = std::move(adapters);
    endResetModel();
}

int AdapterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_adapters.size());
}

int AdapterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AdapterModel::typeText(const std::string& type)
{
    // The engine's words for adapter kinds (Inventory.h); a kind it adds later shows as it is.
    if (type == "ethernet")
        return tr("Ethernet");
    if (type == "wifi")
        return tr("Wi-Fi");
    if (type == "loopback")
        return tr("loopback");
    if (type == "tunnel")
        return tr("tunnel");
    if (type == "ppp")
        return tr("PPP");
    if (type == "other")
        return tr("other");
    return QString::fromStdString(type);
}

QVariant AdapterModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Adapter& a = m_adapters[static_cast<std::size_t>(index.row())];
    if (role == Qt::DecorationRole && index.column() == Status)
        return a.up ? SeverityStyle::okIcon() : SeverityStyle::icon(Severity::Warning);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return QString::fromStdString(a.name);
    case Type:
        return typeText(a.type);
    case Status:
        return a.up ? tr("up") : tr("down");
    case Addresses:
        return addresses(a);
    case Gateways:
        return joined(a.gateways);
    case Dns:
        return joined(a.dnsServers);
    case Dhcp:
        return a.dhcp ? tr("yes") : tr("no");
    case Mac:
        return QString::fromStdString(a.mac);
    case Id:
        return QString::fromStdString(a.id);
    }
    return {};
}

QVariant AdapterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Status:
        return tr("Status");
    case Addresses:
        return tr("Addresses");
    case Gateways:
        return tr("Gateways");
    case Dns:
        return tr("DNS servers");
    case Dhcp:
        return tr("DHCP");
    case Mac:
        return tr("MAC");
    case Id:
        return tr("ID");
    }
    return {};
}

} // namespace wsafix
