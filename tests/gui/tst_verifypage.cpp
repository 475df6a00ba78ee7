// Verify page: probes again, compares with the baseline, looks the target up, connects to it, and shows the
// engine's verdict with its reason, the next steps, the latency and before/after TCP-state charts, and the changes
// since detect. The verdict rules themselves are tested in the engine (tests/engine/VerdictRulesTest.cpp).
#include "FakeSystem.h"
#include "FixPage.h"
#include "GuiTestSupport.h"
#include "LatencyChart.h"
#include "TcpStateChart.h"
#include "VerifyPage.h"

#include <QAbstractButton>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace wsafix;
using namespace wsafix::test;

namespace {

// Intake → Detect → Fix (with `fixes` ticked, everything else unticked) → Verify, waiting for the verdict.
bool toVerdict(WizardFixture& f, const std::vector<std::string>& fixes)
{
    if (!clickForward(*f.wizard) || !waitForNext(*f.wizard) || !clickForward(*f.wizard) || !waitForNext(*f.wizard))
        return false;
    auto* page = f.wizard->findChild<FixPage*>();
    for (const auto& id : page->recommendedFixes())
        page->setChecked(id, std::find(fixes.begin(), fixes.end(), id) != fixes.end());
    // Commit applies the ticked fixes off the GUI thread, then moves on.
    if (!clickForward(*f.wizard) || !waitForPage(*f.wizard, WsafixWizard::Page_Verify))
        return false;
    return waitForNext(*f.wizard);
}

Intake target(const char* process = "")
{
    Intake in;
    in.code = "0x00002748";
    in.process = process;
    in.host = "example.com";
    in.port = 443;
    return in;
}

} // namespace

