// Report page: the full report rendered from the record, exports in four formats (redacted unless the full detail
// is ticked), Copy summary, and a PDF of a real session checked with poppler (page count, text); the planted
// secrets of tests/planted in none of the summary and the PDF by default.
#include "GuiTestSupport.h"
#include "PdfReport.h"
#include "ReportPage.h"
#include "ReportSessions.h"

#include "diagnostics/InventoryJson.h"

#include <nlohmann/json.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>

using namespace wsafix;
using namespace wsafix::test;

namespace {

// The report is made off the GUI thread; the page says when it is ready.
bool waitForReport(WizardFixture& f)
{
    auto* page = f.wizard->findChild<ReportPage*>();
    return QTest::qWaitFor([page] { return page->isReady(); }, 30000);
}

bool toReport(WizardFixture& f)
{
    return clickForward(*f.wizard) && waitForNext(*f.wizard) && clickForward(*f.wizard) && waitForNext(*f.wizard) &&
           clickForward(*f.wizard) && waitForPage(*f.wizard, WsafixWizard::Page_Verify) && waitForNext(*f.wizard) &&
           clickForward(*f.wizard) && f.wizard->currentId() == WsafixWizard::Page_Report && waitForReport(f);
}

Intake intake()
{
    Intake in;
    in.code = "0x00002748";
    in.host = "example.com";
    in.port = 443;
    in.ticket = "INC0012345";
    return in;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs a poppler tool; its stdout, or a failure naming what went wrong.
QString poppler(const QString& tool, const QStringList& args, bool* ok)
{
    QProcess p;
    p.start(tool, args);
    *ok = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!*ok)
        return tool + QStringLiteral(" failed: ") + p.errorString() + QString::fromLocal8Bit(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestReportPage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QVERIFY2(leakedTopLevelWidgets().isEmpty(), qPrintable(leakedTopLevelWidgets().join(u','))); }

    void summaryComesFromTheRecord()
    {
        WizardFixture f("lsp-adware", intake());
        QVERIFY(toReport(f));
        const QString text = f.find<QTextBrowser>("report.summary")->toPlainText();
        QVERIFY(text.contains(QString::fromStdString(f.record().id)));
        QVERIFY(text.contains(QStringLiteral("INC0012345")));
        QVERIFY(text.contains(QStringLiteral("layered service provider")));
        QVERIFY(text.contains(QStringLiteral("remove-provider:1010")));
        QVERIFY(text.contains(QStringLiteral("WSAEISCONN")));
        QVERIFY(text.contains(QStringLiteral("Fixed")));
        QVERIFY(text.contains(QStringLiteral("What to do next")));
        QVERIFY(text.contains(QStringLiteral("Timeline")));
        QVERIFY(f.find<QTextBrowser>("report.summary")->isReadOnly());
        screenshot(*f.wizard, QStringLiteral("5-report"), f.stateDir.path());
    }

    // The preview wraps like a page: no horizontal scrolling for the reports of the built-in scenarios, at any of
    // these widths (tables at 100 % overflowed by their border and rounding).
    void previewNeedsNoHorizontalScrolling_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("width");
        for (const char* scenario : {"lsp-adware", "orphaned-lsp", "socket-exhaustion", "static-ip"})
            for (const int width : {1280, 1080, 1000, 900, 800})
                QTest::addRow("%s %d", scenario, width) << QString::fromLatin1(scenario) << width;
    }

    void previewNeedsNoHorizontalScrolling()
    {
        QFETCH(QString, scenario);
        QFETCH(int, width);
        Intake in = intake();
        in.process = "chrome.exe";
        WizardFixture f(scenario.toStdString(), in);
        f.wizard->resize(width, 720);
        QVERIFY(toReport(f));
        auto* preview = f.find<QTextBrowser>("report.summary");
        QTest::qWait(50); // the document is laid out at the preview's width
        screenshot(*f.wizard, QStringLiteral("report-%1-%2").arg(scenario).arg(width), f.stateDir.path());
        QCOMPARE(preview->horizontalScrollBar()->maximum(), 0);
    }

    void copySummaryIsMarkdown()
    {
        WizardFixture f("lsp-adware", intake());
        QVERIFY(toReport(f));
        QApplication::clipboard()->clear();
        QTest::mouseClick(f.find<QPushButton>("report.copySummary"), Qt::LeftButton);
        const QString md = QApplication::clipboard()->text();
        QVERIFY(md.startsWith(QStringLiteral("## wsafix session ")));
        QVERIFY(md.contains(QStringLiteral("- **Ticket:** INC0012345")));
        QVERIFY(md.contains(QStringLiteral("- **Verdict:** Fixed")));
        QVERIFY(md.contains(QStringLiteral("`remove-provider:1010`: applied")));
        QVERIFY(md.contains(QStringLiteral("### What to do next")));
        QVERIFY(md.count(u'\n') <= 60);
        QVERIFY(f.find<QLabel>("report.status")->text().contains(QStringLiteral("clipboard")));
    }

