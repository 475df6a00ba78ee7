#include "KeepChangesDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace wsafix {
namespace {

constexpr int kTickMs = 200;

int secondsLeft(std::chrono::steady_clock::time_point deadline)
{
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    return left.count() <= 0 ? 0 : static_cast<int>((left.count() + 999) / 1000);
}

} // namespace

KeepChangesDialog::KeepChangesDialog(AutoRevertGuard guard, std::chrono::seconds timeout, QWidget* parent)
    : QDialog(parent), m_guard(std::move(guard)), m_deadline(std::chrono::steady_clock::now() + timeout),
      // The watchdog restores only after the deadline and after the fix's journal entry ends: allow for both.
      m_giveUp(m_deadline + timeout + std::chrono::seconds(10))
{
    setObjectName(QStringLiteral("keepChanges"));
    setWindowTitle(tr("Keep these changes?"));
    setModal(true);
    setMinimumWidth(440);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("keepChanges.text"));
    m_text->setWordWrap(true);
    m_countdown = new QProgressBar(this);
    m_countdown->setObjectName(QStringLiteral("keepChanges.countdown"));
    m_countdown->setRange(0, static_cast<int>(timeout.count()));
    m_countdown->setValue(static_cast<int>(timeout.count()));
    m_countdown->setFormat(tr("%v s"));
    auto* buttons = new QDialogButtonBox(this);
    m_keep = buttons->addButton(tr("&Keep changes"), QDialogButtonBox::AcceptRole);
    m_keep->setObjectName(QStringLiteral("keepChanges.keep"));
    m_revert = buttons->addButton(tr("&Revert now"), QDialogButtonBox::RejectRole);
    m_revert->setObjectName(QStringLiteral("keepChanges.revert"));
    // Keep is not the default: a stray Enter must not confirm a machine that may be cut off.
    m_keep->setAutoDefault(false);
    m_revert->setDefault(true);
    connect(m_keep, &QPushButton::clicked, this, &KeepChangesDialog::keep);
    connect(m_revert, &QPushButton::clicked, this, &KeepChangesDialog::revertNow);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_countdown);
    layout->addWidget(buttons);
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &KeepChangesDialog::tick);
    m_timer.start();
    tick();
}

void KeepChangesDialog::keep()
{
    if (m_waiting)
        return;
    try {
        m_guard.confirm();
    } catch (const GuardError& e) {
        m_detail = QString::fromStdString(e.what());
    }
    // The watchdog may have passed its deadline a moment ago: its outcome, not this click, says what happened.
    waitForWatchdog();
}

void KeepChangesDialog::revertNow()
{
    if (m_waiting)
        return;
    try {
        m_guard.requestRevert();
    } catch (const GuardError& e) {
        // Without the request the watchdog still restores, at its deadline.
        m_detail = QString::fromStdString(e.what());
    }
    waitForWatchdog();
}

void KeepChangesDialog::waitForWatchdog()
{
    m_waiting = true;
    m_keep->setEnabled(false);
    m_revert->setEnabled(false);
    m_text->setText(tr("Waiting for the safety timer to finish…"));
    tick();
}

void KeepChangesDialog::tick()
{
    if ((m_outcome = m_guard.outcome())) {
        m_timer.stop();
        showOutcome();
        return;
    }
    if (std::chrono::steady_clock::now() >= m_giveUp) {
        m_timer.stop();
        m_result = Result::Failed;
        m_detail = tr("The safety timer did not report back. Check the network settings, and restore snapshot %1 "
                      "from the fix page if needed (its log: %2).")
                       .arg(QString::fromStdString(m_guard.snapshotId()),
                            QString::fromStdString((m_guard.folder() / "guard.log").string()));
        m_text->setText(m_detail);
        reject();
        return;
    }
    if (m_waiting)
        return;
    const int left = secondsLeft(m_deadline);
    m_countdown->setValue(left);
    m_text->setText(tr("The change is made. If this computer can still reach the network, keep it. Otherwise do "
                       "nothing: in %n second(s) the previous settings come back by themselves.",
                       nullptr, left));
    if (left == 0)
        waitForWatchdog();
}

void KeepChangesDialog::showOutcome()
{
    m_detail = QString::fromStdString(m_outcome->detail);
    if (m_outcome->outcome == "confirmed") {
        m_result = Result::Kept;
        accept();
    } else {
        m_result = m_outcome->outcome == "restored" ? Result::Restored : Result::Failed;
        reject();
    }
}

} // namespace wsafix
