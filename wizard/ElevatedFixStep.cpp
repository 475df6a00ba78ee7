#include "ElevatedFixStep.h"

#include "EngineText.h"
#include "SessionController.h"

#include "diagnostics/SessionStore.h"
#include "diagnostics/fix/ElevatedFix.h"
#include "diagnostics/fix/ResumeEntry.h"

#include <QtConcurrent>

namespace wsafix {
namespace {

// The prompt may wait for the user, and guarded fixes wait for their watchdog: generous, but bounded.
constexpr std::chrono::minutes kLimit{15};

} // namespace

ElevatedFixStep::ElevatedFixStep(SessionController& controller, QObject* parent)
    : QObject(parent), m_controller(controller), m_launcher(runFixElevated)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ElevatedFixStep::collect);
}

std::vector<std::string> ElevatedFixStep::command(const QStringList& fixIds) const
{
    std::vector<std::string> ids;
    for (const auto& id : fixIds)
        ids.push_back(id.toStdString());
    std::vector<std::string> argv{m_controller.program().string()};
    const auto args = elevatedFixArguments(ids, m_controller.record().id,
                                           std::filesystem::absolute(m_controller.store().stateDir()),
                                           m_controller.guardTimeout());
    argv.insert(argv.end(), args.begin(), args.end());
    return argv;
}

bool ElevatedFixStep::start(const QStringList& fixIds)
{
    if (m_watcher.isRunning())
        return false;
    // The elevated step continues the session from disk: everything so far must be there first.
    m_controller.save("fix", "relaunching the fix step with administrator rights: " + fixIds.join(u' ').toStdString());
    m_controller.waitForSaved();
    m_actionsBefore = m_controller.record().actions.size();
    auto argv = command(fixIds);
    const std::filesystem::path program = argv.front();
    argv.erase(argv.begin());
    m_watcher.setFuture(QtConcurrent::run([launcher = m_launcher, program, argv] {
        const ElevatedFixRun run = launcher(program, argv, kLimit);
        Outcome outcome;
        outcome.ran = run.ran;
        outcome.exitCode = run.exitCode;
        outcome.detail = QString::fromStdString(run.detail);
        return outcome;
    }));
    return true;
}

void ElevatedFixStep::collect()
{
    Outcome outcome = m_watcher.result();
    outcome.detail = EngineText::translate(outcome.detail.toStdString());
    try {
        m_controller.reload();
        const auto& actions = m_controller.record().actions;
        for (std::size_t i = m_actionsBefore; i < actions.size(); ++i)
            outcome.actions.push_back(actions[i]);
    } catch (const SessionError& e) {
        outcome.detail +=
            tr("; the session could not be read back: %1").arg(EngineText::translate(e.what()));
    }
    if (outcome.ran && outcome.actions.empty())
        outcome.detail += tr("; the elevated step recorded no action");
    emit finished(outcome);
}

QString ElevatedFixStep::scheduleResume(const SessionController& controller)
{
    if (controller.isSimulated())
        return tr("a simulated machine is not restarted: nothing to re-open");
    const auto why =
        writeResumeEntry(controller.program(), resumeArguments(controller.record().id,
                                                               std::filesystem::absolute(controller.store().stateDir()), {}));
    return EngineText::translate(why);
}

} // namespace wsafix
