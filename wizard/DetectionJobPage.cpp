#include "DetectionJobPage.h"

#include "SessionController.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace wsafix {

DetectionJobPage::DetectionJobPage(SessionController& controller, const QString& prefix, const QString& cancelText,
                                   const QString& rerunText, const QString& progressName, QWidget* parent)
    : QWizardPage(parent), m_controller(controller), m_status(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(cancelText, this)), m_rerun(new QPushButton(rerunText, this)),
      m_progressRow(new QHBoxLayout), m_watcher(new QFutureWatcher<DetectionResult>(this))
{
    m_progress->setObjectName(prefix + QStringLiteral(".progress"));
    m_progress->setAccessibleName(progressName);
    m_status->setObjectName(prefix + QStringLiteral(".status"));
    m_status->setMinimumWidth(m_status->fontMetrics().averageCharWidth() * 36); // grows with a larger font
    m_cancel->setObjectName(prefix + QStringLiteral(".cancel"));
    m_rerun->setObjectName(prefix + QStringLiteral(".rerun"));
    connect(m_cancel, &QPushButton::clicked, this, &DetectionJobPage::cancel);
    connect(m_rerun, &QPushButton::clicked, this, &DetectionJobPage::start);

    m_progressRow->addWidget(m_progress, 1);
    m_progressRow->addWidget(m_status);
    m_progressRow->addWidget(m_cancel);
    m_progressRow->addWidget(m_rerun);

    connect(m_watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_watcher, &QFutureWatcherBase::progressTextChanged, m_status, &QLabel::setText);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        setRunning(false);
        finished();
    });
}

void DetectionJobPage::cleanupPage()
{
    cancel();
}

bool DetectionJobPage::isComplete() const
{
    return m_done;
}

bool DetectionJobPage::isRunning() const
{
    return m_watcher->isRunning();
}

void DetectionJobPage::cancel()
{
    if (!isRunning())
        return;
    m_stop.request_stop();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void DetectionJobPage::runJob(DetectionJob job)
{
    m_done = false;
    emit completeChanged();
    m_progress->setRange(0, 0);
    m_status->setText(tr("Starting…"));
    setRunning(true);
    m_stop = std::stop_source{};
    m_watcher->setFuture(m_controller.run<DetectionResult>(m_stop, std::move(job)));
}

std::optional<DetectionResult> DetectionJobPage::takeResult()
{
    if (m_watcher->future().resultCount() == 0)
        return std::nullopt;
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    return m_watcher->future().takeResult();
}

void DetectionJobPage::markDone()
{
    m_done = true;
    emit completeChanged();
}

void DetectionJobPage::runningChanged(bool) {}

void DetectionJobPage::setRunning(bool running)
{
    const bool cancelHadFocus = m_cancel->hasFocus();
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_rerun->setVisible(!running);
    runningChanged(running);
    if (running)
        m_cancel->setFocus();
    else if (cancelHadFocus || !focusWidget())
        (m_resultFocus && m_resultFocus->isEnabled() ? m_resultFocus : m_rerun)->setFocus();
}

} // namespace wsafix
