// Training mode: the intake page's entry lists the built-in scenarios with their stories, starts a session on
// the chosen simulated machine, marks it as training on every page, and Verify judges the trainee's fixes.
#include "FakeSystem.h"
#include "FixPage.h"
#include "GuiTestSupport.h"
#include "KeepChangesDialog.h"
#include "TrainingDialog.h"
#include "TrainingReviewPanel.h"

#include "diagnostics/Scenario.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace wsafix;
using namespace wsafix::test;

namespace {

Intake storyIntake(const char* process, const char* host, int port)
{
    Intake in;
    in.code = "10056";
    in.process = process;
    in.host = host;
    in.port = static_cast<std::uint16_t>(port);
    return in;
}

// Intake → Detect → Fix with only `fixes` ticked (recommended or not) → Verify, waiting for the verdict.
bool toVerdict(WizardFixture& f, const std::vector<std::string>& fixes)
{
    if (!clickForward(*f.wizard) || !waitForNext(*f.wizard) || !clickForward(*f.wizard) || !waitForNext(*f.wizard))
        return false;
    auto* page = f.wizard->findChild<FixPage*>();
    auto all = page->recommendedFixes();
    for (const auto& id : page->otherFixes())
        all.push_back(id);
    for (const auto& id : all)
        page->setChecked(id, std::find(fixes.begin(), fixes.end(), id) != fixes.end());
    // Commit applies the ticked fixes off the GUI thread, then moves on; a fix the auto-revert guard watches asks
    // "keep these changes?" first.
    if (!clickForward(*f.wizard))
        return false;
    const bool arrived = QTest::qWaitFor(
        [&] {
            if (auto* keep = page->keepChangesDialog(); keep && keep->isVisible())
                if (auto* button = keep->findChild<QPushButton*>(QStringLiteral("keepChanges.keep")); button->isEnabled())
                    QTest::mouseClick(button, Qt::LeftButton);
            return f.wizard->currentId() == WsafixWizard::Page_Verify;
        },
        30000);
    if (!arrived)
        return false;
    return waitForNext(*f.wizard);
}

WsafixWizard* otherVisibleWizard(const WsafixWizard* than)
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* wizard = qobject_cast<WsafixWizard*>(w); wizard && wizard != than && wizard->isVisible())
            return wizard;
    return nullptr;
}

} // namespace

