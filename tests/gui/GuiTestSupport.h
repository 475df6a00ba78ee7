#pragma once
// Shared by the GUI tests: a wizard over a scenario (or any System) with a temporary state directory,
// finding widgets by object name, clicking forward, screenshots, and the leak check for cleanup().

#include "SessionController.h"
#include "WsafixWizard.h"

#include <QTemporaryDir>
#include <QWidget>

#include <memory>
#include <string>

class QAbstractButton;

namespace wsafix::test {

struct WizardFixture
{
    QTemporaryDir stateDir;
    std::unique_ptr<WsafixWizard> wizard;

    /// A wizard over the built-in scenario (or `system` when given), shown offscreen at the intake page, running
    /// the built wsafix for its watchdog and elevated step.
    explicit WizardFixture(const std::string& scenario, Intake intake = {}, std::unique_ptr<System> system = nullptr);

    SessionController& controller() { return wizard->controller(); }
    SessionRecord& record() { return wizard->controller().record(); }
    /// The record as saved on disk.
    SessionRecord saved() const;
    /// The built wsafix program, which the wizard runs for its watchdog and elevated step.
    static std::string program();

    template <class T> T* find(const char* objectName) const
    {
        return wizard->findChild<T*>(QString::fromLatin1(objectName));
    }
};

/// The forward button currently shown: Next, Commit or Finish.
QAbstractButton* forwardButton(QWizard& wizard);
/// Clicks the forward button with the mouse; false when it is disabled or hidden.
bool clickForward(QWizard& wizard);
/// Waits (up to 10 s) until the forward button (Next, Commit or Finish) is enabled, e.g. while a page's work runs
/// off the GUI thread.
bool waitForNext(QWizard& wizard);
/// Waits (up to 10 s) until the wizard shows page `id`, e.g. after the Fix page's commit applied the ticked fixes.
bool waitForPage(QWizard& wizard, int id);
/// Saves `widget.grab()` as NAME.png into $WSAFIX_SCREENSHOT_DIR when set, else into `fallbackDir`.
QString screenshot(QWidget& widget, const QString& name, const QString& fallbackDir);
/// Deletes what deleteLater() left, then lists the top-level widgets still alive (should be none).
QStringList leakedTopLevelWidgets();

} // namespace wsafix::test
