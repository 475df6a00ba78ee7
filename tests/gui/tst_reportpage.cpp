// Report page: the summary rendered from the record, Copy summary (Markdown) and the session JSON.
#include "GuiTestSupport.h"
#include "ReportPage.h"

#include "diagnostics/InventoryJson.h"

#include <nlohmann/json.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>

using namespace wsafix;
using namespace wsafix::test;

namespace {

bool toReport(WizardFixture& f)
{
    return clickForward(*f.wizard) && waitForNext(*f.wizard) && clickForward(*f.wizard) && clickForward(*f.wizard) && waitForNext(*f.wizard) &&
           clickForward(*f.wizard) && f.wizard->currentId() == WsafixWizard::Page_Report;
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
        QVERIFY(text.contains(QStringLiteral("Fixed")));
        QVERIFY(text.contains(QStringLiteral("Timeline")));
        QVERIFY(f.find<QTextBrowser>("report.summary")->isReadOnly());
        screenshot(*f.wizard, QStringLiteral("5-report"), f.stateDir.path());
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
        QVERIFY(f.find<QLabel>("report.status")->text().contains(QStringLiteral("clipboard")));
    }

    void saveJsonWritesTheRecord()
    {
        WizardFixture f("lsp-adware", intake());
        QVERIFY(toReport(f));
        const QString path = f.stateDir.filePath(QStringLiteral("export.json"));
        QVERIFY(f.wizard->findChild<ReportPage*>()->saveJson(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const SessionRecord loaded = nlohmann::json::parse(file.readAll().toStdString()).get<SessionRecord>();
        QCOMPARE(loaded.id, f.record().id);
        QCOMPARE(loaded.actions, f.record().actions);
        QVERIFY(loaded.verification.has_value());
    }

    void saveJsonReportsFailure()
    {
        WizardFixture f("clean");
        QVERIFY(toReport(f));
        QVERIFY(
            !f.wizard->findChild<ReportPage*>()->saveJson(f.stateDir.filePath(QStringLiteral("no/such/dir/x.json"))));
        QVERIFY(f.find<QLabel>("report.status")->text().startsWith(QStringLiteral("Could not save")));
    }
};

QTEST_MAIN(TestReportPage)
#include "tst_reportpage.moc"
