// `wsafix link make|check` and `wsafix 'wsafix://...'` without a display: what support staff and scripts see.
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
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

    // wsafix with exactly `args` (no --state-dir of the test's own), its default state under `home`;
    // `platform` set gives it a display.
    static WsafixRun alone(const QStringList& args, const QString& home = {}, const QString& platform = {})
    {
        QTemporaryDir scratch;
        const QString root = home.isEmpty() ? scratch.path() : home;
        QProcessEnvironment env = noDisplay();
        for (const char* name : {"HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
            env.insert(QLatin1String(name), root);
        if (!platform.isEmpty())
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(WSAFIX_EXE), args);
        if (!p.waitForFinished(20000)) {
            p.kill(); // a window opened: the link was not refused
            p.waitForFinished();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    const QString kGood = QStringLiteral("wsafix://diagnose?code=10056&ticket=INC1");

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
        for (const QStringList& args : {QStringList{QStringLiteral("--link"), kGood}, QStringList{kGood},
                                        QStringList{QStringLiteral("--link=") + kGood}}) {
            const WsafixRun good = alone(args);
            QCOMPARE(good.exitCode, 0);
            QVERIFY2(good.out.contains(QStringLiteral("INC1")), qPrintable(good.out));
            QVERIFY(good.err.contains(QStringLiteral("no display")));
            QVERIFY(!good.err.contains(QStringLiteral("cannot open support links")));
        }
        const WsafixRun bad = alone({QStringLiteral("WSAFIX://fix?id=winsock-reset")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("only action is 'diagnose'")), qPrintable(bad.err));
        const WsafixRun other = alone({QStringLiteral("https://example.com/x")});
        QCOMPARE(other.exitCode, 2);
        QVERIFY2(other.err.contains(QStringLiteral("not a wsafix link")), qPrintable(other.err));
        // --link takes the next argument whatever it is; the link grammar refuses an option there.
        const WsafixRun option = alone({QStringLiteral("--link"), QStringLiteral("--state-dir=/tmp")});
        QCOMPARE(option.exitCode, 2);
        QVERIFY2(option.err.contains(QStringLiteral("this is not a link")), qPrintable(option.err));
    }

    // A link stands alone: whatever else is on the command line, beside or smuggled by a link that broke the
    // handler's quoting, is refused with exit 2 and named; nothing is opened or written.
    void linkRefusesEveryOtherArgument_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        const QString link = kGood;
        const QString dir = QStringLiteral("/tmp/attacker");
        QTest::newRow("--state-dir after --link")
            << QStringList{QStringLiteral("--link"), link, QStringLiteral("--state-dir"), dir} << "'--state-dir'";
        QTest::newRow("--state-dir= after the link")
            << QStringList{link, QStringLiteral("--state-dir=") + dir} << "'--state-dir=/tmp/attacker'";
        QTest::newRow("--state-dir before --link")
            << QStringList{QStringLiteral("--state-dir"), dir, QStringLiteral("--link"), link} << "'/tmp/attacker'";
        QTest::newRow("--scenario before the link (the old form)")
            << QStringList{QStringLiteral("--scenario"), QStringLiteral("clean"), link} << "'--scenario' 'clean'";
        QTest::newRow("--resume") << QStringList{QStringLiteral("--link"), link, QStringLiteral("--resume"),
                                                 QStringLiteral("20260101-000000-0001")}
                                  << "'--resume'";
        QTest::newRow("--lang") << QStringList{QStringLiteral("--link=") + link, QStringLiteral("--lang=en")}
                                << "'--lang=en'";
        QTest::newRow("a command") << QStringList{link, QStringLiteral("fix"), QStringLiteral("winsock-reset")}
                                   << "'fix' 'winsock-reset'";
        // `"wsafix.exe" --link "%1"` with %1 = wsafix://diagnose?code=10056" --state-dir "C:\evil: Windows splits it.
        QTest::newRow("quote broken by the link")
            << QStringList{QStringLiteral("--link"), QStringLiteral("wsafix://diagnose?code=10056"),
                           QStringLiteral("--state-dir"), QStringLiteral("C:\\evil")}
            << "'--state-dir' 'C:\\evil'";
        // What a best-fit code page makes of a full-width quote (U+FF02) in an ANSI argv: the same split.
        QTest::newRow("full-width quote split")
            << QStringList{QStringLiteral("--link"), QStringLiteral("wsafix://diagnose?code=1"),
                           QStringLiteral("--scenario"), QStringLiteral("lsp-adware")}
            << "'--scenario' 'lsp-adware'";
        // A first argument that merely contains the link behind quotes or look-alikes is a link too.
        for (const QString& quote :
             {QStringLiteral("\""), QStringLiteral("'"), QString(QChar(0x201C)), QString(QChar(0x201D)),
              QString(QChar(0xFF02)), QString(QChar(0x2033)), QStringLiteral(" ")}) {
            const QString quoted = quote + link + quote;
            QTest::addRow("quoted U+%04X first", unsigned(quote.front().unicode()))
                << QStringList{quoted, QStringLiteral("--state-dir"), dir} << "'--state-dir'";
            QTest::addRow("quoted U+%04X later", unsigned(quote.front().unicode()))
                << QStringList{QStringLiteral("--state-dir"), dir, quoted} << "'--state-dir'";
        }
        QTest::newRow("mixed case, later")
            << QStringList{QStringLiteral("--scenario"), QStringLiteral("clean"), QStringLiteral("WsAfIx://diagnose")}
            << "'--scenario' 'clean'";
        QTest::newRow("second link") << QStringList{QStringLiteral("--link"), link,
                                                    QStringLiteral("wsafix://diagnose?code=10054")}
                                     << "'wsafix://diagnose?code=10054'";
        QTest::newRow("second --link") << QStringList{QStringLiteral("--link"), link, QStringLiteral("--link"), link}
                                       << "'--link'";
    }

    void linkRefusesEveryOtherArgument()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        QTemporaryDir home;
        const WsafixRun r = alone(args, home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("a support link must be the only argument; refused: ")) &&
                     r.err.contains(named),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(QDir(home.path()).isEmpty(), "nothing is written");
        // With a display as well: refused before any window or hand-over.
        const WsafixRun shown = alone(args, home.path(), QStringLiteral("offscreen"));
        QCOMPARE(shown.exitCode, 2);
        QVERIFY(shown.err.contains(named));
        QVERIFY(QDir(home.path()).isEmpty());
    }

    void emptyOrMissingLinkIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("--link") << QStringList{QStringLiteral("--link")} << "option '--link' needs a value";
        QTest::newRow("--link ''") << QStringList{QStringLiteral("--link"), QString()} << "the support link is empty";
        QTest::newRow("--link=") << QStringList{QStringLiteral("--link=")} << "the support link is empty";
    }

    void emptyOrMissingLinkIsRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const WsafixRun r = alone(args, {}, QStringLiteral("offscreen"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    // A link that itself carries option text is one argument and the link grammar refuses it.
    void optionsInsideTheLinkAreRefusedByTheGrammar_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("message");
        QTest::newRow("space") << "wsafix://diagnose?code=1 --state-dir=/tmp/x"
                               << "contains a space";
        QTest::newRow("parameter") << "wsafix://diagnose?code=10056&--state-dir=/tmp/x"
                                   << "unknown parameter '--state-dir'";
        QTest::newRow("encoded") << "wsafix://diagnose?code=1%20--scenario%20lsp-adware"
                                 << "";
        QTest::newRow("quote") << "wsafix://diagnose?code=1\"--state-dir=x"
                               << "";
        QTest::newRow("look-alike quote")
            << QStringLiteral("wsafix://diagnose?code=1") + QChar(0x201D) + QStringLiteral("--resume=x") << "non-ASCII";
        QTest::newRow("full-width quote")
            << QStringLiteral("wsafix://diagnose?code=1") + QChar(0xFF02) + QStringLiteral(" --state-dir=x")
            << "non-ASCII";
    }

    void optionsInsideTheLinkAreRefusedByTheGrammar()
    {
        QFETCH(QString, link);
        QFETCH(QString, message);
        const WsafixRun r = alone({QStringLiteral("--link"), link});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("refused: ")) && r.err.contains(message), qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("The link is valid")));
    }

    // What is accepted fills in only the intake fields, and what the link command checks is the same.
    void acceptedLinkPrefillsOnlyTheIntake()
    {
        const QString link = QStringLiteral("wsafix://diagnose?code=0x2748&process=App.exe&host=example.com"
                                            "&port=443&ticket=INC7");
        const WsafixRun r = alone({QStringLiteral("--link"), link});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, run({QStringLiteral("link"), QStringLiteral("check"), link}).out);
        for (const char* shown : {"App.exe", "example.com", "443", "INC7", "cannot apply a fix"})
            QVERIFY2(r.out.contains(QLatin1String(shown)), shown);
    }

    // `link check` is the one place a link may sit beside other arguments: it is only checked.
    void linkCheckKeepsItsArguments()
    {
        const WsafixRun r =
            run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("link"), QStringLiteral("check"),
                 QStringLiteral("--json"), QStringLiteral("\"wsafix://diagnose")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("not a wsafix link")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("only argument")));
    }
};

QTEST_MAIN(TstLink)
#include "tst_link.moc"
