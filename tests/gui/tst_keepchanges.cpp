// "Keep these changes?": Keep stands the watchdog down; Revert now and an expired countdown leave it to restore the
// snapshot, and the dialog says so. The watchdog is the engine's (AutoRevertGuard::watch on a thread).
#include "GuiTestSupport.h"
#include "KeepChangesDialog.h"

#include "diagnostics/fix/Journal.h"
#include "diagnostics/fix/SnapshotStore.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <future>

using namespace wsafix;
using namespace wsafix::test;
using namespace std::chrono_literals;

class TestKeepChanges : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_state = std::make_unique<QTemporaryDir>();
        m_restores = 0;
        Snapshot s;
        s.fixId = "restart-adapter:eth0";
        s.machine = "simulated:test";
        s.parts.push_back(SnapshotPart::raw("text", "before"));
        SnapshotStore(dir()).save(s);
        m_snapshotId = s.id;
    }
    void cleanup()
    {
        m_state.reset();
        QVERIFY2(leakedTopLevelWidgets().isEmpty(), qPrintable(leakedTopLevelWidgets().join(u',')));
    }

    void keepStandsTheWatchdogDown()
    {
        auto watchdog = startWatchdog(30s);
        KeepChangesDialog dialog(armedGuard(), 30s);
        dialog.show();
        auto* countdown = dialog.findChild<QProgressBar*>(QStringLiteral("keepChanges.countdown"));
        QVERIFY(countdown);
        QVERIFY(countdown->value() > 25 && countdown->value() <= 30);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("keepChanges.text"))->text().contains(u"second"));
        screenshot(dialog, QStringLiteral("keepchanges"), m_state->path());
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("keepChanges.keep")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 10000);
        QCOMPARE(dialog.result(), KeepChangesDialog::Result::Kept);
        QCOMPARE(watchdog.get().outcome, std::string("confirmed"));
        QCOMPARE(m_restores.load(), 0);
    }

    void revertNowRestores()
    {
        auto watchdog = startWatchdog(600s);
        KeepChangesDialog dialog(armedGuard(), 600s);
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("keepChanges.revert")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 10000);
        QCOMPARE(dialog.result(), KeepChangesDialog::Result::Restored);
        QVERIFY2(dialog.detail().contains(u"a revert was asked for"), qPrintable(dialog.detail()));
        QCOMPARE(watchdog.get().outcome, std::string("restored"));
        QCOMPARE(m_restores.load(), 1);
    }

    void anExpiredCountdownRestores()
    {
        auto watchdog = startWatchdog(1s);
        KeepChangesDialog dialog(armedGuard(), 1s);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 15000);
        QCOMPARE(dialog.result(), KeepChangesDialog::Result::Restored);
        QVERIFY2(dialog.detail().contains(u"not confirmed within 1 s"), qPrintable(dialog.detail()));
        QCOMPARE(m_restores.load(), 1);
        // Keep after the fact changes nothing: the dialog is closed and the outcome stands.
        QCOMPARE(watchdog.get().outcome, std::string("restored"));
    }

private:
    std::filesystem::path dir() const { return m_state->path().toStdString(); }

    AutoRevertGuard armedGuard() const
    {
        AutoRevertGuard guard(dir(), m_snapshotId);
        [&] { QVERIFY(guard.waitUntilWatching(10s)); }();
        return guard;
    }

    std::future<GuardOutcome> startWatchdog(std::chrono::seconds timeout)
    {
        AutoRevertGuard(dir(), m_snapshotId).arm("restart-adapter:eth0", timeout);
        return std::async(std::launch::async, [this, timeout] {
            SnapshotStore store(dir());
            Journal journal(dir() / "journal");
            return AutoRevertGuard(dir(), m_snapshotId)
                .watch(store, journal, "simulated:test", timeout, [this](const Snapshot& s) {
                    ++m_restores;
                    FixReport r;
                    r.outcome = "restored";
                    r.snapshotId = s.id;
                    r.detail = "restored snapshot " + s.id;
                    r.machineState = "as before the fix";
                    return r;
                });
        });
    }

    std::unique_ptr<QTemporaryDir> m_state;
    std::string m_snapshotId;
    std::atomic<int> m_restores{0};
};

QTEST_MAIN(TestKeepChanges)
#include "tst_keepchanges.moc"
