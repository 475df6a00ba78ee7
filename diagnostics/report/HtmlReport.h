#pragma once
/// @file HtmlReport.h
/// @brief The report as one self-contained HTML file: inline CSS in the severity colours, no scripts, no external
/// resources; prints well (tables keep their header row on every page and rows are not split).

#include "diagnostics/report/ReportDocument.h"

#include <string>
#include <string_view>

namespace wsafix {

/// A complete HTML5 document.
std::string renderHtmlReport(const ReportDocument& document);

/// `text` with &, <, >, " and ' escaped.
std::string htmlEscaped(std::string_view text);

} // namespace wsafix
