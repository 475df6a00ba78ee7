#include "SnapshotList.h"

#include "SeverityStyle.h"

#include <QMessageBox>
#include <QPushButton>

namespace wsafix {

SnapshotList::SnapshotList(QWidget* parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("fix.snapshots"));
    setAccessibleName(tr("Snapshots of this session"));
    setRootIsDecorated(false);
    setHeaderLabels({tr("Snapshot"), tr("Taken for"), tr("Taken"), tr("State"), QString()});
}

void SnapshotList::setEntries(const std::vector<SnapshotStore::Entry>& entries)
{
    clear();
    for (const auto& entry : entries) {
        const QString id = QString::fromStdString(entry.id);
        auto* item = new QTreeWidgetItem(this);
        item->setText(IdColumn, id);
        item->setText(FixColumn, QString::fromStdString(entry.fixId));
        item->setText(CreatedColumn, QString::fromStdString(entry.created));
        item->setText(StateColumn, entry.problem.empty() ? tr("intact") : QString::fromStdString(entry.problem));
        item->setToolTip(StateColumn, item->text(StateColumn));
        item->setIcon(StateColumn, entry.problem.empty() ? SeverityStyle::okIcon() : SeverityStyle::icon(Severity::Error));
        // Restore stays offered for a damaged snapshot too: the engine refuses it and says why.
        auto* restore = new QPushButton(tr("Restore…"), this);
        restore->setObjectName(QStringLiteral("fix.restore"));
        restore->setAccessibleName(tr("Restore snapshot %1").arg(id));
        restore->setProperty("snapshotId", id);
        restore->setEnabled(!m_busy);
        connect(restore, &QPushButton::clicked, this, [this, id] { askRestore(id); });
        setItemWidget(item, RestoreColumn, restore);
    }
    if (entries.empty()) {
        auto* item = new QTreeWidgetItem(this);
        item->setText(IdColumn, tr("none yet: each fix takes one before it changes anything"));
        item->setFirstColumnSpanned(true);
    }
    for (int c = 0; c < RestoreColumn; ++c)
        resizeColumnToContents(c);
}

void SnapshotList::setBusy(bool busy)
{
    m_busy = busy;
    for (auto* button : findChildren<QPushButton*>(QStringLiteral("fix.restore")))
        button->setEnabled(!busy);
}

void SnapshotList::askRestore(const QString& id)
{
    if (m_busy)
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Restore snapshot?"),
                                tr("Put the machine back as snapshot %1 found it?").arg(id), QMessageBox::NoButton,
                                this);
    box->setObjectName(QStringLiteral("fix.restoreConfirm"));
    box->setInformativeText(tr("This undoes the fix the snapshot was taken for; a fix applied after it that changed "
                               "the same settings is undone too. Every step is journaled, and a check afterwards "
                               "says whether the machine matches the snapshot."));
    QPushButton* yes = box->addButton(tr("&Restore"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("fix.restoreConfirm.yes"));
    box->addButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, id, yes](QAbstractButton* clicked) {
        if (clicked == yes)
            emit restoreConfirmed(id);
    });
    box->open();
}

} // namespace wsafix
