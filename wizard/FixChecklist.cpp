#include "FixChecklist.h"

#include <QHeaderView>

#include <algorithm>

namespace wsafix {
namespace {

constexpr int kFixIdRole = Qt::UserRole;
constexpr int kOtherRole = Qt::UserRole + 1;

} // namespace

FixChecklist::FixChecklist(QWidget* parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("fix.list"));
    setAccessibleName(tr("Recommended fixes"));
    setRootIsDecorated(false);
    setHeaderLabels({tr("Fix"), tr("Badges"), tr("Result"), tr("Asked for by")});
    header()->setStretchLastSection(true);
}

QTreeWidgetItem* FixChecklist::addRow(const std::string& fixId, bool other)
{
    auto* item = new QTreeWidgetItem(this);
    item->setData(FixColumn, kFixIdRole, QString::fromStdString(fixId));
    item->setData(FixColumn, kOtherRole, other);
    item->setToolTip(FixColumn, QString::fromStdString(fixId));
    return item;
}

std::string FixChecklist::fixIdOf(const QTreeWidgetItem* item)
{
    return item->data(FixColumn, kFixIdRole).toString().toStdString();
}

QTreeWidgetItem* FixChecklist::itemFor(const std::string& fixId) const
{
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (fixIdOf(topLevelItem(i)) == fixId)
            return topLevelItem(i);
    return nullptr;
}

std::vector<std::string> FixChecklist::fixIds(bool other) const
{
    std::vector<std::string> ids;
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->data(FixColumn, kOtherRole).toBool() == other)
            ids.push_back(fixIdOf(topLevelItem(i)));
    return ids;
}

void FixChecklist::setCheckable(QTreeWidgetItem* item, bool checkable, bool ticked)
{
    Qt::ItemFlags flags = item->flags();
    flags.setFlag(Qt::ItemIsUserCheckable, checkable);
    item->setFlags(flags);
    if (checkable)
        item->setCheckState(FixColumn, ticked ? Qt::Checked : Qt::Unchecked);
    else
        item->setData(FixColumn, Qt::CheckStateRole, QVariant());
}

bool FixChecklist::setChecked(const std::string& fixId, bool checked)
{
    auto* item = itemFor(fixId);
    if (!item || !(item->flags() & Qt::ItemIsUserCheckable) || !item->data(FixColumn, Qt::CheckStateRole).isValid())
        return false;
    item->setCheckState(FixColumn, checked ? Qt::Checked : Qt::Unchecked);
    return true;
}

bool FixChecklist::isTicked(const QTreeWidgetItem* item)
{
    return item->data(FixColumn, Qt::CheckStateRole).isValid() && item->checkState(FixColumn) == Qt::Checked;
}

void FixChecklist::setResult(QTreeWidgetItem* item, const QString& text, const QIcon& icon, const QString& why)
{
    item->setText(StatusColumn, text);
    item->setIcon(StatusColumn, icon);
    item->setToolTip(StatusColumn, why);
}

void FixChecklist::fitColumns()
{
    for (int c : {FixColumn, BadgesColumn}) {
        resizeColumnToContents(c);
        setColumnWidth(c, std::min(columnWidth(c), 210));
    }
    setColumnWidth(StatusColumn, 170);
}

} // namespace wsafix
