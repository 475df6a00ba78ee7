#include "SessionController.h"

#include "diagnostics/ProcessRunner.h"
#include "diagnostics/SystemFactory.h"
#include "diagnostics/fix/AutoRevertGuard.h"
#include "diagnostics/fix/DetachedProcess.h"
#include "diagnostics/fix/FixFactory.h"
#include "diagnostics/fix/FixRecord.h"
#include "diagnostics/fix/FixRunner.h"
#include "diagnostics/fix/Journal.h"
#include "diagnostics/fix/SnapshotStore.h"
#include "diagnostics/platform/simulated/SimulatedFix.h"
#include "diagnostics/platform/simulated/SimulatedSystem.h"

#include <exception>
#include <memory>

namespace wsafix {

SessionController::SessionController(std::unique_ptr<System> system, SessionStore store, SessionRecord record,
                                     QObject* parent)
    : QObject(parent), m_system(std::move(system)), m_store(std::move(store)), m_record(std::move(record)),
      m_program(currentExecutable()), m_guardTimeout(AutoRevertGuard::kDefaultTimeout)
{
    m_simulated = dynamic_cast<SimulatedSystem*>(m_system.get());
    m_info = m_system->info();
    if (m_record.id.empty())
        m_record = SessionRecord::start();
    if (m_record.system.backend.empty())
        m_record.system = m_info;
    if (m_simulated && m_record.scenario.empty())
        m_record.scenario = m_info.scenario;
    // A resumed session on a fresh simulated machine: replay the fixes it already applied.
    resumeSimulatedFixes(*m_system, m_record.simulatedFixes);
    if (m_simulated) {
        m_fixFactory = std::make_unique<FixFactory>(createSimulatedFixFactory(*m_simulated));
    } else {
        m_processRunner = createProcessRunner(defaultAllowList());
        m_fixFactory = std::make_unique<FixFactory>(createNativeFixFactory(*m_processRunner));
    }
    m_snapshots = std::make_unique<SnapshotStore>(m_store.stateDir());
    m_journal = std::make_unique<Journal>(m_store.stateDir() / "journal");
    m_fixRunner = std::make_unique<FixRunner>(*m_snapshots, *m_journal, m_fixFactory->machine());
    // Detection and verification run one at a time; saves run one at a time, in order.
    m_pool.setMaxThreadCount(1);
    m_savePool.setMaxThreadCount(1);
}

SessionController::~SessionController()
{
    m_shutdown.request_stop();
    m_pool.waitForDone();
    m_savePool.waitForDone();
}

void SessionController::waitForSaved()
{
    m_savePool.waitForDone();
}

const Scenario* SessionController::scenario() const
{
    return m_simulated ? &m_simulated->scenario() : nullptr;
}

QString SessionController::machineDescription() const
{
    if (m_pasted)
        return m_pasted->system.hostname.empty()
                   ? tr("pasted outputs")
                   : tr("pasted outputs of %1").arg(QString::fromStdString(m_pasted->system.hostname));
    if (m_simulated)
        return tr("simulated machine: %1").arg(QString::fromStdString(m_info.scenario));
    return tr("this computer: %1").arg(QString::fromStdString(m_info.hostname));
}

void SessionController::save(const std::string& step, const std::string& what)
{
    m_record.step = step;
    if (!what.empty())
        m_record.note(what);
    m_record.updated = utcNow();
    auto copy = std::make_shared<SessionRecord>(m_record);
    m_savePool.start([this, copy] {
        QString error;
        try {
            m_store.save(*copy);
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
        }
        // Report on the GUI thread; dropped if the controller is gone (it waits for this task first anyway).
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                m_lastSaveError = error;
                if (error.isEmpty())
                    emit saved();
                else
                    emit saveFailed(error);
            },
            Qt::QueuedConnection);
    });
}

void SessionController::usePastedOutputs(const std::vector<PasteAnalysis>& inputs)
{
    m_pasted = std::make_shared<const CombinedAnalysis>(combineAnalyses(inputs));
    m_record.system = m_pasted->system;
    m_record.pastedInputs.clear();
    for (const auto& in : inputs)
        m_record.pastedInputs.push_back(in.source);
    m_record.note("Inventory from pasted outputs (" + std::to_string(inputs.size()) + " input(s)), not from this machine");
}

void SessionController::startNewSession()
{
    if (!m_record.timeline.empty())
        save(m_record.step, "Left for a new session (a support link was opened)");
    SessionRecord next = SessionRecord::start();
    next.system = m_record.system;
    next.scenario = m_record.scenario;
    next.simulatedFixes = m_record.simulatedFixes;
    m_record = std::move(next);
}

void SessionController::reload()
{
    SessionRecord reread = m_store.load(m_record.id);
    if (m_simulated) {
        std::lock_guard lock(m_systemMutex);
        try {
            m_simulated->resetTo(reread.simulatedFixes);
        } catch (const std::invalid_argument& e) {
            throw SessionError("session " + reread.id + " names a fix this simulated machine lacks: " + e.what());
        }
    }
    m_record = std::move(reread);
}

void SessionController::recordFix(const FixReport& report,
                                  const std::optional<std::vector<std::string>>& simulatedFixes)
{
    recordFixReport(m_record, report);
    // Not read here: the machine belongs to the job that may still be running (run() holds its lock).
    if (m_simulated && simulatedFixes)
        m_record.simulatedFixes = *simulatedFixes;
}

} // namespace wsafix
