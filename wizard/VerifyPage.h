#pragma once
// Step 4: examines the computer again, compares with the findings of step 2, connects to the target a few
// times, and gives a verdict (fixed / not fixed / could not verify) with its reason.

#include "DetectionJobPage.h"

class QLabel;
class QTableWidget;

namespace wsafix {

class FindingsView;
class LatencyChart;

class TrainingReviewPanel;

class VerifyPage : public DetectionJobPage
{
    Q_OBJECT

public:
    static constexpr int kAttempts = 5;
    static constexpr int kTimeoutMs = 2000;

    explicit VerifyPage(SessionController& controller, QWidget* parent = nullptr);

    void initializePage() override;

public slots:
    void start() override;

private:
    void finished() override;
    void showAttempts(const std::vector<TcpProbeResult>& attempts);
    void showVerdict(const Verification& verification);

    QLabel* m_intro;
    QLabel* m_verdictIcon;
    QLabel* m_verdict;
    QLabel* m_reason;
    FindingsView* m_findings;
    QTableWidget* m_attempts;
    LatencyChart* m_chart;
    TrainingReviewPanel* m_training = nullptr; // training sessions only
};

} // namespace wsafix
