#include "CatalogModel.h"

#include "EngineText.h"

#include "SeverityStyle.h"

#include <QFont>
#include <QStringList>

namespace wsafix {
namespace {

QString vendorText(const CatalogEntry& e)
{
    QStringList parts;
    for (const std::string* part : {&e.company, &e.product})
        if (!part->empty())
            parts << QString::fromStdString(*part);
    return parts.join(QStringLiteral(", "));
}


QString familyName(int family)
{
    switch (family) {
    case 2:
        return QStringLiteral("IPv4");
    case 23:
        return QStringLiteral("IPv6");
    default:
        return QString::number(family);
    }
}

QString typeName(int type)
{
    switch (type) {
    case 1:
        return QStringLiteral("stream");
    case 2:
        return QStringLiteral("datagram");
    case 3:
        return QStringLiteral("raw");
    default:
        return QString::number(type);
    }
}

QString protocolName(int protocol)
{
    switch (protocol) {
    case 6:
        return QStringLiteral("TCP");
    case 17:
        return QStringLiteral("UDP");
    default:
        return QString::number(protocol);
    }
}

bool isLayered(const CatalogEntry& e)
{
    return e.kind != CatalogEntry::Kind::Base;
}

} // namespace

CatalogModel::CatalogModel(QObject* parent) : QAbstractTableModel(parent) {}

void CatalogModel::setEntries(std::vector<CatalogEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int CatalogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int CatalogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CatalogModel::kindText(const CatalogEntry& e) const
{
    if (e.kind == CatalogEntry::Kind::Base)
        return tr("base");
    if (e.kind == CatalogEntry::Kind::Layered)
        return tr("LAYERED");
    QStringList ids;
    for (const auto id : e.chain)
        ids << QString::number(id);
    return ids.isEmpty() ? tr("LAYERED chain") : tr("LAYERED chain %1").arg(ids.join(QStringLiteral(" → ")));
}

QVariant CatalogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const CatalogEntry& e = m_entries[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return e.catalogId;
        case Name:
            return EngineText::translate(e.name); // "loaded into process N: ..." is engine text
        case Kind:
            return kindText(e);
        case Path:
            return e.dllExists && !*e.dllExists ? tr("%1 (file missing)").arg(QString::fromStdString(e.providerPath))
                                                : QString::fromStdString(e.providerPath);
        case Vendor:
            return vendorText(e);
        case Family:
            return familyName(e.addressFamily);
        case Type:
            return typeName(e.socketType);
        case Protocol:
            return protocolName(e.protocol);
        case Catalog:
            return QString::fromStdString(e.catalog);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == Kind && isLayered(e))
            return SeverityStyle::icon(Severity::Warning);
        if (index.column() == Path && e.dllExists && !*e.dllExists)
            return SeverityStyle::icon(Severity::Error);
        return {};
    case Qt::BackgroundRole:
        if (isLayered(e))
            return SeverityStyle::tint(Severity::Warning);
        return {};
    case Qt::FontRole:
        if (index.column() == Kind && isLayered(e)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (isLayered(e))
            return tr("A layered provider sees every connection of every program that uses this protocol.");
        return {};
    case LayeredRole:
        return isLayered(e);
    }
    return {};
}

QVariant CatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("ID");
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Path:
        return tr("Provider DLL");
    case Vendor:
        return tr("Company / product");
    case Family:
        return tr("Family");
    case Type:
        return tr("Type");
    case Protocol:
        return tr("Protocol");
    case Catalog:
        return tr("Catalog");
    }
    return {};
}

} // namespace wsafix

