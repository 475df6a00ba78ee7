// `wsafix report`: every format from a session made by `wsafix detect`, usage errors that write nothing, the JSON
// report loading back as the session, and --redact hiding planted personal values in all four formats.
#include "WsafixProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

QStringList args(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* a : list)
        out << QString::fromUtf8(a);
    return out;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The text of a PDF, through poppler's pdftotext.
QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("pdftotext failed: ") + p.errorString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Personal values planted everywhere a real machine has them (data/planted-scenario.json): host, user, user folder,
// addresses, MACs, an SSID in an adapter description and an event message, the target's domain.
const char* const kPlanted[] = {"mkowalski",         "FINANCE-PC-0042",   "intranet.corp-example.net",
                                "192.168.77.42",     "10.20.30.40",       "2001:db8:abcd:12::42",
                                "3c:52:82:aa:bb:cc", "3C-52-82-DD-EE-FF", "CoffeeShop-5G Guest"};

// data/planted-scenario.json: the same values in a scenario file.

} // namespace

class TstReport : public QObject
{
    Q_OBJECT

private:
    using Run = WsafixRun;

    QString file(const WsafixCli& cli, const char* name) const
    {
        return QDir(cli.stateDir()).filePath(QString::fromUtf8(name));
    }

private slots:
    void help()
    {
        WsafixCli cli;
        const Run r = cli.run(args({"report", "--help"}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--redact")));
        QVERIFY(r.out.contains(QStringLiteral("-o, --output")));
        QVERIFY(cli.run(args({"--help"})).out.contains(QStringLiteral("report ")));
    }

    void badInputExitsTwoAndWritesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no session chosen") << args({"report", "--format", "html", "-o", "out.html"})
                                           << QStringLiteral("give either --last or --session ID");
        QTest::newRow("both") << args({"report", "--last", "--session", "x", "-o", "out.html"})
                              << QStringLiteral("give either --last or --session ID");
        QTest::newRow("no output") << args({"report", "--last", "--format", "md"}) << QStringLiteral("-o FILE");
        QTest::newRow("unknown format") << args({"report", "--last", "--format", "docx", "-o", "out.docx"})
                                        << QStringLiteral("unknown format 'docx' (html, pdf, json, md)");
        QTest::newRow("format not told") << args({"report", "--last", "-o", "out.txt"})
                                         << QStringLiteral("give --format");
        QTest::newRow("pdf to stdout") << args({"report", "--last", "--format", "pdf", "-o", "-"})
                                       << QStringLiteral("cannot go to standard output");
        QTest::newRow("unknown session") << args({"report", "--session", "20200101-000000-dead", "-o", "out.md"})
                                         << QStringLiteral("no session '20200101-000000-dead'");
        QTest::newRow("hostile session id") << args({"report", "--session", "../../etc/passwd", "-o", "out.md"})
                                            << QStringLiteral("is not a session id");
        QTest::newRow("unwritable output") << args({"report", "--last", "--format", "pdf", "-o", "blocker/out.pdf"})
                                           << QStringLiteral("cannot write the report");
        QTest::newRow("output is a folder")
            << args({"report", "--last", "--format", "html", "-o", "sessions"}) << QStringLiteral("is a folder");
    }

    void badInputExitsTwoAndWritesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        WsafixCli cli;
        QCOMPARE(cli.run(args({"--scenario", "lsp-adware", "detect"})).exitCode, 1);
        QFile blocker(file(cli, "blocker"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        // Relative output paths are relative to the state directory here, so that nothing lands elsewhere.
        for (auto& a : arguments)
            if (a.startsWith(QStringLiteral("out.")) || a.startsWith(QStringLiteral("blocker/")) ||
                a == QStringLiteral("sessions"))
                a = QDir(cli.stateDir()).filePath(a);
        const QStringList before = QDir(cli.stateDir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        const Run r = cli.run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(QDir(cli.stateDir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
    }

    void noSessionYet()
    {
        WsafixCli cli;
        const Run r = cli.run(args({"report", "--last", "-o", "-", "--format", "md"}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("run wsafix detect first")), qPrintable(r.err));
    }

    void everyFormatOfTheLastSession()
    {
        WsafixCli cli;
        QCOMPARE(cli.run(args({"--scenario", "lsp-adware", "detect", "--process", "OUTLOOK.EXE"})).exitCode, 1);
        for (const char* format : {"html", "pdf", "json", "md"}) {
            const QString out = file(cli, "report.") + QLatin1String(format);
            const Run r = cli.run({QStringLiteral("report"), QStringLiteral("--last"), QStringLiteral("-o"), out});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.startsWith(QStringLiteral("Wrote ") + out), qPrintable(r.out + r.err));
        }
        QVERIFY(readAll(file(cli, "report.html")).startsWith("<!DOCTYPE html>"));
        QVERIFY(readAll(file(cli, "report.pdf")).startsWith("%PDF-"));
        const QString pdf = pdfText(file(cli, "report.pdf")).simplified();
        QVERIFY2(pdf.contains(QStringLiteral("A third-party layered service provider sits in the Winsock catalog")),
                 qPrintable(pdf));
        QVERIFY(pdf.contains(QStringLiteral("Not verified")));
        QVERIFY(pdf.contains(QStringLiteral("page 1 of ")));
        const QString md = QString::fromUtf8(readAll(file(cli, "report.md")));
        QVERIFY(md.contains(QStringLiteral("- **Verdict:** Not verified")));
        QVERIFY(md.count(u'\n') <= 60);

        // Standard output for the text formats.
        const Run stdoutRun = cli.run(args({"report", "--last", "--format", "md", "-o", "-"}));
        QCOMPARE(stdoutRun.exitCode, 0);
        QVERIFY(stdoutRun.out.startsWith(QStringLiteral("## wsafix session ")));
        QVERIFY(stdoutRun.out.contains(QStringLiteral("- **Verdict:** Not verified")));
        QVERIFY(!stdoutRun.out.contains(QStringLiteral("Wrote ")));
    }

    void jsonReportLoadsBackAsTheSession()
    {
        WsafixCli cli;
        QCOMPARE(cli.run(args({"--scenario", "app-reconnect-bug", "detect", "--process", "OrderSync.exe"})).exitCode,
                 1);
        const QStringList sessions = QDir(file(cli, "sessions")).entryList({QStringLiteral("*.json")});
        QCOMPARE(sessions.size(), 1);
        const QString id = sessions.front().chopped(5);
        const QString out = file(cli, "r.json");
        QCOMPARE(
            cli.run({QStringLiteral("report"), QStringLiteral("--session"), id, QStringLiteral("-o"), out}).exitCode,
            0);
        QJsonObject report = QJsonDocument::fromJson(readAll(out)).object();
        const QJsonObject meta = report.take(QStringLiteral("report")).toObject();
        QCOMPARE(meta.value(QStringLiteral("schema")).toString(), QStringLiteral("wsafix.report/1"));
        QCOMPARE(report, QJsonDocument::fromJson(readAll(file(cli, "sessions/") + sessions.front())).object());

        // And wsafix itself reads it back as a session: put it in a state directory and report from it.
        WsafixCli other;
        QDir().mkpath(file(other, "sessions"));
        QVERIFY(QFile::copy(out, file(other, "sessions/") + sessions.front()));
        const Run again = other.run({QStringLiteral("report"), QStringLiteral("--session"), id, QStringLiteral("-o"),
                                     QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("md")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(QStringLiteral("## wsafix session ") + id));
    }

    void redactHidesPlantedValuesInEveryFormat()
    {
        WsafixCli cli;
        const QString scenario = QStringLiteral(WSAFIX_SOURCE_DIR "/tests/cli/data/planted-scenario.json");
        const Run detect =
            cli.run({QStringLiteral("--scenario"), scenario, QStringLiteral("detect"), QStringLiteral("--process"),
                     QStringLiteral("OrderSync.exe"), QStringLiteral("--host"),
                     QStringLiteral("intranet.corp-example.net"), QStringLiteral("--port"), QStringLiteral("443")});
        QCOMPARE(detect.exitCode, 1);
        for (const bool redact : {false, true}) {
            for (const char* format : {"html", "pdf", "json", "md"}) {
                const QString out = file(cli, redact ? "redacted." : "plain.") + QLatin1String(format);
                QStringList a{QStringLiteral("report"), QStringLiteral("--last"), QStringLiteral("-o"), out};
                a << (redact ? QStringLiteral("--redact") : QStringLiteral("--no-redact"));
                QCOMPARE(cli.run(a).exitCode, 0);
                const QString text = QLatin1String(format) == QLatin1String("pdf") ? pdfText(out).simplified()
                                                                                   : QString::fromUtf8(readAll(out));
                int found = 0;
                for (const char* value : kPlanted)
                    found += text.contains(QString::fromUtf8(value), Qt::CaseInsensitive) ? 1 : 0;
                if (redact) {
                    QVERIFY2(found == 0, qPrintable(QStringLiteral("%1: %2 planted values left").arg(out).arg(found)));
                    QVERIFY2(text.contains(QStringLiteral("host-1")), qPrintable(out));
                } else {
                    // The values are really there without --redact, so the check above can fail.
                    QVERIFY2(found >= 3, qPrintable(QStringLiteral("%1: only %2 planted values").arg(out).arg(found)));
                }
            }
        }
    }

    // The Markdown summary goes into tickets: redacted unless --no-redact; the other formats only with --redact.
    void markdownIsRedactedByDefault()
    {
        WsafixCli cli;
        QCOMPARE(cli.run(args({"--scenario", "lsp-adware", "detect", "--process", "OUTLOOK.EXE"})).exitCode, 1);
        const Run md = cli.run(args({"report", "--last", "--format", "md", "-o", "-"}));
        QCOMPARE(md.exitCode, 0);
        QVERIFY2(md.out.contains(QStringLiteral("personal data redacted")), qPrintable(md.out));
        const Run full = cli.run(args({"report", "--last", "--format", "md", "--no-redact", "-o", "-"}));
        QCOMPARE(full.exitCode, 0);
        QVERIFY(!full.out.contains(QStringLiteral("personal data redacted")));
        const Run json = cli.run(args({"report", "--last", "--format", "json", "-o", "-"}));
        QVERIFY(json.out.contains(QStringLiteral("\"redacted\": false")));
        const Run both = cli.run(args({"report", "--last", "--format", "md", "--redact", "--no-redact", "-o", "-"}));
        QCOMPARE(both.exitCode, 2);
        QVERIFY2(both.err.contains(QStringLiteral("give --redact or --no-redact, not both")), qPrintable(both.err));
    }

    // A session made by `wsafix analyze` from pastes seeded with secrets (tests/planted), with the technician's
    // notes: no secret in any redacted format, the PDF's text included; the unredacted ones have them.
    void plantedSecretsOfPastesInNoRedactedFormat()
    {
        WsafixCli cli;
        const QString planted = QStringLiteral(WSAFIX_SOURCE_DIR "/tests/planted/");
        // The failing program named, so that the report lists its sockets in full.
        const Run analyze = cli.run({QStringLiteral("analyze"), QStringLiteral("--process"),
                                     QStringLiteral("OrderSync.exe"), planted + QStringLiteral("ipconfig-all.txt"),
                                     planted + QStringLiteral("event.txt"), planted + QStringLiteral("netstat.txt")});
        QVERIFY2(analyze.exitCode == 0 || analyze.exitCode == 1, qPrintable(analyze.err));
        // The notes, as a technician adds them to the session.
        const QStringList sessions = QDir(file(cli, "sessions")).entryList({QStringLiteral("*.json")});
        QCOMPARE(sessions.size(), 1);
        const QString sessionFile = file(cli, "sessions/") + sessions.front();
        QJsonObject session = QJsonDocument::fromJson(readAll(sessionFile)).object();
        QJsonArray timeline = session.value(QStringLiteral("timeline")).toArray();
        for (const auto& line : QString::fromUtf8(readAll(planted + QStringLiteral("notes.txt"))).split(u'\n'))
            if (!line.isEmpty())
                timeline.append(QJsonObject{{QStringLiteral("time"), QStringLiteral("2026-11-24T08:10:00Z")},
                                            {QStringLiteral("what"), line}});
        session.insert(QStringLiteral("timeline"), timeline);
        QFile out(sessionFile);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(session).toJson());
        out.close();

        QStringList secrets;
        for (const auto& line : QString::fromUtf8(readAll(planted + QStringLiteral("secrets.txt"))).split(u'\n'))
            if (!line.isEmpty())
                secrets << line;
        QVERIFY(secrets.size() >= 30);
        for (const bool redact : {true, false}) {
            for (const char* format : {"pdf", "html", "json", "md"}) {
                const QString path = file(cli, redact ? "redacted." : "full.") + QLatin1String(format);
                const Run r = cli.run({QStringLiteral("report"), QStringLiteral("--last"), QStringLiteral("-o"), path,
                                       redact ? QStringLiteral("--redact") : QStringLiteral("--no-redact")});
                QCOMPARE(r.exitCode, 0);
                QString text =
                    QLatin1String(format) == QLatin1String("pdf") ? pdfText(path) : QString::fromUtf8(readAll(path));
                // pdftotext breaks lines where the page does; JSON doubles backslashes.
                text +=
                    QString(text).remove(u'\n') + QString(text).replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
                QStringList found;
                for (const auto& secret : secrets)
                    if (text.contains(secret, Qt::CaseInsensitive))
                        found << secret;
                if (redact) {
                    QVERIFY2(found.isEmpty(), qPrintable(path + QStringLiteral(": ") + found.join(u',')));
                    // The notes' error survives (the summary has no notes; it says it is redacted).
                    QVERIFY2(text.contains(QLatin1String(format) == QLatin1String("md")
                                               ? QStringLiteral("personal data redacted")
                                               : QStringLiteral("WSAEISCONN")),
                             qPrintable(path));
                } else if (QLatin1String(format) != QLatin1String("md")) {
                    QVERIFY2(found.size() == secrets.size(),
                             qPrintable(path + QStringLiteral(" has only ") + found.join(u',')));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TstReport)
#include "tst_report.moc"
