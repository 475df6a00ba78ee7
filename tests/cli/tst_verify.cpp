// `wsafix verify`: exit codes, the --json shape, continuing the latest session, simulated fixes, a name that does
// not resolve, and real loopback listeners (a closed port, then the same port open after "the fix").
#include "WsafixProcess.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

namespace {

QJsonObject json(const WsafixRun& r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

// The only session of a state directory, as saved.
QJsonObject onlySession(const QString& stateDir)
{
    const QDir dir(stateDir + QStringLiteral("/sessions"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    if (files.size() != 1)
        return {};
    QFile f(dir.filePath(files.front()));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool writeSession(const QString& stateDir, const QJsonObject& session)
{
    QFile f(QDir(stateDir + QStringLiteral("/sessions"))
                .filePath(session[QStringLiteral("id")].toString() + QStringLiteral(".json")));
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(QJsonDocument(session).toJson()) > 0;
}

QStringList findingIds(const QJsonArray& findings)
{
    QStringList ids;
    for (const auto& f : findings)
        ids << f.toObject()[QStringLiteral("id")].toString();
    return ids;
}

QString statusOf(const QJsonObject& verification, const QString& id)
{
    for (const auto& f : verification[QStringLiteral("comparison")][QStringLiteral("findings")].toArray())
        if (f[QStringLiteral("finding")][QStringLiteral("id")].toString() == id)
            return f[QStringLiteral("status")].toString();
    return {};
}

const QString kLsp = QStringLiteral("lsp-adware");

} // namespace

class TstVerify : public QObject
{
    Q_OBJECT

private slots:
    void help()
    {
        WsafixCli cli;
        const WsafixRun h = cli.run({QStringLiteral("verify"), QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains(QStringLiteral("--count N")));
        QVERIFY(h.out.contains(QStringLiteral("Exit: 0 fixed, 1 not fixed or could not verify, 2 bad input.")));
        QVERIFY(cli.run({QStringLiteral("--help")}).out.contains(QStringLiteral("  verify ")));
    }

    void badInputExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString verify = QStringLiteral("verify");
        QTest::newRow("no target") << QStringList{verify} << QStringLiteral("--host and --port are required");
        QTest::newRow("host without port") << QStringList{verify, QStringLiteral("--host"), QStringLiteral("a.example")}
                                           << QStringLiteral("go together");
        QTest::newRow("count zero") << QStringList{verify, QStringLiteral("--host=a.example"),
                                                   QStringLiteral("--port=1"), QStringLiteral("--count=0")}
                                    << QStringLiteral("--count '0' is not a number of attempts (1-1000)");
        QTest::newRow("count text") << QStringList{verify, QStringLiteral("--host=a.example"),
                                                   QStringLiteral("--port=1"), QStringLiteral("--count"),
                                                   QStringLiteral("ten")}
                                    << QStringLiteral("--count 'ten'");
        QTest::newRow("count too big") << QStringList{verify, QStringLiteral("--host=a.example"),
                                                      QStringLiteral("--port=1"), QStringLiteral("--count=1001")}
                                       << QStringLiteral("(1-1000)");
        QTest::newRow("hostile host") << QStringList{verify, QStringLiteral("--host"), QStringLiteral("a;rm -rf /"),
                                                     QStringLiteral("--port"), QStringLiteral("1")}
                                      << QStringLiteral("not a host name");
        QTest::newRow("detect's option") << QStringList{verify, QStringLiteral("--probes"), QStringLiteral("catalog")}
                                         << QStringLiteral("unknown option '--probes' for 'verify'");
    }

    void badInputExitsTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        WsafixCli cli;
        const WsafixRun r = cli.run(QStringList{QStringLiteral("--scenario"), QStringLiteral("clean")} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(!QDir(cli.stateDir() + QStringLiteral("/sessions")).exists(), "bad input saves nothing");
    }

    void withoutABaselineTheSeriesStillRuns()
    {
        WsafixCli cli;
        const WsafixRun r =
            cli.run({QStringLiteral("--scenario"), QStringLiteral("clean"), QStringLiteral("verify"),
                     QStringLiteral("--host"), QStringLiteral("example.com"), QStringLiteral("--port"),
                     QStringLiteral("443"), QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0); // nothing was fixed and the target works: a script reads "not broken"
        const QJsonObject doc = json(r);
        QCOMPARE(doc[QStringLiteral("schema")].toString(), QStringLiteral("wsafix.verify/1"));
        for (const char* key : {"schema", "session", "system", "verification"})
            QVERIFY2(doc.contains(QLatin1String(key)), key);
        const QJsonObject v = doc[QStringLiteral("verification")].toObject();
        for (const char* key : {"time", "verdict", "reason", "attempts", "remainingFindings", "host", "port", "count",
                                "timeoutMs", "resolution", "comparison", "probes", "nextSteps", "cancelled"})
            QVERIFY2(v.contains(QLatin1String(key)), key);
        QCOMPARE(v[QStringLiteral("verdict")].toString(), QStringLiteral("works"));
        QCOMPARE(v[QStringLiteral("comparison")][QStringLiteral("compared")].toBool(), false);
        QCOMPARE(v[QStringLiteral("comparison")][QStringLiteral("reason")].toString(),
                 QStringLiteral("no session in the state directory"));
        QCOMPARE(v[QStringLiteral("attempts")].toArray().size(), 3);
        for (const auto& a : v[QStringLiteral("attempts")].toArray()) {
            QVERIFY(a[QStringLiteral("connected")].toBool());
            QVERIFY(a[QStringLiteral("decoded")].isNull());
        }
        QCOMPARE(v[QStringLiteral("nextSteps")][0][QStringLiteral("kind")].toString(), QStringLiteral("detect-first"));
        // The verification is saved into a new session: `report --last` finds it.
        const QJsonObject session = onlySession(cli.stateDir());
        QCOMPARE(session[QStringLiteral("id")].toString(), doc[QStringLiteral("session")].toString());
        QCOMPARE(session[QStringLiteral("step")].toString(), QStringLiteral("verify"));
        QCOMPARE(session[QStringLiteral("verification")].toObject(), v);
    }

    void continuesDetectsSessionWithItsSimulatedFix()
    {
        WsafixCli cli;
        const QStringList target{QStringLiteral("--host"), QStringLiteral("example.com"), QStringLiteral("--port"),
                                 QStringLiteral("443")};
        const WsafixRun d = cli.run(QStringList{QStringLiteral("--scenario"), kLsp, QStringLiteral("detect")} + target +
                                    QStringList{QStringLiteral("--process"), QStringLiteral("OUTLOOK.EXE")});
        QCOMPARE(d.exitCode, 1);
        // What `wsafix fix remove-provider:1010` leaves in the session under --scenario.
        QJsonObject session = onlySession(cli.stateDir());
        session[QStringLiteral("simulatedFixes")] = QJsonArray{QStringLiteral("remove-provider:1010")};
        session[QStringLiteral("actions")] =
            QJsonArray{QJsonObject{{QStringLiteral("fix"), QStringLiteral("remove-provider:1010")},
                                   {QStringLiteral("outcome"), QStringLiteral("applied")}}};
        QVERIFY(writeSession(cli.stateDir(), session));

        const WsafixRun r = cli.run(QStringList{QStringLiteral("--scenario"), kLsp, QStringLiteral("verify")} + target +
                                    QStringList{QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = json(r);
        QCOMPARE(doc[QStringLiteral("session")].toString(), session[QStringLiteral("id")].toString());
        const QJsonObject v = doc[QStringLiteral("verification")].toObject();
        QCOMPARE(v[QStringLiteral("verdict")].toString(), QStringLiteral("fixed"));
        QCOMPARE(v[QStringLiteral("count")].toInt(), 10);
        QCOMPARE(v[QStringLiteral("attempts")].toArray().size(), 10);
        const QJsonObject c = v[QStringLiteral("comparison")].toObject();
        QCOMPARE(c[QStringLiteral("layeredBefore")].toInt(), 1);
        QCOMPARE(c[QStringLiteral("layeredAfter")].toInt(), 0);
        QCOMPARE(c[QStringLiteral("catalogRemoved")][0][QStringLiteral("id")].toInt(), 1010);
        QCOMPARE(c[QStringLiteral("socketScope")].toString(), QStringLiteral("OUTLOOK.EXE"));
        QCOMPARE(statusOf(v, QStringLiteral("layered-provider")), QStringLiteral("resolved"));
        QCOMPARE(statusOf(v, QStringLiteral("target-unreachable")), QStringLiteral("resolved"));
        const QJsonObject saved = onlySession(cli.stateDir());
        QCOMPARE(saved[QStringLiteral("verification")].toObject(), v);
        QVERIFY2(saved[QStringLiteral("inventory")].isObject(), "the baseline stays");
    }

    void notFixedSaysWhyAndWhatNext()
    {
        WsafixCli cli;
        const QStringList target{QStringLiteral("--host"), QStringLiteral("example.com"), QStringLiteral("--port"),
                                 QStringLiteral("443")};
        QCOMPARE(cli.run(QStringList{QStringLiteral("--scenario"), kLsp, QStringLiteral("detect")} + target).exitCode,
                 1);
        const WsafixRun r = cli.run(QStringList{QStringLiteral("--scenario"), kLsp, QStringLiteral("verify")} + target +
                                    QStringList{QStringLiteral("--count"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("Verdict: NOT FIXED. 2 of 2 connection attempts to example.com:443 "
                                               "failed: WSAEISCONN (10056).")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("[still-present] A third-party layered service provider")));
        QVERIFY(r.out.contains(QStringLiteral("Try the fix remove-provider:1010")));
        QVERIFY(r.out.contains(QStringLiteral("wsafix report --last")));
    }

    void aNameThatDoesNotResolveIsNotAClosedPort()
    {
        WsafixCli cli;
        const WsafixRun r = cli.run({QStringLiteral("--scenario"), QStringLiteral("clean"), QStringLiteral("verify"),
                                     QStringLiteral("--host"), QStringLiteral("orders.wsafix.invalid"),
                                     QStringLiteral("--port"), QStringLiteral("443"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject v = json(r)[QStringLiteral("verification")].toObject();
        QCOMPARE(v[QStringLiteral("resolution")][QStringLiteral("resolved")].toBool(), false);
        QVERIFY(v[QStringLiteral("attempts")].toArray().isEmpty());
        QVERIFY2(v[QStringLiteral("reason")].toString().contains(QStringLiteral("not a closed port")),
                 qPrintable(v[QStringLiteral("reason")].toString()));
    }

    void loopbackClosedThenOpenedByTheFix()
    {
        // This machine, for real: a port nobody listens on, then a listener on the same port.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString port = QString::number(probe.serverPort());
        probe.close();
        WsafixCli cli;
        const QStringList target{QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), port};
        const WsafixRun d =
            cli.run(QStringList{QStringLiteral("detect")} + target + QStringList{QStringLiteral("--json")});
        QCOMPARE(d.exitCode, 1);
        const QStringList baseline = findingIds(json(d)[QStringLiteral("findings")].toArray());
        QVERIFY(baseline.contains(QStringLiteral("target-unreachable")));

        const QStringList verify =
            QStringList{QStringLiteral("verify")} + target +
            QStringList{QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--json")};
        const WsafixRun closed = cli.run(verify);
        QCOMPARE(closed.exitCode, 1);
        QJsonObject v = json(closed)[QStringLiteral("verification")].toObject();
        QCOMPARE(v[QStringLiteral("verdict")].toString(), QStringLiteral("not-fixed"));
        QCOMPARE(v[QStringLiteral("attempts")][0][QStringLiteral("decoded")][QStringLiteral("name")].toString(),
                 QStringLiteral("WSAECONNREFUSED"));
        QCOMPARE(v[QStringLiteral("attempts")][0][QStringLiteral("error")].toString(), QStringLiteral("ECONNREFUSED"));

        QTcpServer service; // the fix: the service starts
        QVERIFY(service.listen(QHostAddress::LocalHost, static_cast<quint16>(port.toUInt())));
        const WsafixRun open = cli.run(verify);
        v = json(open)[QStringLiteral("verification")].toObject();
        for (const auto& a : v[QStringLiteral("attempts")].toArray())
            QVERIFY(a[QStringLiteral("connected")].toBool());
        QCOMPARE(statusOf(v, QStringLiteral("target-unreachable")), QStringLiteral("resolved"));
        // Whatever else this machine has wrong (a CI machine without a gateway, say) is still wrong.
        const bool onlyTheTarget = baseline == QStringList{QStringLiteral("target-unreachable")};
        QCOMPARE(v[QStringLiteral("verdict")].toString(),
                 onlyTheTarget ? QStringLiteral("fixed") : QStringLiteral("not-fixed"));
        QCOMPARE(open.exitCode, onlyTheTarget ? 0 : 1);
    }
};

QTEST_GUILESS_MAIN(TstVerify)
#include "tst_verify.moc"
