#pragma once
// Step 2: runs every probe and the rules off the GUI thread, with progress and Cancel, then shows the
// findings worst first and the raw inventory in tabs. Next stays disabled until the run has ended.

#include "DetectionJob.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <stop_token>

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTreeWidget;

namespace wsafix {

class AdapterModel;
class CatalogModel;
class EventModel;
class FindingsView;
class ProbeTab;
class SessionController;
class SocketModel;
class TcpStateChart;

class DetectPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DetectPage(SessionController& controller, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isRunning() const;

public slots:
    void start();
    void cancel();

private:
    void finished();
    void showInventory(const Inventory& inventory);
    void setRunning(bool running);
    QWidget* makeTcpStateTab();
    void showTcpStates(const Inventory& inventory);

    SessionController& m_controller;
    QLabel* m_intro;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_cancel;
    QPushButton* m_rerun;
    FindingsView* m_findings;
    QTabWidget* m_tabs;
    QSplitter* m_splitter;
    CatalogModel* m_catalogModel;
    SocketModel* m_socketModel;
    AdapterModel* m_adapterModel;
    EventModel* m_eventModel;
    ProbeTab* m_catalogTab;
    ProbeTab* m_socketTab;
    ProbeTab* m_adapterTab;
    ProbeTab* m_eventTab;
    TcpStateChart* m_tcpStateChart;
    QLabel* m_remoteCaption;
    QTreeWidget* m_remotes;
    QFutureWatcher<DetectionResult>* m_watcher;
    std::stop_source m_stop;
    bool m_done = false;
};

} // namespace wsafix
