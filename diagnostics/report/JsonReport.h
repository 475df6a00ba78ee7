#pragma once
/// @file JsonReport.h
/// @brief The report as JSON: the whole session record (the same document SessionStore writes, so the session
/// loader reads a report back into the identical record) plus a "report" object with the schema
/// "wsafix.report/1", when and how it was made, and the derived summary (decoded error, verdict, next steps,
/// socket counts, probe-series numbers).

#include "diagnostics/SessionRecord.h"
#include "diagnostics/report/ReportModel.h"

#include <string>

namespace wsafix {

inline constexpr const char* kReportSchema = "wsafix.report/1";

/// `record` must be the record `model` was built from (redacted or not).
std::string renderJsonReport(const SessionRecord& record, const ReportModel& model);

} // namespace wsafix
