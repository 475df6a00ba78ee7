#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "WsafixProcess.h"

// Drives `wsafix decode` as a help-desk technician or a script would.
class TstDecode : public QObject
{
    Q_OBJECT

private:
    using Run = WsafixRun;
    WsafixCli m_cli;

private slots:
    void decodesTheHexForm()
    {
        const Run r = m_cli.run({QStringLiteral("decode"), QStringLiteral("0x00002748")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("WSAEISCONN")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("10056")));
        QVERIFY(r.out.contains(QStringLiteral("0x80072748")));
        QVERIFY(r.out.contains(QStringLiteral("A connect request was made on an already connected socket.")));
        QVERIFY(r.out.contains(QStringLiteral("SO_ERROR")));
        QVERIFY2(r.out.contains(QStringLiteral("WSAECONNRESET")), "a neighbour is listed");
        QVERIFY(r.err.isEmpty());
    }

    void decodesPastedForms_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("decimal") << QStringLiteral("10056");
        QTest::newRow("name") << QStringLiteral("wsaeisconn");
        QTest::newRow("errno") << QStringLiteral("errno 106");
        QTest::newRow("hresult") << QStringLiteral("0x80072748");
        QTest::newRow("signed hresult") << QStringLiteral("-2147014840"); // 0x80072748 printed as an int
        QTest::newRow("socket error") << QStringLiteral("Socket error # 10056");
        QTest::newRow("python") << QStringLiteral(
            "[WinError 10056] A connect request was made on an already connected socket");
    }

    void decodesPastedForms()
    {
        QFETCH(QString, input);
        const Run r = m_cli.run({QStringLiteral("decode"), input});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Name:     WSAEISCONN")), qPrintable(r.out));
    }

    void jsonHasTheContractKeys()
    {
        const Run r = m_cli.run({QStringLiteral("decode"), QStringLiteral("0x00002748"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        for (const char* key : {"name", "decimal", "hex", "hresult", "message", "meaning", "causes", "neighbours"})
            QVERIFY2(doc.contains(QLatin1String(key)), key);
        QCOMPARE(doc.value(QStringLiteral("name")).toString(), QStringLiteral("WSAEISCONN"));
        QCOMPARE(doc.value(QStringLiteral("decimal")).toInt(), 10056);
        QCOMPARE(doc.value(QStringLiteral("hex")).toString(), QStringLiteral("0x00002748"));
        QCOMPARE(doc.value(QStringLiteral("hresult")).toString(), QStringLiteral("0x80072748"));
        QCOMPARE(doc.value(QStringLiteral("neighbours")).toArray().size(), 6);
        QVERIFY(!doc.value(QStringLiteral("causes")).toArray().isEmpty());
    }

    void unknownInputExitsTwoWithTheNearestCodes()
    {
        const Run r = m_cli.run({QStringLiteral("decode"), QStringLiteral("10100")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QStringLiteral("cannot decode '10100'")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("Nearest known codes")));
        QVERIFY(r.err.contains(QStringLiteral("WSAEDISCON")));

        const Run j = m_cli.run({QStringLiteral("decode"), QStringLiteral("10100"), QStringLiteral("--json")});
        QCOMPARE(j.exitCode, 2);
        const QJsonObject doc = QJsonDocument::fromJson(j.out.toUtf8()).object();
        QCOMPARE(doc.value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
        QCOMPARE(
            doc.value(QStringLiteral("nearest")).toArray().first().toObject().value(QStringLiteral("decimal")).toInt(),
            10101);
    }

    void ambiguousInputExitsTwoWithBothReadings()
    {
        const Run r = m_cli.run({QStringLiteral("decode"), QStringLiteral("87")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("ambiguous")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("WSA_INVALID_PARAMETER")));
        QVERIFY(r.err.contains(QStringLiteral("WSAEUSERS")));
    }

    void missingCodeIsAUsageError()
    {
        const Run r = m_cli.run({QStringLiteral("decode")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("missing CODE")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void helpDescribesTheForms()
    {
        const Run r = m_cli.run({QStringLiteral("decode"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("wsafix decode CODE")));
    }
};

QTEST_GUILESS_MAIN(TstDecode)
#include "tst_decode.moc"
