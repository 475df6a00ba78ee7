#pragma once
// The fix page's checklist: one row per fix (its id kept in the row), a tick box only where the fix can run now,
// and the result column. The page decides what rows say; this keeps the rows' bookkeeping in one place.

#include <QTreeWidget>

#include <string>
#include <vector>

namespace wsafix {

class FixChecklist : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column
    {
        FixColumn,
        BadgesColumn,
        StatusColumn,
        WhyColumn
    };

    explicit FixChecklist(QWidget* parent = nullptr);

    /// A new row for `fixId`; `other`: training only, a fix the scenario simulates that no finding asks for.
    QTreeWidgetItem* addRow(const std::string& fixId, bool other);
    QTreeWidgetItem* itemFor(const std::string& fixId) const;
    static std::string fixIdOf(const QTreeWidgetItem* item);
    /// The fixes in the order shown: those a finding asks for, or (`other`) the rest.
    std::vector<std::string> fixIds(bool other) const;
    /// Gives the row a tick box (ticked or not), or takes it away: no box, nothing to tick.
    static void setCheckable(QTreeWidgetItem* item, bool checkable, bool ticked);
    /// Ticks or unticks a fix that has a box; false when it has none.
    bool setChecked(const std::string& fixId, bool checked);
    static bool isTicked(const QTreeWidgetItem* item);
    /// The row's result: text, icon and the tooltip that says why.
    static void setResult(QTreeWidgetItem* item, const QString& text, const QIcon& icon, const QString& why);
    /// Long titles and badge lists must not push the Result column out of sight (the full text is in the details).
    void fitColumns();
};

} // namespace wsafix
