#pragma once
// A wizard page whose work is a DetectionJob run off the GUI thread (Detect and Verify): the progress
// row (bar, status, Cancel, Run again), cancellation, and Next enabled only once the job has ended.

#include "DetectionJob.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <optional>
#include <stop_token>

class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace wsafix {

class SessionController;

class DetectionJobPage : public QWizardPage
{
    Q_OBJECT

public:
    void cleanupPage() override;
    bool isComplete() const override;
    bool isRunning() const;

public slots:
    /// Starts (or restarts) the page's job.
    virtual void start() = 0;
    void cancel();

protected:
    /// `prefix` names the widgets ("detect" → "detect.progress", "detect.cancel", ...).
    DetectionJobPage(SessionController& controller, const QString& prefix, const QString& cancelText,
                     const QString& rerunText, const QString& progressName, QWidget* parent);

    /// The progress row, for the page's layout.
    QHBoxLayout* progressRow() const { return m_progressRow; }
    /// Runs `job`; Next stays disabled until finished() has called markDone().
    void runJob(DetectionJob job);
    /// The result of the job that just ended (taken, not copied: it may hold 50,000 sockets), or nothing.
    std::optional<DetectionResult> takeResult();
    void markDone();
    /// Called on the GUI thread when the job has ended.
    virtual void finished() = 0;
    /// For pages that disable more of their widgets while the job runs.
    virtual void runningChanged(bool running);
    /// Where the keyboard focus goes when the job ends with the focus on Cancel (which then hides).
    void setResultFocus(QWidget* widget) { m_resultFocus = widget; }

    SessionController& m_controller;
    QLabel* m_status;

private:
    void setRunning(bool running);

    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPushButton* m_rerun;
    QHBoxLayout* m_progressRow;
    QFutureWatcher<DetectionResult>* m_watcher;
    std::stop_source m_stop;
    bool m_done = false;
    QWidget* m_resultFocus = nullptr;
};

} // namespace wsafix
