// Detect page: probes and rules off the GUI thread, progress, Cancel, findings worst first, the catalog tab
// highlighting layered providers, the socket table's filter and size, unavailable probes and Copy.
#include "CatalogModel.h"
#include "DetectPage.h"
#include "FakeSystem.h"
#include "GuiTestSupport.h"
#include "ProbeTab.h"
#include "TcpStateChart.h"

#include "diagnostics/Names.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>

using namespace wsafix;
using namespace wsafix::test;

namespace {

// Moves from intake to detect and waits until the examination has ended.
void detect(WizardFixture& f)
{
    QVERIFY(clickForward(*f.wizard));
    QCOMPARE(f.wizard->currentId(), int(WsafixWizard::Page_Detect));
    QTRY_VERIFY_WITH_TIMEOUT(f.wizard->button(QWizard::NextButton)->isEnabled(), 10000);
}

// State → count as the chart draws it: the category axis labels and the one bar set's values.
QMap<QString, int> chartCounts(TcpStateChart& view)
{
    QMap<QString, int> counts;
    const auto series = view.chart()->series();
    if (series.size() != 1)
        return counts;
    auto* bars = qobject_cast<QBarSeries*>(series.front());
    const auto axes = view.chart()->axes(Qt::Horizontal, bars);
    auto* categories = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis*>(axes.front());
    if (!bars || bars->count() != 1 || !categories)
        return counts;
    QBarSet* set = bars->barSets().front();
    for (int i = 0; i < set->count(); ++i)
        counts.insert(categories->at(i), static_cast<int>(set->at(i)));
    return counts;
}

} // namespace

