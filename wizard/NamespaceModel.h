#pragma once
// The namespace providers (Winsock) or name service modules (nsswitch.conf hosts:) as a table: what answers a
// program's name lookups, with a marker on a provider whose DLL is missing.

#include "diagnostics/Inventory.h"

#include <QAbstractTableModel>

#include <vector>

namespace wsafix {

class NamespaceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Identifier,
        NameSpace,
        Active,
        Provider,
        Guid,
        ColumnCount
    };

    explicit NamespaceModel(QObject* parent = nullptr);

    void setProviders(std::vector<NamespaceProvider> providers);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<NamespaceProvider> m_providers;
};

} // namespace wsafix
