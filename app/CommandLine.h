#pragma once
// Parses wsafix's command line (DESIGN.md "Command line") into a command and its options.
// Plain C++ so that the headless commands run without creating any Qt application object.

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace wsafix {

struct CommandLine
{
    std::string command;                        ///< "" (open the wizard), "decode", "detect", "verify", "help", "version"
    std::string scenario;                       ///< --scenario NAME|FILE
    std::string stateDir;                       ///< --state-dir DIR
    std::string lang;                           ///< --lang CODE
    bool help = false;                          ///< --help given (for `command`, or overall)
    std::map<std::string, std::string> options; ///< command options without dashes; flags map to "1"
    std::vector<std::string> positionals;       ///< e.g. the fix ids of `fix`
    /// The support link for the wizard (`wsafix --link URL` or `wsafix URL`); when set, nothing else was given.
    std::optional<std::string> link;
};

struct ParsedCommandLine
{
    std::optional<CommandLine> commandLine;
    std::string error;                          ///< set when commandLine is empty
};

/// `args` without the program name.
ParsedCommandLine parseCommandLine(const std::vector<std::string>& args);

/// The help text of `command` ("" for the overview).
std::string helpText(const std::string& command);

} // namespace wsafix
