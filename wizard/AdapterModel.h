#pragma once
// Network adapters as a table, keyed by their id (GUID or interface name), never by the friendly name.

#include "diagnostics/Inventory.h"

#include <QAbstractTableModel>

#include <vector>

namespace wsafix {

class AdapterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Type,
        Status,
        Addresses,
        Gateways,
        Dns,
        Dhcp,
        Mac,
        Id,
        ColumnCount
    };

    explicit AdapterModel(QObject* parent = nullptr);

    void setAdapters(std::vector<Adapter> adapters);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// The adapter kind ("ethernet", "wifi", ...) in the user's language.
    static QString typeText(const std::string& type);

private:
    std::vector<Adapter> m_adapters;
};

} // namespace wsafix
