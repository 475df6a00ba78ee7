#include "ReportCommand.h"

#include "ExitCode.h"

#include "diagnostics/AtomicFile.h"
#include "diagnostics/SessionStore.h"
#include "diagnostics/report/Report.h"

#include <filesystem>
#include <ostream>

namespace wsafix {
namespace {

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
            problem = "give --format html|pdf|json|md (it could not be told from '" + output + "')";
            return std::nullopt;
        }
    }
    const auto format = reportFormatFromName(name);
    if (!format)
        problem = "unknown format '" + name + "' (html, pdf, json, md)";
    return format;
}

} // namespace

int runReportCommand(const CommandLine& cl, std::ostream& out, std::ostream& err, const ReportRenderers& renderers)
{
    const auto usage = [&err](const std::string& problem) {
        err << "wsafix report: " << problem << "\n";
        return ExitUsage;
    };
    const bool last = cl.options.count("last") > 0;
    const std::string sessionId = option(cl, "session");
    if (last == !sessionId.empty())
        return usage("give either --last or --session ID");
    const std::string output = option(cl, "output");
    if (output.empty())
        return usage("give the output file: -o FILE (- for standard output)");
    std::string problem;
    const auto format = formatOf(cl, output, problem);
    if (!format)
        return usage(problem);
    if (output == "-" && *format == ReportFormat::Pdf)
        return usage("a PDF cannot go to standard output: give -o FILE.pdf");
    if (output != "-" && std::filesystem::is_directory(output))
        return usage("'" + output + "' is a folder: give a file name");

    SessionStore store(cl.stateDir);
    SessionRecord session;
    try {
        if (last) {
            auto latest = store.latest();
            if (!latest)
                return usage("no session in " + store.stateDir().string() + " yet (run wsafix detect first)");
            session = std::move(*latest);
        } else {
            if (!std::filesystem::exists(store.sessionPath(sessionId)))
                return usage("no session '" + sessionId + "' in " + store.stateDir().string() +
                             " (--last takes the newest)");
            session = store.load(sessionId);
        }
    } catch (const SessionError& e) {
        return usage(e.what());
    }

    ReportOptions options;
    options.fixTitle = renderers.fixTitle;
    const Report report = Report::make(session, cl.options.count("redact") > 0, options);
    std::string bytes;
    if (*format == ReportFormat::Pdf) {
        if (!renderers.pdf) {
            err << "wsafix report: this build cannot write PDF files\n";
            return ExitInternal;
        }
        try {
            bytes = renderers.pdf(report.document);
        } catch (const std::runtime_error& e) {
            err << "wsafix report: could not make the PDF: " << e.what() << "\n";
            return ExitInternal;
        }
    } else {
        bytes = report.text(*format);
    }

    if (output == "-") {
        out << bytes;
        return ExitFine;
    }
    try {
        writeFileAtomically(output, bytes);
    } catch (const std::runtime_error& e) {
        return usage(std::string("cannot write the report: ") + e.what());
    }
    out << "Wrote " << output << " (" << reportFormatName(*format) << " report of session " << session.id
        << (report.model.redacted ? ", personal data redacted" : "") << ")\n";
    return ExitFine;
}

} // namespace wsafix
