// wsafix: the repair wizard, and the command line that scripts, tests and help desks share.
#include "AnalyzeCommand.h"
#include "CliText.h"
#include "CommandLine.h"
#include "DecodeCommand.h"
#include "DetectCommand.h"
#include "ExitCode.h"
#include "FixCommand.h"
#include "FixSession.h"
#include "LinkCommand.h"
#include "ReportCommand.h"
#include "ReportPdf.h"
#include "GuardCommand.h"
#include "SnapshotsCommand.h"
#include "VerifyCommand.h"
#include "WizardLauncher.h"

#include "wizard/FixText.h"
#include "wizard/Translations.h"

#include <exception>
#include <optional>
#include <iostream>

using namespace wsafix;

int main(int argc, char** argv)
{
    try {
        const std::vector<std::string> args(argv + 1, argv + argc);
        // The language before parsing, so that even a usage error speaks it; an unknown code is reported below.
        std::string ignored;
        Translations::current().select({}, ignored); // the system's
        for (std::size_t i = 0; i < args.size(); ++i) {
            if (args[i] == "--lang" && i + 1 < args.size())
                Translations::current().select(args[i + 1], ignored);
            else if (args[i].rfind("--lang=", 0) == 0)
                Translations::current().select(args[i].substr(7), ignored);
        }
        const auto parsed = parseCommandLine(args);
        if (!parsed.commandLine) {
            std::cerr << "wsafix: " << parsed.error << "\n";
            return ExitUsage;
        }
        const CommandLine& cl = *parsed.commandLine;
        // The language (--lang, else the system's) before any output, so that help and messages speak it.
        if (std::string error; !Translations::current().select(cl.lang, error)) {
            std::cerr << "wsafix: " << error << "\n";
            return ExitUsage;
        }
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
        // These may run as root for the user (the elevated fix step, its watchdog): what they wrote stays the user's.
        if (cl.command == "fix" || cl.command == "guard" || cl.command == "snapshots") {
            const int code = cl.command == "fix"     ? runFixCommand(cl, std::cout, std::cerr)
                             : cl.command == "guard" ? runGuardCommand(cl, std::cout, std::cerr)
                                                     : runSnapshotsCommand(cl, std::cout, std::cerr);
            handStateBack(cl, std::cerr);
            return code;
        }
        if (cl.command == "report")
            return runReportCommand(cl, std::cout, std::cerr,
                                    {renderReportPdf, [](const std::string& id) { return FixText::englishTitle(id).toStdString(); }});
        if (cl.command == "analyze")
            return runAnalyzeCommand(cl, std::cin, std::cout, std::cerr);
        if (cl.command == "link")
            return runLinkCommand(cl, std::cout, std::cerr);
        if (cl.options.count("resume") && !displayAvailable()) {
            std::cerr << "wsafix: no display here, so the wizard cannot resume session " << cl.options.at("resume")
                      << "; check the repair with wsafix verify --host H --port P instead.\n";
            return ExitUsage;
        }
        // A support link only ever pre-fills the intake page: it is parsed here into a value that carries nothing
        // else, and nothing but the intake pre-fill accepts that value.
        std::optional<ParsedSupportLink> link;
        if (cl.link)
            link = parseSupportLink(*cl.link);
        if (link && !displayAvailable()) {
            std::cerr << cli::translate("main", "wsafix: no display here ($DISPLAY and $WAYLAND_DISPLAY are unset), so "
                                                "the wizard cannot open.")
                      << "\n";
            return printLinkCheck(*link, "wsafix", std::cout, std::cerr);
        }
        if (link && !link->link)
            std::cerr << cli::format(cli::translate("main", "wsafix: support link refused: %1"),
                                     {cli::engineText(link->error)})
                      << "\n";
        if (!displayAvailable()) {
            std::cerr << cli::translate("main", "wsafix: no display here ($DISPLAY and $WAYLAND_DISPLAY are unset), so "
                                                "the wizard cannot open.")
                      << "\n"
                      << cli::translate("main", "This is what `wsafix detect` finds instead:") << "\n\n";
            return runDetectCommand(cl, std::cout, std::cerr);
        }
        return runWizard(argc, argv, cl, link ? &*link : nullptr);
    } catch (const std::exception& e) {
        std::cerr << cli::format(cli::translate("main", "wsafix: internal error: %1"), {e.what()}) << "\n";
        return ExitInternal;
    }
}
