#include <QRegularExpression>
#include <QTest>

#include "WsafixProcess.h"

// The command line's human output in the language of --lang (or of the system), JSON never translated.
class TstI18n : public QObject
{
    Q_OBJECT

private:
    WsafixCli m_cli;

    static QProcessEnvironment withLanguage(const QString& lang)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), lang);
        env.insert(QStringLiteral("LC_ALL"), lang);
        env.remove(QStringLiteral("LANGUAGE"));
        return env;
    }

private slots:
    void decodeSpeaksGerman()
    {
        const WsafixRun r = m_cli.run(
            {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("decode"), QStringLiteral("10056")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Was es bedeutet")), qPrintable(r.out));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("Meldung: +Der Socket ist bereits verbunden\\."))));
        QVERIFY(r.out.contains(QStringLiteral("Das Programm hat versucht, eine Verbindung zu öffnen")));
        QVERIFY(r.out.contains(QStringLiteral("WSAEISCONN"))); // data stays as it is
        QVERIFY2(!r.out.contains(QStringLiteral("What it means")), qPrintable(r.out));
    }

    void languageComesFromTheSystemLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("heading");
        QTest::newRow("fr") << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("Ce que cela signifie");
        QTest::newRow("es") << QStringLiteral("es_ES.UTF-8") << QStringLiteral("Qué significa");
        QTest::newRow("unknown is English") << QStringLiteral("C") << QStringLiteral("What it means");
    }

    void languageComesFromTheSystemLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, heading);
        const WsafixRun r = m_cli.run({QStringLiteral("decode"), QStringLiteral("10056")}, withLanguage(locale));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(heading), qPrintable(r.out));
    }

    void langOverridesTheSystemLocale()
    {
        const WsafixRun r = m_cli.run(
            {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("decode"), QStringLiteral("10056")},
            withLanguage(QStringLiteral("de_DE.UTF-8")));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("What it means")), qPrintable(r.out));
    }

    void pluralsInEnglishToo()
    {
        const WsafixRun en = m_cli.run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--scenario"),
                                        QStringLiteral("lsp-adware"), QStringLiteral("detect")});
        QVERIFY2(en.out.contains(QStringLiteral(" sockets\n")) || en.out.contains(QStringLiteral(" socket\n")),
                 qPrintable(en.out));
        QVERIFY2(!en.out.contains(QStringLiteral("1 sockets")) && !en.out.contains(QStringLiteral("1 adapters,")),
                 qPrintable(en.out));
        const WsafixRun de = m_cli.run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--scenario"),
                                        QStringLiteral("lsp-adware"), QStringLiteral("detect")});
        QVERIFY2(de.out.contains(QStringLiteral("Prüfungen:")), qPrintable(de.out));
        QVERIFY2(de.out.contains(QStringLiteral("Ein Layered Service Provider eines Drittanbieters")),
                 qPrintable(de.out));
    }

    void jsonIsNeverTranslated()
    {
        const WsafixRun de = m_cli.run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("decode"),
                                        QStringLiteral("10056"), QStringLiteral("--json")});
        const WsafixRun en = m_cli.run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("decode"),
                                        QStringLiteral("10056"), QStringLiteral("--json")});
        QCOMPARE(de.exitCode, 0);
        QCOMPARE(de.out, en.out);
    }

    void usageErrorsSpeakTheLanguageToo()
    {
        const WsafixRun r =
            m_cli.run({QStringLiteral("--lang=fr"), QStringLiteral("decode"), QStringLiteral("--frob")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("option inconnue « --frob » pour « decode »")), qPrintable(r.err));
    }

    void unknownLanguageIsAUsageError()
    {
        const WsafixRun r = m_cli.run(
            {QStringLiteral("--lang"), QStringLiteral("tlh"), QStringLiteral("decode"), QStringLiteral("10056")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("unknown language 'tlh'")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("en, de, fr, es")));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstI18n)
#include "tst_i18n.moc"
