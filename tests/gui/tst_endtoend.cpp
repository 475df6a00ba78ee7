// End to end: a technician clicks through all five pages on a simulated machine, and the session saved on
// disk has every part: intake, inventory, findings, actions, verification, timeline.
#include "ContrastStyle.h"
#include "GuiTestSupport.h"
#include "StepsPanel.h"
#include "VerifyPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <algorithm>

using namespace wsafix;
using namespace wsafix::test;

namespace {

// The error and the target of the lsp-adware story: its fix makes example.com:443 reachable again.
Intake exampleTarget()
{
    Intake in;
    in.code = "0x00002748";
    in.host = "example.com";
    in.port = 443;
    return in;
}

} // namespace

class TestEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QVERIFY2(leakedTopLevelWidgets().isEmpty(), qPrintable(leakedTopLevelWidgets().join(u','))); }

    void clickThroughLspAdware()
    {
        WizardFixture f("lsp-adware");
        const QString shots = f.stateDir.path();
        auto* steps = f.wizard->findChild<StepsPanel*>();

        // 1 Intake
        QCOMPARE(steps->current(), 0);
        auto* combo = f.find<QComboBox>("intake.process");
        QTRY_VERIFY(combo->count() > 0);
        QTest::keyClicks(combo->lineEdit(), QStringLiteral("chrome.exe (6212)"));
        QTest::keyClicks(f.find<QLineEdit>("intake.host"), QStringLiteral("example.com"));
        QTest::keyClicks(f.find<QLineEdit>("intake.port"), QStringLiteral("443"));
        QTest::keyClicks(f.find<QLineEdit>("intake.ticket"), QStringLiteral("INC0012345"));
        screenshot(*f.wizard, QStringLiteral("e2e-1-intake"), shots);
        QVERIFY(clickForward(*f.wizard));

        // 2 Detect
        QCOMPARE(f.wizard->currentId(), int(WsafixWizard::Page_Detect));
        QCOMPARE(steps->current(), 1);
        QVERIFY(waitForNext(*f.wizard));
        screenshot(*f.wizard, QStringLiteral("e2e-2-detect"), shots);
        QVERIFY(clickForward(*f.wizard));

        // 3 Fix: the gentlest fix, a bypass for chrome.exe, is not simulated by the scenario, so it cannot be
        // ticked, and nothing else is ticked for the user.
        QCOMPARE(f.wizard->currentId(), int(WsafixWizard::Page_Fix));
        QCOMPARE(steps->current(), 2);
        QVERIFY(waitForNext(*f.wizard));
        screenshot(*f.wizard, QStringLiteral("e2e-3-fix"), shots);
        QVERIFY(clickForward(*f.wizard)); // commit: applies what is ticked (nothing)

        // 4 Verify
        QVERIFY(waitForPage(*f.wizard, WsafixWizard::Page_Verify));
        QVERIFY(waitForNext(*f.wizard));
        screenshot(*f.wizard, QStringLiteral("e2e-4-verify"), shots);
        QVERIFY(clickForward(*f.wizard));

        // 5 Report
        QCOMPARE(f.wizard->currentId(), int(WsafixWizard::Page_Report));
        QCOMPARE(steps->current(), 4);
        screenshot(*f.wizard, QStringLiteral("e2e-5-report"), shots);
        QVERIFY(clickForward(*f.wizard)); // Finish
        QVERIFY(!f.wizard->isVisible());
        QCOMPARE(f.wizard->result(), int(QDialog::Accepted));

        const SessionRecord r = f.saved();
        QCOMPARE(r.intake.process, std::string("chrome.exe"));
        QCOMPARE(r.intake.pid, 6212u);
        QCOMPARE(r.intake.port, 443);
        QVERIFY(r.inventory.has_value());
        QVERIFY(!r.inventory->catalog.empty());
        QCOMPARE(r.findings.front().id, std::string("layered-provider"));
        QVERIFY(r.actions.empty());
        QVERIFY(std::any_of(r.timeline.begin(), r.timeline.end(),
                            [](const TimelineEntry& e) { return e.what == "No fix applied"; }));
        QVERIFY(r.verification.has_value());
        QCOMPARE(r.verification->verdict, std::string("not-fixed"));
        QCOMPARE(r.step, std::string("report"));
        QCOMPARE(r.scenario, std::string("lsp-adware"));
        QCOMPARE(r.system.hostname, std::string("SALES-LT-0077"));
        QVERIFY(r.timeline.size() >= 5);
        QCOMPARE(r.timeline.back().what, std::string("Wizard finished"));
    }

    void darkPalette()
    {
        // Dark mode: nothing may hard-code a light background; screenshots to look at.
        const QPalette original = QApplication::palette();
        const QString originalStyle = QApplication::style()->name();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        ContrastStyle::install(); // as WizardLauncher does
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(45, 45, 48));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        dark.setColor(QPalette::Button, QColor(55, 55, 60));
        dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
        dark.setColor(QPalette::Highlight, QColor(38, 79, 120));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
        dark.setColor(QPalette::Mid, QColor(80, 80, 85));
        dark.setColor(QPalette::Midlight, QColor(65, 65, 70));
        QApplication::setPalette(dark);
        {
            WizardFixture f("lsp-adware", exampleTarget());
            screenshot(*f.wizard, QStringLiteral("dark-1-intake"), f.stateDir.path());
            QVERIFY(clickForward(*f.wizard));
            QVERIFY(waitForNext(*f.wizard));
            screenshot(*f.wizard, QStringLiteral("dark-2-detect"), f.stateDir.path());
            QVERIFY(clickForward(*f.wizard));
            QVERIFY(waitForNext(*f.wizard));
            screenshot(*f.wizard, QStringLiteral("dark-3-fix"), f.stateDir.path());
            QVERIFY(clickForward(*f.wizard));
            QVERIFY(waitForPage(*f.wizard, WsafixWizard::Page_Verify));
            QVERIFY(waitForNext(*f.wizard));
            screenshot(*f.wizard, QStringLiteral("dark-4-verify"), f.stateDir.path());
            QVERIFY(clickForward(*f.wizard));
            screenshot(*f.wizard, QStringLiteral("dark-5-report"), f.stateDir.path());
        }
        QApplication::setPalette(original);
        QApplication::setStyle(originalStyle);
    }

    void clickThroughAndFix()
    {
        WizardFixture f("lsp-adware", exampleTarget());
        QVERIFY(clickForward(*f.wizard));
        QVERIFY(waitForNext(*f.wizard));
        QVERIFY(clickForward(*f.wizard));
        QVERIFY(waitForNext(*f.wizard));
        QVERIFY(clickForward(*f.wizard)); // remove-provider:1010 is ticked by default
        QVERIFY(waitForPage(*f.wizard, WsafixWizard::Page_Verify));
        QVERIFY(waitForNext(*f.wizard));
        QCOMPARE(f.find<QLabel>("verify.verdict")->text(), QStringLiteral("Fixed"));
        QVERIFY(clickForward(*f.wizard));
        QVERIFY(clickForward(*f.wizard));

        const SessionRecord r = f.saved();
        QCOMPARE(r.simulatedFixes, std::vector<std::string>{"remove-provider:1010"});
        QCOMPARE(r.actions.at(0).outcome, std::string("applied"));
        QCOMPARE(r.verification->verdict, std::string("fixed"));
        QCOMPARE(r.verification->attempts.size(), std::size_t(VerifyPage::kAttempts));
        QCOMPARE(r.verification->comparison.layeredAfter, 0);
    }
};

QTEST_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
