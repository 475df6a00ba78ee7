// Translations: the engine's English reaching the user is all known to EngineText (walked over every built-in
// scenario), and the wizard speaks German under --lang de, Qt's own buttons included.
#include "AnalyzeDialog.h"
#include "EngineText.h"
#include "GuiTestSupport.h"
#include "KeepChangesDialog.h"
#include "Translations.h"

#include "diagnostics/Detector.h"
#include "diagnostics/Rules.h"
#include "diagnostics/Scenario.h"
#include "diagnostics/SystemFactory.h"
#include "diagnostics/analyze/PasteAnalyzer.h"
#include "diagnostics/errors/Decoder.h"
#include "diagnostics/errors/ErrorCatalog.h"
#include "diagnostics/errors/ErrorHelp.h"
#include "diagnostics/fix/FixFactory.h"
#include "diagnostics/fix/RemoteSession.h"
#include "diagnostics/platform/simulated/SimulatedFix.h"
#include "diagnostics/platform/simulated/SimulatedSystem.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDir>
#include <QPushButton>
#include <QDirIterator>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTest>
#include <QTextDocumentFragment>

using namespace wsafix;
using namespace wsafix::test;

namespace {

// Every sentence a finding shows (title, explanation) and every reason a probe gives for being unavailable, for
// every process of the scenario as the failing one, with an unreachable target. Evidence is left out: it is
// inventory rows (addresses, DLL paths, states), whose few words are known to the table where there are any.
std::vector<std::string> engineTexts(const std::string& scenario)
{
    auto system = createSystem(scenario);
    Detector detector(*system);
    detector.setTarget("wsafix-test.invalid", 443);
    const Inventory inventory = detector.run();
    std::vector<Intake> intakes{Intake{}};
    for (const auto& p : inventory.processes) {
        Intake in;
        in.process = p.name;
        intakes.push_back(in);
    }
    std::vector<std::string> texts;
    for (const auto& in : intakes)
        for (const auto& f : evaluateRules(inventory, in)) {
            texts.push_back(f.title);
            texts.push_back(f.explanation);
        }
    for (const auto& [probe, status] : inventory.probes)
        if (!status.available)
            texts.push_back(status.reason);
    return texts;
}

// Every text of the error catalog that decode (the intake page, wsafix decode) shows.
std::vector<std::string_view> errorCatalogTexts()
{
    std::vector<std::string_view> texts;
    for (const auto& e : errorCatalog())
        for (const auto text : {e.shortMessage, e.systemMessage, e.errnoMessage})
            if (!text.empty())
                texts.push_back(text);
    for (const auto& h : errorHelpTable()) {
        texts.insert(texts.end(), {h.user, h.developer, h.triage});
        texts.insert(texts.end(), h.causes.begin(), h.causes.end());
    }
    return texts;
}

// What a fix says about itself on the fix page: title, explanation, what its snapshot captures, why it cannot run.
std::vector<std::string> fixTexts(const FixFactory& factory, const std::vector<std::string>& ids)
{
    std::vector<std::string> texts;
    for (const auto& id : ids) {
        const auto fix = factory.create(id);
        texts.insert(texts.end(), {fix->title(), fix->explanation()});
        for (const auto& line : fix->snapshotPlan()) // sentences; commands ("ip -j addr show") are shown as they are
            if (!defaultAllowList().allows(line.substr(0, line.find(' '))))
                texts.push_back(line);
        if (const auto why = fix->unavailable(); !why.empty())
            texts.push_back(why);
    }
    return texts;
}

// What the analyze dialog shows of a paste: each recognised output's notes and why lines were not used.
std::vector<std::string> analysisTexts(const PasteAnalysis& a)
{
    std::vector<std::string> texts{a.source};
    for (const auto& s : a.sections)
        texts.insert(texts.end(), s.notes.begin(), s.notes.end());
    for (const auto& u : a.unparsed)
        texts.push_back(u.reason);
    return texts;
}

#define VERIFY_TRANSLATED(text)                                                                                        \
    do {                                                                                                               \
        const std::string source(text);                                                                                \
        QVERIFY2(EngineText::known(source), source.c_str());                                                           \
        QVERIFY2(EngineText::translate(source) != QString::fromStdString(source), source.c_str());                     \
    } while (false)

// The texts a user reads on the current page and around it: labels, buttons, tabs, group titles, column headers,
// the first rows of lists and tables, placeholders and the window title.
QStringList visibleTexts(QWizard& wizard)
{
    QStringList texts{wizard.windowTitle(), wizard.currentPage()->title()};
    for (auto* w : wizard.findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        if (auto* l = qobject_cast<QLabel*>(w))
            texts << QTextDocumentFragment::fromHtml(l->text()).toPlainText();
        else if (auto* b = qobject_cast<QAbstractButton*>(w))
            texts << b->text();
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            texts << g->title();
        else if (auto* e = qobject_cast<QLineEdit*>(w))
            texts << e->placeholderText();
        else if (auto* t = qobject_cast<QTabWidget*>(w))
            for (int i = 0; i < t->count(); ++i)
                texts << t->tabText(i);
        else if (auto* v = qobject_cast<QAbstractItemView*>(w); v && v->model()) {
            const auto* m = v->model();
            for (int c = 0; c < m->columnCount(); ++c)
                texts << m->headerData(c, Qt::Horizontal).toString();
            for (int r = 0; r < std::min(m->rowCount(), 3); ++r)
                for (int c = 0; c < m->columnCount(); ++c)
                    texts << m->index(r, c).data().toString();
        }
    }
    return texts;
}

// English words that no German, French or Spanish sentence holds; data (paths, names, TCP states) has none either.
// The machine's own event messages are data too, in whatever language they were logged: they are taken out first,
// and so is a machine's output quoted in a translated sentence („…“, «…»).
QStringList englishLeft(const QStringList& texts, const std::vector<EventEntry>& events)
{
    static const QRegularExpression english(
        QStringLiteral("\\b(the|and|with|were|this|found|Click|Next|Back|Cancel|Finish|not|of|to|is)\\b"));
    static const QRegularExpression quoted(QStringLiteral("„[^“]*“|«[^»]*»"));
    QStringList left;
    for (QString t : texts) {
        for (const auto& e : events)
            t.remove(QString::fromStdString(e.message));
        t.remove(quoted);
        if (english.match(t).hasMatch())
            left << t;
    }
    return left;
}

void selectLanguage(const char* code)
{
    std::string error;
    QVERIFY2(Translations::current().select(code, error), error.c_str());
    Translations::current().install();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        selectLanguage("en");
        QVERIFY2(leakedTopLevelWidgets().isEmpty(), qPrintable(leakedTopLevelWidgets().join(u',')));
    }

