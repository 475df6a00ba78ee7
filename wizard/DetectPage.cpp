#include "DetectPage.h"

#include "EngineText.h"

#include "AdapterModel.h"
#include "CatalogModel.h"
#include "NamespaceModel.h"
#include "EventModel.h"
#include "FindingsView.h"
#include "PageText.h"
#include "ProbeTab.h"
#include "SessionController.h"
#include "SocketModel.h"
#include "SocketProxyModel.h"
#include "TcpStateChart.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wsafix {

DetectPage::DetectPage(SessionController& controller, QWidget* parent)
    : DetectionJobPage(controller, QStringLiteral("detect"), tr("&Cancel examination"), tr("&Run again"),
                       tr("Examination progress"), parent),
      m_findings(new FindingsView(QStringLiteral("detect.findings"), this)), m_tabs(new QTabWidget(this)),
      m_catalogModel(new CatalogModel(this)), m_socketModel(new SocketModel(this)),
      m_adapterModel(new AdapterModel(this)), m_eventModel(new EventModel(this)),
      m_namespaceModel(new NamespaceModel(this)),
      m_catalogTab(new ProbeTab(QStringLiteral("detect.catalog"), m_catalogModel, false, this)),
      m_socketTab(new ProbeTab(QStringLiteral("detect.sockets"), m_socketModel, true, this, new SocketProxyModel)),
      m_adapterTab(new ProbeTab(QStringLiteral("detect.adapters"), m_adapterModel, false, this)),
      m_eventTab(new ProbeTab(QStringLiteral("detect.events"), m_eventModel, false, this)),
      m_namespaceTab(new ProbeTab(QStringLiteral("detect.namespaces"), m_namespaceModel, false, this)),
      m_tcpStateChart(new TcpStateChart(this)), m_remoteCaption(new QLabel(this)), m_remotes(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("detectPage"));
    setTitle(tr("Examine the computer"));
    m_intro = PageText::intro(QStringLiteral("detect.intro"), QString(), this);

    m_findings->setEmptyText(tr("No problems found: the socket providers, the connections, the network adapters and "
                                "the event log look healthy."));

    // On Linux the "catalog" is the list of libraries preloaded into every program.
    const bool onLinux = m_controller.systemInfo().backend == "linux";
    m_tabs->setObjectName(QStringLiteral("detect.tabs"));
    m_tabs->setAccessibleName(tr("What was examined"));
    m_tabs->tabBar()->setAccessibleName(m_tabs->accessibleName());
    // Alt+N is Next and Alt+C Cancel: the tabs use other letters.
    m_tabs->addTab(m_catalogTab, onLinux ? tr("Preloaded &libraries") : tr("&Winsock catalog"));
    m_tabs->addTab(m_socketTab, tr("&Sockets"));
    m_tabs->addTab(makeTcpStateTab(), tr("&TCP states"));
    m_tabs->addTab(m_adapterTab, tr("&Adapters"));
    m_tabs->addTab(m_eventTab, tr("&Events"));
    m_tabs->addTab(m_namespaceTab, tr("Na&me resolution"));
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto* tab = qobject_cast<ProbeTab*>(m_tabs->widget(i)))
            tab->setTitle(QString(m_tabs->tabText(i)).remove(QLatin1Char('&')));
    setResultFocus(m_findings->list());

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_findings);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(progressRow());
    layout->addWidget(m_splitter, 1);
}

void DetectPage::initializePage()
{
    const Intake& in = m_controller.record().intake;
    m_socketTab->setFilterText(!in.process.empty() ? QString::fromStdString(in.process)
                               : in.pid            ? QString::number(in.pid)
                                                   : QString());
    start();
}

void DetectPage::runningChanged(bool running)
{
    m_tabs->setEnabled(!running);
    m_findings->setEnabled(!running);
}

void DetectPage::start()
{
    if (isRunning())
        return;
    const auto pasted = m_controller.pastedAnalysis();
    m_intro->setText(pasted ? tr("wsafix is reading the pasted outputs.")
                            : tr("wsafix is examining this computer; this takes a few seconds. Wait until the results "
                                 "appear, or click Cancel."));
    m_findings->showPlaceholder(tr("The findings appear here when the examination ends."));
    m_tcpStateChart->clear();
    m_remotes->clear();
    runJob(pasted ? DetectionJob::forPasted(m_controller.record().intake, pasted)
                  : DetectionJob(m_controller.record().intake));
}

