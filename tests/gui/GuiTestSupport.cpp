#include "GuiTestSupport.h"

#include "diagnostics/SessionStore.h"
#include "diagnostics/SystemFactory.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QTest>

namespace wsafix::test {

WizardFixture::WizardFixture(const std::string& scenario, Intake intake, std::unique_ptr<System> system)
{
    if (!system)
        system = createSystem(scenario);
    SessionRecord record = SessionRecord::start();
    record.intake = std::move(intake);
    wizard = std::make_unique<WsafixWizard>(std::move(system), SessionStore(stateDir.path().toStdString()),
                                            std::move(record));
    wizard->controller().setProgram(WSAFIX_EXE);
    wizard->show();
    (void)QTest::qWaitForWindowExposed(wizard.get());
}

std::string WizardFixture::program()
{
    return WSAFIX_EXE;
}

SessionRecord WizardFixture::saved() const
{
    wizard->controller().waitForSaved();
    return SessionStore(stateDir.path().toStdString()).load(wizard->controller().record().id);
}

QAbstractButton* forwardButton(QWizard& wizard)
{
    for (const auto which : {QWizard::CommitButton, QWizard::NextButton, QWizard::FinishButton})
        if (wizard.button(which)->isVisible())
            return wizard.button(which);
    return nullptr;
}

bool clickForward(QWizard& wizard)
{
    QAbstractButton* button = forwardButton(wizard);
    if (!button || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

bool waitForNext(QWizard& wizard)
{
    return QTest::qWaitFor(
        [&] {
            QAbstractButton* button = forwardButton(wizard);
            return button && button->isEnabled();
        },
        10000);
}

bool waitForPage(QWizard& wizard, int id)
{
    return QTest::qWaitFor([&] { return wizard.currentId() == id; }, 10000);
}

QString screenshot(QWidget& widget, const QString& name, const QString& fallbackDir)
{
    const QString envDir = qEnvironmentVariable("WSAFIX_SCREENSHOT_DIR");
    const QString dir = envDir.isEmpty() ? fallbackDir : envDir;
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    QTest::qWait(50); // let pending layouts run (QtCharts lays out its scene from the event loop)
    widget.grab().save(path);
    return path;
}

QStringList leakedTopLevelWidgets()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QStringList names;
    for (const QWidget* w : QApplication::topLevelWidgets())
        names << QStringLiteral("%1 (%2)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()));
    return names;
}

} // namespace wsafix::test
