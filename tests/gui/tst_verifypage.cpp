// Verify page: probes again, compares with the baseline, connects to the target, and the verdict (with the
// VerdictRules branches checked directly).
#include "FixPage.h"
#include "GuiTestSupport.h"
#include "LatencyChart.h"
#include "VerdictRules.h"

#include <QAbstractButton>
#include <QLabel>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace wsafix;
using namespace wsafix::test;

namespace {

// Intake → Detect → Fix (with `fixes` ticked, everything else unticked) → Verify, waiting for the verdict.
bool toVerdict(WizardFixture& f, const std::vector<std::string>& fixes)
{
    if (!clickForward(*f.wizard) || !waitForNext(*f.wizard) || !clickForward(*f.wizard))
        return false;
    auto* page = f.wizard->findChild<FixPage*>();
    for (const auto& id : page->recommendedFixes())
        page->setChecked(id, std::find(fixes.begin(), fixes.end(), id) != fixes.end());
    if (!clickForward(*f.wizard) || f.wizard->currentId() != WsafixWizard::Page_Verify)
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

TcpProbeResult attempt(bool connected)
{
    TcpProbeResult r;
    r.resolved = true;
    r.connected = connected;
    r.milliseconds = connected ? 20 : 41;
    r.errorCode = connected ? 0 : 10056;
    r.error = connected ? "" : "WSAEISCONN";
    return r;
}

Finding finding(const char* id)
{
    Finding f;
    f.id = id;
    f.title = std::string("title of ") + id;
    return f;
}

} // namespace

class TestVerifyPage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QVERIFY2(leakedTopLevelWidgets().isEmpty(), qPrintable(leakedTopLevelWidgets().join(u','))); }

    void fixedAfterRemovingTheProvider()
    {
        WizardFixture f("lsp-adware", target());
        QVERIFY(toVerdict(f, {"remove-provider:1010"}));
        QCOMPARE(f.find<QLabel>("verify.verdict")->text(), QStringLiteral("Fixed"));
        const auto& v = f.record().verification;
        QVERIFY(v.has_value());
        QCOMPARE(v->verdict, std::string("fixed"));
        QCOMPARE(v->attempts.size(), std::size_t(5));
        QVERIFY(std::all_of(v->attempts.begin(), v->attempts.end(), [](const auto& a) { return a.result.connected; }));
        QVERIFY(v->remainingFindings.empty());
        QCOMPARE(f.find<QTableWidget>("verify.attempts")->rowCount(), 5);
        QCOMPARE(f.find<QTableWidget>("verify.attempts")->item(0, 0)->text(), QStringLiteral("connected"));
        QCOMPARE(f.find<LatencyChart>("verify.chart")->connectedPoints(), 5);
        auto* findings = f.find<QTreeWidget>("verify.findings.list");
        QCOMPARE(findings->topLevelItem(0)->text(0), QStringLiteral("resolved"));
        QCOMPARE(f.saved().verification, v);
        screenshot(*f.wizard, QStringLiteral("4-verify-fixed"), f.stateDir.path());
    }

    void notFixedWithoutAFix()
    {
        WizardFixture f("lsp-adware", target());
        QVERIFY(toVerdict(f, {}));
        QCOMPARE(f.find<QLabel>("verify.verdict")->text(), QStringLiteral("Not fixed"));
        QCOMPARE(f.record().verification->verdict, std::string("not-fixed"));
        QCOMPARE(f.find<LatencyChart>("verify.chart")->failedPoints(), 5);
        QCOMPARE(f.find<QTreeWidget>("verify.findings.list")->topLevelItem(0)->text(0),
                 QStringLiteral("still present"));
        screenshot(*f.wizard, QStringLiteral("4-verify-not-fixed"), f.stateDir.path());
    }

    void couldNotVerifyAHealthyMachineWithoutTarget()
    {
        WizardFixture f("clean");
        QVERIFY(toVerdict(f, {}));
        QCOMPARE(f.find<QLabel>("verify.verdict")->text(), QStringLiteral("Could not verify"));
        QVERIFY(f.find<QLabel>("verify.reason")->text().contains(QStringLiteral("no target host and port")));
        QVERIFY(f.record().verification->attempts.empty());
        screenshot(*f.wizard, QStringLiteral("4-verify-could-not"), f.stateDir.path());
    }

    void verdictRules_data()
    {
        QTest::addColumn<int>("baseline");   // findings at the start (0..2)
        QTest::addColumn<int>("now");        // findings now, the first `now` of the baseline (or new ones)
        QTest::addColumn<int>("failures");   // failed attempts out of 3; -1: no target
        QTest::addColumn<bool>("probeLost"); // a probe available at the start is unavailable now
        QTest::addColumn<bool>("cancelled");
        QTest::addColumn<QString>("verdict");

        QTest::newRow("problem gone, target fine") << 1 << 0 << 0 << false << false << "fixed";
        QTest::newRow("problem gone, no target") << 2 << 0 << -1 << false << false << "fixed";
        QTest::newRow("problem gone, target fails") << 1 << 0 << 1 << false << false << "not-fixed";
        QTest::newRow("problem remains") << 2 << 1 << 0 << false << false << "not-fixed";
        QTest::newRow("healthy, target fine") << 0 << 0 << 0 << false << false << "could-not-verify";
        QTest::newRow("healthy, no target") << 0 << 0 << -1 << false << false << "could-not-verify";
        QTest::newRow("healthy, target fails") << 0 << 0 << 3 << false << false << "not-fixed";
        QTest::newRow("probe lost") << 1 << 0 << 0 << true << false << "could-not-verify";
        QTest::newRow("cancelled") << 1 << 0 << 0 << false << true << "could-not-verify";
    }

    void verdictRules()
    {
        QFETCH(int, baseline);
        QFETCH(int, now);
        QFETCH(int, failures);
        QFETCH(bool, probeLost);
        QFETCH(bool, cancelled);
        QFETCH(QString, verdict);

        VerdictInput in;
        const Finding all[] = {finding("layered-provider"), finding("no-dns-server")};
        for (int i = 0; i < baseline; ++i)
            in.baseline.push_back(all[i]);
        for (int i = 0; i < now; ++i)
            in.now.push_back(all[i]);
        in.baselineInventory = Inventory{};
        in.baselineInventory->probes["catalog"] = ProbeStatus{};
        in.nowInventory.probes["catalog"] = probeLost ? ProbeStatus{false, "access denied"} : ProbeStatus{};
        in.targetGiven = failures >= 0;
        in.target = "example.com:443";
        for (int i = 0; i < 3 && in.targetGiven; ++i)
            in.attempts.push_back(attempt(i >= failures));
        in.cancelled = cancelled;

        const VerdictOutput out = VerdictRules::evaluate(in);
        QCOMPARE(QString::fromStdString(out.verification.verdict), verdict);
        QVERIFY(!out.verification.reason.empty());
        QCOMPARE(out.verification.attempts.size(), in.attempts.size());
        QCOMPARE(out.resolved, baseline - now);
        QCOMPARE(out.statuses.size(), static_cast<qsizetype>(out.shown.size()));
    }
};

QTEST_MAIN(TestVerifyPage)
#include "tst_verifypage.moc"