void DetectPage::finished()
{
    auto taken = takeResult();
    if (!taken)
        return;
    DetectionResult& result = *taken;
    if (!result.error.empty()) {
        m_status->setText(tr("Failed."));
        m_intro->setText(tr("The examination failed: %1. Click Run again.").arg(EngineText::translate(result.error)));
        m_controller.record().note("Detection failed: " + result.error);
        m_controller.save("detect", {});
        return;
    }
    m_status->setText(result.cancelled ? tr("Cancelled.") : tr("Finished."));
    showInventory(result.inventory);
    m_findings->setFindings(result.findings);
    // "No problems found" needs two lines, not half the page: give the room to the tables.
    const int height = m_splitter->height();
    const int top = result.findings.empty() ? qMin(90, height / 4) : height * 2 / 5;
    m_splitter->setSizes({top, height - top});

    const int count = static_cast<int>(result.findings.size());
    if (result.cancelled)
        m_intro->setText(tr("The examination was cancelled, so the results below are incomplete. Click Run again, "
                            "or Next to continue with what was found."));
    else if (count == 0 && m_controller.pastedAnalysis())
        m_intro->setText(tr("No problems found in the pasted outputs. Tabs without them say which command would "
                            "show more."));
    else if (count == 0)
        m_intro->setText(tr("No problems found on this computer. Click Next to continue; if the error persists, the "
                            "failing program itself is the likely cause."));
    else if (count == 1)
        m_intro->setText(tr("Found one problem. Click it to see the evidence, then click Next to see the fixes."));
    else
        m_intro->setText(tr("Found %1 problems, the worst first. Click one to see its evidence, then click Next to "
                            "see the fixes.")
                             .arg(count));

    std::string what = result.cancelled ? "Detection cancelled: " : "Detection: ";
    what += std::to_string(count) + " finding(s)";
    for (const auto& f : result.findings)
        what += (&f == &result.findings.front() ? ": " : ", ") + f.id;
    SessionRecord& record = m_controller.record();
    record.inventory = std::move(result.inventory);
    record.findings = std::move(result.findings);
    m_controller.save("detect", what);
    markDone();
}

void DetectPage::showInventory(const Inventory& inventory)
{
    // The target's own interposers (loaded DLLs, LD_PRELOAD) are listed after the machine-wide ones.
    std::vector<CatalogEntry> catalog = inventory.catalog;
    catalog.insert(catalog.end(), inventory.targetInterposers.begin(), inventory.targetInterposers.end());
    m_catalogModel->setEntries(std::move(catalog));
    m_namespaceModel->setProviders(inventory.namespaceProviders);
    m_socketModel->setSockets(inventory.sockets);
    m_adapterModel->setAdapters(inventory.adapters);
    m_eventModel->setEvents(inventory.events);
    const auto apply = [&inventory](ProbeTab* tab, const char* probe) {
        const auto it = inventory.probes.find(probe);
        if (it == inventory.probes.end())
            tab->setUnavailable(tr("not run"));
        else if (!it->second.available)
            tab->setUnavailable(EngineText::translate(it->second.reason));
        else
            tab->setAvailable();
        tab->fitColumns();
    };
    apply(m_catalogTab, "catalog");
    apply(m_socketTab, "sockets");
    apply(m_adapterTab, "adapters");
    apply(m_eventTab, "events");
    apply(m_namespaceTab, "namespaces");
    showTcpStates(inventory);
}

QWidget* DetectPage::makeTcpStateTab()
{
    // The chart with, beside it, where the target's sockets go: the reconnect pattern is one endpoint on top.
    auto* tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("detect.tcpStates"));
    m_remoteCaption->setObjectName(QStringLiteral("detect.remoteEndpoints.caption"));
    m_remoteCaption->setWordWrap(true);
    m_remoteCaption->setBuddy(m_remotes);
    m_remotes->setObjectName(QStringLiteral("detect.remoteEndpoints"));
    m_remotes->setAccessibleName(tr("Sockets per remote endpoint"));
    m_remotes->setRootIsDecorated(false);
    m_remotes->setUniformRowHeights(true);
    m_remotes->setHeaderLabels({tr("Remote endpoint"), tr("Sockets")});
    m_remotes->header()->setStretchLastSection(false);
    m_remotes->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_remotes->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_remotes->setMinimumWidth(m_remotes->fontMetrics().averageCharWidth() * 34); // an IPv6 endpoint

    auto* side = new QVBoxLayout;
    side->addWidget(m_remoteCaption);
    side->addWidget(m_remotes, 1);
    auto* layout = new QHBoxLayout(tab);
    layout->addWidget(m_tcpStateChart, 3);
    layout->addLayout(side, 1);
    return tab;
}

void DetectPage::showTcpStates(const Inventory& inventory)
{
    m_tcpStateChart->setSockets(inventory.sockets, m_controller.record().intake);
    m_remoteCaption->setText(m_tcpStateChart->isMachineWide()
                                 ? tr("Most sockets per remote endpoint, whole machine:")
                                 : tr("Most sockets of %1 per remote endpoint:").arg(m_tcpStateChart->targetText()));
    m_remotes->clear();
    for (const auto& [remote, count] : m_tcpStateChart->topRemotes()) {
        auto* item = new QTreeWidgetItem(m_remotes, {remote, QString::number(count)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
}

} // namespace wsafix
