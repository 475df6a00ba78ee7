// wsafix: the repair wizard, and the command line that scripts, tests and help desks share.
#include "CommandLine.h"
#include "DecodeCommand.h"
#include "DetectCommand.h"
#include "ExitCode.h"
#include "VerifyCommand.h"
#include "WizardLauncher.h"

#include <exception>
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
        if (!cl.positionals.empty()) {
            std::cerr << "wsafix: this version cannot open support links yet: " << cl.positionals[0] << "\n";
            return ExitUsage;
        }
        if (!displayAvailable()) {
            std::cerr << "wsafix: no display here ($DISPLAY and $WAYLAND_DISPLAY are unset), so the wizard cannot "
                         "open.\nThis is what `wsafix detect` finds instead:\n\n";
            return runDetectCommand(cl, std::cout, std::cerr);
        }
        return runWizard(argc, argv, cl);
    } catch (const std::exception& e) {
        std::cerr << "wsafix: internal error: " << e.what() << "\n";
        return ExitInternal;
    }
}
