#pragma once
// The Winsock catalog (or Linux preload entries) as a table; layered providers and their chains are
// highlighted with a background tint and a "layered" badge, because they are what breaks connections.

#include "diagnostics/Inventory.h"

#include <QAbstractTableModel>

#include <vector>

namespace wsafix {

class CatalogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Id,
        Name,
        Kind,
        Path,
        Vendor,
        Family,
        Type,
        Protocol,
        Catalog,
        ColumnCount
    };
    /// true for layered and chain entries (tests and delegates read it instead of the colour).
    static constexpr int LayeredRole = Qt::UserRole + 1;

    explicit CatalogModel(QObject* parent = nullptr);

    void setEntries(std::vector<CatalogEntry> entries);
    const std::vector<CatalogEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString kindText(const CatalogEntry& e) const;

    std::vector<CatalogEntry> m_entries;
};

} // namespace wsafix
