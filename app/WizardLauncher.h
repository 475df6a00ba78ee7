#pragma once
// Opens the repair wizard: the only part of the app that needs a display.

#include "CommandLine.h"

#include "diagnostics/System.h"
#include "diagnostics/links/SupportLink.h"

#include <memory>

namespace wsafix {

class SingleInstance;
class WsafixWizard;

/// True when a Qt GUI can open here (a display, or an explicit QT_QPA_PLATFORM such as offscreen).
bool displayAvailable();

/// The wizard a launch with `cl` opens: a new session on `system` (default: the --scenario machine, or this one),
/// the intake pre-filled from `link` when it is accepted, or saying why it was refused; with --resume SESSION that
/// session on its verify page (removing the reboot-resume entry that named it). Throws ScenarioError, SessionError.
std::unique_ptr<WsafixWizard> createWizard(const CommandLine& cl, const ParsedSupportLink* link,
                                           std::unique_ptr<System> system = nullptr);

/// Lets later launches reach `wizard` through `instance`: a link is parsed here, by the running wizard, and
/// offered to it (WsafixWizard::receiveLink); a launch without a link raises the window.
void serveLaunches(SingleInstance& instance, WsafixWizard& wizard);

/// Creates the QApplication; hands `link` (or a request to raise the window) to the wizard already running for
/// this user, state directory and machine, or opens the wizard and serves later launches. Returns the exit code.
int runWizard(int& argc, char** argv, const CommandLine& cl, const ParsedSupportLink* link);

} // namespace wsafix
