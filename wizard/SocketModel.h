#pragma once
// Every socket of the machine. Text is made on demand in data(), never stored per row, so that
// 50,000 sockets cost one vector; the page filters and sorts through a QSortFilterProxyModel.

#include "diagnostics/Inventory.h"

#include <QAbstractTableModel>

#include <vector>

namespace wsafix {

class SocketModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Protocol,
        Local,
        Remote,
        State,
        Pid,
        Process,
        ColumnCount
    };

    explicit SocketModel(QObject* parent = nullptr);

    void setSockets(std::vector<SocketEntry> sockets);
    /// The socket of `row`, for SocketProxyModel's fast filter and sort (no QString per row).
    const SocketEntry& socket(int row) const { return m_sockets[static_cast<std::size_t>(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<SocketEntry> m_sockets;
};

} // namespace wsafix
