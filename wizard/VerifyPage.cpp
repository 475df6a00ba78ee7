#include "VerifyPage.h"

#include "EngineText.h"

#include "FindingsView.h"
#include "LatencyChart.h"
#include "PageText.h"
#include "SessionController.h"
#include "SeverityStyle.h"
#include "TcpStateChart.h"
#include "TrainingReviewPanel.h"
#include "VerificationText.h"

#include "diagnostics/TrainingReview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <memory>

namespace wsafix {

VerifyPage::VerifyPage(SessionController& controller, QWidget* parent)
    : DetectionJobPage(controller, QStringLiteral("verify"), tr("&Cancel check"), tr("&Check again"),
                       tr("Check progress"), parent),
      m_verdictIcon(new QLabel(this)), m_verdict(new QLabel(this)), m_reason(new QLabel(this)),
      m_next(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_findings(new FindingsView(QStringLiteral("verify.findings"), this)), m_resolution(new QLabel(this)),
      m_attempts(new QTableWidget(this)), m_chart(new LatencyChart(this)), m_states(new TcpStateChart(this)),
      m_changes(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("verifyPage"));
    setTitle(tr("Verify"));
    m_intro = PageText::intro(QStringLiteral("verify.intro"), QString(), this);

    m_verdict->setObjectName(QStringLiteral("verify.verdict"));
    QFont verdictFont = m_verdict->font();
    verdictFont.setBold(true);
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.3);
    m_verdict->setFont(verdictFont);
    for (QLabel* label : {m_reason, m_next}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_reason->setObjectName(QStringLiteral("verify.reason"));
    m_next->setObjectName(QStringLiteral("verify.next"));
    m_next->setTextFormat(Qt::RichText);

    m_findings->setEmptyText(tr("No problems found, before or after."));
    m_states->setObjectName(QStringLiteral("verify.tcpStateChart"));
    m_states->setAccessibleName(tr("TCP states at detect time and now"));
    m_changes->setObjectName(QStringLiteral("verify.changes"));
    m_changes->setAccessibleName(tr("Changes since the first examination"));

    m_tabs->setObjectName(QStringLiteral("verify.tabs"));
    m_tabs->setAccessibleName(tr("Verification details"));
    m_tabs->tabBar()->setAccessibleName(m_tabs->accessibleName());
    setResultFocus(m_tabs);
    m_tabs->addTab(m_findings, tr("&Findings"));
    m_tabs->addTab(makeConnectionsTab(), tr("C&onnections"));
    m_tabs->addTab(m_states, tr("&TCP states"));
    m_tabs->addTab(m_changes, tr("Changes since &detect"));

    auto* verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verdictIcon, 0, Qt::AlignTop);
    auto* verdictText = new QVBoxLayout;
    verdictText->addWidget(m_verdict);
    verdictText->addWidget(m_reason);
    verdictText->addWidget(m_next);
    verdictRow->addLayout(verdictText, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(progressRow());
    layout->addLayout(verdictRow);
    if (m_controller.scenario()) {
        m_training = new TrainingReviewPanel(this);
        layout->addWidget(m_training);
    }
    layout->addWidget(m_tabs, 1);
}

QWidget* VerifyPage::makeConnectionsTab()
{
    m_resolution->setObjectName(QStringLiteral("verify.resolution"));
    m_resolution->setWordWrap(true);
    m_attempts->setObjectName(QStringLiteral("verify.attempts"));
    m_attempts->setAccessibleName(tr("Connection attempts"));
    m_attempts->setColumnCount(4);
    m_attempts->setHorizontalHeaderLabels({tr("Result"), tr("Address"), tr("ms"), tr("Error")});
    m_attempts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attempts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attempts->horizontalHeader()->setStretchLastSection(true);
    m_attempts->setWordWrap(false);
    m_attempts->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells

    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_attempts);
    split->addWidget(m_chart);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 3); // the table's error column is cut off at half the width
    split->setStretchFactor(1, 2);
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_resolution);
    layout->addWidget(split, 1);
    return tab;
}

void VerifyPage::initializePage()
{
    start();
}

void VerifyPage::runningChanged(bool running)
{
    m_tabs->setEnabled(!running);
}

