// Fleet use (docs/fleet.md): the commands endpoint managers run never touch a display and never wait for input.
// They run here with DISPLAY naming an X display that does not exist: a command that created a Qt application
// would fail to connect to it and abort instead of answering.
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "WsafixProcess.h"

class TstFleet : public QObject
{
    Q_OBJECT

private:
    WsafixCli m_cli;

private slots:
    void headlessCommandsNeverOpenAWindow_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("jsonKey");
        QTest::newRow("detect, findings") << QStringList{QStringLiteral("--scenario"), QStringLiteral("lsp-adware"),
                                                         QStringLiteral("detect"), QStringLiteral("--json")}
                                          << 1 << "findings";
        QTest::newRow("detect, clean") << QStringList{QStringLiteral("--scenario"),
                                                      QStringLiteral("clean"),
                                                      QStringLiteral("detect"),
                                                      QStringLiteral("--json"),
                                                      QStringLiteral("--probes"),
                                                      QStringLiteral("catalog,adapters,events")}
                                       << 0 << "findings";
        QTest::newRow("decode") << QStringList{QStringLiteral("decode"), QStringLiteral("10056"),
                                               QStringLiteral("--json")}
                                << 0 << "status";
        QTest::newRow("link check") << QStringList{QStringLiteral("link"), QStringLiteral("check"),
                                                   QStringLiteral("--json"),
                                                   QStringLiteral("wsafix://diagnose?code=10056")}
                                    << 0 << "accepted";
    }

    void headlessCommandsNeverOpenAWindow()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, jsonKey);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("DISPLAY"), QStringLiteral(":987")); // no such display
        const WsafixRun r = m_cli.run(args, env);                      // stdin is closed
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(doc.object().contains(jsonKey));
    }

    // The same display setting does reach the wizard: proof that the check above can fail.
    void theWizardWouldTryThatDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("DISPLAY"), QStringLiteral(":987"));
        const WsafixRun r = m_cli.run({QStringLiteral("--scenario"), QStringLiteral("clean")}, env);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("display")) || r.err.contains(QStringLiteral("xcb")), qPrintable(r.err));
    }
};

QTEST_MAIN(TstFleet)
#include "tst_fleet.moc"
