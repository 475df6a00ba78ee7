#pragma once
// Opens the repair wizard: the only part of the app that needs a display.

#include "CommandLine.h"

namespace wsafix {

/// True when a Qt GUI can open here (a display, or an explicit QT_QPA_PLATFORM such as offscreen).
bool displayAvailable();

/// Creates the QApplication and the wizard for `cl`; returns the exit code.
int runWizard(int& argc, char** argv, const CommandLine& cl);

} // namespace wsafix
