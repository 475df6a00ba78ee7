// "Analyze pasted output": recognition shown as the text is pasted or files are added, and the pasted machine's
// inventory and findings on the Detect page instead of this machine's, with the record saying where they came from.
#include "AnalyzeDialog.h"
#include "FindingsView.h"
#include "GuiTestSupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace wsafix;
using namespace wsafix::test;

namespace {

QString fixturePath(const char* name)
{
    return QStringLiteral(WSAFIX_SOURCE_DIR "/../shared/fixtures/") + QString::fromUtf8(name);
}

QString fixtureText(const char* name)
{
    QFile f(fixturePath(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QStringList items(const AnalyzeDialog& d, const QString& role)
{
    QStringList out;
    const auto* list = d.findChild<QListWidget*>(QStringLiteral("analyze.results"));
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == role)
            out << list->item(i)->text();
    return out;
}

} // namespace

class TestAnalyzeDialog : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QVERIFY2(leakedTopLevelWidgets().isEmpty(), qPrintable(leakedTopLevelWidgets().join(u','))); }

    void pastedTextIsRecognisedAsItArrives()
    {
        AnalyzeDialog d;
        auto* use = d.findChild<QPushButton*>(QStringLiteral("analyze.use"));
        QVERIFY(!use->isEnabled());
        d.findChild<QPlainTextEdit*>(QStringLiteral("analyze.text"))->setPlainText(fixtureText("winsock-catalog/05.txt"));
        QTRY_VERIFY(use->isEnabled()); // analysed shortly after the text changes
        const QStringList recognised = items(d, QStringLiteral("recognised"));
        QCOMPARE(recognised.size(), 1);
        QVERIFY2(recognised[0].contains(QStringLiteral("netsh winsock show catalog")), qPrintable(recognised[0]));
        QVERIFY(items(d, QStringLiteral("unparsed")).isEmpty());

        d.findChild<QPlainTextEdit*>(QStringLiteral("analyze.text"))->setPlainText(QStringLiteral("hello\nworld"));
        d.reanalyse();
        QVERIFY(!use->isEnabled());
        QVERIFY(d.findChild<QLabel*>(QStringLiteral("analyze.summary"))->text().contains(QStringLiteral("No command output")));
        QCOMPARE(items(d, QStringLiteral("unparsed")).size(), 1);
    }

    void filesInOtherCodePagesAndUnusedLines()
    {
        AnalyzeDialog d;
        QVERIFY(d.addFile(fixturePath("ipconfig/01.txt"))); // Spanish, code page 850
        QVERIFY(d.addFile(fixturePath("ipconfig-all/09.txt"))); // Chinese, GBK
        QVERIFY(!d.addFile(QStringLiteral("/nonexistent/paste.txt")));
        QVERIFY(d.findChild<QLabel*>(QStringLiteral("analyze.summary"))->text().contains(QStringLiteral("cannot be read")));
        QCOMPARE(d.analyses().size(), 2u);
        QCOMPARE(d.analyses()[0].encoding, std::string("cp850"));
        QCOMPARE(d.analyses()[1].encoding, std::string("cp936"));
        const QStringList unparsed = items(d, QStringLiteral("unparsed"));
        QCOMPARE(unparsed.size(), 1);
        QVERIFY2(unparsed[0].contains(QStringLiteral("line 61")), qPrintable(unparsed[0]));
        QVERIFY(items(d, QStringLiteral("recognised")).join(u'\n').contains(QStringLiteral("ipconfig /all")));
        const QString dir = QString::fromLocal8Bit(qgetenv("WSAFIX_SCREENSHOT_DIR"));
        if (!dir.isEmpty()) {
            d.show();
            QVERIFY(QTest::qWaitForWindowExposed(&d));
            screenshot(d, QStringLiteral("analyze-dialog"), dir);
        }
    }

    void detectShowsThePastedMachine()
    {
        WizardFixture f("clean");
        // The intake page's button opens the dialog modally: fill it in once it is up.
        bool filled = false;
        QTimer::singleShot(0, this, [&] {
            auto* d = qobject_cast<AnalyzeDialog*>(QApplication::activeModalWidget());
            QVERIFY(d);
            d->findChild<QPlainTextEdit*>(QStringLiteral("analyze.text"))
                ->setPlainText(fixtureText("winsock-catalog/01.txt") + QStringLiteral("\nC:\\>ipconfig /all\n") +
                               fixtureText("ipconfig-all/05.txt"));
            d->reanalyse();
            QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("analyze.use")), Qt::LeftButton);
            filled = true;
        });
        QTest::mouseClick(f.find<QPushButton>("intake.analyze"), Qt::LeftButton);
        QVERIFY(filled);
        QVERIFY(f.find<QLabel>("intake.pasted")->text().contains(QStringLiteral("pasted outputs of DESKTOP-WIN10-PRO")));

        QVERIFY(clickForward(*f.wizard));
        QVERIFY(waitForNext(*f.wizard));
        const SessionRecord& r = f.record();
        QVERIFY(r.inventory.has_value());
        QCOMPARE(r.inventory->catalog.size(), 1u);
        QCOMPARE(r.inventory->catalog[0].catalogId, 1032u);
        QCOMPARE(r.inventory->adapters.size(), 3u);
        QVERIFY(!r.inventory->probes.at("sockets").available); // no netstat was pasted
        QCOMPARE(r.findings.size(), 1u);
        QCOMPARE(r.findings[0].id, std::string("layered-provider"));
        QCOMPARE(r.system.backend, std::string("pasted"));
        QCOMPARE(r.pastedInputs, std::vector<std::string>{"pasted text"});
        f.controller().waitForSaved();
        QCOMPARE(f.saved().pastedInputs, std::vector<std::string>{"pasted text"});
        const QString dir = QString::fromLocal8Bit(qgetenv("WSAFIX_SCREENSHOT_DIR"));
        if (!dir.isEmpty())
            screenshot(*f.wizard, QStringLiteral("analyze-detect"), dir);
    }
};

QTEST_MAIN(TestAnalyzeDialog)
#include "tst_analyzedialog.moc"
