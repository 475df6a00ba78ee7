#pragma once
// The fix page's way to run fixes that need administrator rights when the wizard runs without them: the fix step is
// relaunched elevated (`pkexec wsafix fix ID... --session S --yes`, or ShellExecuteEx "runas" on Windows) on the
// wizard's own session, off the GUI thread; when it ends, the session is read back from disk, so that its actions
// (and a restore by the auto-revert guard) are what the page shows. Also schedules the reboot resume.

#include "diagnostics/SessionRecord.h"
#include "diagnostics/fix/ElevatedFix.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <filesystem>
#include <functional>
#include <optional>
#include <vector>

namespace wsafix {

class SessionController;

class ElevatedFixStep : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool ran = false;            ///< the elevated step started and ended (the prompt was accepted)
        std::optional<int> exitCode; ///< wsafix fix's exit code
        QString detail;              ///< what happened, or why it did not run
        std::vector<Action> actions; ///< the actions the elevated step added to the session
    };

    /// How the step is run elevated: runFixElevated (pkexec, runas) unless set. Tests set one that runs the
    /// program as it is, to go through everything but the password prompt.
    using Launcher = std::function<ElevatedFixRun(const std::filesystem::path& program,
                                                  const std::vector<std::string>& arguments,
                                                  std::chrono::milliseconds limit)>;

    /// Runs the controller's program() elevated.
    explicit ElevatedFixStep(SessionController& controller, QObject* parent = nullptr);

    void setLauncher(Launcher launcher) { m_launcher = std::move(launcher); }
    /// The argv (program first) that start() runs elevated, with the controller's guard time-out.
    std::vector<std::string> command(const QStringList& fixIds) const;
    /// Saves the session, then runs the fix step elevated; finished() follows. False (and nothing runs) while one runs.
    bool start(const QStringList& fixIds);
    bool isRunning() const { return m_watcher.isRunning(); }

    /// Sets the wizard to re-open on the verify page of the controller's session after the next restart (XDG
    /// autostart entry, Windows RunOnce). Empty on success, else why not.
    static QString scheduleResume(const SessionController& controller);

signals:
    void finished(const wsafix::ElevatedFixStep::Outcome& outcome);

private:
    void collect();

    SessionController& m_controller;
    Launcher m_launcher;
    std::size_t m_actionsBefore = 0;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace wsafix
