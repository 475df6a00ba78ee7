#include "NamespaceModel.h"

#include "SeverityStyle.h"

namespace wsafix {
namespace {

QString nameSpaceName(int nameSpace)
{
    // The NS_* numbers of winsock2.h that a help desk meets; others show as numbers.
    switch (nameSpace) {
    case 0:
        return QString();
    case 12:
        return QStringLiteral("DNS (12)");
    case 15:
        return QStringLiteral("NLA (15)");
    case 32:
        return QStringLiteral("NTDS (32)");
    case 37:
        return QStringLiteral("E-mail (37)");
    case 39:
        return QStringLiteral("PNRP cloud (39)");
    default:
        return QString::number(nameSpace);
    }
}

} // namespace

NamespaceModel::NamespaceModel(QObject* parent) : QAbstractTableModel(parent) {}

void NamespaceModel::setProviders(std::vector<NamespaceProvider> providers)
{
    beginResetModel();
    m_providers = std::move(providers);
    endResetModel();
}

int NamespaceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_providers.size());
}

int NamespaceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NamespaceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const NamespaceProvider& p = m_providers[static_cast<std::size_t>(index.row())];
    const bool missing = p.dllExists && !*p.dllExists;
    if (role == Qt::DecorationRole && index.column() == Provider && missing)
        return SeverityStyle::icon(Severity::Error);
    if (role == Qt::ToolTipRole && index.column() == Provider && missing)
        return tr("This file does not exist: lookups through this provider fail.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Identifier:
        return QString::fromStdString(p.identifier);
    case NameSpace:
        return nameSpaceName(p.nameSpace);
    case Active:
        return p.active ? tr("yes") : tr("no");
    case Provider:
        return QString::fromStdString(p.providerPath) + (missing ? tr(" (missing)") : QString());
    case Guid:
        return QString::fromStdString(p.providerGuid);
    }
    return {};
}

QVariant NamespaceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Identifier:
        return tr("Provider");
    case NameSpace:
        return tr("Name space");
    case Active:
        return tr("Active");
    case Provider:
        return tr("File");
    case Guid:
        return tr("Provider ID");
    }
    return {};
}

} // namespace wsafix