class TestVerifyPage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QVERIFY2(leakedTopLevelWidgets().isEmpty(), qPrintable(leakedTopLevelWidgets().join(u','))); }

    void fixedAfterRemovingTheProvider()
    {
        WizardFixture f("lsp-adware", target("OUTLOOK.EXE"));
        QVERIFY(toVerdict(f, {"remove-provider:1010"}));
        QCOMPARE(f.find<QLabel>("verify.verdict")->text(), QStringLiteral("Fixed"));
        const auto& v = f.record().verification;
        QVERIFY(v.has_value());
        QCOMPARE(v->verdict, std::string("fixed"));
        QCOMPARE(v->attempts.size(), std::size_t(VerifyPage::kAttempts));
        QVERIFY(std::all_of(v->attempts.begin(), v->attempts.end(), [](const auto& a) { return a.result.connected; }));
        QVERIFY(v->remainingFindings.empty());
        QCOMPARE(f.find<QTableWidget>("verify.attempts")->rowCount(), VerifyPage::kAttempts);
        QCOMPARE(f.find<QTableWidget>("verify.attempts")->item(0, 0)->text(), QStringLiteral("connected"));
        QCOMPARE(f.find<LatencyChart>("verify.chart")->connectedPoints(), VerifyPage::kAttempts);
        auto* findings = f.find<QTreeWidget>("verify.findings.list");
        QCOMPARE(findings->topLevelItem(0)->text(0), QStringLiteral("resolved"));
        QCOMPARE(f.saved().verification, v);
        QVERIFY2(!f.find<QLabel>("verify.next")->isVisibleTo(f.wizard.get()), "nothing to do next");
        QVERIFY(f.find<QLabel>("verify.resolution")->text().startsWith(QStringLiteral("example.com resolves to")));

        // The program's TCP states at detect time and now; the removed provider in the changes.
        auto* states = f.find<TcpStateChart>("verify.tcpStateChart");
        QCOMPARE(states->stateCounts().size(), states->beforeCounts().size());
        QVERIFY(!states->stateCounts().empty());
        QCOMPARE(states->targetText(), QStringLiteral("OUTLOOK.EXE"));
        const QString changes = f.find<QTextBrowser>("verify.changes")->toPlainText();
        QVERIFY2(changes.contains(QStringLiteral("removed: 1010 SpeedSurf LSP")), qPrintable(changes));
        QVERIFY(changes.contains(QStringLiteral("Layered providers: 1 at detect time, 0 now.")));

        auto* tabs = f.find<QTabWidget>("verify.tabs");
        tabs->setCurrentIndex(1);
        screenshot(*f.wizard, QStringLiteral("4-verify-fixed-connections"), f.stateDir.path());
        tabs->setCurrentIndex(2);
        screenshot(*f.wizard, QStringLiteral("4-verify-fixed-states"), f.stateDir.path());
        tabs->setCurrentIndex(3);
        screenshot(*f.wizard, QStringLiteral("4-verify-fixed-changes"), f.stateDir.path());
        tabs->setCurrentIndex(0);
        screenshot(*f.wizard, QStringLiteral("4-verify-fixed"), f.stateDir.path());
    }

    void notFixedWithoutAFix()
    {
        WizardFixture f("lsp-adware", target());
        QVERIFY(toVerdict(f, {}));
        QCOMPARE(f.find<QLabel>("verify.verdict")->text(), QStringLiteral("Not fixed"));
        QCOMPARE(f.record().verification->verdict, std::string("not-fixed"));
        QCOMPARE(f.find<LatencyChart>("verify.chart")->failedPoints(), VerifyPage::kAttempts);
        QCOMPARE(f.find<QTreeWidget>("verify.findings.list")->topLevelItem(0)->text(0),
                 QStringLiteral("still present"));
        auto* attempts = f.find<QTableWidget>("verify.attempts");
        QCOMPARE(attempts->item(0, 3)->text(), QStringLiteral("WSAEISCONN (10056)"));
        QVERIFY2(!attempts->item(0, 3)->toolTip().isEmpty(), "the meaning of the error");
        auto* next = f.find<QLabel>("verify.next");
        QVERIFY(next->isVisibleTo(f.wizard.get()));
        QVERIFY2(next->text().contains(QStringLiteral("remove-provider:1010")), qPrintable(next->text()));
        QVERIFY(next->text().contains(QStringLiteral("wsafix report --last")));
        QVERIFY(f.record().verification->comparison.compared);
        screenshot(*f.wizard, QStringLiteral("4-verify-not-fixed"), f.stateDir.path());
    }

    void couldNotVerifyAHealthyMachineWithoutTarget()
    {
        WizardFixture f("clean");
        QVERIFY(toVerdict(f, {}));
        QCOMPARE(f.find<QLabel>("verify.verdict")->text(), QStringLiteral("Could not verify"));
        QVERIFY(f.find<QLabel>("verify.reason")->text().contains(QStringLiteral("no target host and port")));
        QVERIFY(f.record().verification->attempts.empty());
        QVERIFY(f.find<QLabel>("verify.resolution")->text().contains(QStringLiteral("no connection was tried")));
        screenshot(*f.wizard, QStringLiteral("4-verify-could-not"), f.stateDir.path());
    }

    void aNameThatDoesNotResolveIsNotAClosedPort()
    {
        Intake in = target();
        in.host = "orders.wsafix.invalid";
        WizardFixture f("clean", in);
        QVERIFY(toVerdict(f, {}));
        QCOMPARE(f.find<QLabel>("verify.verdict")->text(), QStringLiteral("Not fixed"));
        QVERIFY(f.find<QLabel>("verify.reason")->text().contains(QStringLiteral("does not resolve")));
        QVERIFY(f.find<QLabel>("verify.resolution")->text().contains(QStringLiteral("not a closed port")));
        QCOMPARE(f.find<QTableWidget>("verify.attempts")->rowCount(), 0);
        QVERIFY(f.record().verification->resolution.has_value());
        QVERIFY(!f.record().verification->resolution->resolved);
    }

    void cancelEndsWithCouldNotVerify()
    {
        auto system = std::make_unique<FakeSystem>();
        FakeSystem* fake = system.get();
        WizardFixture f({}, target(), std::move(system));
        QVERIFY(clickForward(*f.wizard) && waitForNext(*f.wizard) && clickForward(*f.wizard) && waitForNext(*f.wizard));
        // The machine blocks in the sockets probe of the verification until the test lets it go.
        auto gate = std::make_shared<FakeSystem::Gate>();
        fake->socketGate = gate;
        QVERIFY(clickForward(*f.wizard));
        QCOMPARE(f.wizard->currentId(), int(WsafixWizard::Page_Verify));
        QTRY_VERIFY(gate->entered);
        auto* cancel = f.find<QPushButton>("verify.cancel");
        QVERIFY(cancel->isVisible());
        QVERIFY(!f.find<QTabWidget>("verify.tabs")->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        gate->released = true;
        QVERIFY(waitForNext(*f.wizard));
        QCOMPARE(f.find<QLabel>("verify.status")->text(), QStringLiteral("Cancelled."));
        QCOMPARE(f.find<QLabel>("verify.verdict")->text(), QStringLiteral("Could not verify"));
        QVERIFY(f.record().verification->cancelled);
        QVERIFY(f.find<QPushButton>("verify.rerun")->isVisible());
    }
};

QTEST_MAIN(TestVerifyPage)
#include "tst_verifypage.moc"