    void exportButtonsWriteEachFormat()
    {
        WizardFixture f("lsp-adware", intake());
        QVERIFY(toReport(f));
        QTest::mouseClick(f.find<QCheckBox>("report.unredacted"), Qt::LeftButton); // the full detail
        QVERIFY(waitForReport(f));
        auto* page = f.wizard->findChild<ReportPage*>();
        const QString folder = f.stateDir.filePath(QStringLiteral("reports"));
        page->setExportFolder(folder);
        QVERIFY(f.find<QLabel>("report.folder")->text().contains(QDir::toNativeSeparators(folder)));
        const QString id = QString::fromStdString(f.record().id);
        for (const char* format : {"html", "pdf", "md", "json"}) {
            QTest::mouseClick(
                f.wizard->findChild<QPushButton*>(QStringLiteral("report.export.") + QLatin1String(format)),
                Qt::LeftButton);
            const QString path = QDir(folder).filePath(QStringLiteral("wsafix-%1.%2").arg(id, QLatin1String(format)));
            QCOMPARE(page->lastWritten(), path);
            QVERIFY2(QFile::exists(path), qPrintable(path));
            QVERIFY(f.find<QLabel>("report.status")->text().contains(QDir::toNativeSeparators(path)));
        }
        QVERIFY(readAll(QDir(folder).filePath(QStringLiteral("wsafix-%1.html").arg(id))).startsWith("<!DOCTYPE html>"));
        QVERIFY(readAll(QDir(folder).filePath(QStringLiteral("wsafix-%1.pdf").arg(id))).startsWith("%PDF-"));
        QVERIFY(readAll(QDir(folder).filePath(QStringLiteral("wsafix-%1.md").arg(id))).startsWith("## wsafix session"));
        const auto json = nlohmann::json::parse(
            readAll(QDir(folder).filePath(QStringLiteral("wsafix-%1.json").arg(id))).toStdString());
        QCOMPARE(json.get<SessionRecord>(), f.record());
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 4); // no temporary files left behind
        QVERIFY(f.find<QPushButton>("report.openFolder")->isEnabled());
    }

    void exportReportsFailureAndWritesNothing()
    {
        WizardFixture f("clean");
        QVERIFY(toReport(f));
        const QString blocker = f.stateDir.filePath(QStringLiteral("a-file"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto* page = f.wizard->findChild<ReportPage*>();
        QVERIFY(!page->exportTo(ReportFormat::Pdf, blocker + QStringLiteral("/x.pdf")));
        QVERIFY(f.find<QLabel>("report.status")->text().startsWith(QStringLiteral("Could not save")));
        QVERIFY(page->lastWritten().isEmpty());
    }

    void redactedByDefaultFullDetailOneClickAway()
    {
        WizardFixture f("lsp-adware", intake());
        QVERIFY(toReport(f));
        const QString host = QString::fromStdString(f.record().system.hostname);
        const QString user = QString::fromStdString(f.record().system.user);
        QVERIFY(!host.isEmpty() && !user.isEmpty());
        auto* preview = f.find<QTextBrowser>("report.summary");
        auto* full = f.find<QCheckBox>("report.unredacted");
        QVERIFY(!full->isChecked());
        QVERIFY(f.find<QLabel>("report.mode")->text().startsWith(QStringLiteral("Redacted: ")));
        QVERIFY(f.find<QLabel>("report.mode")->text().contains(QStringLiteral("<host-1>")));
        QVERIFY(!preview->toPlainText().contains(host, Qt::CaseInsensitive));
        QVERIFY(!preview->toPlainText().contains(user, Qt::CaseInsensitive));
        QVERIFY(!preview->toPlainText().contains(QStringLiteral("example.com")));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("<host-1>")));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("layered service provider")));
        QTest::mouseClick(f.find<QPushButton>("report.copySummary"), Qt::LeftButton);
        QVERIFY(!QApplication::clipboard()->text().contains(host, Qt::CaseInsensitive));
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("personal data redacted")));
        QVERIFY(f.find<QLabel>("report.status")->text().contains(QStringLiteral("redacted")));
        auto* page = f.wizard->findChild<ReportPage*>();
        page->setExportFolder(f.stateDir.filePath(QStringLiteral("out")));
        QTest::mouseClick(f.wizard->findChild<QPushButton*>(QStringLiteral("report.export.md")), Qt::LeftButton);
        QVERIFY(page->lastWritten().endsWith(QStringLiteral("-redacted.md")));
        QVERIFY(!QString::fromUtf8(readAll(page->lastWritten())).contains(host, Qt::CaseInsensitive));

        // One click for the full detail, and the page says so.
        QTest::mouseClick(full, Qt::LeftButton);
        QVERIFY(!f.find<QPushButton>("report.copySummary")->isEnabled()); // no copy of the old report meanwhile
        QVERIFY(waitForReport(f));
        QVERIFY(f.find<QLabel>("report.mode")->text().startsWith(QStringLiteral("Not redacted: ")));
        QVERIFY(preview->toPlainText().contains(host));
        QTest::mouseClick(f.find<QPushButton>("report.copySummary"), Qt::LeftButton);
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("example.com")));
        screenshot(*f.wizard, QStringLiteral("5-report-full-detail"), f.stateDir.path());
        // The session itself keeps the real values.
        QCOMPARE(QString::fromStdString(f.record().system.hostname), host);
    }

    // The secrets planted in pastes and notes (tests/planted) are in neither the summary nor the PDF's text by
    // default, and are there with the full detail (so that this test can fail).
    void plantedSecretsInNeitherSummaryNorPdf()
    {
        WizardFixture f("lsp-adware", intake());
        QVERIFY(toReport(f));
        const SessionRecord planted = test::pastedSecretsSession();
        f.record() = planted;
        auto* page = f.wizard->findChild<ReportPage*>();
        page->initializePage();
        QVERIFY(waitForReport(f));
        screenshot(*f.wizard, QStringLiteral("5-report-redacted"), f.stateDir.path());
        for (const bool full : {false, true}) {
            if (full) {
                QTest::mouseClick(f.find<QCheckBox>("report.unredacted"), Qt::LeftButton);
                QVERIFY(waitForReport(f));
            }
            QTest::mouseClick(f.find<QPushButton>("report.copySummary"), Qt::LeftButton);
            const QString summary = QApplication::clipboard()->text();
            const QString pdf = f.stateDir.filePath(full ? QStringLiteral("full.pdf") : QStringLiteral("redacted.pdf"));
            QVERIFY(page->exportTo(ReportFormat::Pdf, pdf));
            bool ok = false;
            const QString text = poppler(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, &ok);
            QVERIFY2(ok, qPrintable(text));
            // pdftotext breaks lines where the page does: look at the text with and without its line breaks.
            const QString flat = text.simplified();
            const QString joined = QString(text).remove(u'\n');
            QStringList inPdf, inSummary;
            for (const auto& secret : test::pastedSecrets()) {
                const QString s = QString::fromStdString(secret);
                if (flat.contains(s, Qt::CaseInsensitive) || joined.contains(s, Qt::CaseInsensitive))
                    inPdf << s;
                if (summary.contains(s, Qt::CaseInsensitive))
                    inSummary << s;
            }
            if (full) {
                QVERIFY2(inPdf.size() == int(test::pastedSecrets().size()), qPrintable(inPdf.join(u',')));
                QVERIFY2(!inSummary.isEmpty(), qPrintable(summary));
            } else {
                QVERIFY2(inPdf.isEmpty(), qPrintable(inPdf.join(u',')));
                QVERIFY2(inSummary.isEmpty(), qPrintable(inSummary.join(u',')));
                QVERIFY(flat.contains(QStringLiteral("WSAEISCONN")));
            }
        }
    }

    void pdfOfARealSessionHasPagesFindingsAndVerdict()
    {
        WizardFixture f("lsp-adware", intake());
        QVERIFY(toReport(f));
        QTest::mouseClick(f.find<QCheckBox>("report.unredacted"), Qt::LeftButton); // compared with the record
        QVERIFY(waitForReport(f));
        auto* page = f.wizard->findChild<ReportPage*>();
        const QString pdf = f.stateDir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(page->exportTo(ReportFormat::Pdf, pdf));
        bool ok = false;
        // For a person to look at: WSAFIX_SCREENSHOT_DIR=/some/dir keeps PNGs of the pages.
        const QString shots = qEnvironmentVariable("WSAFIX_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QDir().mkpath(shots);
            const QString out = poppler(QStringLiteral("pdftoppm"),
                                        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), pdf,
                                         QDir(shots).filePath(QStringLiteral("report-page"))},
                                        &ok);
            QVERIFY2(ok, qPrintable(out));
        }

        const QString info = poppler(QStringLiteral("pdfinfo"), {pdf}, &ok);
        QVERIFY2(ok, qPrintable(info));
        const auto pagesMatch = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY2(pagesMatch.hasMatch(), qPrintable(info));
        const int pages = pagesMatch.captured(1).toInt();
        QVERIFY2(pages >= 2, qPrintable(info)); // the catalog, sockets and timeline do not fit on one A4 page
        QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));

        const QString text = poppler(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, &ok);
        QVERIFY2(ok, qPrintable(text));
        const QString flat = text.simplified(); // lines wrap where the page ends them
        for (const auto& finding : f.record().findings)
            QVERIFY2(flat.contains(QString::fromStdString(finding.title)), finding.title.c_str());
        QVERIFY(text.contains(QStringLiteral("Fixed")));
        QVERIFY(flat.contains(QString::fromStdString(f.record().verification->reason)));
        QVERIFY(text.contains(QStringLiteral("WSAEISCONN")));
        QVERIFY(text.contains(QStringLiteral("page 1 of %1").arg(pages)));
        QVERIFY(text.contains(QStringLiteral("page %1 of %1").arg(pages)));
        QCOMPARE(text.count(u'\f'), pages); // pdftotext ends every page with a form feed
    }
};

QTEST_MAIN(TestReportPage)
#include "tst_reportpage.moc"
