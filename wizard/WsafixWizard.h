#pragma once
// The repair wizard: Intake → Detect → Fix → Verify → Report, over one SessionController that owns the
// machine, the session store and the session record.

#include "diagnostics/SessionRecord.h"
#include "diagnostics/SessionStore.h"
#include "diagnostics/System.h"

#include <QWizard>

#include <memory>

namespace wsafix {

class IntakePage;
class SessionController;
class StepsPanel;
struct ParsedSupportLink;

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

    /// A support link given at launch: pre-fills the intake page, or says on it why the link was refused.
    void openLink(const ParsedSupportLink& parsed);
    /// A support link handed over by a second launch while this wizard runs. Asks (QMessageBox) before it
    /// replaces anything on screen; a link past the first page starts a new session. Never touches any other page.
    void receiveLink(const ParsedSupportLink& parsed);

private:
    std::unique_ptr<SessionController> m_controller; // outlives the pages' background work (see ~WsafixWizard)
    StepsPanel* m_steps;
    IntakePage* m_intake;
};

} // namespace wsafix
