// Accessibility: the whole wizard walked with the keyboard alone (Tab, typing, the buttons' Alt shortcuts), the
// Tab order of every page following its visual order, every focusable control named for screen readers, and no
// Alt shortcut used twice on a page. Also writes screenshots of every page (WSAFIX_SCREENSHOT_DIR) for the human
// look at high DPI and in dark mode.
#include "AnalyzeDialog.h"
#include "ContrastStyle.h"
#include "GuiTestSupport.h"
#include "ReportPage.h"
#include "SeverityStyle.h"
#include "TrainingDialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyleFactory>
#include <QStyleOptionButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

#include <algorithm>
#include <initializer_list>
#include <memory>

using namespace wsafix;
using namespace wsafix::test;

namespace {

QString describe(const QWidget* w)
{
    if (!w)
        return QStringLiteral("nothing");
    QString text = QStringLiteral("%1 (%2)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()));
    if (w->objectName().isEmpty() && w->parentWidget()) // say whose part it is
        text += QStringLiteral(" in ") + describe(w->parentWidget());
    return text;
}

// The palette of the dark-mode screenshots (tst_endtoend's darkPalette).
QPalette darkPalette()
{
    QPalette dark(QColor(55, 55, 60), QColor(45, 45, 48));
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    return dark;
}

// How well the left edge of an unticked check box stands out from the inside of the box, drawn by `style`.
double uncheckedBoxContrast(QStyle* style, const QPalette& palette)
{
    QCheckBox box(QStringLiteral("Redact"));
    box.setStyle(style);
    box.setPalette(palette);
    box.resize(box.sizeHint());
    const QImage image = box.grab().toImage();
    QStyleOptionButton option;
    option.initFrom(&box);
    const QRect indicator = style->subElementRect(QStyle::SE_CheckBoxIndicator, &option, &box);
    const qreal dpr = image.devicePixelRatio();
    const QColor edge = image.pixelColor(QPoint(indicator.left(), indicator.center().y()) * dpr);
    return SeverityStyle::contrast(edge, palette.color(QPalette::Base));
}

QString accessibleName(QWidget* w)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

/// Every widget under `root` that can take the focus but has no accessible name. The inner line edit of
/// an editable combo box counts too: a screen reader lands on it.
QStringList unnamedControls(QWidget* root)
{
    QStringList missing;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        const auto* label = qobject_cast<QLabel*>(w);
        if (label && label->text().isEmpty()) // a selectable label that has nothing to say yet
            continue;
        if (w->window() != root->window()) // Qt's own popups (a combo box's list) have their own window
            continue;
        if (w->focusProxy()) // focused through its proxy (a view's viewport), which is checked itself
            continue;
        if (w->focusPolicy() != Qt::NoFocus && accessibleName(w).isEmpty())
            missing << describe(w);
    }
    return missing;
}

/// The focus widget, seen through focus proxies (an editable combo box is focused in its line edit) and with a tab
/// bar standing for its tab widget.
QWidget* focused()
{
    QWidget* w = QApplication::focusWidget();
    if (w && qobject_cast<QTabBar*>(w) && qobject_cast<QTabWidget*>(w->parentWidget()))
        return w->parentWidget();
    for (QWidget* p = w; p; p = p->parentWidget())
        if (p->focusProxy() == w)
            return p;
    return w;
}

/// Presses Tab until the focus comes back to where it started; returns the object names visited, in order.
QStringList tabCycle(QWidget& window)
{
    QStringList names;
    QWidget* start = focused();
    if (!start)
        return {QStringLiteral("no focus in %1").arg(describe(&window))};
    for (int i = 0; i < 60; ++i) {
        names << (focused() ? focused()->objectName() : QStringLiteral("nothing"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (focused() == start)
            return names;
    }
    return names << QStringLiteral("(no cycle after 60 Tab presses)");
}

/// The widget of `window` whose object name is `name` (tab bars are named after their tab widget).
QWidget* widgetNamed(QWidget& window, const QString& name)
{
    for (QWidget* w : window.findChildren<QWidget*>())
        if (w->objectName() == name)
            return w;
    return nullptr;
}

/// True when each widget starts below, or on the same row right of, the one before it: the reading order.
QString visualOrderProblem(QWidget& window, const QStringList& cycle)
{
    QPoint previous(-1, -1);
    QString previousName;
    for (const QString& name : cycle) {
        QWidget* w = widgetNamed(window, name);
        if (!w)
            return QStringLiteral("unnamed widget in the Tab order after %1").arg(previousName);
        const QPoint at = w->mapTo(&window, QPoint(0, 0));
        const bool sameRow = qAbs(at.y() - previous.y()) <= 4;
        if (at.y() < previous.y() - 4 || (sameRow && at.x() < previous.x()))
            return QStringLiteral("%1 at (%2,%3) comes after %4 at (%5,%6)")
                .arg(name)
                .arg(at.x())
                .arg(at.y())
                .arg(previousName)
                .arg(previous.x())
                .arg(previous.y());
        previous = at;
        previousName = name;
    }
    return {};
}

/// Alt+letter used by two visible controls of `window` (buttons, labels with buddies, tabs): the second one could
/// never be reached with its shortcut.
QStringList mnemonicClashes(QWidget& window)
{
    QMap<QString, QStringList> owners;
    const auto add = [&owners](const QString& text, const QString& who) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            owners[key.toString()] << who;
    };
    for (QWidget* w : window.findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            add(button->text(), button->objectName());
        else if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
            add(label->text(), label->buddy()->objectName());
        else if (auto* tabs = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), tabs->tabText(i));
    }
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (it->size() > 1)
            clashes << QStringLiteral("%1: %2").arg(it.key(), it->join(QStringLiteral(", ")));
    return clashes;
}

/// Alt+(the forward button's underlined letter): Next, Commit or Finish, as a keyboard user would press it.
bool pressForward(QWizard& wizard)
{
    QAbstractButton* button = forwardButton(wizard);
    if (!button || !button->isEnabled())
        return false;
    const QKeySequence key = QKeySequence::mnemonic(button->text());
    if (key.isEmpty())
        return false;
    const int page = wizard.currentId();
    QTest::keySequence(QApplication::focusWidget(), key);
    // A mnemonic "animates" the click: the button goes down, and is clicked 100 ms later.
    return QTest::qWaitFor([&] { return wizard.currentId() != page || !wizard.isVisible(); }, 2000);
}

/// Page checks shared by the keyboard walk: names, shortcuts, Tab order in reading order.
void checkPage(QWizard& wizard, std::initializer_list<const char*> expectedNames)
{
    QStringList expectedCycle;
    for (const char* name : expectedNames)
        expectedCycle << QString::fromLatin1(name);
    const QString page = wizard.currentPage()->objectName();
    const QStringList unnamed = unnamedControls(wizard.currentPage());
    QVERIFY2(unnamed.isEmpty(), qPrintable(page + QStringLiteral(": no accessible name: ") + unnamed.join(u',')));
    const QStringList clashes = mnemonicClashes(wizard);
    QVERIFY2(clashes.isEmpty(), qPrintable(page + QStringLiteral(": shortcut used twice: ") + clashes.join(u';')));
    const QStringList cycle = tabCycle(wizard);
    if (!expectedCycle.isEmpty())
        QCOMPARE(cycle.join(u','), expectedCycle.join(u','));
    // The cycle starts anywhere: rotate it to the page's first control for the reading-order check.
    QStringList ordered = cycle;
    const auto buttons =
        std::find_if(cycle.begin(), cycle.end(), [](const QString& n) { return n.startsWith(u"wizard."); });
    const auto firstPage =
        std::find_if(buttons, cycle.end(), [](const QString& n) { return !n.startsWith(u"wizard."); });
    if (firstPage != cycle.end()) {
        ordered = QStringList(firstPage, cycle.end());
        ordered += QStringList(cycle.begin(), firstPage);
    }
    const QString problem = visualOrderProblem(wizard, ordered);
    QVERIFY2(problem.isEmpty(),
             qPrintable(page + QStringLiteral(": Tab order: ") + problem + u'\n' + ordered.join(u',')));
}

} // namespace

