// wsafix: the repair wizard, and the command line that scripts, tests and help desks share.
#include "AnalyzeCommand.h"
#include "CommandLine.h"
#include "DecodeCommand.h"
#include "DetectCommand.h"
#include "ExitCode.h"
#include "LinkCommand.h"
#include "ReportCommand.h"
#include "ReportPdf.h"
#include "FixCommand.h"
#include "SnapshotsCommand.h"
#include "VerifyCommand.h"
#include "WizardLauncher.h"

#include "wizard/FixText.h"

#include <exception>
#include <optional>
#include <iostream>

using namespace wsafix;

int main(int argc, char** argv)
{
    try {
        const auto parsed = parseCommandLine(std::vector<std::string>(argv + 1, argv + argc));
        if (!parsed.commandLine) {
            std::cerr << "wsafix: " << parsed.error << "\n";
            return ExitUsage;
        }
        const CommandLine& cl = *parsed.commandLine;
        if (cl.command == "help" || cl.help) {
            std::cout << helpText(cl.command == "help" && !cl.positionals.empty() ? cl.positionals[0] : cl.command);
            return ExitFine;
        }
        if (cl.command == "version") {
            std::cout << "wsafix " << WSAFIX_VERSION << "\n";
            return ExitFine;
        }
        if (cl.command == "decode")
            return runDecodeCommand(cl, std::cout, std::cerr);
        if (cl.command == "detect")
            return runDetectCommand(cl, std::cout, std::cerr);
        if (cl.command == "verify")
            return runVerifyCommand(cl, std::cout, std::cerr);
        if (cl.command == "fix")
            return runFixCommand(cl, std::cout, std::cerr);
        if (cl.command == "snapshots")
            return runSnapshotsCommand(cl, std::cout, std::cerr);
        if (cl.command == "report")
            return runReportCommand(cl, std::cout, std::cerr,
                                    {renderReportPdf, [](const std::string& id) { return FixText::title(id).toStdString(); }});
        if (cl.command == "analyze")
            return runAnalyzeCommand(cl, std::cin, std::cout, std::cerr);
        if (cl.command == "link")
            return runLinkCommand(cl, std::cout, std::cerr);
        // A support link only ever pre-fills the intake page: it is parsed here into a value that carries nothing
        // else, and nothing but the intake pre-fill accepts that value.
        std::optional<ParsedSupportLink> link;
        if (!cl.positionals.empty())
            link = parseSupportLink(cl.positionals.front());
        if (link && !displayAvailable()) {
            std::cerr << "wsafix: no display here ($DISPLAY and $WAYLAND_DISPLAY are unset), so the wizard cannot "
                         "open.\n";
            return printLinkCheck(*link, "wsafix", std::cout, std::cerr);
        }
        if (link && !link->link)
            std::cerr << "wsafix: support link refused: " << link->error << "\n";
        if (!displayAvailable()) {
            std::cerr << "wsafix: no display here ($DISPLAY and $WAYLAND_DISPLAY are unset), so the wizard cannot "
                         "open.\nThis is what `wsafix detect` finds instead:\n\n";
            return runDetectCommand(cl, std::cout, std::cerr);
        }
        return runWizard(argc, argv, cl, link ? &*link : nullptr);
    } catch (const std::exception& e) {
        std::cerr << "wsafix: internal error: " << e.what() << "\n";
        return ExitInternal;
    }
}
