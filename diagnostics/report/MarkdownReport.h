#pragma once
/// @file MarkdownReport.h
/// @brief The ticket-ready summary in Markdown: the problem, findings, actions, verdict and what to do next, in
/// under 60 lines however large the session (longer lists are cut and say how much more the full report has).

#include "diagnostics/report/ReportModel.h"

#include <string>

namespace wsafix {

/// At most about kMaxMarkdownLines lines.
std::string renderMarkdownReport(const ReportModel& model);

inline constexpr int kMaxMarkdownLines = 60;

} // namespace wsafix
