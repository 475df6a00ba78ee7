#include "RecoveryBanner.h"

#include "SeverityStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace wsafix {
namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

RecoveryBanner::RecoveryBanner(std::string machine, QWidget* parent)
    : QFrame(parent), m_machine(std::move(machine)), m_text(new QLabel(this)),
      m_rollBack(new QPushButton(tr("&Roll back the interrupted change"), this))
{
    setObjectName(QStringLiteral("fix.recovery"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("fix.recoveryText"));
    m_text->setWordWrap(true);
    m_rollBack->setObjectName(QStringLiteral("fix.recover"));
    auto* icon = new QLabel(this);
    icon->setPixmap(SeverityStyle::icon(Severity::Warning).pixmap(24, 24));
    auto* row = new QHBoxLayout(this);
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);
    row->addWidget(m_rollBack, 0, Qt::AlignVCenter);
    connect(m_rollBack, &QPushButton::clicked, this, &RecoveryBanner::rollBackRequested);
    hide();
}

void RecoveryBanner::setBusy(bool busy)
{
    m_rollBack->setEnabled(!busy);
}

void RecoveryBanner::setEntries(const std::vector<OpenJournalEntry>& open, const std::string& journalProblem)
{
    if (open.empty() && journalProblem.empty()) {
        hide();
        return;
    }
    if (!journalProblem.empty()) {
        m_text->setText(tr("The fix journal cannot be read, so wsafix cannot tell whether an earlier run was "
                           "interrupted: %1")
                            .arg(q(journalProblem)));
        m_rollBack->hide();
        setVisible(true);
        return;
    }
    QStringList ours;
    QStringList others;
    for (const auto& entry : open) {
        if (entry.machine == m_machine)
            ours << tr("%1 of %2 (snapshot %3, stopped after %n journal step(s))", nullptr, int(entry.records.size()))
                        .arg(q(entry.kind), q(entry.fixId), q(entry.snapshotId));
        else
            others << tr("%1 of %2 on another machine (%3) is left as it is")
                          .arg(q(entry.kind), q(entry.fixId), q(entry.machine));
    }
    QString text;
    if (!ours.isEmpty())
        text = tr("wsafix was interrupted while it changed this machine, so the change may be half made: %1. Rolling "
                  "back puts the machine back as the snapshot taken before it; nothing is rolled back until you "
                  "click.")
                   .arg(ours.join(QStringLiteral("; ")));
    if (!others.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + others.join(QStringLiteral("; ")) +
                QLatin1Char('.');
    m_text->setText(text);
    m_rollBack->setVisible(!ours.isEmpty());
    setVisible(true);
    if (!ours.isEmpty() && !m_offered) {
        m_offered = true;
        offer(ours);
    }
}

void RecoveryBanner::offer(const QStringList& entries)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("An earlier change was interrupted"),
                                tr("wsafix stopped in the middle of changing this machine (it crashed, was killed, or "
                                   "the power went), so the machine may be half changed."),
                                QMessageBox::NoButton, window());
    box->setObjectName(QStringLiteral("fix.recoveryDialog"));
    box->setInformativeText(tr("Interrupted: %1.\n\nRoll back now to put the machine back as the snapshot taken "
                               "before the change. If you choose Not now, the Fix page keeps offering it.")
                                .arg(entries.join(QStringLiteral("; "))));
    QPushButton* rollBack = box->addButton(tr("&Roll back now"), QMessageBox::AcceptRole);
    rollBack->setObjectName(QStringLiteral("fix.recoveryDialog.rollBack"));
    box->addButton(tr("&Not now"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("fix.recoveryDialog.later"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, rollBack](QAbstractButton* clicked) {
        if (clicked == rollBack)
            emit rollBackRequested();
    });
    box->open();
}

} // namespace wsafix
