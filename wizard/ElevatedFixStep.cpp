#include "ElevatedFixStep.h"

#include "SessionController.h"

#include "diagnostics/SessionStore.h"
#include "diagnostics/fix/DetachedProcess.h"
#include "diagnostics/fix/ElevatedFix.h"
#include "diagnostics/fix/ResumeEntry.h"

#include <QtConcurrent>

namespace wsafix {
namespace {

// The prompt may wait for the user, and guarded fixes wait for their watchdog: generous, but bounded.
constexpr std::chrono::minutes kLimit{15};

std::filesystem::path programOr(std::filesystem::path executable)
{
    return executable.empty() ? currentExecutable() : executable;
}

} // namespace

ElevatedFixStep::ElevatedFixStep(SessionController& controller, std::filesystem::path executable, QObject* parent)
    : QObject(parent), m_controller(controller), m_executable(programOr(std::move(executable)))
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ElevatedFixStep::collect);
}

std::vector<std::string> ElevatedFixStep::command(const QStringList& fixIds,
                                                  std::optional<std::chrono::seconds> guardTimeout) const
{
    std::vector<std::string> ids;
    for (const auto& id : fixIds)
        ids.push_back(id.toStdString());
    std::vector<std::string> argv{m_executable.string()};
    const auto args =
        elevatedFixArguments(ids, m_controller.record().id, m_controller.store().stateDir(), guardTimeout);
    argv.insert(argv.end(), args.begin(), args.end());
    return argv;
}

bool ElevatedFixStep::start(const QStringList& fixIds, std::optional<std::chrono::seconds> guardTimeout)
{
    if (m_watcher.isRunning())
        return false;
    // The elevated step continues the session from disk: everything so far must be there first.
    m_controller.save("fix", "relaunching the fix step with administrator rights: " + fixIds.join(u' ').toStdString());
    m_controller.waitForSaved();
    m_actionsBefore = m_controller.record().actions.size();
    auto argv = command(fixIds, guardTimeout);
    const std::filesystem::path program = argv.front();
    argv.erase(argv.begin());
    m_watcher.setFuture(QtConcurrent::run([program, argv] {
        const ElevatedFixRun run = runFixElevated(program, argv, kLimit);
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
    try {
        SessionRecord reread = m_controller.store().load(m_controller.record().id);
        for (std::size_t i = m_actionsBefore; i < reread.actions.size(); ++i)
            outcome.actions.push_back(reread.actions[i]);
        if (reread.actions.size() >= m_actionsBefore)
            m_controller.record() = std::move(reread);
    } catch (const SessionError& e) {
        outcome.detail +=
            QStringLiteral("; the session could not be read back: %1").arg(QString::fromStdString(e.what()));
    }
    if (outcome.ran && outcome.actions.empty())
        outcome.detail += QStringLiteral("; the elevated step recorded no action");
    emit finished(outcome);
}

QString ElevatedFixStep::scheduleResume(const SessionController& controller, std::filesystem::path executable)
{
    if (controller.isSimulated())
        return tr("a simulated machine is not restarted: nothing to re-open");
    const auto why = writeResumeEntry(programOr(std::move(executable)),
                                      resumeArguments(controller.record().id, controller.store().stateDir(), {}));
    return QString::fromStdString(why);
}

} // namespace wsafix
