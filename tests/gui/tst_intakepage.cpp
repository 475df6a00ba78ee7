// Intake page: defaults, the program list from the machine, inline validation that blocks Next, and the
// values landing in the session record (in memory and on disk).
#include "GuiTestSupport.h"
#include "IntakePage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace wsafix;
using namespace wsafix::test;

class TestIntakePage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QVERIFY2(leakedTopLevelWidgets().isEmpty(), qPrintable(leakedTopLevelWidgets().join(u','))); }

    void defaults()
    {
        WizardFixture f("lsp-adware");
        QCOMPARE(f.wizard->currentId(), int(WsafixWizard::Page_Intake));
        QCOMPARE(f.find<QLineEdit>("intake.code")->text(), QStringLiteral("0x00002748"));
        QCOMPARE(f.wizard->field(QStringLiteral("intake.code")).toString(), QStringLiteral("0x00002748"));
        QVERIFY(f.find<QLabel>("intake.elevated")->text().startsWith(QStringLiteral("Elevated: no")));
        QVERIFY(f.wizard->windowTitle().contains(QStringLiteral("simulated machine: lsp-adware")));
        QVERIFY(!f.find<QLabel>("intake.intro")->text().isEmpty());
        QVERIFY(f.wizard->button(QWizard::NextButton)->isEnabled());
    }

    void prefilledFromRecord()
    {
        Intake in;
        in.code = "10056";
        in.host = "example.com";
        in.port = 443;
        in.ticket = "INC42";
        WizardFixture f("clean", in);
        QCOMPARE(f.find<QLineEdit>("intake.code")->text(), QStringLiteral("10056"));
        QCOMPARE(f.find<QLineEdit>("intake.host")->text(), QStringLiteral("example.com"));
        QCOMPARE(f.find<QLineEdit>("intake.port")->text(), QStringLiteral("443"));
        QCOMPARE(f.wizard->field(QStringLiteral("intake.ticket")).toString(), QStringLiteral("INC42"));
    }

    void codeDecodesAsItIsTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("shows");
        QTest::addColumn<bool>("nextEnabled");
        QTest::newRow("hex") << "0x00002748" << "WSAEISCONN" << true;
        QTest::newRow("decimal") << "10056" << "0x00002748" << true;
        QTest::newRow("name") << "wsaeisconn" << "already connected" << true;
        QTest::newRow("hresult") << "0x80072748" << "WSAEISCONN" << true;
        QTest::newRow("dotnet line") << "System.Net.Sockets.SocketException (10061): No connection could be made"
                                     << "WSAECONNREFUSED" << true;
        QTest::newRow("ambiguous") << "106" << "more than one error" << true;
        QTest::newRow("unknown") << "WSAEFROBNICATE" << "not understood" << false;
    }

    void codeDecodesAsItIsTyped()
    {
        QFETCH(QString, typed);
        QFETCH(QString, shows);
        QFETCH(bool, nextEnabled);
        WizardFixture f("clean");
        auto* code = f.find<QLineEdit>("intake.code");
        code->clear();
        QTest::keyClicks(code, typed);
        const QString decoded = f.find<QLabel>("intake.decoded")->text();
        QVERIFY2(decoded.contains(shows, Qt::CaseInsensitive), qPrintable(decoded));
        QCOMPARE(f.wizard->button(QWizard::NextButton)->isEnabled(), nextEnabled);
        if (!nextEnabled) // said once, under the field, not again in the page's message line
            QVERIFY(f.find<QLabel>("intake.message")->text().isEmpty());
    }

    void unknownCodeListsNearestCodes()
    {
        WizardFixture f("clean");
        auto* code = f.find<QLineEdit>("intake.code");
        code->clear();
        QTest::keyClicks(code, QStringLiteral("WSAEISCON")); // one letter short
        const QString decoded = f.find<QLabel>("intake.decoded")->text();
        QVERIFY2(decoded.contains(QStringLiteral("Nearest known codes")) && decoded.contains(QStringLiteral("WSAEISCONN")),
                 qPrintable(decoded));
        QVERIFY(!f.wizard->button(QWizard::NextButton)->isEnabled());
    }

    // The decoded text takes the height it needs at its width: no gap under it, nothing cut off, wide or narrow
    // (FittedLabel).
    void decodedTextFitsItsWidth_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<QString>("typed");
        for (const int width : {1100, 760})
            for (const char* typed : {"10056", "10054", "errno 111", "106"})
                QTest::addRow("%d %s", width, typed) << width << QString::fromLatin1(typed);
    }

    void decodedTextFitsItsWidth()
    {
        QFETCH(int, width);
        QFETCH(QString, typed);
        WizardFixture f("clean");
        f.wizard->resize(width, 760);
        auto* code = f.find<QLineEdit>("intake.code");
        code->clear();
        QTest::keyClicks(code, typed);
        auto* decoded = f.find<QLabel>("intake.decoded");
        auto* process = f.find<QComboBox>("intake.process");
        QTRY_COMPARE(decoded->height(), decoded->heightForWidth(decoded->width()));
        const int gap = process->geometry().top() - decoded->geometry().bottom();
        QVERIFY2(gap < 16, qPrintable(QString::number(gap)));
        // The hint under the program list wraps the same way.
        auto* hint = f.find<QLabel>("intake.processHint");
        QTRY_VERIFY(!hint->text().isEmpty());
        QTRY_COMPARE(hint->height(), hint->heightForWidth(hint->width()));
        const int hintGap = f.find<QLineEdit>("intake.host")->geometry().top() - hint->geometry().bottom();
        QVERIFY2(hintGap < 16, qPrintable(QString::number(hintGap)));
    }

    void programListComesFromTheMachine()
    {
        WizardFixture f("lsp-adware");
        auto* combo = f.find<QComboBox>("intake.process");
        QTRY_VERIFY(combo->count() > 0);
        QVERIFY(combo->findText(QStringLiteral("OUTLOOK.EXE (7340)")) >= 0);
        QVERIFY(combo->currentText().isEmpty()); // listing never overwrites the field
        QVERIFY(f.find<QLabel>("intake.processHint")->text().contains(QStringLiteral("listed")));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("ticket");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<QString>("message");

        QTest::newRow("nothing optional") << ""
                                          << ""
                                          << "" << true << "";
        QTest::newRow("host and port") << "mail.example.com"
                                       << "443"
                                       << "INC0012345" << true << "";
        QTest::newRow("ipv4") << "192.0.2.10"
                              << "8080"
                              << "" << true << "";
        QTest::newRow("ipv6") << "fe80::1"
                              << "1"
                              << "" << true << "";
        QTest::newRow("highest port") << "example.com"
                                      << "65535"
                                      << "" << true << "";
        QTest::newRow("port too high") << "example.com"
                                       << "70000"
                                       << "" << false << "1 to 65535";
        QTest::newRow("port zero") << "example.com"
                                   << "0"
                                   << "" << false << "1 to 65535";
        QTest::newRow("port letters") << "example.com"
                                      << "https"
                                      << "" << false << "1 to 65535";
        QTest::newRow("host with space") << "bad host"
                                         << "443"
                                         << "" << false << "letters, digits";
        QTest::newRow("host underscore") << "exa_mple.com"
                                         << "443"
                                         << "" << false << "letters, digits";
        QTest::newRow("host shell chars") << "x;rm -rf"
                                          << "443"
                                          << "" << false << "letters, digits";
        QTest::newRow("host without port") << "example.com"
                                           << ""
                                           << "" << false << "port as well";
        QTest::newRow("port without host") << ""
                                           << "443"
                                           << "" << false << "host as well";
        QTest::newRow("ticket chars") << ""
                                      << ""
                                      << "INC 12;" << false << "ticket";
    }

    void validation()
    {
        QFETCH(QString, host);
        QFETCH(QString, port);
        QFETCH(QString, ticket);
        QFETCH(bool, complete);
        QFETCH(QString, message);

        WizardFixture f("clean");
        QTest::keyClicks(f.find<QLineEdit>("intake.host"), host);
        QTest::keyClicks(f.find<QLineEdit>("intake.port"), port);
        QTest::keyClicks(f.find<QLineEdit>("intake.ticket"), ticket);

        QCOMPARE(f.wizard->button(QWizard::NextButton)->isEnabled(), complete);
        const QString shown = f.find<QLabel>("intake.message")->text();
        if (complete)
            QVERIFY2(shown.isEmpty(), qPrintable(shown));
        else
            QVERIFY2(shown.contains(message), qPrintable(shown));

        // Next is blocked: a click does not leave the page.
        clickForward(*f.wizard);
        QCOMPARE(f.wizard->currentId() == WsafixWizard::Page_Intake, !complete);
    }

    void emptyCodeBlocksNext()
    {
        WizardFixture f("clean");
        f.find<QLineEdit>("intake.code")->clear();
        QVERIFY(!f.wizard->button(QWizard::NextButton)->isEnabled());
        QTest::keyClicks(f.find<QLineEdit>("intake.code"), QStringLiteral("WSAEISCONN"));
        QVERIFY(f.wizard->button(QWizard::NextButton)->isEnabled());
    }

    void valuesLandInTheRecord()
    {
        WizardFixture f("lsp-adware");
        auto* combo = f.find<QComboBox>("intake.process");
        QTRY_VERIFY(combo->count() > 0);
        combo->setCurrentIndex(combo->findText(QStringLiteral("OUTLOOK.EXE (7340)")));
        auto* code = f.find<QLineEdit>("intake.code");
        code->selectAll();
        QTest::keyClicks(code, QStringLiteral("10056"));
        QTest::keyClicks(f.find<QLineEdit>("intake.host"), QStringLiteral("example.com"));
        QTest::keyClicks(f.find<QLineEdit>("intake.port"), QStringLiteral("443"));
        QTest::keyClicks(f.find<QLineEdit>("intake.ticket"), QStringLiteral("INC0012345"));
        screenshot(*f.wizard, QStringLiteral("1-intake"), f.stateDir.path());

        QVERIFY(clickForward(*f.wizard));
        QCOMPARE(f.wizard->currentId(), int(WsafixWizard::Page_Detect));

        const Intake expected{"10056", "OUTLOOK.EXE", 7340, "example.com", 443, "INC0012345"};
        QCOMPARE(f.record().intake, expected);
        const SessionRecord onDisk = f.saved();
        QCOMPARE(onDisk.intake, expected);
        QVERIFY(!onDisk.timeline.empty());
        QVERIFY(QString::fromStdString(onDisk.timeline.front().what).contains(QStringLiteral("INC0012345")));
    }

    void typedNameOrPid_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("process");
        QTest::addColumn<uint>("pid");
        QTest::newRow("name") << "OrderSync.exe"
                              << "OrderSync.exe" << 0u;
        QTest::newRow("pid of a listed program") << "6212"
                                                 << "chrome.exe" << 6212u;
        QTest::newRow("name and pid") << "chrome.exe (6212)"
                                      << "chrome.exe" << 6212u;
    }

    void typedNameOrPid()
    {
        QFETCH(QString, typed);
        QFETCH(QString, process);
        QFETCH(uint, pid);
        WizardFixture f("lsp-adware");
        auto* combo = f.find<QComboBox>("intake.process");
        QTRY_VERIFY(combo->count() > 0);
        QTest::keyClicks(combo->lineEdit(), typed);
        const Intake in = f.wizard->findChild<IntakePage*>()->intake();
        QCOMPARE(QString::fromStdString(in.process), process);
        QCOMPARE(in.pid, pid);
    }
};

QTEST_MAIN(TestIntakePage)
#include "tst_intakepage.moc"
