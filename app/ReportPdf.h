#pragma once
// PDF rendering for `wsafix report --format pdf`: the only Qt the report command needs, kept out of app_cli.

#include "diagnostics/report/ReportDocument.h"

#include <string>

namespace wsafix {

/// The PDF of `document`. Creates the QGuiApplication that fonts need (offscreen when there is no display).
std::string renderReportPdf(const ReportDocument& document);

} // namespace wsafix
