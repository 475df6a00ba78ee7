#include "WsafixWizard.h"

#include "DetectPage.h"
#include "FixPage.h"
#include "IntakePage.h"
#include "ReportPage.h"
#include "SessionController.h"
#include "SeverityStyle.h"
#include "StepsPanel.h"
#include "VerifyPage.h"

#include <QAbstractButton>

namespace wsafix {

WsafixWizard::WsafixWizard(std::unique_ptr<System> system, SessionStore store, SessionRecord record, QWidget* parent)
    : QWizard(parent),
      m_controller(std::make_unique<SessionController>(std::move(system), std::move(store), std::move(record)))
{
    setObjectName(QStringLiteral("wizard"));
    setWindowTitle(tr("wsafix — %1").arg(m_controller->machineDescription()));
    setWindowIcon(SeverityStyle::appIcon());
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);

    setPage(Page_Intake, new IntakePage(*m_controller, this));
    setPage(Page_Detect, new DetectPage(*m_controller, this));
    setPage(Page_Fix, new FixPage(*m_controller, this));
    setPage(Page_Verify, new VerifyPage(*m_controller, this));
    setPage(Page_Report, new ReportPage(*m_controller, this));
    setStartId(Page_Intake);

    m_steps =
        new StepsPanel({tr("Describe the error"), tr("Examine the computer"), tr("Fix"), tr("Verify"), tr("Report")},
                       m_controller->machineDescription(), this);
    setSideWidget(m_steps);
    connect(this, &QWizard::currentIdChanged, m_steps, [this](int id) { m_steps->setCurrent(qMax(0, id)); });
    connect(m_controller.get(), &SessionController::saveFailed, m_steps, &StepsPanel::showSaveError);
    connect(m_controller.get(), &SessionController::saved, m_steps, &StepsPanel::clearSaveError);

    button(QWizard::NextButton)->setObjectName(QStringLiteral("wizard.next"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("wizard.back"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("wizard.commit"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("wizard.finish"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("wizard.cancel"));
    resize(1080, 720);
}

WsafixWizard::~WsafixWizard()
{
    // Pages are deleted by ~QWidget, after the members: stop and wait for their background work now,
    // while every page and watcher still exists.
    m_controller.reset();
}

void WsafixWizard::done(int result)
{
    if (result == QDialog::Accepted)
        m_controller->save("report", "Wizard finished");
    else if (!m_controller->record().timeline.empty()) // a session that never started leaves no file behind
        m_controller->save(m_controller->record().step, "Wizard closed before the end");
    QWizard::done(result);
}

} // namespace wsafix
