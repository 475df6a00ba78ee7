#pragma once
// `wsafix report (--last | --session ID) --format html|pdf|json|md [--redact] -o FILE`. Qt-free: the PDF, which
// needs Qt, comes in through ReportRenderers from the executable.

#include "CommandLine.h"

#include "diagnostics/report/ReportDocument.h"

#include <functional>
#include <iosfwd>
#include <string>

namespace wsafix {

struct ReportRenderers
{
    /// The bytes of a PDF of `document`; throws std::runtime_error when it cannot be made.
    std::function<std::string(const ReportDocument& document)> pdf;
    /// A readable title for a fix id; empty: reports show the id.
    std::function<std::string(const std::string& fixId)> fixTitle;
};

/// Runs `wsafix report` and returns the exit code: 0 written, 2 bad input (no such session, bad format, output not
/// writable; nothing is written then), 4 internal error.
int runReportCommand(const CommandLine& cl, std::ostream& out, std::ostream& err, const ReportRenderers& renderers);

} // namespace wsafix
