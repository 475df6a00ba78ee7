#pragma once
// Step 4: examines the computer again, compares with the first examination (step 2), looks up the target's name,
// connects to it a number of times, and gives the engine's verdict (fixed / not fixed / could not verify) with
// its reason and what to do next.

#include "DetectionJobPage.h"

class QLabel;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace wsafix {

class FindingsView;
class LatencyChart;
class TcpStateChart;

class TrainingReviewPanel;

class VerifyPage : public DetectionJobPage
{
    Q_OBJECT

public:
    static constexpr int kAttempts = 10;
    static constexpr int kTimeoutMs = 2000;

    explicit VerifyPage(SessionController& controller, QWidget* parent = nullptr);

    void initializePage() override;

public slots:
    void start() override;

private:
    void finished() override;
    void runningChanged(bool running) override;
    QWidget* makeConnectionsTab();
    void showVerification(const Verification& v);
    void showAttempts(const std::vector<VerifyAttempt>& attempts);
    void showVerdict(const Verification& verification);

    QLabel* m_intro;
    QLabel* m_verdictIcon;
    QLabel* m_verdict;
    QLabel* m_reason;
    QLabel* m_next;
    QTabWidget* m_tabs;
    FindingsView* m_findings;
    QLabel* m_resolution;
    QTableWidget* m_attempts;
    LatencyChart* m_chart;
    TcpStateChart* m_states;
    QTextBrowser* m_changes;
    TrainingReviewPanel* m_training = nullptr; // training sessions only
};

} // namespace wsafix
