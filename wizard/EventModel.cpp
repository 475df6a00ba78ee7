#include "EventModel.h"

#include "SeverityStyle.h"

#include "diagnostics/Names.h"

namespace wsafix {

EventModel::EventModel(QObject* parent) : QAbstractTableModel(parent) {}

void EventModel::setEvents(std::vector<EventEntry> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int EventModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int EventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const EventEntry& e = m_events[static_cast<std::size_t>(index.row())];
    if (role == Qt::DecorationRole && index.column() == Level) {
        if (const auto severity = severityFromName(e.level))
            return SeverityStyle::icon(*severity);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Message)
        return QString::fromStdString(e.message);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return QString::fromStdString(e.time);
    case Level:
        return QString::fromStdString(e.level);
    case Source:
        return QString::fromStdString(e.source);
    case EventId:
        return e.eventId;
    case Message:
        return QString::fromStdString(e.message);
    }
    return {};
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time (UTC)");
    case Level:
        return tr("Level");
    case Source:
        return tr("Source");
    case EventId:
        return tr("Event ID");
    case Message:
        return tr("Message");
    }
    return {};
}

} // namespace wsafix
