// `wsafix link make|check` and `wsafix 'wsafix://...'` without a display: what support staff and scripts see.
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "WsafixProcess.h"

class TstLink : public QObject
{
    Q_OBJECT

private:
    WsafixCli m_cli;

    static QProcessEnvironment noDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QLatin1String(name));
        return env;
    }
    WsafixRun run(const QStringList& args) const { return m_cli.run(args, noDisplay()); }

private slots:
    void helpNamesBothActions()
    {
        for (const QStringList& args :
             {QStringList{QStringLiteral("link"), QStringLiteral("--help")},
              QStringList{QStringLiteral("help"), QStringLiteral("link")},
              QStringList{QStringLiteral("link"), QStringLiteral("make"), QStringLiteral("--help")}}) {
            const WsafixRun r = run(args);
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains(QStringLiteral("wsafix link make")) &&
                    r.out.contains(QStringLiteral("wsafix link check")));
        }
        QVERIFY(run({QStringLiteral("--help")}).out.contains(QStringLiteral("make or check a support link")));
    }

    void makePrintsALinkThatChecksBack()
    {
        const WsafixRun made = run({QStringLiteral("link"), QStringLiteral("make"), QStringLiteral("--code"),
                                    QStringLiteral("Socket error # 10056"), QStringLiteral("--process"),
                                    QStringLiteral("Notepad++ Portable.exe"), QStringLiteral("--host"),
                                    QStringLiteral("mail.example.com"), QStringLiteral("--port"), QStringLiteral("587"),
                                    QStringLiteral("--ticket"), QStringLiteral("INC0012345")});
        QCOMPARE(made.exitCode, 0);
        const QString link = made.out.trimmed();
        QCOMPARE(link, QStringLiteral("wsafix://diagnose?code=Socket%20error%20%23%2010056"
                                      "&process=Notepad%2B%2B%20Portable.exe&host=mail.example.com&port=587"
                                      "&ticket=INC0012345"));
        const WsafixRun checked = run({QStringLiteral("link"), QStringLiteral("check"), link});
        QCOMPARE(checked.exitCode, 0);
        QVERIFY2(checked.out.contains(QStringLiteral("Socket error # 10056 (WSAEISCONN, 10056)")),
                 qPrintable(checked.out));
        QVERIFY(checked.out.contains(QStringLiteral("Notepad++ Portable.exe")));
        QVERIFY(checked.out.contains(QStringLiteral("587")));
        QVERIFY(checked.out.contains(QStringLiteral("cannot apply a fix")));
        QVERIFY(checked.err.isEmpty());
    }

    void makeRefusesWhatTheParserWouldRefuse_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("host") << QStringList{QStringLiteral("--host"), QStringLiteral("a;rm -rf")}
                              << "--host 'a;rm -rf' may contain only";
        QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("0")}
                              << "--port '0' is not a port";
        QTest::newRow("code") << QStringList{QStringLiteral("--code"), QStringLiteral("99999")}
                              << "not an error code wsafix knows";
        QTest::newRow("ambiguous code") << QStringList{QStringLiteral("--code"), QStringLiteral("106")} << "ambiguous";
        QTest::newRow("path as process") << QStringList{QStringLiteral("--process"),
                                                        QStringLiteral("C:\\Windows\\cmd.exe")}
                                         << "no path";
        QTest::newRow("pid as process") << QStringList{QStringLiteral("--process"), QStringLiteral("4242")}
                                        << "not a process id";
        QTest::newRow("ticket") << QStringList{QStringLiteral("--ticket"), QStringLiteral("INC 1")}
                                << "--ticket 'INC 1' may contain only";
        QTest::newRow("long ticket") << QStringList{QStringLiteral("--ticket"), QString(65, QLatin1Char('A'))}
                                     << "longer than 64";
        QTest::newRow("json") << QStringList{QStringLiteral("--json")} << "--json is for link check";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--fix"), QStringLiteral("x")}
                                        << "unknown option '--fix'";
    }

    void makeRefusesWhatTheParserWouldRefuse()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const WsafixRun r = run(QStringList{QStringLiteral("link"), QStringLiteral("make")} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void checkRefusesWithExitTwo_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("message");
        QTest::newRow("fix action") << "wsafix://fix?id=winsock-reset"
                                    << "only action is 'diagnose'";
        QTest::newRow("unknown parameter") << "wsafix://diagnose?code=10056&snapshot=1"
                                           << "unknown parameter 'snapshot'";
        QTest::newRow("smuggled") << "wsafix://diagnose?code=10056%26fix%3Dall"
                                  << "smuggle a parameter";
        QTest::newRow("repeated") << "wsafix://diagnose?code=10056&code=10054"
                                  << "repeats the parameter 'code'";
        QTest::newRow("encoded CRLF") << "wsafix://diagnose?ticket=A%0D%0AB"
                                      << "carriage return";
        QTest::newRow("other scheme") << "https://example.com/"
                                      << "not a wsafix link";
    }

    void checkRefusesWithExitTwo()
    {
        QFETCH(QString, link);
        QFETCH(QString, message);
        const WsafixRun r = run({QStringLiteral("link"), QStringLiteral("check"), link});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("refused: ")) && r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());

        const WsafixRun j = run({QStringLiteral("link"), QStringLiteral("check"), link, QStringLiteral("--json")});
        QCOMPARE(j.exitCode, 2);
        const QJsonObject doc = QJsonDocument::fromJson(j.out.toUtf8()).object();
        QCOMPARE(doc.value(QStringLiteral("accepted")).toBool(true), false);
        QVERIFY(doc.value(QStringLiteral("error")).toString().contains(message));
    }

    void checkJsonOfAGoodLink()
    {
        const WsafixRun r = run({QStringLiteral("link"), QStringLiteral("check"), QStringLiteral("--json"),
                                 QStringLiteral("wsafix://diagnose?code=0x00002748&host=2001:db8::1&port=443")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(doc.value(QStringLiteral("schema")).toInt(), 1);
        QVERIFY(doc.value(QStringLiteral("accepted")).toBool());
        const QJsonObject prefill = doc.value(QStringLiteral("prefill")).toObject();
        QCOMPARE(prefill.value(QStringLiteral("host")).toString(), QStringLiteral("2001:db8::1"));
        QCOMPARE(prefill.value(QStringLiteral("port")).toInt(), 443);
        QCOMPARE(prefill.value(QStringLiteral("decoded")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("WSAEISCONN"));
        QVERIFY(prefill.value(QStringLiteral("process")).toString().isEmpty());
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no action") << QStringList{QStringLiteral("link")} << "say make or check";
        QTest::newRow("unknown action") << QStringList{QStringLiteral("link"), QStringLiteral("open")}
                                        << "unknown action 'open'";
        QTest::newRow("check without link")
            << QStringList{QStringLiteral("link"), QStringLiteral("check")} << "give one link";
        QTest::newRow("check with make option")
            << QStringList{QStringLiteral("link"), QStringLiteral("check"), QStringLiteral("--host"),
                           QStringLiteral("x"), QStringLiteral("wsafix://diagnose")}
            << "--host is for link make";
        QTest::newRow("two links") << QStringList{QStringLiteral("link"), QStringLiteral("check"),
                                                  QStringLiteral("wsafix://diagnose"),
                                                  QStringLiteral("wsafix://diagnose")}
                                   << "too many arguments";
    }

    void badUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const WsafixRun r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    // Without a display, a link given to the wizard prints what it would fill in (or why it is refused) and
    // opens nothing; the old "cannot open support links yet" refusal is gone.
    void wizardLinkWithoutDisplay()
    {
        const WsafixRun good = run({QStringLiteral("--scenario"), QStringLiteral("clean"),
                                    QStringLiteral("wsafix://diagnose?code=10056&ticket=INC1")});
        QCOMPARE(good.exitCode, 0);
        QVERIFY2(good.out.contains(QStringLiteral("INC1")), qPrintable(good.out));
        QVERIFY(good.err.contains(QStringLiteral("no display")));
        QVERIFY(!good.err.contains(QStringLiteral("cannot open support links")));

        const WsafixRun bad = run({QStringLiteral("WSAFIX://fix?id=winsock-reset")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("only action is 'diagnose'")), qPrintable(bad.err));
        const WsafixRun other = run({QStringLiteral("https://example.com/x")});
        QCOMPARE(other.exitCode, 2);
        QVERIFY2(other.err.contains(QStringLiteral("not a wsafix link")), qPrintable(other.err));
    }
};

QTEST_MAIN(TstLink)
#include "tst_link.moc"
