#pragma once
// Step 2: runs every probe and the rules off the GUI thread, with progress and Cancel, then shows the
// findings worst first and the raw inventory in tabs. Next stays disabled until the run has ended.

#include "DetectionJobPage.h"

class QLabel;
class QSplitter;
class QTabWidget;
class QTreeWidget;

namespace wsafix {

class AdapterModel;
class CatalogModel;
class EventModel;
class NamespaceModel;
class FindingsView;
class ProbeTab;
class SocketModel;
class TcpStateChart;

class DetectPage : public DetectionJobPage
{
    Q_OBJECT

public:
    explicit DetectPage(SessionController& controller, QWidget* parent = nullptr);

    void initializePage() override;

public slots:
    void start() override;

private:
    void finished() override;
    void runningChanged(bool running) override;
    void showInventory(const Inventory& inventory);
    QWidget* makeTcpStateTab();
    void showTcpStates(const Inventory& inventory);

    QLabel* m_intro;
    FindingsView* m_findings;
    QTabWidget* m_tabs;
    QSplitter* m_splitter;
    CatalogModel* m_catalogModel;
    SocketModel* m_socketModel;
    AdapterModel* m_adapterModel;
    EventModel* m_eventModel;
    NamespaceModel* m_namespaceModel;
    ProbeTab* m_catalogTab;
    ProbeTab* m_socketTab;
    ProbeTab* m_adapterTab;
    ProbeTab* m_eventTab;
    ProbeTab* m_namespaceTab;
    TcpStateChart* m_tcpStateChart;
    QLabel* m_remoteCaption;
    QTreeWidget* m_remotes;
};

} // namespace wsafix
