#pragma once
// The Fix page's list of the session's snapshots, each with its state (intact, or why the engine refuses it) and a
// Restore button that asks for confirmation before restoreConfirmed() is emitted.

#include "diagnostics/fix/SnapshotStore.h"

#include <QTreeWidget>

#include <vector>

namespace wsafix {

class SnapshotList : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        FixColumn,
        CreatedColumn,
        StateColumn,
        RestoreColumn
    };

    explicit SnapshotList(QWidget* parent = nullptr);

    /// Shows `entries` (the session's snapshots as the engine verified them), oldest first.
    void setEntries(const std::vector<SnapshotStore::Entry>& entries);
    /// Restore buttons are disabled while a job runs.
    void setBusy(bool busy);

public slots:
    /// Asks "Restore snapshot `id`?" (window-modal, never a nested event loop); Restore emits restoreConfirmed.
    void askRestore(const QString& id);

signals:
    void restoreConfirmed(const QString& id);

private:
    bool m_busy = false;
};

} // namespace wsafix
