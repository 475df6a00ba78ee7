#pragma once
// Event log / journal entries that matter for networking, as a table.

#include "diagnostics/Inventory.h"

#include <QAbstractTableModel>

#include <vector>

namespace wsafix {

class EventModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        Level,
        Source,
        EventId,
        Message,
        ColumnCount
    };

    explicit EventModel(QObject* parent = nullptr);

    void setEvents(std::vector<EventEntry> events);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<EventEntry> m_events;
};

} // namespace wsafix
