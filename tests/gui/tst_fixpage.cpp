// Fix page: the checklist (gentlest first, why, badges, exact commands), Apply through the engine's FixRunner with
// the live log and the outcome, a failing fix rolled back, Restore of a snapshot with its confirmation, the offer to
// roll back what a crash left open, and the real machine's "needs administrator rights".
#include "FakeSystem.h"
#include "FixPage.h"
#include "GuiTestSupport.h"
#include "KeepChangesDialog.h"

#include "diagnostics/Scenario.h"
#include "diagnostics/SystemFactory.h"
#include "diagnostics/fix/AutoRevertGuard.h"
#include "diagnostics/fix/FixFactory.h"
#include "diagnostics/fix/Journal.h"
#include "diagnostics/fix/SnapshotStore.h"
#include "diagnostics/platform/simulated/SimulatedFix.h"
#include "diagnostics/platform/simulated/SimulatedSystem.h"

#include <QAbstractButton>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace wsafix;
using namespace wsafix::test;

namespace {

// Intake → Detect (waits for the run) → Fix, with the page's survey of the machine done.
FixPage* toFixPage(WizardFixture& f)
{
    if (!clickForward(*f.wizard) || !waitForNext(*f.wizard))
        return nullptr;
    if (!clickForward(*f.wizard) || f.wizard->currentId() != WsafixWizard::Page_Fix)
        return nullptr;
    auto* page = f.wizard->findChild<FixPage*>();
    return QTest::qWaitFor([page] { return !page->isRunning(); }, 10000) ? page : nullptr;
}

QTreeWidgetItem* rowOf(QTreeWidget* list, const QString& fixId)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->toolTip(FixPage::FixColumn) == fixId)
            return list->topLevelItem(i);
    return nullptr;
}

// The message box `boxName` once it is shown (window-modal, opened with open()), or null after 10 s.
QMessageBox* shownBox(QWidget& window, const QString& boxName)
{
    QMessageBox* box = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            box = window.findChild<QMessageBox*>(boxName);
            return box && box->isVisible();
        },
        10000);
    return box && box->isVisible() ? box : nullptr;
}

// Clicks `buttonName` in the message box `boxName` once it is shown.
bool answer(QWidget& window, const QString& boxName, const QString& buttonName)
{
    QMessageBox* box = shownBox(window, boxName);
    if (!box)
        return false;
    auto* button = box->findChild<QAbstractButton*>(buttonName);
    if (!button)
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

// The "keep these changes?" dialog once it is shown, or null after 20 s.
KeepChangesDialog* keepDialog(FixPage& page)
{
    (void)QTest::qWaitFor([&] { return page.keepChangesDialog() && page.keepChangesDialog()->isVisible(); }, 20000);
    return page.keepChangesDialog() && page.keepChangesDialog()->isVisible() ? page.keepChangesDialog() : nullptr;
}

// The Fix page with a 30 s guard, only `fixes` ticked, and Apply clicked.
FixPage* applyGuarded(WizardFixture& f, const std::vector<std::string>& fixes)
{
    f.controller().setGuardTimeout(std::chrono::seconds(30));
    FixPage* page = toFixPage(f);
    if (!page)
        return nullptr;
    auto all = page->recommendedFixes();
    for (const auto& id : page->otherFixes())
        all.push_back(id);
    for (const auto& id : all)
        page->setChecked(id, std::find(fixes.begin(), fixes.end(), id) != fixes.end());
    QTest::mouseClick(f.find<QPushButton>("fix.apply"), Qt::LeftButton);
    return page;
}

// lsp-adware where flush-dns runs but its check fails (so FixRunner must roll it back).
std::unique_ptr<System> lspAdwareWithFailingFlush()
{
    Scenario scenario = loadScenario("lsp-adware");
    scenario.fixes.at("flush-dns").failsCheck = "the DNS cache was still full";
    return std::make_unique<SimulatedSystem>(std::move(scenario));
}

} // namespace

