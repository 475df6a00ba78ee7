#pragma once
// One tab of probe results: a sortable table (optionally filtered), a Copy button that puts the visible rows on
// the clipboard as tab-separated text, and, when the probe could not run, "unavailable: reason" instead of an
// empty table that would look like "nothing there".

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace wsafix {

class ProbeTab : public QWidget
{
    Q_OBJECT

public:
    /// `name` prefixes the object names of the parts: NAME.table, NAME.filter, NAME.copy, NAME.unavailable.
    /// `proxy` (taken over) replaces the generic filter-and-sort proxy, e.g. a SocketProxyModel for speed.
    ProbeTab(const QString& name, QAbstractItemModel* model, bool filterable, QWidget* parent = nullptr,
             QSortFilterProxyModel* proxy = nullptr);

    void setAvailable();
    void setUnavailable(const QString& reason);
    bool isAvailable() const;
    void setFilterText(const QString& text);
    /// The tab's name as the user sees it (without its "&"), for the accessible names of the table and buttons.
    void setTitle(const QString& title);

    QTableView* view() const { return m_view; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    /// Header and the rows as shown (filtered and sorted), tab-separated, one line each.
    QString tableText() const;

public slots:
    void copyToClipboard();
    /// Sizes columns to their contents, looking at a bounded number of rows (fast with 50,000 rows).
    void fitColumns();

private:
    void updateCount();
    void applyFilter(const QString& text);

    QAbstractItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QStackedWidget* m_stack;
    QTableView* m_view;
    QLabel* m_unavailable;
    QLabel* m_count;
    QLineEdit* m_filter = nullptr;
    QPushButton* m_copy;
    QTimer* m_filterDelay;
    QString m_title;
};

} // namespace wsafix
