#pragma once
// What a crash left open in the fix journal, on the Fix page: a banner in the warning colour with a Roll back button,
// and once per wizard a dialog offering the rollback. Nothing is rolled back until the user says so.

#include "diagnostics/fix/Journal.h"

#include <QFrame>

#include <string>
#include <vector>

class QLabel;
class QPushButton;

namespace wsafix {

class RecoveryBanner : public QFrame
{
    Q_OBJECT

public:
    /// `machine` is this machine's tag (FixFactory::machine()): only its entries can be rolled back here.
    RecoveryBanner(std::string machine, QWidget* parent = nullptr);

    /// Shows the open entries (or why the journal cannot be read); hides when there is nothing. The first time
    /// entries of this machine appear, the dialog offers the rollback.
    void setEntries(const std::vector<OpenJournalEntry>& open, const std::string& journalProblem);
    void setBusy(bool busy);

signals:
    /// The user asked to roll back (banner button or dialog).
    void rollBackRequested();

private:
    void offer(const QStringList& entries);

    std::string m_machine;
    QLabel* m_text;
    QPushButton* m_rollBack;
    bool m_offered = false;
};

} // namespace wsafix
