#include "WizardLauncher.h"

#include "ExitCode.h"
#include "SingleInstance.h"

#include "diagnostics/Scenario.h"
#include "diagnostics/SessionStore.h"
#include "diagnostics/SystemFactory.h"
#include "diagnostics/fix/ResumeEntry.h"
#include "wizard/ContrastStyle.h"
#include "wizard/EngineText.h"
#include "wizard/Translations.h"
#include "wizard/WsafixWizard.h"

#include <QApplication>
#include <QMessageBox>

#include <cstdlib>
#include <iostream>

namespace wsafix {

bool displayAvailable()
{
    // QT_QPA_PLATFORM (offscreen, xcb, wayland ...) counts: tests and headless captures set it on purpose.
    for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}) {
        const char* value = std::getenv(name);
        if (value && *value)
            return true;
    }
    return false;
}

std::unique_ptr<WsafixWizard> createWizard(const CommandLine& cl, const ParsedSupportLink* link,
                                           std::unique_ptr<System> system)
{
    SessionStore store(cl.stateDir);
    const auto resume = cl.options.find("resume");
    if (resume != cl.options.end()) {
        // After the restart a fix needed: that session, on the verify page; the one-shot entry has done its job.
        SessionRecord record = store.load(resume->second);
        if (!cl.scenario.empty() && cl.scenario != record.scenario)
            throw SessionError("session " + resume->second + " is not of the machine '" + cl.scenario + "'");
        if (const auto args = resumeEntryArguments(); args && args->size() >= 2 && (*args)[1] == resume->second)
            if (const auto why = removeResumeEntry(); !why.empty())
                std::cerr << "wsafix: " << EngineText::translate(why).toStdString() << "\n";
        if (!system)
            system = createSystem(record.scenario);
        record.note("wizard resumed at the verify page");
        auto wizard = std::make_unique<WsafixWizard>(std::move(system), std::move(store), std::move(record));
        wizard->setStartId(WsafixWizard::Page_Verify);
        return wizard;
    }
    if (!system)
        system = createSystem(cl.scenario);
    SessionRecord record = SessionRecord::start();
    record.scenario = cl.scenario;
    auto wizard = std::make_unique<WsafixWizard>(std::move(system), std::move(store), std::move(record));
    if (link)
        wizard->openLink(*link);
    return wizard;
}

namespace {

// Why the wizard cannot open (engine text, in the user's language), on stderr and in a message box.
int refuseToStart(const QString& title, const char* why)
{
    const QString text = EngineText::translate(why);
    std::cerr << "wsafix: " << text.toStdString() << "\n";
    QMessageBox::critical(nullptr, title, text);
    return ExitUsage;
}

} // namespace

void serveLaunches(SingleInstance& instance, WsafixWizard& wizard)
{
    const auto raise = [w = &wizard] {
        w->setWindowState(w->windowState() & ~Qt::WindowMinimized);
        w->show();
        w->raise();
        w->activateWindow();
    };
    QObject::connect(&instance, &SingleInstance::raiseRequested, &wizard, raise);
    QObject::connect(&instance, &SingleInstance::linkReceived, &wizard, [w = &wizard, raise](const QString& text) {
        raise();
        w->receiveLink(parseSupportLink(text.toStdString()));
    });
}

int runWizard(int& argc, char** argv, const CommandLine& cl, const ParsedSupportLink* link)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("wsafix"));
    QApplication::setApplicationVersion(QStringLiteral(WSAFIX_VERSION));
    QApplication::setOrganizationName(QStringLiteral("wsafix"));
    Translations::current().install(); // chosen by main (--lang or the system locale)
    ContrastStyle::install();           // unticked check boxes stay visible on dark palettes

    const QString linkText = cl.link ? QString::fromStdString(*cl.link) : QString();
    SingleInstance instance(
        SingleInstance::serverNameFor(QString::fromStdString(cl.stateDir), QString::fromStdString(cl.scenario)));
    switch (instance.handTo(linkText)) {
    case SingleInstance::HandOver::Taken:
        std::cerr << (linkText.isEmpty()
                          ? QApplication::translate("WizardLauncher", "wsafix: the wizard is already open; raised it")
                          : QApplication::translate("WizardLauncher",
                                                    "wsafix: the wizard is already open; handed it the link"))
                         .toStdString()
                  << "\n";
        return ExitFine;
    case SingleInstance::HandOver::NoAnswer:
        std::cerr << QApplication::translate("WizardLauncher",
                                             "wsafix: a running wizard did not answer; opening another one")
                         .toStdString()
                  << "\n";
        break;
    case SingleInstance::HandOver::NoneRunning:
        if (!instance.listen())
            std::cerr << QApplication::translate("WizardLauncher",
                                                 "wsafix: later launches cannot reach this wizard: %1")
                             .arg(instance.error())
                             .toStdString()
                      << "\n";
        break;
    }

    std::unique_ptr<WsafixWizard> wizard;
    try {
        wizard = createWizard(cl, link);
    } catch (const ScenarioError& e) {
        return refuseToStart(QApplication::translate("wsafix", "wsafix: scenario not loaded"), e.what());
    } catch (const SessionError& e) {
        return refuseToStart(QApplication::translate("wsafix", "wsafix: session not resumed"), e.what());
    }
    serveLaunches(instance, *wizard);
    wizard->show();
    return app.exec() == 0 ? ExitFine : ExitInternal;
}

} // namespace wsafix
