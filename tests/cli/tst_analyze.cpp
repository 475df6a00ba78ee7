#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "WsafixProcess.h"

// `wsafix analyze` as a help-desk technician runs it on what a user pasted into a ticket.
class TstAnalyze : public QObject
{
    Q_OBJECT

private:
    using Run = WsafixRun;
    WsafixCli m_cli;

    static QString fixture(const char* name)
    {
        return QStringLiteral(WSAFIX_SOURCE_DIR "/../shared/fixtures/") + QString::fromUtf8(name);
    }

    static QJsonObject json(const Run& r)
    {
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", qPrintable(r.out.left(300)));
        return doc.object();
    }

private slots:
    void helpNamesTheFormats()
    {
        const Run r = m_cli.run({QStringLiteral("analyze"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("netsh winsock show catalog")));
        QVERIFY(m_cli.run({QStringLiteral("--help")}).out.contains(QStringLiteral("analyze FILE")));
    }

    void layeredProviderCatalogExitsOne()
    {
        const Run r = m_cli.run({QStringLiteral("analyze"), fixture("winsock-catalog/05.txt")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("ASProxy64.dll")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("netsh winsock show catalog, 1 item\n")));
    }

    void cleanCatalogExitsZero()
    {
        const Run r = m_cli.run({QStringLiteral("analyze"), fixture("winsock-catalog/09.txt")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("No problems found")));
    }

    void jsonHasTheDetectKeysAndTheInputs()
    {
        const Run detect = m_cli.run({QStringLiteral("--scenario"), QStringLiteral("clean"), QStringLiteral("detect"),
                                      QStringLiteral("--json")});
        const Run r = m_cli.run({QStringLiteral("analyze"), QStringLiteral("--json"), fixture("ipconfig/01.txt"),
                                 fixture("winsock-catalog/01.txt")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject doc = json(r);
        for (const auto& key : json(detect).keys())
            QVERIFY2(doc.contains(key), qPrintable(key));
        QCOMPARE(doc.value(QStringLiteral("schema")).toString(), QStringLiteral("wsafix.analyze/1"));
        QCOMPARE(doc.value(QStringLiteral("system")).toObject().value(QStringLiteral("backend")).toString(),
                 QStringLiteral("pasted"));
        QCOMPARE(doc.value(QStringLiteral("adapters")).toArray().size(), 9);
        QCOMPARE(doc.value(QStringLiteral("catalog")).toArray().size(), 1);
        const QJsonArray inputs = doc.value(QStringLiteral("inputs")).toArray();
        QCOMPARE(inputs.size(), 2);
        const QJsonObject spanish = inputs.at(0).toObject();
        QCOMPARE(spanish.value(QStringLiteral("encoding")).toString(), QStringLiteral("cp850"));
        QCOMPARE(spanish.value(QStringLiteral("recognised"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
                 QStringLiteral("ipconfig"));
        const QJsonObject unparsed = spanish.value(QStringLiteral("unparsed")).toArray().at(0).toObject();
        QCOMPARE(unparsed.value(QStringLiteral("line")).toInt(), 61);
        QCOMPARE(doc.value(QStringLiteral("probes"))
                     .toObject()
                     .value(QStringLiteral("sockets"))
                     .toObject()
                     .value(QStringLiteral("available"))
                     .toBool(),
                 false);
        const QJsonArray findings = doc.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("layered-provider"));
    }

    // Both elevated runs and the non-elevated one: the one protected unnamed step is harmless, elevation is not.
    void ipResetOutputsSayWhichFailedStepsMatter()
    {
        const Run elevated = m_cli.run({QStringLiteral("analyze"), fixture("netsh-int-ip-reset/01.txt")});
        QVERIFY2(elevated.out.contains(QStringLiteral("1 failed step is harmless: Windows protects that setting")),
                 qPrintable(elevated.out));
        QVERIFY2(!elevated.out.contains(QStringLiteral("failed: (unnamed step)")), qPrintable(elevated.out));
        const QJsonObject reset =
            json(m_cli.run({QStringLiteral("analyze"), QStringLiteral("--json"), fixture("netsh-int-ip-reset/03.txt")}))
                .value(QStringLiteral("inputs"))
                .toArray()
                .at(0)
                .toObject()
                .value(QStringLiteral("recognised"))
                .toArray()
                .at(0)
                .toObject()
                .value(QStringLiteral("reset"))
                .toObject();
        QCOMPARE(reset.value(QStringLiteral("failures")).toArray().size(), 0);
        QCOMPARE(reset.value(QStringLiteral("harmless")).toArray().at(0).toString(),
                 QStringLiteral("(unnamed step): Access is denied."));
        QCOMPARE(reset.value(QStringLiteral("needsElevation")).toBool(), false);

        const Run plain = m_cli.run({QStringLiteral("analyze"), fixture("netsh-int-ip-reset/05.txt")});
        QVERIFY2(plain.out.contains(QStringLiteral("failed: Global: The requested operation requires elevation")),
                 qPrintable(plain.out));
        QVERIFY2(!plain.out.contains(QStringLiteral("harmless")), qPrintable(plain.out));
    }

    void standardInputInUtf16()
    {
        QFile f(fixture("winsock-catalog/13.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QByteArray utf16("\xFF\xFE", 2);
        utf16 += QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        const Run r = m_cli.runWithInput({QStringLiteral("analyze"), QStringLiteral("-")}, utf16);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("netlspx.dll")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("utf-16le")));
    }

    void theIntakeGoesIntoTheSession()
    {
        // What the user told the technician travels with the pasted outputs, so the report diagnoses that error.
        QTemporaryDir state;
        const Run r = runWsafix(state.path(),
                                {QStringLiteral("analyze"), fixture("winsock-catalog/01.txt"), QStringLiteral("--code"),
                                 QStringLiteral("10056"), QStringLiteral("--ticket"), QStringLiteral("INC0043")});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
        const QStringList sessions =
            QDir(state.filePath(QStringLiteral("sessions"))).entryList({QStringLiteral("*.json")});
        QCOMPARE(sessions.size(), 1);
        QFile f(state.filePath(QStringLiteral("sessions/") + sessions[0]));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject intake =
            QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("intake")).toObject();
        QCOMPARE(intake.value(QStringLiteral("code")).toString(), QStringLiteral("10056"));
        QCOMPARE(intake.value(QStringLiteral("ticket")).toString(), QStringLiteral("INC0043"));
    }

    void badInputExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no file") << QStringList{QStringLiteral("analyze")} << QStringLiteral("missing FILE");
        QTest::newRow("unreadable") << QStringList{QStringLiteral("analyze"), QStringLiteral("/nonexistent/paste.txt")}
                                    << QStringLiteral("/nonexistent/paste.txt: cannot open");
        QTest::newRow("nothing known") << QStringList{QStringLiteral("analyze"), fixture("SOURCES.md")}
                                       << QStringLiteral("no command output wsafix knows was recognised");
    }

    void badInputExitsTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = m_cli.run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TstAnalyze)
#include "tst_analyze.moc"
