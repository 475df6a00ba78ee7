#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "WsafixProcess.h"

// Drives the wsafix executable as a script or a help-desk technician would.
class TstCli : public QObject
{
    Q_OBJECT

private:
    using Run = WsafixRun;
    WsafixCli m_cli;

private slots:
    void versionAndHelp()
    {
        const Run v = m_cli.run({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith(QStringLiteral("wsafix ")));
        const Run h = m_cli.run({QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains(QStringLiteral("--scenario")));
        const Run dh = m_cli.run({QStringLiteral("detect"), QStringLiteral("--help")});
        QCOMPARE(dh.exitCode, 0);
        QVERIFY(dh.out.contains(QStringLiteral("--probes")));
    }

    void badUsageExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")}
                                        << QStringLiteral("unknown option '--frobnicate'");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("explode")}
                                         << QStringLiteral("unknown command 'explode'");
        QTest::newRow("option of another command")
            << QStringList{QStringLiteral("--json")} << QStringLiteral("unknown option '--json'");
        QTest::newRow("missing value") << QStringList{QStringLiteral("detect"), QStringLiteral("--pid")}
                                       << QStringLiteral("needs a value");
        QTest::newRow("port zero") << QStringList{QStringLiteral("detect"), QStringLiteral("--host"),
                                                  QStringLiteral("example.com"), QStringLiteral("--port"),
                                                  QStringLiteral("0")}
                                   << QStringLiteral("1-65535");
        QTest::newRow("port too big") << QStringList{QStringLiteral("detect"), QStringLiteral("--host"),
                                                     QStringLiteral("example.com"), QStringLiteral("--port=70000")}
                                      << QStringLiteral("1-65535");
        QTest::newRow("host without port")
            << QStringList{QStringLiteral("detect"), QStringLiteral("--host"), QStringLiteral("example.com")}
            << QStringLiteral("go together");
        QTest::newRow("hostile host") << QStringList{QStringLiteral("detect"), QStringLiteral("--host"),
                                                     QStringLiteral("a;rm -rf /"), QStringLiteral("--port"),
                                                     QStringLiteral("1")}
                                      << QStringLiteral("not a host name");
        QTest::newRow("pid text") << QStringList{QStringLiteral("detect"), QStringLiteral("--pid"),
                                                 QStringLiteral("12x")}
                                  << QStringLiteral("not a process id");
        QTest::newRow("ambiguous code") << QStringList{QStringLiteral("detect"), QStringLiteral("--code"),
                                                       QStringLiteral("106")}
                                        << QStringLiteral("--code '106' cannot be used: it is ambiguous");
        QTest::newRow("unknown code") << QStringList{QStringLiteral("analyze"), QStringLiteral("-"),
                                                     QStringLiteral("--code"), QStringLiteral("no such error")}
                                      << QStringLiteral("is not an error code wsafix knows");
        QTest::newRow("hostile ticket") << QStringList{QStringLiteral("detect"), QStringLiteral("--ticket"),
                                                       QStringLiteral("INC1;rm -rf /")}
                                        << QStringLiteral(
                                               "--ticket 'INC1;rm -rf /' cannot be used: it may contain only");
        QTest::newRow("unknown probe") << QStringList{QStringLiteral("--scenario"), QStringLiteral("clean"),
                                                      QStringLiteral("detect"), QStringLiteral("--probes"),
                                                      QStringLiteral("catalog,registry")}
                                       << QStringLiteral("unknown probe 'registry'");
        QTest::newRow("connectivity without target")
            << QStringList{QStringLiteral("--scenario"), QStringLiteral("clean"), QStringLiteral("detect"),
                           QStringLiteral("--probes"), QStringLiteral("connectivity")}
            << QStringLiteral("needs --host and --port");
        QTest::newRow("unknown scenario")
            << QStringList{QStringLiteral("--scenario"), QStringLiteral("nope"), QStringLiteral("detect")}
            << QStringLiteral("built-in scenarios: apipa-adapter, app-reconnect-bug, clean, dns-missing, lsp-adware");
        QTest::newRow("missing scenario file")
            << QStringList{QStringLiteral("--scenario"), QStringLiteral("/nonexistent/x.json"),
                           QStringLiteral("detect")}
            << QStringLiteral("/nonexistent/x.json: cannot open");
    }

