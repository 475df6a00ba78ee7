#pragma once
// Filter and sort for SocketModel on the raw SocketEntry fields. The generic proxy asks data() for a QString per
// cell: with 50,000 sockets, clearing the filter or sorting by program then blocked the GUI for one to two seconds.
// Matches what the generic one would: a case-insensitive substring of any column's text.

#include <QSortFilterProxyModel>

#include <string>

namespace wsafix {

class SocketModel;

class SocketProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SocketProxyModel(QObject* parent = nullptr);

    /// Shows the rows whose protocol, addresses, state, PID or program contain `text`, ignoring case.
    void setFilterText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    const SocketModel* sockets() const;

    std::string m_needle; ///< lower-case UTF-8; empty shows every row
};

} // namespace wsafix
