#pragma once
// Step 4: examines the computer again, compares with the findings of step 2, connects to the target a few
// times, and gives a verdict (fixed / not fixed / could not verify) with its reason.

#include "DetectionJob.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <stop_token>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace wsafix {

class FindingsView;
class LatencyChart;
class SessionController;

class VerifyPage : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr int kAttempts = 5;
    static constexpr int kTimeoutMs = 2000;

    explicit VerifyPage(SessionController& controller, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isRunning() const;

public slots:
    void start();
    void cancel();

private:
    void finished();
    void showAttempts(const std::vector<TcpProbeResult>& attempts);
    void showVerdict(const Verification& verification);
    void setRunning(bool running);

    SessionController& m_controller;
    QLabel* m_intro;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_cancel;
    QPushButton* m_rerun;
    QLabel* m_verdictIcon;
    QLabel* m_verdict;
    QLabel* m_reason;
    FindingsView* m_findings;
    QTableWidget* m_attempts;
    LatencyChart* m_chart;
    QFutureWatcher<DetectionResult>* m_watcher;
    std::stop_source m_stop;
    bool m_done = false;
};

} // namespace wsafix