    void badUsageExitsTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = m_cli.run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void malformedScenarioFileNamesFileAndLine()
    {
        const QString path = QDir(m_cli.stateDir()).filePath(QStringLiteral("broken.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"name\": \"x\",\n  \"title\": \n}\n");
        f.close();
        const Run r = m_cli.run({QStringLiteral("--scenario"), path, QStringLiteral("detect")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(path) && r.err.contains(QStringLiteral("line 4")), qPrintable(r.err));
    }

    void detectFindsTheLayeredProvider()
    {
        const Run r = m_cli.run({QStringLiteral("--scenario"), QStringLiteral("lsp-adware"), QStringLiteral("detect")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("ssurf64.dll")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("[ERROR]")));
        QVERIFY(r.out.contains(QStringLiteral("remove-provider:1010")));
    }

    void detectProbesTheTarget()
    {
        const Run r = m_cli.run({QStringLiteral("--scenario"), QStringLiteral("clean"), QStringLiteral("detect"),
                                 QStringLiteral("--host"), QStringLiteral("nowhere.example"), QStringLiteral("--port"),
                                 QStringLiteral("443")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("connectivity  nowhere.example:443 failed")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("does not resolve")));
    }

    void detectOnACleanMachineFindsNothing()
    {
        const Run r = m_cli.run({QStringLiteral("--scenario"), QStringLiteral("clean"), QStringLiteral("detect")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("No problems found.")));
    }

    void detectJsonHasTheContractKeys()
    {
        const Run r =
            m_cli.run({QStringLiteral("--scenario"), QStringLiteral("app-reconnect-bug"), QStringLiteral("detect"),
                       QStringLiteral("--process"), QStringLiteral("OrderSync.exe"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const char* key : {"schema", "system", "catalog", "sockets", "adapters", "events", "findings"})
            QVERIFY2(doc.contains(QLatin1String(key)), key);
        const QJsonArray findings = doc.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("app-reconnect-pattern"));
        QVERIFY(findings[0].toObject().value(QStringLiteral("fixes")).toArray().isEmpty());
    }

    void detectCarriesTheIntake()
    {
        // A script's session says which error the ticket is about, so its report diagnoses that error.
        QTemporaryDir state;
        QCOMPARE(
            runWsafix(state.path(), {QStringLiteral("--scenario"), QStringLiteral("lsp-adware"),
                                     QStringLiteral("detect"), QStringLiteral("--code"), QStringLiteral("0x00002748"),
                                     QStringLiteral("--ticket"), QStringLiteral("INC0042")})
                .exitCode,
            1);
        const WsafixRun report =
            runWsafix(state.path(), {QStringLiteral("report"), QStringLiteral("--last"), QStringLiteral("--format"),
                                     QStringLiteral("md"), QStringLiteral("-o"), QStringLiteral("-")});
        QCOMPARE(report.exitCode, 0);
        QVERIFY2(report.out.contains(QStringLiteral("WSAEISCONN")), qPrintable(report.out));
        QVERIFY2(report.out.contains(QStringLiteral("INC0042")), qPrintable(report.out));
        QVERIFY(!report.out.contains(QStringLiteral("(none given)")));
    }

    void detectSavesASession()
    {
        QTemporaryDir state;
        QCOMPARE(
            runWsafix(state.path(), {QStringLiteral("--scenario"), QStringLiteral("clean"), QStringLiteral("detect")})
                .exitCode,
            0);
        const QStringList sessions =
            QDir(state.filePath(QStringLiteral("sessions"))).entryList({QStringLiteral("*.json")});
        QCOMPARE(sessions.size(), 1);
        QFile f(state.filePath(QStringLiteral("sessions/") + sessions[0]));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject record = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(record.value(QStringLiteral("scenario")).toString(), QStringLiteral("clean"));
        QVERIFY(record.value(QStringLiteral("inventory")).isObject());
    }

    void withoutADisplayTheWizardPrintsWhatDetectFinds()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QLatin1String(name));
        const Run r = m_cli.run({QStringLiteral("--scenario"), QStringLiteral("lsp-adware")}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no display")), qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("ssurf64.dll")));
    }

    void detectOnThisMachineRuns()
    {
        const Run r = m_cli.run({QStringLiteral("detect"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(doc.value(QStringLiteral("system")).toObject().value(QStringLiteral("backend")).toString(),
                 QStringLiteral("linux"));
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
