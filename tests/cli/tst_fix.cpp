#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "WsafixProcess.h"

// `wsafix fix` and `wsafix snapshots` against simulated machines and a private state directory.
class TstFix : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_files;
    QString m_adminScenario;

    static QStringList args(std::initializer_list<const char*> list)
    {
        QStringList out;
        for (const char* a : list)
            out << QString::fromUtf8(a);
        return out;
    }

    static QJsonObject latestSession(const QString& stateDir)
    {
        QDir dir(stateDir + QStringLiteral("/sessions"));
        const auto files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        if (files.isEmpty())
            return {};
        QFile f(dir.filePath(files.last()));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    static QString firstSnapshotId(const WsafixCli& cli)
    {
        const WsafixRun list = cli.run(args({"snapshots", "list"}));
        return list.out.section(QLatin1Char(' '), 0, 0).trimmed();
    }

private slots:
    void initTestCase()
    {
        // lsp-adware as run by an administrator: the built-in one runs without rights.
        QFile in(QStringLiteral(WSAFIX_SOURCE_DIR "/resources/scenarios/lsp-adware.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray text = in.readAll();
        text.replace("\"elevated\": false", "\"elevated\": true");
        m_adminScenario = m_files.filePath(QStringLiteral("admin.json"));
        QFile out(m_adminScenario);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
    }

    void usageAndHelp()
    {
        WsafixCli cli;
        const WsafixRun none = cli.run(args({"fix"}));
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains(QStringLiteral("name at least one fix")));
        const WsafixRun help = cli.run(args({"fix", "--help"}));
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--dry-run")));
        QCOMPARE(cli.run(args({"snapshots", "--help"})).exitCode, 0);
        QCOMPARE(cli.run(args({"snapshots"})).exitCode, 2);
        const WsafixRun traversal = cli.run(args({"snapshots", "show", "../sessions"}));
        QCOMPARE(traversal.exitCode, 2);
        QVERIFY(traversal.err.contains(QStringLiteral("not a snapshot id")));
    }

    void hostileAndUnknownIdsAreRefused_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("message");
        QTest::newRow("percent") << QStringLiteral("restart-adapter:a%d") << QStringLiteral("no '%'");
        QTest::newRow("newline") << QStringLiteral("restart-adapter:a\nb") << QStringLiteral("white space");
        QTest::newRow("unit with shell") << QStringLiteral("restart-service:a;reboot")
                                         << QStringLiteral("systemd unit names");
        QTest::newRow("unit option") << QStringLiteral("restart-service:--now")
                                     << QStringLiteral("does not start with '-'");
        QTest::newRow("unknown") << QStringLiteral("format-disk") << QStringLiteral("unknown fix 'format-disk'");
    }

    void hostileAndUnknownIdsAreRefused()
    {
        QFETCH(QString, id);
        QFETCH(QString, message);
        WsafixCli cli;
        const WsafixRun r = cli.run({QStringLiteral("fix"), id, QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QDir(cli.stateDir() + QStringLiteral("/snapshots")).exists());
    }

    void realMachineNeedsYes()
    {
        WsafixCli cli;
        const WsafixRun r = cli.run(args({"fix", "restart-adapter:lo"}));
        if (r.exitCode == 3)
            QVERIFY(r.err.contains(QStringLiteral("needs root")));
        else {
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QStringLiteral("Add --yes")), qPrintable(r.err));
        }
        QVERIFY(!QDir(cli.stateDir() + QStringLiteral("/snapshots")).exists());
    }

    void withoutRightsExitsThree()
    {
        WsafixCli cli;
        const WsafixRun r = cli.run(args({"--scenario", "lsp-adware", "fix", "remove-provider:1010"}));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("needs administrator rights")), qPrintable(r.err));
    }

    void dryRunChangesNothing()
    {
        WsafixCli cli;
        const WsafixRun r =
            cli.run({QStringLiteral("--scenario"), m_adminScenario, QStringLiteral("fix"),
                     QStringLiteral("remove-provider:1010"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const auto doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(doc.value(QStringLiteral("dryRun")).toBool(), true);
        const auto fix = doc.value(QStringLiteral("fixes")).toArray().at(0).toObject();
        QCOMPARE(fix.value(QStringLiteral("fix")).toString(), QStringLiteral("remove-provider:1010"));
        QVERIFY(fix.value(QStringLiteral("badges")).toObject().value(QStringLiteral("needsAdmin")).toBool());
        QVERIFY(!fix.value(QStringLiteral("snapshot")).toArray().isEmpty());
        QVERIFY(!QDir(cli.stateDir() + QStringLiteral("/snapshots")).exists());
        QVERIFY(latestSession(cli.stateDir()).isEmpty());
    }

    void applyRecordRestore()
    {
        WsafixCli cli;
        const QStringList machine{QStringLiteral("--scenario"), m_adminScenario};
        const WsafixRun applied = cli.run(machine + args({"fix", "remove-provider:1010"}));
        QCOMPARE(applied.exitCode, 0);
        QVERIFY2(applied.out.contains(QStringLiteral("remove-provider:1010: applied")), qPrintable(applied.out));
        QJsonObject session = latestSession(cli.stateDir());
        QCOMPARE(session.value(QStringLiteral("simulatedFixes")).toArray().size(), 1);
        const auto action = session.value(QStringLiteral("actions")).toArray().at(0).toObject();
        QCOMPARE(action.value(QStringLiteral("outcome")).toString(), QStringLiteral("applied"));
        const QString id = firstSnapshotId(cli);
        QCOMPARE(action.value(QStringLiteral("snapshot")).toString(), id);

        // The next command continues the session: the fix is already on the machine.
        const WsafixRun again = cli.run(machine + args({"fix", "remove-provider:1010"}));
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.out.contains(QStringLiteral("already applied")), qPrintable(again.out));

        const WsafixRun shown = cli.run(args({"snapshots", "show"}) << id);
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(shown.out.contains(QStringLiteral("checksums verified")));
        QVERIFY(shown.out.contains(QStringLiteral("simulated-machine")));

        const WsafixRun restored = cli.run(machine + args({"snapshots", "restore"}) << id);
        QCOMPARE(restored.exitCode, 0);
        QVERIFY2(restored.out.contains(QStringLiteral("restored")), qPrintable(restored.out));
        session = latestSession(cli.stateDir());
        QCOMPARE(session.value(QStringLiteral("simulatedFixes")).toArray().size(), 0);
        QCOMPARE(session.value(QStringLiteral("actions"))
                     .toArray()
                     .last()
                     .toObject()
                     .value(QStringLiteral("outcome"))
                     .toString(),
                 QStringLiteral("restored"));
    }

    void damagedSnapshotIsRefused()
    {
        WsafixCli cli;
        const QStringList machine{QStringLiteral("--scenario"), m_adminScenario};
        QCOMPARE(cli.run(machine + args({"fix", "remove-provider:1010"})).exitCode, 0);
        const QString id = firstSnapshotId(cli);
        QFile part(cli.stateDir() + QStringLiteral("/snapshots/") + id + QStringLiteral("/part-01.json"));
        QVERIFY(part.open(QIODevice::ReadWrite));
        QByteArray bytes = part.readAll();
        QCOMPARE(bytes, QByteArray("[]")); // the simulated machine had no fixes applied before
        bytes = "{}";
        part.seek(0);
        part.write(bytes);
        part.close();
        const WsafixRun list = cli.run(args({"snapshots", "list"}));
        QVERIFY2(list.out.contains(QStringLiteral("DAMAGED")), qPrintable(list.out));
        const WsafixRun restore = cli.run(machine + args({"snapshots", "restore"}) << id);
        QCOMPARE(restore.exitCode, 1);
        QVERIFY2(restore.err.contains(QStringLiteral("does not match its checksum")), qPrintable(restore.err));
        QVERIFY(restore.err.contains(QStringLiteral("nothing was restored")));
        QCOMPARE(latestSession(cli.stateDir()).value(QStringLiteral("simulatedFixes")).toArray().size(), 1);
    }

    void anInterruptedApplyIsRolledBackFirst()
    {
        WsafixCli cli;
        const QStringList machine{QStringLiteral("--scenario"), m_adminScenario};
        QCOMPARE(cli.run(machine + args({"fix", "remove-provider:1010"})).exitCode, 0);
        const QString id = firstSnapshotId(cli);
        // What a process killed in the middle of a later apply leaves: a journal entry without its end. Written by
        // hand here, it is honoured because this run is the user's own (a simulated machine, the user's state
        // directory); an elevated run on this machine never reads it (tests/system/PrivilegeAttackTest.cpp).
        QFile journal(cli.stateDir() + QStringLiteral("/journal"));
        QVERIFY(journal.open(QIODevice::Append));
        journal.write(QStringLiteral("{\"event\":\"begin\",\"txn\":\"t-crashed\",\"fix\":\"remove-provider:1010\","
                                     "\"snapshot\":\"%1\",\"machine\":\"simulated:lsp-adware\",\"what\":\"apply\"}\n")
                          .arg(id)
                          .toUtf8());
        journal.close();
        const WsafixRun r = cli.run(machine + args({"fix", "remove-provider:1010", "--yes"}));
        QVERIFY2(r.out.contains(QStringLiteral("Interrupted earlier")), qPrintable(r.out + r.err));
        // Rolled back to the snapshot (before the fix), then the fix applied again.
        QVERIFY2(r.out.contains(QStringLiteral("remove-provider:1010: applied")), qPrintable(r.out));
        QCOMPARE(r.exitCode, 0);
        const auto actions = latestSession(cli.stateDir()).value(QStringLiteral("actions")).toArray();
        QCOMPARE(actions.at(actions.size() - 2).toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("rolled-back"));
    }
};

QTEST_GUILESS_MAIN(TstFix)
#include "tst_fix.moc"