class TestTrainingMode : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QVERIFY2(leakedTopLevelWidgets().isEmpty(), qPrintable(leakedTopLevelWidgets().join(u','))); }

    void dialogListsEveryScenarioWithTitleAndStory()
    {
        TrainingDialog dialog;
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("training.list"));
        const auto names = builtinScenarioNames();
        QCOMPARE(list->count(), static_cast<int>(names.size()));
        QVERIFY(list->count() >= 8);
        for (int i = 0; i < list->count(); ++i)
            QCOMPARE(list->item(i)->text().toStdString(), loadScenario(names[static_cast<std::size_t>(i)]).title);
        QVERIFY(dialog.select("static-ip"));
        QCOMPARE(dialog.chosenScenario(), std::string("static-ip"));
        const QString story = dialog.findChild<QTextBrowser*>(QStringLiteral("training.story"))->toPlainText();
        QVERIFY2(story.contains(QStringLiteral("10.20.30.41")), qPrintable(story));
        QVERIFY(!dialog.select("no-such-scenario"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QTemporaryDir shots;
        screenshot(dialog, QStringLiteral("training-0-dialog"), shots.path());
    }

    void intakeEntryStartsTrainingOnTheChosenMachine()
    {
        WizardFixture f("", {}, std::make_unique<FakeSystem>());
        QVERIFY(!f.controller().isSimulated());
        QVERIFY(!f.wizard->windowTitle().contains(QStringLiteral("TRAINING")));
        QVERIFY(!f.find<QLabel>("wizard.trainingBanner"));

        bool chosen = false;
        QTimer::singleShot(0, this, [&chosen] {
            auto* dialog = qobject_cast<TrainingDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            chosen = dialog->select("orphaned-lsp");
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("training.start")), Qt::LeftButton);
        });
        QTest::mouseClick(f.find<QPushButton>("intake.training"), Qt::LeftButton);
        QVERIFY(chosen);

        WsafixWizard* training = otherVisibleWizard(f.wizard.get());
        QVERIFY(training);
        QVERIFY(!f.wizard->isVisible()); // the session on this computer made way for the training one
        QVERIFY(training->controller().isSimulated());
        QCOMPARE(training->controller().record().scenario, std::string("orphaned-lsp"));
        QVERIFY2(training->windowTitle().contains(QStringLiteral("TRAINING")), qPrintable(training->windowTitle()));
        auto* banner = training->findChild<QLabel*>(QStringLiteral("wizard.trainingBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY(banner->text().contains(QString::fromStdString(loadScenario("orphaned-lsp").title).toHtmlEscaped()));
        screenshot(*training, QStringLiteral("training-1-intake"), f.stateDir.path());
        training->close(); // WA_DeleteOnClose
    }

    void bannerStaysOnEveryPage()
    {
        WizardFixture f("lsp-adware", storyIntake("OUTLOOK.EXE", "example.com", 443));
        auto* banner = f.find<QLabel>("wizard.trainingBanner");
        QVERIFY(banner);
        for (int page : {WsafixWizard::Page_Intake, WsafixWizard::Page_Detect, WsafixWizard::Page_Fix}) {
            QCOMPARE(f.wizard->currentId(), page);
            QVERIFY(banner->isVisible());
            if (page == WsafixWizard::Page_Detect)
                QVERIFY(waitForNext(*f.wizard));
            if (page != WsafixWizard::Page_Fix)
                QVERIFY(clickForward(*f.wizard));
        }
        // Training lists what the scenario simulates beyond the findings' advice, unticked.
        auto* fix = f.wizard->findChild<FixPage*>();
        QCOMPARE(fix->otherFixes(), std::vector<std::string>{"flush-dns"});
    }

    void verifyJudgesTheChoice_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("process");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("fix");
        QTest::addColumn<int>("grade");
        QTest::addColumn<QString>("mentions");
        using Grade = TrainingReview::Grade;
        QTest::newRow("targeted removal")
            << "lsp-adware"
            << "OUTLOOK.EXE"
            << "example.com" << 443 << "remove-provider:1010" << int(Grade::Good) << "least invasive";
        QTest::newRow("reset where removal would do")
            << "orphaned-lsp"
            << "chrome.exe"
            << "example.com" << 443 << "winsock-reset" << int(Grade::HeavierThanNeeded) << "remove-provider:1010";
        QTest::newRow("ip reset wipes the static address")
            << "static-ip"
            << "BadgeDesk.exe"
            << "badges.contoso.example" << 9100 << "ip-reset" << int(Grade::MadeWorse) << "emergency address";
        QTest::newRow("flush dns without a dns server")
            << "dns-missing"
            << "Thunderbird.exe"
            << "mail.contoso.example" << 993 << "flush-dns" << int(Grade::NotFixed) << "DNS";
    }

    void verifyJudgesTheChoice()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, process);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, fix);
        QFETCH(int, grade);
        QFETCH(QString, mentions);
        WizardFixture f(scenario.toStdString(), storyIntake(qPrintable(process), qPrintable(host), port));
        QVERIFY(toVerdict(f, {fix.toStdString()}));

        // Fixes changed only the simulated machine, and the record says so.
        const SessionRecord& r = f.record();
        QCOMPARE(r.simulatedFixes, std::vector<std::string>{fix.toStdString()});
        QCOMPARE(r.actions.front().outcome, std::string("applied"));

        auto* headline = f.find<QLabel>("verify.training.headline");
        QVERIFY(headline && headline->isVisible());
        QCOMPARE(headline->text(), TrainingReviewPanel::headline(static_cast<TrainingReview::Grade>(grade)));
        const QString text = f.find<QLabel>("verify.training.text")->text();
        QVERIFY2(text.contains(mentions), qPrintable(text));
        const auto timeline = f.saved().timeline;
        QVERIFY(std::any_of(timeline.begin(), timeline.end(),
                            [](const TimelineEntry& e) { return e.what.rfind("Training review: ", 0) == 0; }));
        screenshot(*f.wizard, QStringLiteral("training-verify-%1").arg(QString::fromLatin1(QTest::currentDataTag())),
                   f.stateDir.path());
    }

    void realMachineHasNoTrainingReview()
    {
        WizardFixture f("", storyIntake("app.exe", "example.com", 443), std::make_unique<FakeSystem>());
        QVERIFY(toVerdict(f, {}));
        QVERIFY(!f.find<QWidget>("verify.training"));
    }
};

QTEST_MAIN(TestTrainingMode)
#include "tst_trainingmode.moc"
