#pragma once
/// @file Report.h
/// @brief One report of a session in every format: the record (redacted when asked), its model and its layout.
/// The command line and the wizard both start here, so `--redact` and the checkbox redact the same way.

#include "diagnostics/SessionRecord.h"
#include "diagnostics/report/ReportDocument.h"
#include "diagnostics/report/ReportModel.h"

#include <optional>
#include <string>
#include <string_view>

namespace wsafix {

enum class ReportFormat
{
    Html,
    Pdf,
    Json,
    Markdown
};

/// "html", "pdf", "json", "md" (also "markdown"); nullopt for anything else.
std::optional<ReportFormat> reportFormatFromName(std::string_view name);
/// "html", "pdf", "json", "md": also the file extension.
std::string_view reportFormatName(ReportFormat format);

struct Report
{
    SessionRecord record; ///< what every format shows: the session, redacted when asked
    ReportModel model;
    ReportDocument document;

    /// Builds the report of `session`; with `redact`, personal data is replaced first (see Redactor).
    static Report make(const SessionRecord& session, bool redact, ReportOptions options = {});

    /// HTML, JSON or Markdown text. PDF needs Qt: the wizard's PdfReport renders `document`.
    std::string text(ReportFormat format) const;
};

} // namespace wsafix
