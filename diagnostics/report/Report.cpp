#include "diagnostics/report/Report.h"

#include "diagnostics/report/HtmlReport.h"
#include "diagnostics/report/JsonReport.h"
#include "diagnostics/report/MarkdownReport.h"
#include "diagnostics/report/Redactor.h"

#include <stdexcept>

namespace wsafix {

std::optional<ReportFormat> reportFormatFromName(std::string_view name)
{
    if (name == "html")
        return ReportFormat::Html;
    if (name == "pdf")
        return ReportFormat::Pdf;
    if (name == "json")
        return ReportFormat::Json;
    if (name == "md" || name == "markdown")
        return ReportFormat::Markdown;
    return std::nullopt;
}

std::string_view reportFormatName(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html:
        return "html";
    case ReportFormat::Pdf:
        return "pdf";
    case ReportFormat::Json:
        return "json";
    case ReportFormat::Markdown:
        return "md";
    }
    return "html";
}

Report Report::make(const SessionRecord& session, bool redact, ReportOptions options)
{
    Report report;
    if (redact) {
        Redactor redactor;
        report.record = redactor.apply(session);
        options.redacted = true;
        options.redactions = redactor.counts();
    } else {
        report.record = session;
    }
    report.model = buildReportModel(report.record, options);
    report.document = buildReportDocument(report.model);
    return report;
}

std::string Report::text(ReportFormat format) const
{
    switch (format) {
    case ReportFormat::Html:
        return renderHtmlReport(document);
    case ReportFormat::Json:
        return renderJsonReport(record, model);
    case ReportFormat::Markdown:
        return renderMarkdownReport(model);
    case ReportFormat::Pdf:
        break;
    }
    throw std::logic_error("a PDF report is rendered by the wizard's PdfReport, not as text");
}

} // namespace wsafix