class TestDetectPage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QVERIFY2(leakedTopLevelWidgets().isEmpty(), qPrintable(leakedTopLevelWidgets().join(u','))); }

    void layeredProviderOnLspAdware()
    {
        WizardFixture f("lsp-adware");
        QSignalSpy completeSpy(f.wizard->page(WsafixWizard::Page_Detect), &QWizardPage::completeChanged);
        detect(f);
        QVERIFY(completeSpy.count() >= 2); // false when it started, true when it ended

        // The finding, worst first, with its evidence naming the DLL.
        auto* findings = f.find<QTreeWidget>("detect.findings.list");
        QVERIFY(findings->topLevelItemCount() >= 1);
        QVERIFY(findings->topLevelItem(0)->text(0).contains(QStringLiteral("layered service provider")));
        QVERIFY(findings->topLevelItem(0)->text(0).contains(QStringLiteral("ssurf64.dll")));
        QVERIFY(f.find<QTextBrowser>("detect.findings.details")->toPlainText().contains(QStringLiteral("1010")));

        // The catalog tab: the provider's row is there, flagged layered and tinted.
        auto* table = f.find<QTableView>("detect.catalog.table");
        QAbstractItemModel* model = table->model();
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, CatalogModel::Id).data().toUInt() == 1010)
                row = r;
        QVERIFY(row >= 0);
        QVERIFY(model->index(row, CatalogModel::Kind).data(CatalogModel::LayeredRole).toBool());
        QVERIFY(model->index(row, CatalogModel::Name).data(Qt::BackgroundRole).isValid());
        QVERIFY(model->index(row, CatalogModel::Kind).data().toString().contains(QStringLiteral("LAYERED")));
        QVERIFY(!model->index(0, CatalogModel::Name).data(Qt::BackgroundRole).isValid()); // 1001 is a base entry
        f.find<QTabWidget>("detect.tabs")->setCurrentIndex(0);
        screenshot(*f.wizard, QStringLiteral("2-detect-lsp-adware"), f.stateDir.path());

        // The record has the baseline, on disk too.
        const SessionRecord saved = f.saved();
        QVERIFY(saved.inventory.has_value());
        QVERIFY(!saved.findings.empty());
        QCOMPARE(saved.findings.front().id, std::string("layered-provider"));
        QCOMPARE(saved.step, std::string("detect"));
        QCOMPARE(f.find<QProgressBar>("detect.progress")->value(), f.find<QProgressBar>("detect.progress")->maximum());
    }

    void noFindingsOnClean()
    {
        WizardFixture f("clean");
        detect(f);
        QCOMPARE(f.find<QTreeWidget>("detect.findings.list")->topLevelItemCount(), 0);
        auto* empty = f.find<QLabel>("detect.findings.empty");
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().startsWith(QStringLiteral("No problems found")));
        QVERIFY(f.find<QLabel>("detect.intro")->text().startsWith(QStringLiteral("No problems found")));
        QVERIFY(f.record().findings.empty());
        QVERIFY(f.record().inventory.has_value());
        screenshot(*f.wizard, QStringLiteral("2-detect-clean"), f.stateDir.path());
    }

    void socketFilterStartsWithTheFailingProgram()
    {
        Intake in;
        in.code = "10056";
        in.process = "OrderSync.exe";
        WizardFixture f("app-reconnect-bug", in);
        detect(f);
        auto* filter = f.find<QLineEdit>("detect.sockets.filter");
        QCOMPARE(filter->text(), QStringLiteral("OrderSync.exe"));
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(f.find<QTableView>("detect.sockets.table")->model());
        QVERIFY(proxy->rowCount() > 0);
        QVERIFY(proxy->rowCount() < proxy->sourceModel()->rowCount());
        filter->clear();
        QTRY_COMPARE(proxy->rowCount(), proxy->sourceModel()->rowCount());
        f.find<QTabWidget>("detect.tabs")->setCurrentIndex(1);
        QTest::keyClicks(filter, QStringLiteral("OrderSync"));
        screenshot(*f.wizard, QStringLiteral("2-detect-sockets"), f.stateDir.path());
    }

    void tcpStateChartOfTheTargetProgram()
    {
        Intake in;
        in.code = "10056";
        in.process = "ordersync.EXE"; // matched ignoring case
        WizardFixture f("app-reconnect-bug", in);
        detect(f);
        auto* chart = f.find<TcpStateChart>("detect.tcpStateChart");
        QVERIFY(chart);
        QVERIFY(!chart->accessibleName().isEmpty());
        const QMap<QString, int> expected{{QStringLiteral("ESTABLISHED"), 2}, {QStringLiteral("SYN_SENT"), 4}};
        QCOMPARE(chartCounts(*chart), expected);
        QVERIFY(!chart->isMachineWide());
        QVERIFY(chart->chart()->title().contains(QStringLiteral("ordersync.EXE")));

        // Where its sockets go: the reconnect pattern is one endpoint with every socket.
        auto* remotes = f.find<QTreeWidget>("detect.remoteEndpoints");
        QVERIFY(remotes->topLevelItemCount() >= 1 && remotes->topLevelItemCount() <= 5);
        QCOMPARE(remotes->topLevelItem(0)->text(1), QStringLiteral("6"));
        f.find<QTabWidget>("detect.tabs")->setCurrentWidget(f.find<QWidget>("detect.tcpStates"));
        screenshot(*f.wizard, QStringLiteral("2-detect-tcp-states"), f.stateDir.path());
    }

    void tcpStateChartOfTheWholeMachine()
    {
        WizardFixture f("app-reconnect-bug");
        detect(f);
        auto* chart = f.find<TcpStateChart>("detect.tcpStateChart");
        QVERIFY(chart->isMachineWide());
        QVERIFY(chart->chart()->title().contains(QStringLiteral("whole machine")));
        // Every TCP socket of the inventory, per state; UDP has no state and is left out.
        QMap<QString, int> expected;
        for (const SocketEntry& s : f.record().inventory->sockets)
            if (s.transport == Transport::Tcp)
                ++expected[QString::fromLatin1(tcpStateName(s.state).data())];
        QCOMPARE(chartCounts(*chart), expected);
        QCOMPARE(expected.value(QStringLiteral("ESTABLISHED")), 4);
        QCOMPARE(expected.value(QStringLiteral("SYN_SENT")), 4);
        QCOMPARE(expected.value(QStringLiteral("LISTEN")), 3);
    }

    void unavailableProbeSaysWhy()
    {
        auto system = std::make_unique<FakeSystem>();
        system->catalogUnavailable = "needs administrator rights";
        system->eventsUnavailable = "journald is not readable";
        WizardFixture f({}, {}, std::move(system));
        QVERIFY(!f.wizard->windowTitle().contains(QStringLiteral("simulated")));
        detect(f);
        auto* catalog = f.find<QLabel>("detect.catalog.unavailable");
        QVERIFY(catalog->isVisibleTo(f.wizard.get()));
        QCOMPARE(catalog->text(), QStringLiteral("unavailable: needs administrator rights"));
        QCOMPARE(f.find<QLabel>("detect.events.unavailable")->text(),
                 QStringLiteral("unavailable: journald is not readable"));
        QVERIFY(!f.find<QLabel>("detect.sockets.unavailable")->isVisibleTo(f.wizard.get()));
        QVERIFY(!f.find<QPushButton>("detect.catalog.copy")->isEnabled());
    }

    void cancelStopsTheRun()
    {
        auto system = std::make_unique<FakeSystem>();
        auto gate = std::make_shared<FakeSystem::Gate>();
        system->socketGate = gate;
        WizardFixture f({}, {}, std::move(system));
        QVERIFY(clickForward(*f.wizard));
        QTRY_VERIFY(gate->entered);
        auto* cancel = f.find<QPushButton>("detect.cancel");
        QVERIFY(cancel->isVisible());
        QVERIFY(!f.wizard->button(QWizard::NextButton)->isEnabled()); // still running
        screenshot(*f.wizard, QStringLiteral("2-detect-running"), f.stateDir.path());
        QTest::mouseClick(cancel, Qt::LeftButton);
        gate->released = true;
        QTRY_VERIFY(f.wizard->button(QWizard::NextButton)->isEnabled());
        QCOMPARE(f.find<QLabel>("detect.status")->text(), QStringLiteral("Cancelled."));
        QCOMPARE(f.find<QLabel>("detect.adapters.unavailable")->text(), QStringLiteral("unavailable: cancelled"));
        QVERIFY(f.find<QPushButton>("detect.rerun")->isVisible());
        QCOMPARE(f.record().inventory->probes.at("adapters").reason, std::string("cancelled"));
    }

    void closingWhileRunningWaitsForTheWork()
    {
        auto system = std::make_unique<FakeSystem>();
        auto gate = std::make_shared<FakeSystem::Gate>();
        system->socketGate = gate;
        auto f = std::make_unique<WizardFixture>(std::string{}, Intake{}, std::move(system));
        QVERIFY(clickForward(*f->wizard));
        QTRY_VERIFY(gate->entered);
        gate->released = true; // the worker finishes its probe; destruction must wait for it, not crash
        f.reset();
    }

    void fiftyThousandSockets()
    {
        auto system = std::make_unique<FakeSystem>();
        system->socketCount = 50000;
        WizardFixture f({}, {}, std::move(system));
        QElapsedTimer timer;
        timer.start();
        detect(f);
        const qint64 detected = timer.restart();
        auto* table = f.find<QTableView>("detect.sockets.table");
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(table->model());
        QCOMPARE(proxy->rowCount(), 50000);
        f.find<QTabWidget>("detect.tabs")->setCurrentIndex(1);
        QTest::qWait(1);
        const qint64 shown = timer.restart();
        QTest::keyClicks(f.find<QLineEdit>("detect.sockets.filter"), QStringLiteral("app7.exe"));
        QTRY_COMPARE(proxy->rowCount(), 1250);
        const qint64 filtered = timer.restart();
        table->sortByColumn(4, Qt::DescendingOrder);
        const qint64 sorted = timer.restart();
        qInfo("50,000 sockets: detect %lld ms, show %lld ms, type a filter %lld ms, sort %lld ms",
              static_cast<long long>(detected), static_cast<long long>(shown), static_cast<long long>(filtered),
              static_cast<long long>(sorted));
        QVERIFY(detected + shown + filtered + sorted < 20000);
    }

    void copyPutsTheTableOnTheClipboard()
    {
        WizardFixture f("lsp-adware");
        detect(f);
        QApplication::clipboard()->clear();
        QTest::mouseClick(f.find<QPushButton>("detect.catalog.copy"), Qt::LeftButton);
        const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 11); // header + 10 catalog entries
        QVERIFY(lines.front().startsWith(QStringLiteral("ID\tName\tKind")));
        QVERIFY(lines.filter(QStringLiteral("1010\tSpeedSurf LSP\tLAYERED")).size() == 1);
    }

    void thisMachine()
    {
        // The real backend of this build: whatever it finds, every tab shows rows or says why it cannot.
        WizardFixture f(std::string{});
        QVERIFY(f.wizard->windowTitle().contains(QStringLiteral("this computer")));
        QVERIFY(clickForward(*f.wizard));
        QTRY_VERIFY_WITH_TIMEOUT(f.wizard->button(QWizard::NextButton)->isEnabled(), 60000);
        for (const char* probe : {"catalog", "sockets", "adapters", "events"}) {
            const auto& status = f.record().inventory->probes.at(probe);
            auto* tab = f.find<ProbeTab>((std::string("detect.") + probe).c_str());
            auto* unavailable = f.find<QLabel>((std::string("detect.") + probe + ".unavailable").c_str());
            QVERIFY2(tab->isAvailable() == status.available, probe);
            QVERIFY2(unavailable->isVisibleTo(tab) == !status.available, probe);
            if (!status.available)
                QVERIFY(unavailable->text().startsWith(QStringLiteral("unavailable: ")));
        }
        f.find<QTabWidget>("detect.tabs")->setCurrentIndex(1);
        screenshot(*f.wizard, QStringLiteral("2-detect-this-machine"), f.stateDir.path());
    }

    void backCancelsAndNextRunsAgain()
    {
        WizardFixture f("clean");
        detect(f);
        f.wizard->back();
        QCOMPARE(f.wizard->currentId(), int(WsafixWizard::Page_Intake));
        QVERIFY(clickForward(*f.wizard));
        QTRY_VERIFY(f.wizard->button(QWizard::NextButton)->isEnabled());
        QCOMPARE(f.find<QLabel>("detect.status")->text(), QStringLiteral("Finished."));
    }
};

QTEST_MAIN(TestDetectPage)
#include "tst_detectpage.moc"
