#include <QDir>
#include <QTest>

#include "WsafixProcess.h"

// The auto-revert guard's command line: `wsafix guard` (the watchdog), `wsafix fix --guard-timeout`, and the refusal
// to take down the adapter of the SSH session wsafix runs in without the guard. (The watchdog restoring a real
// network: tests/system/GuardedFixTest.cpp.)
class TstGuard : public QObject
{
    Q_OBJECT

private slots:
    void guardUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing") << QStringList{QStringLiteral("guard")} << QStringLiteral("are both needed");
        QTest::newRow("no timeout") << QStringList{QStringLiteral("guard"), QStringLiteral("--snapshot"),
                                                   QStringLiteral("s1")}
                                    << QStringLiteral("are both needed");
        QTest::newRow("zero") << QStringList{QStringLiteral("guard"), QStringLiteral("--snapshot"),
                                             QStringLiteral("s1"), QStringLiteral("--timeout"), QStringLiteral("0")}
                              << QStringLiteral("from 1 to 3600");
        QTest::newRow("traversal") << QStringList{QStringLiteral("guard"), QStringLiteral("--snapshot"),
                                                  QStringLiteral("../sessions"), QStringLiteral("--timeout"),
                                                  QStringLiteral("5")}
                                   << QStringLiteral("'../sessions' is not a usable snapshot id");
    }

    void guardUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        WsafixCli cli;
        const WsafixRun r = cli.run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QDir(cli.stateDir() + QStringLiteral("/guard")).exists());
    }

    void helpNamesTheGuard()
    {
        WsafixCli cli;
        const WsafixRun guard = cli.run({QStringLiteral("guard"), QStringLiteral("--help")});
        QCOMPARE(guard.exitCode, 0);
        QVERIFY(guard.out.contains(QStringLiteral("auto-revert watchdog")));
        const WsafixRun fix = cli.run({QStringLiteral("fix"), QStringLiteral("--help")});
        QVERIFY(fix.out.contains(QStringLiteral("--guard-timeout S")));
        QVERIFY(cli.run({QStringLiteral("--help")}).out.contains(QStringLiteral("--resume SESSION")));
    }

    void badGuardTimeoutIsRefused()
    {
        WsafixCli cli;
        const WsafixRun r = cli.run({QStringLiteral("fix"), QStringLiteral("restart-adapter:lo"),
                                     QStringLiteral("--guard-timeout"), QStringLiteral("1m")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("from 0 (no guard) to 3600, not '1m'")), qPrintable(r.err));
    }

    void theSshAdapterIsNotTakenDownWithoutTheGuard()
    {
        WsafixCli cli;
        auto env = QProcessEnvironment::systemEnvironment();
        // An SSH session whose server address is on lo.
        env.insert(QStringLiteral("SSH_CONNECTION"), QStringLiteral("127.0.0.1 50522 127.0.0.1 22"));
        const WsafixRun r = cli.run({QStringLiteral("fix"), QStringLiteral("restart-adapter:lo"),
                                     QStringLiteral("--yes"), QStringLiteral("--guard-timeout"), QStringLiteral("0")},
                                    env);
        if (r.exitCode == 3)
            QSKIP("not root: the rights check comes first");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("would take down lo, the adapter that carries the SSH connection from "
                                               "127.0.0.1 port 50522")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("auto-revert guard")), qPrintable(r.err));
        QVERIFY(!QDir(cli.stateDir() + QStringLiteral("/snapshots")).exists());
    }

    void resumeWithoutADisplaySaysSo()
    {
        WsafixCli cli;
        auto env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        const WsafixRun r = cli.run({QStringLiteral("--resume"), QStringLiteral("S1")}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("cannot resume session S1")), qPrintable(r.err));
    }
};

QTEST_MAIN(TstGuard)
#include "tst_guard.moc"
