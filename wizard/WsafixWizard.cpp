#include "WsafixWizard.h"

#include "EngineText.h"

#include "DetectPage.h"
#include "DetectionJobPage.h"
#include "FixPage.h"
#include "IntakePage.h"
#include "TrainingDialog.h"
#include "ReportPage.h"
#include "SessionController.h"
#include "SeverityStyle.h"
#include "StepsPanel.h"
#include "VerifyPage.h"

#include "diagnostics/Scenario.h"
#include "diagnostics/SystemFactory.h"
#include "diagnostics/links/SupportLink.h"

#include <QAbstractButton>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>
#include <QVBoxLayout>

namespace wsafix {

WsafixWizard::WsafixWizard(std::unique_ptr<System> system, SessionStore store, SessionRecord record, QWidget* parent)
    : QWizard(parent),
      m_controller(std::make_unique<SessionController>(std::move(system), std::move(store), std::move(record)))
{
    setObjectName(QStringLiteral("wizard"));
    const bool training = m_controller->isSimulated();
    setWindowTitle(training ? tr("wsafix — TRAINING — %1").arg(m_controller->machineDescription())
                            : tr("wsafix — %1").arg(m_controller->machineDescription()));
    setWindowIcon(SeverityStyle::appIcon());
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);

    m_intake = new IntakePage(*m_controller, this);
    connect(m_intake, &IntakePage::trainingRequested, this, &WsafixWizard::chooseTraining);
    setPage(Page_Intake, m_intake);
    setPage(Page_Detect, new DetectPage(*m_controller, this));
    setPage(Page_Fix, new FixPage(*m_controller, this));
    setPage(Page_Verify, new VerifyPage(*m_controller, this));
    setPage(Page_Report, new ReportPage(*m_controller, this));
    setStartId(Page_Intake);

    m_steps =
        new StepsPanel({tr("Describe the error"), tr("Examine the computer"), tr("Fix"), tr("Verify"), tr("Report")},
                       m_controller->machineDescription(), this);
    if (training) {
        // Training is marked on every page: a banner above the steps, in the side panel that never changes.
        auto* side = new QWidget(this);
        auto* banner = new QLabel(side);
        banner->setObjectName(QStringLiteral("wizard.trainingBanner"));
        banner->setWordWrap(true);
        banner->setAutoFillBackground(true);
        banner->setMargin(8);
        banner->setStyleSheet(QStringLiteral("QLabel { background: #fde68a; color: #422006; border: 1px solid #b45309; "
                                             "border-radius: 4px; }"));
        const Scenario* scenario = m_controller->scenario();
        banner->setText(tr("<b>TRAINING</b><br>%1<br>A simulated computer: nothing you do here changes this one.")
                            .arg(EngineText::translate(scenario ? scenario->title : std::string()).toHtmlEscaped()));
        banner->setAccessibleName(tr("Training mode: a simulated computer"));
        auto* column = new QVBoxLayout(side);
        column->setContentsMargins(0, 0, 0, 0);
        column->addWidget(banner);
        column->addWidget(m_steps, 1);
        setSideWidget(side);
    } else {
        setSideWidget(m_steps);
    }
    connect(this, &QWizard::currentIdChanged, m_steps, [this](int id) { m_steps->setCurrent(qMax(0, id)); });
    connect(m_controller.get(), &SessionController::saveFailed, m_steps, &StepsPanel::showSaveError);
    connect(m_controller.get(), &SessionController::saved, m_steps, &StepsPanel::clearSaveError);

