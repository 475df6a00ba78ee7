// Reboot resume: `wsafix --resume SESSION` opens the wizard on that session's verify page and removes the one-shot
// autostart entry that named it; a session that does not exist is refused with its name.
#include "GuiTestSupport.h"
#include "WizardLauncher.h"

#include "diagnostics/fix/ResumeEntry.h"

#include <QTemporaryDir>
#include <QTest>

using namespace wsafix;
using namespace wsafix::test;

class TestResume : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    }
    void cleanup() { QVERIFY2(leakedTopLevelWidgets().isEmpty(), qPrintable(leakedTopLevelWidgets().join(u','))); }

    void resumeLandsOnTheVerifyPage()
    {
        QTemporaryDir state;
        SessionStore store(state.path().toStdString());
        SessionRecord record = SessionRecord::start();
        record.scenario = "lsp-adware";
        record.intake.host = "orders.example.invalid";
        record.note("fix applied; restart needed");
        store.save(record);
        // What `wsafix fix` left before the restart.
        const auto args = resumeArguments(record.id, store.stateDir(), record.scenario);
        QCOMPARE(writeResumeEntry("/usr/bin/wsafix", args), std::string());

        const auto parsed = parseCommandLine(args);
        QVERIFY2(parsed.commandLine, parsed.error.c_str());
        auto wizard = createWizard(*parsed.commandLine, nullptr);
        wizard->show();
        QCOMPARE(wizard->currentId(), int(WsafixWizard::Page_Verify));
        QVERIFY(wizard->currentPage());
        QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("verifyPage"));
        QCOMPARE(wizard->controller().record().id, record.id);
        QCOMPARE(wizard->controller().record().intake.host, std::string("orders.example.invalid"));
        QVERIFY(wizard->controller().isSimulated());
        // Used once: the entry is gone.
        QVERIFY(!resumeEntryArguments());
        wizard->controller().waitForSaved();
        wizard.reset();
    }

    void anEntryOfAnotherSessionStays()
    {
        QTemporaryDir state;
        SessionStore store(state.path().toStdString());
        SessionRecord record = SessionRecord::start();
        record.scenario = "clean";
        store.save(record);
        QCOMPARE(writeResumeEntry("/usr/bin/wsafix", resumeArguments("another-session", store.stateDir(), {})),
                 std::string());
        const auto parsed = parseCommandLine(resumeArguments(record.id, store.stateDir(), record.scenario));
        QVERIFY(parsed.commandLine);
        auto wizard = createWizard(*parsed.commandLine, nullptr);
        QCOMPARE(wizard->startId(), int(WsafixWizard::Page_Verify));
        QVERIFY(resumeEntryArguments());
        QCOMPARE(removeResumeEntry(), std::string());
        wizard.reset();
    }

    void anUnknownSessionIsRefused()
    {
        QTemporaryDir state;
        const auto parsed =
            parseCommandLine({"--resume", "no-such-session", "--state-dir", state.path().toStdString()});
        QVERIFY(parsed.commandLine);
        try {
            createWizard(*parsed.commandLine, nullptr);
            QFAIL("an unknown session opened a wizard");
        } catch (const SessionError& e) {
            QVERIFY2(std::string(e.what()).find("no-such-session") != std::string::npos, e.what());
        }
    }

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TestResume)
#include "tst_resume.moc"
