// Support links in the wizard: a link, good or hostile, ends on the intake page with nothing but the intake
// changed — no fix applied, no snapshot, no command run, no connection made, no file written — and a link
// handed to a running wizard asks before it replaces what is on screen.
#include "GuiTestSupport.h"
#include "IntakePage.h"
#include "SeverityStyle.h"
#include "WizardLauncher.h"

#include "diagnostics/Scenario.h"
#include "diagnostics/platform/simulated/SimulatedSystem.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace wsafix;
using namespace wsafix::test;

namespace {

// The lsp-adware machine (it has fixes to apply), counting every call that could change it or reach out.
class RecordingSystem : public SimulatedSystem
{
public:
    RecordingSystem() : SimulatedSystem(loadScenario("lsp-adware")) {}
    CommandResult runCommand(const std::vector<std::string>& argv) override
    {
        ++commands;
        return SimulatedSystem::runCommand(argv);
    }
    TcpProbeResult probeTcp(const std::string& host, std::uint16_t port, std::chrono::milliseconds timeout) override
    {
        ++probes;
        return SimulatedSystem::probeTcp(host, port, timeout);
    }
    std::atomic<int> commands{0};
    std::atomic<int> probes{0};
};

QStringList filesIn(const QString& dir)
{
    QStringList files;
    for (QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();)
        files << it.next();
    return files;
}

QMessageBox* linkMessage(QWidget& wizard)
{
    QMessageBox* box = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            box = wizard.findChild<QMessageBox*>(QStringLiteral("linkMessage"));
            return box && box->isVisible();
        },
        5000);
    return box;
}

const char* const kEveryParameter =
    "wsafix://diagnose?code=0x00002748&process=ssurf.exe&host=example.invalid&port=443&ticket=INC0012345";

} // namespace