    void unknownLanguageIsRefused()
    {
        std::string error;
        QVERIFY(!Translations::current().select("xx", error));
        QVERIFY2(error.find("unknown language 'xx'") != std::string::npos, error.c_str());
        QVERIFY(Translations::current().select("de_AT", error)); // a country of a language wsafix speaks
        QCOMPARE(Translations::current().language(), QStringLiteral("de"));
    }

    void engineTextOfEveryScenarioIsKnown_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const auto& name : builtinScenarioNames())
            QTest::newRow(name.c_str()) << QString::fromStdString(name);
    }

    void engineTextOfEveryScenarioIsKnown()
    {
        QFETCH(QString, scenario);
        selectLanguage("de");
        for (const auto& text : engineTexts(scenario.toStdString())) {
            QVERIFY2(EngineText::known(text), text.c_str());
            QVERIFY2(EngineText::translate(text) != QString::fromStdString(text), text.c_str());
        }
    }

    // Every message and help text of the catalog: the intake page shows any code's, wsafix decode all of them.
    void errorCatalogTextIsKnown()
    {
        selectLanguage("de");
        for (const auto text : errorCatalogTexts())
            VERIFY_TRANSLATED(text);
    }

    // What decode says about how it read the input (the intake page shows the first problem, wsafix decode all).
    void decodeNotesAreKnown_data()
    {
        QTest::addColumn<QString>("input");
        for (const char* input : {"",
                                  "   ",
                                  "ww",
                                  "10056",
                                  "0x2748",
                                  "WSAEISCONN",
                                  "EISCONN",
                                  "errno 106",
                                  "errno 300",
                                  "errno 10056",
                                  "0x80072748",
                                  "0x80004005",
                                  "0x80070001",
                                  "0x80010001",
                                  "-1",
                                  "-2147014842",
                                  "-4294967296",
                                  "0",
                                  "99999999999999999999",
                                  "12345678901",
                                  "WinError 12345",
                                  "106",
                                  "5",
                                  "10056 10061",
                                  "WinError 10056 and 99999",
                                  "Socket error # 10056, A connect request was made on an already connected socket",
                                  "Transport endpoint is already connected",
                                  "Connection refused",
                                  "１００５６",
                                  "error 42 at 10:15",
                                  "WSAEFROBNICATE"})
            QTest::newRow(input) << QString::fromUtf8(input);
    }

    void decodeNotesAreKnown()
    {
        QFETCH(QString, input);
        selectLanguage("de");
        const DecodeResult r = decodeError(input.toStdString());
        std::vector<std::string> texts(r.understood.begin(), r.understood.end());
        texts.insert(texts.end(), r.notUnderstood.begin(), r.notUnderstood.end());
        for (const auto& c : r.candidates)
            texts.push_back(c.reading);
        // Some readings are data only ("'WSAEISCONN': WSAEISCONN (10056)"): names and numbers, no words to translate.
        static const QRegularExpression words(QStringLiteral("[a-z]{2,}"));
        for (const auto& text : texts)
            if (words.match(QString::fromStdString(text)).hasMatch())
                VERIFY_TRANSLATED(text);
            else
                QVERIFY2(EngineText::known(text), text.c_str());
    }

    void fixTextIsKnown()
    {
        selectLanguage("de");
        // This machine's fixes (Linux here), with parameters that exist nowhere, so that each says why it cannot run.
        const auto runner = createProcessRunner(defaultAllowList());
        const FixFactory native = createNativeFixFactory(*runner);
        for (const auto& text :
             fixTexts(native, {"flush-dns", "restart-adapter:wsafix0", "reapply-ip:wsafix0",
                               "restart-service:wsafix-test.service", "remove-preload:/usr/lib/wsafix-test.so"}))
            VERIFY_TRANSLATED(text);
        // The simulated machine: a fix the scenario does not simulate, and a parameter it refuses.
        auto system = createSystem("lsp-adware");
        auto* simulated = dynamic_cast<SimulatedSystem*>(system.get());
        QVERIFY(simulated);
        const FixFactory training = createSimulatedFixFactory(*simulated);
        for (const auto& text : fixTexts(training, {"flush-dns", "restart-service:Dnscache"}))
            VERIFY_TRANSLATED(text);
        for (const char* id : {"restart-adapter:a\x01", "no-such-fix"}) {
            try {
                training.create(id);
                QFAIL(id);
            } catch (const FixIdError& e) {
                VERIFY_TRANSLATED(e.what());
            }
        }
    }

    // Why a fix that can cut the machine off is refused in a remote session (wsafix fix prints it).
    void remoteSessionRefusalIsKnown()
    {
        selectLanguage("de");
        const RemoteSession sessions[] = {sshSession("192.0.2.1 50000 192.0.2.2 22", "eth0"),
                                          sshSession("192.0.2.1 50000 192.0.2.2 22", ""), sshSession("garbled", "")};
        for (const auto& session : sessions)
            VERIFY_TRANSLATED(remoteSessionRefusal("restart-adapter:eth0", true, session, false));
    }

    // The probes of this machine: each one that cannot run says why, in the user's language.
    void probeTextOfThisMachineIsKnown()
    {
        selectLanguage("de");
        auto system = createSystem({});
        Detector detector(*system);
        detector.setTarget("wsafix-test.invalid", 443);
        detector.setTargetProcess(static_cast<std::uint32_t>(QCoreApplication::applicationPid()), "tst_translations");
        for (const auto& [probe, status] : detector.run().probes)
            if (!status.available)
                VERIFY_TRANSLATED(status.reason);
    }

    // The analyze dialog over every captured output: what it notes and why it leaves lines out.
    void analysisTextIsKnown()
    {
        selectLanguage("de");
        int files = 0;
        // The captured outputs and the project's own fixtures of the other shapes (tables, lists, layouts).
        for (const char* root : {WSAFIX_SOURCE_DIR "/../shared/fixtures", WSAFIX_SOURCE_DIR "/tests/analyze/data"})
            for (QDirIterator it(QString::fromUtf8(root), {QStringLiteral("*.txt")}, QDir::Files,
                                 QDirIterator::Subdirectories);
                 it.hasNext(); ++files) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray bytes = file.readAll();
                for (const auto& text : analysisTexts(analyzePaste(bytes.toStdString(), "pasted text")))
                    VERIFY_TRANSLATED(text);
            }
        QVERIFY(files > 20);
        // Lines that no parser takes, and an output cut short.
        const auto odd = analyzePaste("C:\\> whoami\r\nsales\\jdoe\r\nsomething else\r\n", "pasted text");
        QVERIFY(!odd.unparsed.empty());
        for (const auto& text : analysisTexts(odd))
            VERIFY_TRANSLATED(text);
    }

    // The analyze dialog with captured outputs pasted and added as files: what it recognised, its notes and why it
    // left lines out, in German. Each unused line is quoted under its reason: that quote is data and is left out.
    void analyzeDialogSpeaksGerman()
    {
        selectLanguage("de");
        AnalyzeDialog dialog;
        QFile catalog(QStringLiteral(WSAFIX_SOURCE_DIR "/../shared/fixtures/winsock-catalog/01.txt"));
        QVERIFY(catalog.open(QIODevice::ReadOnly));
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("analyze.text"))
            ->setPlainText(QString::fromUtf8(catalog.readAll()) + QStringLiteral("\nsomething else entirely\n"));
        for (const char* file : {"ipconfig-all/01.txt", "netstat-ano/01.txt", "netsh-int-ip-reset/03.txt",
                                 "test-netconnection/01.txt", "event-log/01.txt"})
            QVERIFY(dialog.addFile(QStringLiteral(WSAFIX_SOURCE_DIR "/../shared/fixtures/") + QLatin1String(file)));
        auto* results = dialog.findChild<QListWidget*>(QStringLiteral("analyze.results"));
        QTRY_VERIFY(results->count() > 6);
        QStringList texts{dialog.windowTitle()};
        for (auto* w : dialog.findChildren<QLabel*>())
            texts << w->text();
        for (auto* b : dialog.findChildren<QAbstractButton*>())
            texts << b->text();
        bool unused = false;
        for (int i = 0; i < results->count(); ++i) {
            const QString item = results->item(i)->text();
            const bool isUnused = results->item(i)->data(Qt::UserRole).toString() == QStringLiteral("unparsed");
            unused = unused || isUnused;
            texts << (isUnused ? item.section(u'\n', 0, 0) : item);
        }
        QVERIFY(unused);
        screenshot(dialog, QStringLiteral("analyze-de"), QDir::tempPath());
        const QStringList left = englishLeft(texts, {});
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u'|')));
    }

    void templatesKeepTheirValues()
    {
        selectLanguage("de");
        QCOMPARE(EngineText::translate("No connection to mail.example.com:587"),
                 QStringLiteral("Keine Verbindung zu mail.example.com:587"));
        // A value that is engine text itself is translated too; one that is data is kept as it is.
        QCOMPARE(EngineText::translate("unavailable: cancelled"), QStringLiteral("nicht verfügbar: abgebrochen"));
        QCOMPARE(EngineText::translate("a sentence the table does not know"),
                 QStringLiteral("a sentence the table does not know"));
        selectLanguage("en");
        QCOMPARE(EngineText::translate("No connection to mail.example.com:587"),
                 QStringLiteral("No connection to mail.example.com:587"));
    }

    void intakePageSpeaksGerman()
    {
        selectLanguage("de");
        WizardFixture f("lsp-adware");
        QCOMPARE(f.wizard->currentPage()->title(), QStringLiteral("Fehler beschreiben"));
        QVERIFY2(f.find<QLabel>("intake.intro")->text().startsWith(QStringLiteral("Geben Sie den Fehler ein")),
                 qPrintable(f.find<QLabel>("intake.intro")->text()));
        QVERIFY(f.find<QLabel>("intake.elevated")->text().startsWith(QStringLiteral("Erhöht: nein")));
        QCOMPARE(f.find<QLineEdit>("intake.host")->placeholderText(),
                 QStringLiteral("optional: z. B. mail.example.com oder 192.0.2.10"));
        // The decoded error: its message from the engine, in German.
        QVERIFY2(f.find<QLabel>("intake.decoded")
                     ->text()
                     .contains(QStringLiteral(
                         "Für einen bereits verbundenen Socket wurde eine Verbindungsanforderung gestellt.")),
                 qPrintable(f.find<QLabel>("intake.decoded")->text()));
        // Qt's own texts (qtbase_de.qm): the wizard's buttons.
        QCOMPARE(f.wizard->button(QWizard::NextButton)->text(), QStringLiteral("&Weiter >"));
        QCOMPARE(f.wizard->button(QWizard::CancelButton)->text(), QStringLiteral("Abbrechen"));
        screenshot(*f.wizard, QStringLiteral("intake-de"), QDir::tempPath());
    }

    // Every page (and every tab of the detect page) of the lsp-adware story in each language, and of every other
    // story in German: no English sentence left. The
    // screenshots (WSAFIX_SCREENSHOT_DIR) are for looking at, e.g. under xvfb-run, for truncated text.
    void everyPageSpeaksTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("scenario");
        for (const char* language : {"de", "fr", "es"})
            QTest::addRow("%s lsp-adware", language) << QString::fromLatin1(language) << QStringLiteral("lsp-adware");
        for (const auto& scenario : builtinScenarioNames()) // every story in German
            if (scenario != "lsp-adware")
                QTest::addRow("de %s", scenario.c_str()) << QStringLiteral("de") << QString::fromStdString(scenario);
    }

    void everyPageSpeaksTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, scenario);
        selectLanguage(language.toLatin1().constData());
        Intake in;
        in.code = "0x00002748";
        in.host = "example.com";
        in.port = 443;
        WizardFixture f(scenario.toStdString(), in);
        QTRY_VERIFY(f.find<QComboBox>("intake.process")->count() > 0);
        if (scenario == QStringLiteral("lsp-adware"))
            QTest::keyClicks(f.find<QComboBox>("intake.process")->lineEdit(), QStringLiteral("chrome.exe (6212)"));
        const QString shots = f.stateDir.path();
        const char* const pages[] = {"1-intake", "2-detect", "3-fix", "4-verify", "5-report"};
        for (const char* page : pages) {
            // A change the auto-revert guard watches asks "keep these changes?" first, in the language too.
            QStringList keepLeft;
            QVERIFY(QTest::qWaitFor(
                [&] {
                    if (auto* keep = f.wizard->findChild<KeepChangesDialog*>(); keep && keep->isVisible()) {
                        QStringList texts{keep->windowTitle(),
                                          keep->findChild<QLabel*>(QStringLiteral("keepChanges.text"))->text()};
                        for (auto* b : keep->findChildren<QAbstractButton*>())
                            texts << b->text();
                        keepLeft << englishLeft(texts, {});
                        QTest::mouseClick(keep->findChild<QPushButton*>(QStringLiteral("keepChanges.keep")),
                                          Qt::LeftButton);
                    }
                    return forwardButton(*f.wizard)->isEnabled(); // Next, Commit or Finish
                },
                20000));
            QVERIFY2(keepLeft.isEmpty(), qPrintable(keepLeft.join(u'|')));
            const QString name = QStringLiteral("%1-%2-%3").arg(language, scenario, QLatin1String(page));
            screenshot(*f.wizard, name, shots);
            const auto& inventory = f.record().inventory;
            const std::vector<EventEntry> events = inventory ? inventory->events : std::vector<EventEntry>{};
            QStringList left = englishLeft(visibleTexts(*f.wizard), events);
            if (auto* tabs = f.wizard->currentPage()->findChild<QTabWidget*>(); tabs && std::string(page) == "2-detect")
                for (int i = 0; i < tabs->count(); ++i) {
                    tabs->setCurrentIndex(i);
                    screenshot(*f.wizard, QStringLiteral("%1-tab%2").arg(name).arg(i), shots);
                    left << englishLeft(visibleTexts(*f.wizard), events);
                }
            QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(name, left.join(u'|'))));
            if (std::string(page) != "5-report")
                QVERIFY(clickForward(*f.wizard));
        }
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
