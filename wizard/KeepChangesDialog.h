#pragma once
// "Keep these changes?" after a fix that can cut the machine off, like a display-mode change: a countdown to the
// auto-revert guard's deadline. Keep confirms the guard (the watchdog stands down); Revert now, closing the dialog
// or letting the countdown run out leaves the watchdog to restore the snapshot, and the dialog then shows what it
// did. The fix page opens it after a guarded apply (FixRunner::apply with guardBeforeChange).

#include "diagnostics/fix/AutoRevertGuard.h"

#include <QDialog>
#include <QTimer>

#include <chrono>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace wsafix {

class KeepChangesDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Result
    {
        Kept,     ///< confirmed in time; the watchdog stood down
        Restored, ///< the watchdog put the snapshot back
        Failed    ///< the watchdog could not restore, refused, or did not report back; detail() says which
    };

    /// `guard` armed and watching; `timeout` the guard's time-out, counted from now.
    KeepChangesDialog(AutoRevertGuard guard, std::chrono::seconds timeout, QWidget* parent = nullptr);

    Result result() const { return m_result; }
    /// The guard's last word, in plain words.
    QString detail() const { return m_detail; }
    /// The restore's report when the watchdog ran one.
    const std::optional<GuardOutcome>& outcome() const { return m_outcome; }

public slots:
    void keep();
    void revertNow();

private:
    void tick();
    void waitForWatchdog();
    void showOutcome();

    AutoRevertGuard m_guard;
    std::chrono::steady_clock::time_point m_deadline;
    std::chrono::steady_clock::time_point m_giveUp;
    QTimer m_timer;
    QLabel* m_text;
    QProgressBar* m_countdown;
    QPushButton* m_keep;
    QPushButton* m_revert;
    Result m_result = Result::Failed;
    QString m_detail;
    std::optional<GuardOutcome> m_outcome;
    bool m_waiting = false;
};

} // namespace wsafix