class TestSupportLink : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QVERIFY2(leakedTopLevelWidgets().isEmpty(), qPrintable(leakedTopLevelWidgets().join(u','))); }

    void linkReachesOnlyTheIntake_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("every parameter") << QString::fromLatin1(kEveryParameter) << true;
        QTest::newRow("fix action") << "wsafix://fix?id=remove-provider:1010" << false;
        QTest::newRow("restore action") << "wsafix://restore?snapshot=20261124-180312-4f2a" << false;
        QTest::newRow("run action") << "wsafix://run?cmd=netsh%20winsock%20reset" << false;
        QTest::newRow("fix parameter") << "wsafix://diagnose?code=10056&fix=remove-provider:1010" << false;
        QTest::newRow("snapshot parameters") << "wsafix://diagnose?code=10056&snapshot=1&restore=1" << false;
        QTest::newRow("smuggled fix") << "wsafix://diagnose?code=10056%26fix%3Dwinsock-reset" << false;
        QTest::newRow("output file") << "wsafix://diagnose?code=10056&output=%2Ftmp%2Fpwned.html" << false;
        QTest::newRow("path as process") << "wsafix://diagnose?process=..%2F..%2Fbin%2Fsh" << false;
        QTest::newRow("command and yes") << "wsafix://diagnose?cmd=netsh%20winsock%20reset&yes=1" << false;
        QTest::newRow("other machine") << "wsafix://diagnose?scenario=clean&state-dir=%2Ftmp" << false;
        QTest::newRow("fragment") << "wsafix://diagnose?code=10056#fix=all" << false;
        QTest::newRow("NUL in process") << "wsafix://diagnose?process=ssurf.exe%00.bat" << false;
    }

    void linkReachesOnlyTheIntake()
    {
        QFETCH(QString, link);
        QFETCH(bool, accepted);
        QTemporaryDir state;
        CommandLine cl;
        cl.scenario = "lsp-adware";
        cl.stateDir = state.path().toStdString();
        auto system = std::make_unique<RecordingSystem>();
        RecordingSystem& machine = *system;
        const ParsedSupportLink parsed = parseSupportLink(link.toStdString());
        QCOMPARE(parsed.link.has_value(), accepted);

        auto wizard = createWizard(cl, &parsed, std::move(system));
        wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
        QTest::qWait(300); // background work the page may start (the program list) has time to run

        QCOMPARE(wizard->currentId(), int(WsafixWizard::Page_Intake));
        const SessionRecord& record = wizard->controller().record();
        QCOMPARE(record.step, std::string("intake"));
        QVERIFY(record.actions.empty());
        QVERIFY(record.snapshots.empty());
        QVERIFY(record.simulatedFixes.empty());
        QVERIFY(record.findings.empty());
        QVERIFY(!record.inventory);
        QVERIFY(!record.verification);
        QVERIFY(record.timeline.empty());
        QVERIFY(machine.appliedFixes().empty());
        QCOMPARE(machine.commands.load(), 0);
        QCOMPARE(machine.probes.load(), 0); // not even a connection to the link's host before the user says so
        QVERIFY2(filesIn(state.path()).isEmpty(), qPrintable(filesIn(state.path()).join(u',')));

        auto* notice = wizard->findChild<QLabel*>(QStringLiteral("intake.linkNotice"));
        QVERIFY(notice && notice->isVisible());
        const auto text = [&](const char* name) {
            return wizard->findChild<QLineEdit*>(QString::fromLatin1(name))->text();
        };
        if (accepted) {
            QVERIFY(record.intake == prefilledIntake(*parsed.link));
            QCOMPARE(text("intake.code"), QStringLiteral("0x00002748"));
            QCOMPARE(text("intake.processEdit"), QStringLiteral("ssurf.exe"));
            QCOMPARE(text("intake.host"), QStringLiteral("example.invalid"));
            QCOMPARE(text("intake.port"), QStringLiteral("443"));
            QCOMPARE(text("intake.ticket"), QStringLiteral("INC0012345"));
            QVERIFY(notice->text().contains(QStringLiteral("support link")));
        } else {
            QVERIFY(record.intake == Intake{});
            QCOMPARE(text("intake.host"), QString());
            QCOMPARE(text("intake.ticket"), QString());
            QVERIFY2(notice->text().contains(QString::fromStdString(parsed.error)), qPrintable(notice->text()));
            QCOMPARE(notice->palette().color(notice->foregroundRole()), SeverityStyle::colour(Severity::Error));
        }
    }

    void untouchedIntakeTakesAHandedLinkWithoutAsking()
    {
        WizardFixture f("clean");
        f.wizard->receiveLink(parseSupportLink("wsafix://diagnose?code=10054&ticket=INC7"));
        QCOMPARE(f.find<QLineEdit>("intake.code")->text(), QStringLiteral("10054"));
        QCOMPARE(f.find<QLineEdit>("intake.ticket")->text(), QStringLiteral("INC7"));
        QVERIFY(!f.wizard->findChild<QMessageBox*>(QStringLiteral("linkMessage")));
    }

    void typedIntakeAsksBeforeReplacing()
    {
        WizardFixture f("clean");
        QTest::keyClicks(f.find<QLineEdit>("intake.ticket"), QStringLiteral("MINE1"));
        f.wizard->receiveLink(parseSupportLink("wsafix://diagnose?code=10054&ticket=INC7"));
        QMessageBox* box = linkMessage(*f.wizard);
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QStringLiteral("INC7")));
        QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
        QCOMPARE(f.find<QLineEdit>("intake.ticket")->text(), QStringLiteral("MINE1"));

        f.wizard->receiveLink(parseSupportLink("wsafix://diagnose?code=10054&ticket=INC7"));
        box = linkMessage(*f.wizard);
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QCOMPARE(f.find<QLineEdit>("intake.ticket")->text(), QStringLiteral("INC7"));
        QCOMPARE(f.find<QLineEdit>("intake.code")->text(), QStringLiteral("10054"));
    }

    void linkPastIntakeStartsANewSessionOnlyWhenConfirmed()
    {
        WizardFixture f("lsp-adware");
        QVERIFY(clickForward(*f.wizard));
        QCOMPARE(f.wizard->currentId(), int(WsafixWizard::Page_Detect));
        QVERIFY(waitForNext(*f.wizard));
        const std::string firstSession = f.record().id;
        const auto findings = f.record().findings;

        f.wizard->receiveLink(parseSupportLink("wsafix://diagnose?code=10061&host=example.invalid&port=25"));
        QMessageBox* box = linkMessage(*f.wizard);
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
        QCOMPARE(f.wizard->currentId(), int(WsafixWizard::Page_Detect));
        QCOMPARE(f.record().id, firstSession);

        f.wizard->receiveLink(parseSupportLink("wsafix://diagnose?code=10061&host=example.invalid&port=25"));
        box = linkMessage(*f.wizard);
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QCOMPARE(f.wizard->currentId(), int(WsafixWizard::Page_Intake));
        QVERIFY(f.record().id != firstSession);
        QVERIFY(f.record().actions.empty() && f.record().findings.empty() && !f.record().inventory);
        QCOMPARE(f.find<QLineEdit>("intake.code")->text(), QStringLiteral("10061"));
        QCOMPARE(f.find<QLineEdit>("intake.port")->text(), QStringLiteral("25"));
        // The session that was left is on disk as it was.
        f.controller().waitForSaved();
        const SessionRecord left = SessionStore(f.stateDir.path().toStdString()).load(firstSession);
        QCOMPARE(left.step, std::string("detect"));

        // The new session works like any other.
        QVERIFY(clickForward(*f.wizard));
        QVERIFY(waitForNext(*f.wizard));
        QCOMPARE(f.wizard->currentId(), int(WsafixWizard::Page_Detect));
    }

    void refusedHandedLinkChangesNothing()
    {
        WizardFixture f("clean");
        QTest::keyClicks(f.find<QLineEdit>("intake.ticket"), QStringLiteral("MINE1"));
        f.wizard->receiveLink(parseSupportLink("wsafix://fix?id=winsock-reset"));
        QMessageBox* box = linkMessage(*f.wizard);
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QStringLiteral("only action is 'diagnose'")));
        QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
        QCOMPARE(f.find<QLineEdit>("intake.ticket")->text(), QStringLiteral("MINE1"));
        QCOMPARE(f.wizard->currentId(), int(WsafixWizard::Page_Intake));
    }
};

QTEST_MAIN(TestSupportLink)
#include "tst_supportlink.moc"