// checkPage() records its failures; the walk stops at the first page that has one.
#define CHECK_PAGE(...)                                                                                                \
    do {                                                                                                               \
        checkPage(__VA_ARGS__);                                                                                        \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QVERIFY2(leakedTopLevelWidgets().isEmpty(), qPrintable(leakedTopLevelWidgets().join(u','))); }

    void keyboardOnlyWalk()
    {
        WizardFixture f("lsp-adware");
        QWizard& wizard = *f.wizard;
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        const QString shots = f.stateDir.path();

        // 1 Intake: the error code has the focus; Tab visits the fields top to bottom, then the buttons.
        QCOMPARE(focused(), f.find<QWidget>("intake.code"));
        QTRY_VERIFY(f.find<QComboBox>("intake.process")->count() > 0);
        CHECK_PAGE(wizard, {"intake.code", "intake.process", "intake.host", "intake.port", "intake.ticket",
                            "intake.analyze", "intake.training", "wizard.next", "wizard.cancel"});
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused(), f.find<QWidget>("intake.process"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("chrome.exe (6212)"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("example.com"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("443"));
        QCOMPARE(focused(), f.find<QWidget>("intake.port"));
        screenshot(wizard, QStringLiteral("kbd-1-intake"), shots);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Next is the default button
        QCOMPARE(wizard.currentId(), int(WsafixWizard::Page_Detect));
        QCOMPARE(f.record().intake.process, std::string("chrome.exe"));
        QCOMPARE(f.record().intake.port, 443);

        // 2 Detect: while it runs, Cancel has the focus; when it ends, the findings list, worst first.
        QVERIFY(waitForNext(wizard));
        QCOMPARE(focused(), f.find<QWidget>("detect.findings.list"));
        CHECK_PAGE(wizard, {"detect.findings.list", "detect.findings.details", "detect.tabs", "detect.catalog.copy",
                            "detect.catalog.table", "wizard.back", "wizard.next", "wizard.cancel", "detect.rerun"});
        // Tabs by keyboard: the tab bar takes arrows; the socket tab has its filter, pre-filled with the program.
        f.find<QWidget>("detect.tabs")->setFocus(); // (the cycle above has just visited it)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QCOMPARE(f.find<QTabWidget>("detect.tabs")->currentIndex(), 1);
        QCOMPARE(f.find<QLineEdit>("detect.sockets.filter")->text(), QStringLiteral("chrome.exe"));
        CHECK_PAGE(wizard, {});
        screenshot(wizard, QStringLiteral("kbd-2-detect"), shots);
        QVERIFY(pressForward(wizard));

        // 3 Fix (its own layout is FixPage's business): named controls, reading order, Commit by its shortcut.
        QCOMPARE(wizard.currentId(), int(WsafixWizard::Page_Fix));
        QVERIFY(waitForNext(wizard)); // the page first lists, off the GUI thread, what each fix would run
        CHECK_PAGE(wizard, {});
        screenshot(wizard, QStringLiteral("kbd-3-fix"), shots);
        QVERIFY(pressForward(wizard));

        // 4 Verify: the verdict, then the tabs.
        QVERIFY(waitForPage(wizard, WsafixWizard::Page_Verify)); // Continue applies the ticked fixes first
        QVERIFY(waitForNext(wizard));
        QCOMPARE(focused(), f.find<QWidget>("verify.tabs"));
        CHECK_PAGE(wizard, {"verify.tabs", "verify.findings.list", "verify.findings.details", "wizard.next",
                            "wizard.cancel", "verify.rerun"}); // no Back after the commit of the fixes
        for (int tab = 1; tab < f.find<QTabWidget>("verify.tabs")->count(); ++tab) {
            f.find<QWidget>("verify.tabs")->setFocus();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
            QCOMPARE(f.find<QTabWidget>("verify.tabs")->currentIndex(), tab);
            CHECK_PAGE(wizard, {});
            screenshot(wizard, QStringLiteral("kbd-4-verify-tab%1").arg(tab), shots);
        }
        screenshot(wizard, QStringLiteral("kbd-4-verify"), shots);
        QVERIFY(pressForward(wizard));

        // 5 Report: the preview first, then the full-detail check box (Space ticks it), the exports, the folder,
        // Finish.
        QCOMPARE(wizard.currentId(), int(WsafixWizard::Page_Report));
        auto* report = wizard.findChild<ReportPage*>();
        QVERIFY(QTest::qWaitFor([report] { return report->isReady(); }, 30000)); // made off the GUI thread
        CHECK_PAGE(wizard, {"report.summary", "report.unredacted", "report.export.pdf", "report.export.html",
                            "report.export.md", "report.export.json", "report.copySummary", "report.chooseFolder",
                            "report.openFolder", "wizard.back", "wizard.finish", "wizard.cancel"});
        f.find<QWidget>("report.unredacted")->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(f.find<QAbstractButton>("report.unredacted")->isChecked());
        QVERIFY(QTest::qWaitFor([report] { return report->isReady(); }, 30000));
        screenshot(wizard, QStringLiteral("kbd-5-report"), shots);
        QVERIFY(pressForward(wizard)); // Finish
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(f.saved().step, std::string("report"));
    }

    void dialogsAreNamed()
    {
        AnalyzeDialog analyze;
        analyze.show();
        QVERIFY(QTest::qWaitForWindowExposed(&analyze));
        QVERIFY2(unnamedControls(&analyze).isEmpty(), qPrintable(unnamedControls(&analyze).join(u',')));
        QVERIFY2(mnemonicClashes(analyze).isEmpty(), qPrintable(mnemonicClashes(analyze).join(u';')));
        QCOMPARE(analyze.focusWidget(), analyze.findChild<QWidget*>(QStringLiteral("analyze.text"))); // paste at once

        TrainingDialog training;
        training.show();
        QVERIFY(QTest::qWaitForWindowExposed(&training));
        QVERIFY2(unnamedControls(&training).isEmpty(), qPrintable(unnamedControls(&training).join(u',')));
        QVERIFY2(mnemonicClashes(training).isEmpty(), qPrintable(mnemonicClashes(training).join(u';')));
        // Return starts the chosen scenario: Start training is the default button.
        auto* start = training.findChild<QPushButton*>(QStringLiteral("training.start"));
        QVERIFY(start->isDefault());
    }

    void chartsHaveATextAlternative()
    {
        WizardFixture f("lsp-adware", [] {
            Intake in;
            in.code = "10056";
            in.host = "example.com";
            in.port = 443;
            in.process = "chrome.exe";
            return in;
        }());
        QVERIFY(clickForward(*f.wizard));
        QVERIFY(waitForNext(*f.wizard));
        const QString states = f.find<QWidget>("detect.tcpStateChart")->accessibleDescription();
        QVERIFY2(states.contains(QStringLiteral("chrome.exe")), qPrintable(states));
        QVERIFY2(states.contains(QStringLiteral("ESTABLISHED")), qPrintable(states));
        QVERIFY(clickForward(*f.wizard));
        QVERIFY(waitForNext(*f.wizard)); // the fix page lists what each fix would run
        QVERIFY(clickForward(*f.wizard));
        QVERIFY(waitForPage(*f.wizard, WsafixWizard::Page_Verify));
        QVERIFY(waitForNext(*f.wizard));
        const QString latency = f.find<QWidget>("verify.chart")->accessibleDescription();
        QVERIFY2(latency.contains(QStringLiteral("attempt 1:")), qPrintable(latency));
    }

    // Fusion outlines an unticked box in Window.darker(140), lost on a dark Base; the wizard's style draws it with
    // 3:1 contrast (WCAG's minimum for controls) and leaves light palettes as Fusion draws them.
    void uncheckedBoxesShowOnADarkPalette()
    {
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        ContrastStyle contrastStyle(QStringLiteral("Fusion"));
        QVERIFY2(uncheckedBoxContrast(fusion.get(), darkPalette()) < 1.5, "Fusion alone draws it visibly now");
        const double dark = uncheckedBoxContrast(&contrastStyle, darkPalette());
        QVERIFY2(dark >= 3.0, qPrintable(QString::number(dark)));
        const QPalette light = fusion->standardPalette();
        QCOMPARE(uncheckedBoxContrast(&contrastStyle, light), uncheckedBoxContrast(fusion.get(), light));
    }

    void chartsFollowADarkPalette()
    {
        // The charts draw with the palette's colours (QtCharts has its own light theme); screenshots to look at.
        const QPalette original = QApplication::palette();
        QPalette dark(QColor(45, 45, 48), QColor(30, 30, 30));
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
        QApplication::setPalette(dark);
        {
            Intake in;
            in.code = "10056";
            in.host = "example.com";
            in.port = 443;
            in.process = "chrome.exe";
            WizardFixture f("lsp-adware", in);
            QVERIFY(clickForward(*f.wizard));
            QVERIFY(waitForNext(*f.wizard));
            f.find<QTabWidget>("detect.tabs")->setCurrentIndex(2);
            screenshot(*f.wizard, QStringLiteral("dark-detect-tcpstates"), f.stateDir.path());
            QVERIFY(clickForward(*f.wizard));
            QVERIFY(waitForNext(*f.wizard));
            QVERIFY(clickForward(*f.wizard));
            QVERIFY(waitForPage(*f.wizard, WsafixWizard::Page_Verify));
            QVERIFY(waitForNext(*f.wizard));
            for (const char* name : {"detect.tcpStateChart", "verify.chart", "verify.tcpStateChart"}) {
                auto* view = f.find<QChartView>(name);
                QVERIFY2(view, name);
                QCOMPARE(view->chart()->titleBrush().color(), QColor(230, 230, 230));
                QCOMPARE(view->chart()->backgroundBrush().color(), QColor(30, 30, 30));
                for (auto* axis : view->chart()->axes())
                    QCOMPARE(axis->labelsColor(), QColor(230, 230, 230));
            }
            for (int tab : {1, 2}) {
                f.find<QTabWidget>("verify.tabs")->setCurrentIndex(tab);
                screenshot(*f.wizard, QStringLiteral("dark-verify-tab%1").arg(tab), f.stateDir.path());
            }
        }
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
