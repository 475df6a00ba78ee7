#pragma once
// The fix page's way to run fixes that need administrator rights when the wizard runs without them: the fix step is
// relaunched elevated (`pkexec wsafix fix ID... --session S --yes`, or ShellExecuteEx "runas" on Windows) on the
// wizard's own session, off the GUI thread; when it ends, the session is read back from disk, so that its actions
// (and a restore by the auto-revert guard) are what the page shows. Also schedules the reboot resume.

#include "diagnostics/SessionRecord.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <filesystem>
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

    /// `executable`: the wsafix program (empty: this one).
    explicit ElevatedFixStep(SessionController& controller, std::filesystem::path executable = {},
                             QObject* parent = nullptr);

    /// The argv (program first) that start() runs elevated.
    std::vector<std::string> command(const QStringList& fixIds, std::optional<std::chrono::seconds> guardTimeout) const;
    /// Saves the session, then runs the fix step elevated; finished() follows. False (and nothing runs) while one runs.
    bool start(const QStringList& fixIds, std::optional<std::chrono::seconds> guardTimeout = std::nullopt);
    bool isRunning() const { return m_watcher.isRunning(); }

    /// Sets the wizard to re-open on the verify page of the controller's session after the next restart (XDG
    /// autostart entry, Windows RunOnce). Empty on success, else why not.
    static QString scheduleResume(const SessionController& controller, std::filesystem::path executable = {});

signals:
    void finished(const wsafix::ElevatedFixStep::Outcome& outcome);

private:
    void collect();

    SessionController& m_controller;
    std::filesystem::path m_executable;
    std::size_t m_actionsBefore = 0;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace wsafix
