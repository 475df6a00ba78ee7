#include "VerifyPage.h"

#include "FindingsView.h"
#include "LatencyChart.h"
#include "PageText.h"
#include "SessionController.h"
#include "SeverityStyle.h"
#include "VerdictRules.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wsafix {

VerifyPage::VerifyPage(SessionController& controller, QWidget* parent)
    : QWizardPage(parent), m_controller(controller), m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_cancel(new QPushButton(tr("&Cancel check"), this)), m_rerun(new QPushButton(tr("&Check again"), this)),
      m_verdictIcon(new QLabel(this)), m_verdict(new QLabel(this)), m_reason(new QLabel(this)),
      m_findings(new FindingsView(QStringLiteral("verify.findings"), this)), m_attempts(new QTableWidget(this)),
      m_chart(new LatencyChart(this)), m_watcher(new QFutureWatcher<DetectionResult>(this))
{
    setObjectName(QStringLiteral("verifyPage"));
    setTitle(tr("Verify"));
    m_intro = PageText::intro(QStringLiteral("verify.intro"), QString(), this);

    m_progress->setObjectName(QStringLiteral("verify.progress"));
    m_progress->setAccessibleName(tr("Check progress"));
    m_status->setObjectName(QStringLiteral("verify.status"));
    m_status->setMinimumWidth(260);
    m_cancel->setObjectName(QStringLiteral("verify.cancel"));
    m_rerun->setObjectName(QStringLiteral("verify.rerun"));
    connect(m_cancel, &QPushButton::clicked, this, &VerifyPage::cancel);
    connect(m_rerun, &QPushButton::clicked, this, &VerifyPage::start);

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

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_status);
    progressRow->addWidget(m_cancel);
    progressRow->addWidget(m_rerun);

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
    layout->addLayout(progressRow);
    layout->addLayout(verdictRow);
    layout->addWidget(splitter, 1);

    connect(m_watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_watcher, &QFutureWatcherBase::progressTextChanged, m_status, &QLabel::setText);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &VerifyPage::finished);
}

void VerifyPage::initializePage()
{
    start();
}

void VerifyPage::cleanupPage()
{
    cancel();
}

bool VerifyPage::isComplete() const
{
    return m_done;
}

bool VerifyPage::isRunning() const
{
    return m_watcher->isRunning();
}

void VerifyPage::setRunning(bool running)
{
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_rerun->setVisible(!running);
    if (running)
        m_cancel->setFocus();
}

void VerifyPage::start()
{
    if (isRunning())
        return;
    m_done = false;
    emit completeChanged();
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
    m_progress->setRange(0, 0);
    m_status->setText(tr("Starting…"));
    m_findings->showPlaceholder(tr("The comparison with the first examination appears here when the check ends."));
    m_attempts->setRowCount(0);
    m_chart->setAttempts({});
    setRunning(true);
    m_stop = std::stop_source{};
    m_watcher->setFuture(
        m_controller.run<DetectionResult>(m_stop, DetectionJob(in, kAttempts, std::chrono::milliseconds(kTimeoutMs))));
}

void VerifyPage::cancel()
{
    if (!isRunning())
        return;
    m_stop.request_stop();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void VerifyPage::finished()
{
    setRunning(false);
    if (m_watcher->future().resultCount() == 0)
        return;
    const DetectionResult result = m_watcher->result();
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
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
        m_done = true;
        emit completeChanged();
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
    m_controller.save("verify", "Verification: " + out.verification.verdict + " (" + out.verification.reason + ")");
    m_done = true;
    emit completeChanged();
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
