#pragma once
// `wsafix link make|check`: support links for help-desk staff, without opening a window.

#include "CommandLine.h"

#include "diagnostics/links/SupportLink.h"

#include <iosfwd>

namespace wsafix {

/// Runs `wsafix link make ...` or `wsafix link check URL [--json]` and returns the exit code.
int runLinkCommand(const CommandLine& cl, std::ostream& out, std::ostream& err);

/// Prints what `parsed` pre-fills (to `out`) or why it is refused (to `err`, prefixed with `who`); returns the
/// exit code of `link check`: 0 accepted, 2 refused.
int printLinkCheck(const ParsedSupportLink& parsed, const char* who, std::ostream& out, std::ostream& err);

} // namespace wsafix
