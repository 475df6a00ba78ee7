#pragma once
// The repair wizard: Intake → Detect → Fix → Verify → Report, over one SessionController that owns the
// machine, the session store and the session record.

#include "diagnostics/SessionRecord.h"
#include "diagnostics/SessionStore.h"
#include "diagnostics/System.h"

#include <QWizard>

#include <memory>

namespace wsafix {

class SessionController;
class StepsPanel;

class WsafixWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        Page_Intake,
        Page_Detect,
        Page_Fix,
        Page_Verify,
        Page_Report
    };

    /// `record` may be fresh (SessionRecord::start()) or pre-filled (a support link's intake, a resumed session).
    WsafixWizard(std::unique_ptr<System> system, SessionStore store, SessionRecord record, QWidget* parent = nullptr);
    ~WsafixWizard() override;

    SessionController& controller() { return *m_controller; }

    /// Opens a new wizard window on the simulated machine `scenario` (a built-in name or a file), in the same
    /// state directory, and closes this one. Returns the new window (deleted when closed), or nullptr with a
    /// message box when the scenario cannot be loaded.
    WsafixWizard* startTraining(const std::string& scenario);

public slots:
    /// Lets the user pick a training scenario (TrainingDialog), then startTraining().
    void chooseTraining();

    void done(int result) override;

private:
    std::unique_ptr<SessionController> m_controller; // outlives the pages' background work (see ~WsafixWizard)
    StepsPanel* m_steps;
};

} // namespace wsafix
