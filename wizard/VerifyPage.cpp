#include "VerifyPage.h"

#include "FindingsView.h"
#include "LatencyChart.h"
#include "PageText.h"
#include "SessionController.h"
#include "SeverityStyle.h"
#include "TrainingReviewPanel.h"
#include "VerdictRules.h"

#include "diagnostics/TrainingReview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wsafix {

VerifyPage::VerifyPage(SessionController& controller, QWidget* parent)
    : DetectionJobPage(controller, QStringLiteral("verify"), tr("&Cancel check"), tr("&Check again"),
                       tr("Check progress"), parent),
      m_verdictIcon(new QLabel(this)), m_verdict(new QLabel(this)), m_reason(new QLabel(this)),
      m_findings(new FindingsView(QStringLiteral("verify.findings"), this)), m_attempts(new QTableWidget(this)),
      m_chart(new LatencyChart(this))
{
    setObjectName(QStringLiteral("verifyPage"));
    setTitle(tr("Verify"));
    m_intro = PageText::intro(QStringLiteral("verify.intro"), QString(), this);

    m_verdict->setObjectName(QStringLiteral("verify.verdict"));
    QFont verdictFont = m_verdict->font();
    verdictFont.setBold(true);
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.3);
    m_verdict->setFont(verdictFont);
    m_reason->setObjectName(QStringLiteral("verify.reason"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_findings->setEmptyText(tr("No problems found, before or after."));

    m_attempts->setObjectName(QStringLiteral("verify.attempts"));
    m_attempts->setAccessibleName(tr("Connection attempts"));
    m_attempts->setColumnCount(4);
    m_attempts->setHorizontalHeaderLabels({tr("Result"), tr("Address"), tr("ms"), tr("Error")});
    m_attempts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attempts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attempts->horizontalHeader()->setStretchLastSection(true);
    m_attempts->setWordWrap(false);

    auto* verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verdictIcon, 0, Qt::AlignTop);
    auto* verdictText = new QVBoxLayout;
    verdictText->addWidget(m_verdict);
    verdictText->addWidget(m_reason);
    verdictRow->addLayout(verdictText, 1);

    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_attempts);
    bottom->addWidget(m_chart);
    bottom->setChildrenCollapsible(false);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_findings);
    splitter->addWidget(bottom);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(progressRow());
    layout->addLayout(verdictRow);
    if (m_controller.scenario()) {
        m_training = new TrainingReviewPanel(this);
        layout->addWidget(m_training);
    }
    layout->addWidget(splitter, 1);
}

void VerifyPage::initializePage()
{
    start();
}

void VerifyPage::start()
{
    if (isRunning())
        return;
    const Intake& in = m_controller.record().intake;
    const bool target = !in.host.empty() && in.port != 0;
    m_intro->setText(target ? tr("wsafix is checking the computer again and connecting to %1:%2 a few times. Wait "
                                 "for the verdict, or click Cancel.")
                                  .arg(QString::fromStdString(in.host))
                                  .arg(in.port)
                            : tr("wsafix is checking the computer again. Wait for the verdict, or click Cancel."));
    m_verdict->clear();
    m_reason->clear();
    m_verdictIcon->clear();
    if (m_training)
        m_training->clear();
    m_findings->showPlaceholder(tr("The comparison with the first examination appears here when the check ends."));
    m_attempts->setRowCount(0);
    m_chart->setAttempts({});
    runJob(DetectionJob(in, kAttempts, std::chrono::milliseconds(kTimeoutMs)));
}

void VerifyPage::finished()
{
    const auto taken = takeResult();
    if (!taken)
        return;
    const DetectionResult& result = *taken;
    SessionRecord& record = m_controller.record();

    if (!result.error.empty()) {
        Verification v;
        v.time = utcNow();
        v.verdict = "could-not-verify";
        v.reason = "The check failed: " + result.error;
        m_status->setText(tr("Failed."));
        record.verification = v;
        showVerdict(v);
        m_controller.save("verify", "Verification: could-not-verify (" + result.error + ")");
        markDone();
        return;
    }

    VerdictInput in;
    in.baseline = record.findings;
    in.baselineInventory = record.inventory;
    in.now = result.findings;
    in.nowInventory = result.inventory;
    in.attempts = result.attempts;
    in.targetGiven = !record.intake.host.empty() && record.intake.port != 0;
    in.target = record.intake.host + ":" + std::to_string(record.intake.port);
    in.cancelled = result.cancelled;
    const VerdictOutput out = VerdictRules::evaluate(in);

    m_status->setText(result.cancelled ? tr("Cancelled.") : tr("Finished."));
    m_findings->setFindings(out.shown, out.statuses, out.resolvedFlags);
    showAttempts(result.attempts);
    m_chart->setAttempts(result.attempts);
    showVerdict(out.verification);

    record.verification = out.verification;
    if (m_training) {
        // Training: judge the trainee's fixes by replaying the scenario with them and with every other fix.
        const TrainingReview review = reviewTraining(*m_controller.scenario(), record.intake, record.simulatedFixes);
        m_training->showReview(review);
        record.note("Training review: " + std::string(trainingGradeName(review.grade)) + " (" + review.verdict + ")");
    }
    m_controller.save("verify", "Verification: " + out.verification.verdict + " (" + out.verification.reason + ")");
    markDone();
}

void VerifyPage::showAttempts(const std::vector<TcpProbeResult>& attempts)
{
    m_attempts->setRowCount(static_cast<int>(attempts.size()));
    for (int row = 0; row < static_cast<int>(attempts.size()); ++row) {
        const auto& a = attempts[static_cast<std::size_t>(row)];
        auto* result = new QTableWidgetItem(a.connected   ? tr("connected")
                                            : !a.resolved ? tr("name not resolved")
                                                          : tr("failed"));
        result->setIcon(a.connected ? SeverityStyle::okIcon() : SeverityStyle::icon(Severity::Error));
        m_attempts->setItem(row, 0, result);
        m_attempts->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(a.address)));
        auto* ms = new QTableWidgetItem(QString::number(a.milliseconds, 'f', 1));
        ms->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_attempts->setItem(row, 2, ms);
        const QString error =
            a.connected ? QString()
                        : QStringLiteral("%1 (%2)").arg(QString::fromStdString(a.error), QString::number(a.errorCode));
        auto* errorItem = new QTableWidgetItem(error);
        errorItem->setToolTip(error);
        m_attempts->setItem(row, 3, errorItem);
    }
    m_attempts->resizeColumnsToContents();
}

void VerifyPage::showVerdict(const Verification& v)
{
    QIcon icon;
    QString text;
    if (v.verdict == "fixed") {
        icon = SeverityStyle::okIcon();
        text = tr("Fixed");
    } else if (v.verdict == "not-fixed") {
        icon = SeverityStyle::icon(Severity::Error);
        text = tr("Not fixed");
    } else {
        icon = SeverityStyle::icon(Severity::Warning);
        text = tr("Could not verify");
    }
    m_verdictIcon->setPixmap(icon.pixmap(QSize(32, 32)));
    m_verdict->setText(text);
    m_verdict->setAccessibleName(tr("Verdict: %1").arg(text));
    m_reason->setText(QString::fromStdString(v.reason));
    m_intro->setText(tr("The check is done. Verdict: %1. Click Next for the summary.").arg(text));
}

} // namespace wsafix