void VerifyPage::start()
{
    if (isRunning())
        return;
    const SessionRecord& record = m_controller.record();
    const Intake& in = record.intake;
    const bool target = !in.host.empty() && in.port != 0;
    m_intro->setText(target ? tr("wsafix is checking the computer again and connecting to %1:%2 %3 times. Wait "
                                 "for the verdict, or click Cancel.")
                                  .arg(QString::fromStdString(in.host))
                                  .arg(in.port)
                                  .arg(kAttempts)
                            : tr("wsafix is checking the computer again. Wait for the verdict, or click Cancel."));
    m_verdict->clear();
    m_reason->clear();
    m_next->clear();
    m_verdictIcon->clear();
    if (m_training)
        m_training->clear();
    m_findings->showPlaceholder(tr("The comparison with the first examination appears here when the check ends."));
    m_resolution->clear();
    m_attempts->setRowCount(0);
    m_chart->setAttempts({});
    m_states->clear();
    m_changes->clear();

    VerifyRequest request;
    if (target) {
        request.host = in.host;
        request.port = in.port;
    }
    request.count = kAttempts;
    request.timeout = std::chrono::milliseconds(kTimeoutMs);
    // The job gets a copy: the record stays the GUI thread's while the check runs.
    runJob(DetectionJob(std::make_shared<const SessionRecord>(record), std::move(request)));
}

void VerifyPage::finished()
{
    const auto taken = takeResult();
    if (!taken)
        return;
    const DetectionResult& result = *taken;
    SessionRecord& record = m_controller.record();

    Verification v;
    if (!result.error.empty() || !result.verification) {
        v.time = utcNow();
        v.verdict = "could-not-verify";
        v.reason = "The check failed: " + result.error;
        v.nextSteps.push_back({"run-again", "Click Check again; if it fails again, escalate with the report."});
        m_status->setText(tr("Failed."));
    } else {
        v = *result.verification;
        m_status->setText(result.cancelled ? tr("Cancelled.") : tr("Finished."));
    }
    showVerification(v);
    record.verification = v;
    if (m_training) {
        // Training: judge the trainee's fixes by replaying the scenario with them and with every other fix.
        const TrainingReview review = reviewTraining(*m_controller.scenario(), record.intake, record.simulatedFixes);
        m_training->showReview(review);
        record.note("Training review: " + std::string(trainingGradeName(review.grade)) + " (" + review.verdict + ")");
    }
    m_controller.save("verify", "Verification: " + v.verdict + " (" + v.reason + ")");
    markDone();
}

void VerifyPage::showVerification(const Verification& v)
{
    const BaselineComparison& c = v.comparison;
    std::vector<Finding> shown;
    QStringList statuses;
    std::vector<bool> resolved;
    for (const auto& f : c.findings) {
        shown.push_back(f.finding);
        statuses << VerificationText::findingStatus(f.status);
        resolved.push_back(f.status == "resolved");
    }
    m_findings->setFindings(shown, statuses, resolved);
    m_resolution->setText(VerificationText::resolution(v));
    showAttempts(v.attempts);
    std::vector<TcpProbeResult> results;
    for (const auto& a : v.attempts)
        results.push_back(a.result);
    m_chart->setAttempts(results);
    m_states->setComparison(c.socketStatesBefore, c.socketStatesAfter, QString::fromStdString(c.socketScope),
                            c.compared);
    m_changes->setHtml(VerificationText::comparisonHtml(c));
    showVerdict(v);
}

void VerifyPage::showAttempts(const std::vector<VerifyAttempt>& attempts)
{
    m_attempts->setRowCount(static_cast<int>(attempts.size()));
    for (int row = 0; row < static_cast<int>(attempts.size()); ++row) {
        const auto& a = attempts[static_cast<std::size_t>(row)];
        auto* result = new QTableWidgetItem(VerificationText::attemptResult(a.result));
        result->setIcon(a.result.connected ? SeverityStyle::okIcon() : SeverityStyle::icon(Severity::Error));
        m_attempts->setItem(row, 0, result);
        m_attempts->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(a.result.address)));
        auto* ms = new QTableWidgetItem(QString::number(a.result.milliseconds, 'f', 1));
        ms->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_attempts->setItem(row, 2, ms);
        auto* errorItem = new QTableWidgetItem(VerificationText::attemptError(a));
        errorItem->setToolTip(QString::fromStdString(a.errorMeaning));
        m_attempts->setItem(row, 3, errorItem);
    }
    m_attempts->resizeColumnsToContents();
}

void VerifyPage::showVerdict(const Verification& v)
{
    const QIcon icon = v.verdict == "fixed" || v.verdict == "works" ? SeverityStyle::okIcon()
                       : v.verdict == "not-fixed"                   ? SeverityStyle::icon(Severity::Error)
                                                                    : SeverityStyle::icon(Severity::Warning);
    const QString text = VerificationText::verdict(v.verdict);
    m_verdictIcon->setPixmap(icon.pixmap(QSize(32, 32)));
    m_verdict->setText(text);
    m_verdict->setAccessibleName(tr("Verdict: %1").arg(text));
    m_reason->setText(EngineText::translate(v.reason));
    m_next->setText(VerificationText::nextStepsHtml(v.nextSteps));
    m_next->setVisible(!v.nextSteps.empty());
    m_intro->setText(tr("The check is done. Verdict: %1. Click Next for the summary.").arg(text));
}

} // namespace wsafix
