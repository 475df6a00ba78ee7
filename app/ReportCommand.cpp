#include "ReportCommand.h"

#include "CliText.h"

#include "ExitCode.h"

#include "diagnostics/AtomicFile.h"
#include "diagnostics/SessionStore.h"
#include "diagnostics/report/Report.h"

#include <filesystem>
#include <ostream>

namespace wsafix {
namespace {

using cli::format;
using cli::translate;

std::string option(const CommandLine& cl, const char* name)
{
    const auto it = cl.options.find(name);
    return it == cl.options.end() ? std::string() : it->second;
}

// The format named by --format, else by the output file's extension.
std::optional<ReportFormat> formatOf(const CommandLine& cl, const std::string& output, std::string& problem)
{
    std::string name = option(cl, "format");
    if (name.empty()) {
        name = std::filesystem::path(output).extension().string();
        if (!name.empty())
            name.erase(0, 1);
        if (name == "htm")
            name = "html";
        if (!reportFormatFromName(name)) {
            problem =
                format(translate("ReportCommand", "give --format html|pdf|json|md (it could not be told from '%1')"),
                       {output});
            return std::nullopt;
        }
    }
    const auto parsed = reportFormatFromName(name);
    if (!parsed)
        problem = format(translate("ReportCommand", "unknown format '%1' (html, pdf, json, md)"), {name});
    return parsed;
}

} // namespace

int runReportCommand(const CommandLine& cl, std::ostream& out, std::ostream& err, const ReportRenderers& renderers)
{
    const auto usage = [&err](const std::string& problem) {
        err << format(translate("ReportCommand", "wsafix report: %1"), {problem}) << "\n";
        return ExitUsage;
    };
    const bool last = cl.options.count("last") > 0;
    const std::string sessionId = option(cl, "session");
    if (last == !sessionId.empty())
        return usage(translate("ReportCommand", "give either --last or --session ID"));
    const std::string output = option(cl, "output");
    if (output.empty())
        return usage(translate("ReportCommand", "give the output file: -o FILE (- for standard output)"));
    std::string problem;
    const auto reportFormat = formatOf(cl, output, problem);
    if (!reportFormat)
        return usage(problem);
    if (output == "-" && *reportFormat == ReportFormat::Pdf)
        return usage(translate("ReportCommand", "a PDF cannot go to standard output: give -o FILE.pdf"));
    if (output != "-" && std::filesystem::is_directory(output))
        return usage(format(translate("ReportCommand", "'%1' is a folder: give a file name"), {output}));

    if (cl.options.count("redact") && cl.options.count("no-redact"))
        return usage(translate("ReportCommand", "give --redact or --no-redact, not both"));
    // The Markdown summary is pasted into tickets: redacted unless --no-redact. The other formats stay as fleet
    // scripts have them: redacted with --redact.
    const bool redact = cl.options.count("redact") > 0 ||
                        (*reportFormat == ReportFormat::Markdown && cl.options.count("no-redact") == 0);

    SessionStore store(cl.stateDir);
    SessionRecord session;
    try {
        if (last) {
            auto latest = store.latest();
            if (!latest)
                return usage(format(translate("ReportCommand", "no session in %1 yet (run wsafix detect first)"),
                                    {store.stateDir().string()}));
            session = std::move(*latest);
        } else {
            if (!std::filesystem::exists(store.sessionPath(sessionId)))
                return usage(format(translate("ReportCommand", "no session '%1' in %2 (--last takes the newest)"),
                                    {sessionId, store.stateDir().string()}));
            session = store.load(sessionId);
        }
    } catch (const SessionError& e) {
        return usage(cli::engineText(e.what()));
    }

    ReportOptions options;
    options.fixTitle = renderers.fixTitle;
    const Report report = Report::make(session, redact, options);
    std::string bytes;
    if (*reportFormat == ReportFormat::Pdf) {
        if (!renderers.pdf) {
            err << translate("ReportCommand", "wsafix report: this build cannot write PDF files") << "\n";
            return ExitInternal;
        }
        try {
            bytes = renderers.pdf(report.document);
        } catch (const std::runtime_error& e) {
            err << format(translate("ReportCommand", "wsafix report: could not make the PDF: %1"), {e.what()}) << "\n";
            return ExitInternal;
        }
    } else {
        bytes = report.text(*reportFormat);
    }

    if (output == "-") {
        out << bytes;
        return ExitFine;
    }
    try {
        writeFileAtomically(output, bytes);
    } catch (const std::runtime_error& e) {
        return usage(format(translate("ReportCommand", "cannot write the report: %1"), {e.what()}));
    }
    out << format(report.model.redacted
                      ? translate("ReportCommand", "Wrote %1 (%2 report of session %3, personal data redacted)")
                      : translate("ReportCommand", "Wrote %1 (%2 report of session %3)"),
                  {output, reportFormatName(*reportFormat), session.id})
        << "\n";
    return ExitFine;
}

} // namespace wsafix
