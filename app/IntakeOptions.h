#pragma once
// Validation of the intake values given on the command line (--process, --pid, --host, --port, --code, --ticket).

#include "diagnostics/SessionRecord.h"

#include <map>
#include <string>

namespace wsafix {

/// Fills `intake` from `options`; returns an error message, or empty when every value is valid.
std::string intakeFromOptions(const std::map<std::string, std::string>& options, Intake& intake);

} // namespace wsafix