    button(QWizard::NextButton)->setObjectName(QStringLiteral("wizard.next"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("wizard.back"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("wizard.commit"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("wizard.finish"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("wizard.cancel"));
    // Never larger than the screen: at 200 % scaling many laptop screens offer less than 1080×720.
    resize(QSize(1080, 720).boundedTo(screen()->availableSize() * 0.95));
}

WsafixWizard::~WsafixWizard()
{
    // Pages are deleted by ~QWidget, after the members: stop and wait for their background work now,
    // while every page and watcher still exists.
    m_controller.reset();
}

void WsafixWizard::chooseTraining()
{
    TrainingDialog dialog(this);
    if (const Scenario* current = m_controller->scenario())
        dialog.select(current->name);
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenScenario().empty())
        startTraining(dialog.chosenScenario());
}

WsafixWizard* WsafixWizard::startTraining(const std::string& scenario)
{
    std::unique_ptr<System> system;
    try {
        system = createSystem(scenario);
    } catch (const ScenarioError& e) {
        QMessageBox::warning(this, tr("wsafix: scenario not loaded"), QString::fromStdString(e.what()));
        return nullptr;
    }
    SessionRecord record = SessionRecord::start();
    record.scenario = scenario;
    auto* next = new WsafixWizard(std::move(system), m_controller->store(), std::move(record));
    next->setAttribute(Qt::WA_DeleteOnClose);
    next->show();
    close();
    return next;
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

namespace wsafix {
namespace {

QString linkSummary(const SupportLink& link)
{
    QStringList lines;
    const auto add = [&](const QString& label, const std::string& value) {
        if (!value.empty())
            lines << label.arg(QString::fromStdString(value));
    };
    add(WsafixWizard::tr("Error code: %1"), link.code);
    add(WsafixWizard::tr("Application: %1"), link.process);
    add(WsafixWizard::tr("Target host: %1"), link.host);
    add(WsafixWizard::tr("Target port: %1"), link.port ? std::to_string(link.port) : std::string());
    add(WsafixWizard::tr("Ticket: %1"), link.ticket);
    return lines.isEmpty() ? WsafixWizard::tr("(the link carries no details)") : lines.join(QLatin1Char('\n'));
}

} // namespace

void WsafixWizard::openLink(const ParsedSupportLink& parsed)
{
    if (parsed.link)
        m_intake->prefill(*parsed.link);
    else
        m_intake->showLinkRefused(QString::fromStdString(parsed.error));
}

void WsafixWizard::receiveLink(const ParsedSupportLink& parsed)
{
    // Message boxes are opened, not exec()'d: no nested event loop while pages have work running.
    const auto show = [this](QMessageBox::Icon icon, const QString& text, const QString& details,
                             QMessageBox::StandardButtons buttons) {
        auto* box = new QMessageBox(icon, tr("wsafix: support link"), text, buttons, this);
        box->setObjectName(QStringLiteral("linkMessage"));
        box->setInformativeText(details);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return box;
    };
    if (!parsed.link) {
        show(QMessageBox::Warning, tr("A support link was not used."),
             tr("Reason: %1.").arg(QString::fromStdString(parsed.error)), QMessageBox::Ok);
        return;
    }
    const SupportLink link = *parsed.link;
    if (currentId() == Page_Intake && m_intake->isPristine() && m_controller->record().timeline.empty()) {
        m_intake->prefill(link); // nothing on screen to lose
        return;
    }
    if (auto* page = qobject_cast<DetectionJobPage*>(currentPage()); page && page->isRunning()) {
        show(QMessageBox::Information, tr("A support link arrived while wsafix is examining the computer."),
             tr("Wait until the examination ends (or cancel it), then open the link again."), QMessageBox::Ok);
        return;
    }
    const bool newSession = currentId() != Page_Intake;
    auto* box = show(QMessageBox::Question,
                     newSession ? tr("Start a new session with the details of this support link?")
                                : tr("Replace the details on this page with those of the support link?"),
                     linkSummary(link) + (newSession ? tr("\n\nThe current session stays saved.") : QString()),
                     QMessageBox::Yes | QMessageBox::No);
    box->setDefaultButton(QMessageBox::No);
    connect(box, &QMessageBox::finished, this, [this, box, link, newSession](int) {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        if (newSession && currentId() != Page_Intake) {
            m_controller->startNewSession();
            restart();
        }
        m_intake->prefill(link);
    });
}

} // namespace wsafix