class TestFixPage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QVERIFY2(leakedTopLevelWidgets().isEmpty(), qPrintable(leakedTopLevelWidgets().join(u','))); }

    void checklistGentlestFirstWithWhyBadgesAndCommands()
    {
        Intake in;
        in.code = "0x00002748";
        in.process = "OUTLOOK.EXE";
        WizardFixture f("lsp-adware", in);
        FixPage* page = toFixPage(f);
        QVERIFY(page);
        QVERIFY(f.wizard->page(WsafixWizard::Page_Fix)->isCommitPage());
        const std::vector<std::string> expected{"lsp-bypass:OUTLOOK.EXE", "remove-provider:1010", "winsock-reset"};
        QCOMPARE(page->recommendedFixes(), expected);
        QCOMPARE(page->otherFixes(), std::vector<std::string>{"flush-dns"});

        auto* list = f.find<QTreeWidget>("fix.list");
        // The bypass is the gentlest, but the scenario does not simulate it: no tick box, and the reason.
        QTreeWidgetItem* bypass = list->topLevelItem(0);
        QCOMPARE(bypass->text(FixPage::StatusColumn), QStringLiteral("cannot run here"));
        QVERIFY(bypass->toolTip(FixPage::StatusColumn).contains(QStringLiteral("not simulated")));
        QVERIFY(!bypass->data(FixPage::FixColumn, Qt::CheckStateRole).isValid());
        QVERIFY(!page->setChecked("lsp-bypass:OUTLOOK.EXE", true));
        // Why and badges; only a finding's first choice is ticked for the user, so here nothing is.
        QTreeWidgetItem* removal = list->topLevelItem(1);
        QVERIFY(removal->text(FixPage::WhyColumn).contains(QStringLiteral("layered service provider")));
        QCOMPARE(removal->text(FixPage::BadgesColumn), QStringLiteral("needs admin"));
        QCOMPARE(removal->checkState(FixPage::FixColumn), Qt::Unchecked);
        QCOMPARE(list->topLevelItem(2)->text(FixPage::BadgesColumn),
                 QStringLiteral("needs admin, needs reboot, drops connections"));
        // The details: what it is, why, the snapshot it takes first, and the exact commands from preview().
        list->setCurrentItem(removal);
        const QString details = f.find<QTextBrowser>("fix.details")->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("Snapshot first:")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("Exact commands:")));
        QVERIFY(details.contains(QStringLiteral("(none: the simulated machine runs no commands)")));
        // The scenario runs without administrator rights: said plainly, and training still goes ahead.
        auto* rights = f.find<QLabel>("fix.rights");
        QVERIFY(rights->isVisible());
        QVERIFY2(rights->text().contains(QStringLiteral("administrator rights")), qPrintable(rights->text()));
        QVERIFY(page->fixesNeedingElevation().empty());
        QVERIFY(!f.find<QPushButton>("fix.elevate")->isVisible());
        screenshot(*f.wizard, QStringLiteral("3-fix-checklist"), f.stateDir.path());
    }

    void applyShowsTheLogAndTheOutcome()
    {
        WizardFixture f("lsp-adware");
        FixPage* page = toFixPage(f);
        QVERIFY(page);
        auto* list = f.find<QTreeWidget>("fix.list");
        QCOMPARE(list->topLevelItem(0)->toolTip(FixPage::FixColumn), QStringLiteral("remove-provider:1010"));
        QCOMPARE(list->topLevelItem(0)->checkState(FixPage::FixColumn), Qt::Checked); // the gentlest is ticked
        QCOMPARE(list->topLevelItem(1)->checkState(FixPage::FixColumn), Qt::Unchecked); // the reset is not

        QSignalSpy finished(page, &FixPage::jobFinished);
        QTest::mouseClick(f.find<QPushButton>("fix.apply"), Qt::LeftButton);
        QVERIFY(page->isRunning() || finished.count() == 1);
        QVERIFY(!f.wizard->button(QWizard::CommitButton)->isEnabled() || finished.count() == 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);

        QCOMPARE(list->topLevelItem(0)->text(FixPage::StatusColumn), QStringLiteral("applied and checked"));
        const SessionRecord& r = f.record();
        QCOMPARE(r.actions.size(), std::size_t(1));
        QCOMPARE(r.actions[0].fixId, std::string("remove-provider:1010"));
        QCOMPARE(r.actions[0].outcome, std::string("applied"));
        QVERIFY(!r.actions[0].snapshotId.empty());
        QCOMPARE(r.snapshots, std::vector<std::string>{r.actions[0].snapshotId});
        QCOMPARE(r.simulatedFixes, std::vector<std::string>{"remove-provider:1010"});
        QCOMPARE(f.saved().actions, r.actions);

        const QString log = f.find<QPlainTextEdit>("fix.log")->toPlainText();
        QVERIFY2(log.contains(QStringLiteral("saved; applying remove-provider:1010")), qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("▶ apply remove-provider:1010 to the simulated machine")));
        QVERIFY(log.contains(QStringLiteral("Check: the simulated machine changed")));
        const QString outcome = f.find<QLabel>("fix.outcome")->text();
        QVERIFY2(outcome.contains(QStringLiteral("was applied and its check passed")), qPrintable(outcome));
        QVERIFY(outcome.contains(QStringLiteral("The machine is now changed as intended")));

        // The snapshot is listed with Restore; the fix is not offered twice.
        QTRY_VERIFY(!page->isRunning());
        auto* snapshots = f.find<QTreeWidget>("fix.snapshots");
        QCOMPARE(snapshots->topLevelItemCount(), 1);
        QCOMPARE(snapshots->topLevelItem(0)->text(0), QString::fromStdString(r.actions[0].snapshotId));
        QCOMPARE(snapshots->topLevelItem(0)->text(3), QStringLiteral("intact"));
        QVERIFY(!page->setChecked("remove-provider:1010", true));
        QVERIFY(!page->applyChecked());
        screenshot(*f.wizard, QStringLiteral("3-fix-applied"), f.stateDir.path());

        // Committing moves on without applying anything more.
        QVERIFY(clickForward(*f.wizard));
        QCOMPARE(f.wizard->currentId(), int(WsafixWizard::Page_Verify));
        QCOMPARE(f.record().actions.size(), std::size_t(1));
    }

    void commitAppliesWhatIsTickedThenMovesOn()
    {
        WizardFixture f("lsp-adware");
        QVERIFY(toFixPage(f));
        QCOMPARE(f.wizard->button(QWizard::CommitButton)->text(), QStringLiteral("Continue to &verify"));
        QVERIFY(clickForward(*f.wizard));
        QTRY_COMPARE_WITH_TIMEOUT(f.wizard->currentId(), int(WsafixWizard::Page_Verify), 10000);
        QCOMPARE(f.record().actions.size(), std::size_t(1));
        QCOMPARE(f.record().actions[0].outcome, std::string("applied"));
    }

    void aFailingFixIsRolledBackAndSaidSo()
    {
        WizardFixture f({}, {}, lspAdwareWithFailingFlush());
        FixPage* page = toFixPage(f);
        QVERIFY(page);
        QVERIFY(page->setChecked("remove-provider:1010", false));
        QVERIFY(page->setChecked("flush-dns", true));
        QSignalSpy finished(page, &FixPage::jobFinished);
        QVERIFY(clickForward(*f.wizard)); // commit: applies flush-dns, which fails its check
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(f.wizard->currentId(), int(WsafixWizard::Page_Fix)); // stays, so the user reads what happened

        auto* row = rowOf(f.find<QTreeWidget>("fix.list"), QStringLiteral("flush-dns"));
        QCOMPARE(row->text(FixPage::StatusColumn), QStringLiteral("failed, rolled back"));
        const SessionRecord& r = f.record();
        QCOMPARE(r.actions.size(), std::size_t(1));
        QCOMPARE(r.actions[0].outcome, std::string("rolled-back"));
        QVERIFY2(r.actions[0].detail.find("the DNS cache was still full") != std::string::npos, r.actions[0].detail.c_str());
        QVERIFY(r.simulatedFixes.empty()); // the machine is as before
        const QString log = f.find<QPlainTextEdit>("fix.log")->toPlainText();
        QVERIFY2(log.contains(QStringLiteral("Check failed: the DNS cache was still full")), qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("Rolling back, because the fix did not work")));
        const QString outcome = f.find<QLabel>("fix.outcome")->text();
        QVERIFY2(outcome.contains(QStringLiteral("did not work, so wsafix undid it on the spot")), qPrintable(outcome));
        QVERIFY(outcome.contains(QStringLiteral("The machine is now as before the fix")));
        screenshot(*f.wizard, QStringLiteral("3-fix-rolled-back"), f.stateDir.path());
    }

    void restoreASnapshotAfterConfirmation()
    {
        WizardFixture f("lsp-adware");
        FixPage* page = toFixPage(f);
        QVERIFY(page);
        QSignalSpy finished(page, &FixPage::jobFinished);
        QVERIFY(page->applyChecked());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QTRY_VERIFY(!page->isRunning());
        const std::string snapshot = f.record().actions[0].snapshotId;

        // Cancel changes nothing.
        QTest::mouseClick(f.find<QPushButton>("fix.restore"), Qt::LeftButton);
        QMessageBox* confirm = shownBox(*f.wizard, QStringLiteral("fix.restoreConfirm"));
        QVERIFY(confirm);
        QVERIFY(confirm->text().contains(QString::fromStdString(snapshot)));
        QTest::mouseClick(confirm->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!shownBox(*f.wizard, QStringLiteral("fix.restoreConfirm")) ||
                    !f.wizard->findChild<QMessageBox*>(QStringLiteral("fix.restoreConfirm"))->isVisible());
        QVERIFY(!page->isRunning());
        QCOMPARE(finished.count(), 1);

        QTest::mouseClick(f.find<QPushButton>("fix.restore"), Qt::LeftButton);
        QVERIFY(answer(*f.wizard, QStringLiteral("fix.restoreConfirm"), QStringLiteral("fix.restoreConfirm.yes")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        const SessionRecord& r = f.record();
        QCOMPARE(r.actions.size(), std::size_t(2));
        QCOMPARE(r.actions[1].outcome, std::string("restored"));
        QCOMPARE(r.actions[1].snapshotId, snapshot);
        QVERIFY(r.simulatedFixes.empty());
        auto* row = rowOf(f.find<QTreeWidget>("fix.list"), QStringLiteral("remove-provider:1010"));
        QCOMPARE(row->text(FixPage::StatusColumn), QStringLiteral("undone (snapshot restored)"));
        // Undone, so it may be tried again.
        QTRY_VERIFY(!page->isRunning());
        QVERIFY(page->setChecked("remove-provider:1010", true));
        QVERIFY(f.find<QPlainTextEdit>("fix.log")->toPlainText().contains(
            QStringLiteral("Restoring snapshot %1 (taken for remove-provider:1010)").arg(QString::fromStdString(snapshot))));
    }

    void anInterruptedChangeIsOfferedForRollbackAtStart()
    {
        // What a process killed in the middle of applying remove-provider:1010 leaves behind: the snapshot, the
        // journal's begin and the announced step, and a machine with the change made.
        QTemporaryDir state;
        auto system = std::make_unique<SimulatedSystem>(loadScenario("lsp-adware"));
        {
            const FixFactory factory = createSimulatedFixFactory(*system);
            auto fix = factory.create("remove-provider:1010");
            Snapshot snapshot = fix->snapshot();
            snapshot.fixId = fix->id();
            snapshot.machine = factory.machine();
            SnapshotStore(state.path().toStdString()).save(snapshot);
            Journal journal(state.path().toStdString() + "/journal");
            JournalRecord begin;
            begin.event = "begin";
            begin.txn = snapshot.id;
            begin.fixId = fix->id();
            begin.snapshotId = snapshot.id;
            begin.machine = factory.machine();
            begin.what = "apply";
            journal.append(begin);
            JournalRecord step;
            step.event = "before";
            step.txn = snapshot.id;
            step.what = "apply remove-provider:1010 to the simulated machine";
            journal.append(step);
            QVERIFY(system->applyFix("remove-provider:1010"));
        }
        WsafixWizard wizard(std::move(system), SessionStore(state.path().toStdString()), SessionRecord::start());
        wizard.show();
        auto* page = wizard.findChild<FixPage*>();
        QSignalSpy finished(page, &FixPage::jobFinished);

        // At start, before any page is reached: the dialog offers the rollback; nothing is rolled back before.
        QVERIFY(answer(wizard, QStringLiteral("fix.recoveryDialog"), QStringLiteral("fix.recoveryDialog.rollBack")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        const SessionRecord& r = wizard.controller().record();
        QCOMPARE(r.actions.size(), std::size_t(1));
        QCOMPARE(r.actions[0].fixId, std::string("remove-provider:1010"));
        QCOMPARE(r.actions[0].outcome, std::string("rolled-back"));
        QVERIFY(r.simulatedFixes.empty());
        QVERIFY(Journal(state.path().toStdString() + "/journal").openEntries().empty());
        // The result is told in plain words.
        QMessageBox* result = nullptr;
        QTRY_VERIFY((result = wizard.findChild<QMessageBox*>(QStringLiteral("fix.recoveryResult"))));
        QVERIFY2(result->text().contains(QStringLiteral("The machine is now as before the fix")),
                 qPrintable(result->text()));
        screenshot(wizard, QStringLiteral("3-fix-recovered"), state.path());
        result->close();
        QTRY_VERIFY(!page->isRunning());
        QVERIFY(!wizard.findChild<QWidget*>(QStringLiteral("fix.recovery"))->isVisible());
        wizard.controller().waitForSaved();
    }

    void notNowKeepsTheOfferOnThePage()
    {
        QTemporaryDir state;
        Journal journal(state.path().toStdString() + "/journal");
        JournalRecord begin;
        begin.event = "begin";
        begin.txn = "t-crashed";
        begin.fixId = "remove-provider:1010";
        begin.snapshotId = "missing";
        begin.machine = "simulated:lsp-adware";
        begin.what = "apply";
        journal.append(begin);
        WsafixWizard wizard(createSystem("lsp-adware"), SessionStore(state.path().toStdString()),
                            SessionRecord::start());
        wizard.show();
        QVERIFY(answer(wizard, QStringLiteral("fix.recoveryDialog"), QStringLiteral("fix.recoveryDialog.later")));
        QCOMPARE(journal.openEntries().size(), std::size_t(1)); // nothing rolled back without a yes
        QVERIFY(wizard.controller().record().actions.empty());
    }

    void aGuardedChangeIsKeptThenTheNextFixRuns()
    {
        // Restarting the adapter can cut the machine off: the real watchdog (wsafix guard) watches it, the page asks
        // "keep these changes?", and the fix after it waits for the answer.
        WizardFixture f("apipa-adapter");
        QSignalSpy finished(f.wizard->findChild<FixPage*>(), &FixPage::jobFinished);
        const std::string adapter = "restart-adapter:{C1F07B3E-8A24-4D6B-9E15-62D3A0B4F7C8}";
        FixPage* page = applyGuarded(f, {adapter, "winsock-reset"});
        QVERIFY(page);
        KeepChangesDialog* keep = keepDialog(*page);
        QVERIFY2(keep, qPrintable(f.find<QPlainTextEdit>("fix.log")->toPlainText()));
        QVERIFY(page->isRunning());
        QCOMPARE(finished.count(), 0);
        const auto& actions = f.saved().actions; // on disk before the question: the watchdog records in it
        QCOMPARE(actions.size(), std::size_t(1));
        QCOMPARE(actions[0].fixId, adapter);
        const QString snapshot = QString::fromStdString(actions[0].snapshotId);
        QVERIFY(AutoRevertGuard(f.stateDir.path().toStdString(), snapshot.toStdString()).watching());
        screenshot(*f.wizard, QStringLiteral("3-fix-keep-changes"), f.stateDir.path());
        screenshot(*keep, QStringLiteral("3-fix-keep-changes-dialog"), f.stateDir.path());
        QTest::mouseClick(keep->findChild<QPushButton*>(QStringLiteral("keepChanges.keep")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);

        const auto outcome = AutoRevertGuard(f.stateDir.path().toStdString(), snapshot.toStdString()).outcome();
        QVERIFY(outcome);
        QCOMPARE(outcome->outcome, std::string("confirmed"));
        QCOMPARE(f.record().simulatedFixes, (std::vector<std::string>{adapter, "winsock-reset"}));
        auto* list = f.find<QTreeWidget>("fix.list");
        QCOMPARE(rowOf(list, QString::fromStdString(adapter))->text(FixPage::StatusColumn),
                 QStringLiteral("applied and checked"));
        QCOMPARE(rowOf(list, QStringLiteral("winsock-reset"))->text(FixPage::StatusColumn),
                 QStringLiteral("applied and checked"));
        const QString log = f.find<QPlainTextEdit>("fix.log")->toPlainText();
        QVERIFY2(log.contains(QStringLiteral("Arming the auto-revert guard (30 s)")), qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("You kept the change of restart-adapter")));
        // The reset needs a restart on a real computer: the outcome says what would happen.
        const QString said = f.find<QLabel>("fix.outcome")->text();
        QVERIFY2(said.contains(QStringLiteral("would then re-open at its verify page")), qPrintable(said));
    }

    void aGuardedChangeNotKeptIsPutBackByTheWatchdog()
    {
        WizardFixture f("static-ip");
        QSignalSpy finished(f.wizard->findChild<FixPage*>(), &FixPage::jobFinished);
        FixPage* page = applyGuarded(f, {"ip-reset"});
        QVERIFY(page);
        KeepChangesDialog* keep = keepDialog(*page);
        QVERIFY2(keep, qPrintable(f.find<QPlainTextEdit>("fix.log")->toPlainText()));
        QTest::mouseClick(keep->findChild<QPushButton*>(QStringLiteral("keepChanges.revert")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);

        // The watchdog, another process, restored the snapshot and recorded it; the page read the session back and
        // the simulated machine is as before.
        const SessionRecord& r = f.record();
        QCOMPARE(r.actions.size(), std::size_t(2));
        QCOMPARE(r.actions[1].outcome, std::string("restored"));
        QVERIFY2(r.actions[1].detail.find("auto-revert guard") != std::string::npos, r.actions[1].detail.c_str());
        QVERIFY(r.simulatedFixes.empty());
        QCOMPARE(f.saved().actions, r.actions);
        auto* list = f.find<QTreeWidget>("fix.list");
        QCOMPARE(rowOf(list, QStringLiteral("ip-reset"))->text(FixPage::StatusColumn),
                 QStringLiteral("undone (snapshot restored)"));
        const QString said = f.find<QLabel>("fix.outcome")->text();
        QVERIFY2(said.contains(QStringLiteral("put back as it was before ip-reset")), qPrintable(said));
        QVERIFY(!said.contains(QStringLiteral("restart")));
        // Undone: it can be tried again.
        QTRY_VERIFY(!page->isRunning());
        QVERIFY(page->setChecked("ip-reset", true));
        // Leaving the page must not write the stale copy over what the watchdog recorded.
        QVERIFY(page->setChecked("ip-reset", false));
        for (const auto& id : page->recommendedFixes())
            page->setChecked(id, false);
        QVERIFY(clickForward(*f.wizard));
        QCOMPARE(f.saved().actions.size(), std::size_t(2));
    }

    void realMachineNeedsAdministratorRights()
    {
        // A machine with an /etc/ld.so.preload entry, probed without rights: the native fix is listed with its
        // exact commands, not run, and the page offers to run the fix step as administrator. The test's launcher
        // runs that step (the real wsafix fix ... --session) without elevation: it finds no rights and exits 3,
        // and the page says so.
        class PreloadFake : public FakeSystem
        {
        public:
            Probed<std::vector<CatalogEntry>> catalog() override
            {
                auto result = FakeSystem::catalog();
                CatalogEntry preload;
                preload.catalogId = 1;
                preload.name = "libspeedsurf.so";
                preload.providerPath = "/usr/lib/wsafix-test-does-not-exist/libspeedsurf.so";
                preload.kind = CatalogEntry::Kind::Layered;
                preload.catalog = "preload";
                result.value.push_back(preload);
                return result;
            }
        };
        WizardFixture f({}, {}, std::make_unique<PreloadFake>());
        QVERIFY(!f.controller().systemInfo().elevated);
        auto* page = f.wizard->findChild<FixPage*>();
        QStringList launched;
        page->elevatedStep().setLauncher([&launched](const std::filesystem::path& program,
                                                     const std::vector<std::string>& arguments,
                                                     std::chrono::milliseconds limit) {
            QStringList args;
            for (const auto& a : arguments)
                args << QString::fromStdString(a);
            launched = args;
            QProcess p;
            p.start(QString::fromStdString(program.string()), args);
            ElevatedFixRun run;
            run.ran = p.waitForFinished(int(limit.count()));
            run.exitCode = p.exitCode();
            run.detail = "ran without elevation (test): " + p.readAllStandardError().trimmed().toStdString();
            return run;
        });
        QSignalSpy finished(page, &FixPage::jobFinished);
        QVERIFY(toFixPage(f));
        const std::string id = "remove-preload:/usr/lib/wsafix-test-does-not-exist/libspeedsurf.so";
        QCOMPARE(page->recommendedFixes(), std::vector<std::string>{id});
        QCOMPARE(page->fixesNeedingElevation(), std::vector<std::string>{id});
        auto* row = f.find<QTreeWidget>("fix.list")->topLevelItem(0);
        QTRY_COMPARE(row->text(FixPage::StatusColumn), QStringLiteral("needs administrator"));
        // Tickable but not ticked: a real machine changes only on the user's tick, elevated or not.
        QCOMPARE(row->checkState(FixPage::FixColumn), Qt::Unchecked);
        const QString rights = f.find<QLabel>("fix.rights")->text();
        QVERIFY2(rights.contains(QStringLiteral("need administrator rights")), qPrintable(rights));
        QVERIFY(rights.contains(QString::fromStdString("wsafix fix " + id)));
        auto* elevate = f.find<QPushButton>("fix.elevate");
        QVERIFY(elevate->isVisible());
        QTRY_VERIFY(!page->isRunning());
        QVERIFY(!page->runElevated()); // nothing ticked: nothing asked for
        QVERIFY(launched.isEmpty());
        // Ticked but not run, the page does not move on: the tick is not silently dropped.
        QVERIFY(page->setChecked(id, true));
        QVERIFY(clickForward(*f.wizard));
        QCOMPARE(f.wizard->currentPage(), page);
        QVERIFY(f.find<QLabel>("fix.status")->text().contains(QStringLiteral("click Run as administrator")));
        screenshot(*f.wizard, QStringLiteral("3-fix-real-machine"), f.stateDir.path());
        QTest::mouseClick(elevate, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(launched.mid(0, 2), (QStringList{QStringLiteral("fix"), QString::fromStdString(id)}));
        QVERIFY(launched.contains(QStringLiteral("--session")));
        QVERIFY(launched.contains(QString::fromStdString(f.record().id)));
        const QString log = f.find<QPlainTextEdit>("fix.log")->toPlainText();
        QVERIFY2(log.contains(QStringLiteral("Asking for administrator rights to run: ")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("needs root")) || log.contains(QStringLiteral("administrator")),
                 qPrintable(log));
        // The elevated step ran the real fix step on this session and recorded what it found (here: nothing to
        // remove, as the path is not in this machine's /etc/ld.so.preload); the page read it back.
        QCOMPARE(f.record().actions.size(), std::size_t(1));
        QCOMPARE(f.record().actions[0].fixId, id);
        QCOMPARE(f.record().actions[0].outcome, std::string("unavailable"));
        const QString said = f.find<QLabel>("fix.outcome")->text();
        QVERIFY2(said.contains(QStringLiteral("was not run: unavailable")), qPrintable(said));
        QVERIFY(!page->applyChecked());
        QTRY_VERIFY(!page->isRunning()); // the page lists the machine afresh after the step
        QVERIFY(clickForward(*f.wizard));
        QCOMPARE(f.saved().actions, f.record().actions);
    }

    void elevationRunsExactlyTheTickedFixes()
    {
        // Three preload entries need administrator rights; the user ticks the first and the third. The elevated step
        // is asked for exactly those, in plan order, under one consent; the second stays as it was, tickable.
        class ThreePreloads : public FakeSystem
        {
        public:
            Probed<std::vector<CatalogEntry>> catalog() override
            {
                auto result = FakeSystem::catalog();
                for (int i = 1; i <= 3; ++i) {
                    CatalogEntry preload;
                    preload.catalogId = static_cast<std::uint32_t>(i);
                    preload.name = "libhook" + std::to_string(i) + ".so";
                    preload.providerPath = "/usr/lib/wsafix-test-does-not-exist/" + preload.name;
                    preload.kind = CatalogEntry::Kind::Layered;
                    preload.catalog = "preload";
                    result.value.push_back(preload);
                }
                return result;
            }
        };
        WizardFixture f({}, {}, std::make_unique<ThreePreloads>());
        auto* page = f.wizard->findChild<FixPage*>();
        QStringList launched;
        page->elevatedStep().setLauncher([&launched](const std::filesystem::path&,
                                                     const std::vector<std::string>& arguments,
                                                     std::chrono::milliseconds) {
            for (const auto& a : arguments)
                launched << QString::fromStdString(a);
            ElevatedFixRun run;
            run.detail = "the password prompt was dismissed (test)";
            return run;
        });
        QSignalSpy finished(page, &FixPage::jobFinished);
        QVERIFY(toFixPage(f));
        const auto ids = page->fixesNeedingElevation();
        QCOMPARE(ids.size(), std::size_t(3));
        const auto plan = page->recommendedFixes();
        QCOMPARE(plan.size(), std::size_t(3));
        QTRY_VERIFY(!page->isRunning());
        QVERIFY(page->setChecked(plan[0], true));
        QVERIFY(page->setChecked(plan[2], true));
        QTest::mouseClick(f.find<QPushButton>("fix.elevate"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const qsizetype fixEnd = launched.indexOf(QStringLiteral("--session"));
        QVERIFY2(fixEnd > 0, qPrintable(launched.join(QLatin1Char(' '))));
        QCOMPARE(launched.mid(0, fixEnd), (QStringList{QStringLiteral("fix"), QString::fromStdString(plan[0]),
                                                       QString::fromStdString(plan[2])}));
        // Dismissed: nothing ran, so each row is as it was, tickable again; the untouched one kept its state.
        auto* list = f.find<QTreeWidget>("fix.list");
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(list->topLevelItem(i)->text(FixPage::StatusColumn), QStringLiteral("needs administrator"));
            QVERIFY(list->topLevelItem(i)->data(FixPage::FixColumn, Qt::CheckStateRole).isValid());
        }
        QCOMPARE(list->topLevelItem(1)->checkState(FixPage::FixColumn), Qt::Unchecked);
        QVERIFY(f.record().actions.empty());
    }

    void nothingToFixOnClean()
    {
        WizardFixture f("clean");
        FixPage* page = toFixPage(f);
        QVERIFY(page);
        QVERIFY(page->recommendedFixes().empty());
        QVERIFY(f.find<QLabel>("fix.intro")->text().startsWith(QStringLiteral("Nothing needs fixing")));
        // Training still offers what the scenario simulates (a reset "to be safe"), unticked, so that a trainee
        // can learn from Verify that it was not needed.
        QCOMPARE(page->otherFixes(), std::vector<std::string>{"winsock-reset"});
        auto* list = f.find<QTreeWidget>("fix.list");
        QCOMPARE(list->topLevelItem(0)->checkState(FixPage::FixColumn), Qt::Unchecked);
    }
};

QTEST_MAIN(TestFixPage)
#include "tst_fixpage.moc"
