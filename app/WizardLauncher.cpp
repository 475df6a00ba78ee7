#include "WizardLauncher.h"

#include "ExitCode.h"

#include "diagnostics/Scenario.h"
#include "diagnostics/SessionStore.h"
#include "diagnostics/SystemFactory.h"
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

int runWizard(int& argc, char** argv, const CommandLine& cl)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("wsafix"));
    QApplication::setApplicationVersion(QStringLiteral(WSAFIX_VERSION));
    QApplication::setOrganizationName(QStringLiteral("wsafix"));

    std::unique_ptr<System> system;
    try {
        system = createSystem(cl.scenario);
    } catch (const ScenarioError& e) {
        std::cerr << "wsafix: " << e.what() << "\n";
        QMessageBox::critical(nullptr, QApplication::translate("wsafix", "wsafix: scenario not loaded"),
                              QString::fromStdString(e.what()));
        return ExitUsage;
    }
    SessionRecord record = SessionRecord::start();
    record.scenario = cl.scenario;
    WsafixWizard wizard(std::move(system), SessionStore(cl.stateDir), std::move(record));
    wizard.show();
    return app.exec() == 0 ? ExitFine : ExitInternal;
}

} // namespace wsafix
