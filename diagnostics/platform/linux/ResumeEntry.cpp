#include "diagnostics/fix/ResumeEntry.h"

#include "diagnostics/AtomicFile.h"

#include <unistd.h>

#include <cstdlib>
#include <sstream>

namespace wsafix {
namespace {

constexpr std::size_t kMaxEntry = 64 * 1024;

std::filesystem::path entryPath()
{
    const char* config = std::getenv("XDG_CONFIG_HOME");
    // The spec: an unset, empty or relative XDG_CONFIG_HOME means ~/.config.
    if (config && *config == '/')
        return std::filesystem::path(config) / "autostart" / "wsafix-resume.desktop";
    const char* home = std::getenv("HOME");
    if (!home || *home != '/')
        return {};
    return std::filesystem::path(home) / ".config" / "autostart" / "wsafix-resume.desktop";
}

// One argument of an Exec key (Desktop Entry Specification, "The Exec key"): quoted, with ", `, $ and \ escaped by
// a backslash, then the backslashes of that escaped for the string type; % is doubled.
std::string execArgument(const std::string& argument)
{
    std::string quoted = "\"";
    for (const char c : argument) {
        if (c == '"' || c == '`' || c == '$')
            quoted += "\\\\";
        if (c == '\\')
            quoted += "\\\\\\";
        quoted += c == '%' ? std::string("%%") : std::string(1, c);
    }
    return quoted + "\"";
}

// The inverse of execArgument over a whole Exec value; nullopt when it is not one that execArgument wrote.
std::optional<std::vector<std::string>> parseExec(const std::string& value)
{
    std::vector<std::string> args;
    std::size_t i = 0;
    while (i < value.size()) {
        if (value[i] == ' ') {
            ++i;
            continue;
        }
        if (value[i] != '"')
            return std::nullopt;
        std::string arg;
        for (++i;; ++i) {
            if (i >= value.size())
                return std::nullopt;
            if (value.compare(i, 2, "%%") == 0) {
                arg += '%';
                ++i;
            } else if (value.compare(i, 4, "\\\\\\\\") == 0) {
                arg += '\\';
                i += 3;
            } else if (value.compare(i, 2, "\\\\") == 0 && i + 2 < value.size()) {
                arg += value[i + 2];
                i += 2;
            } else if (value[i] == '"') {
                ++i;
                break;
            } else {
                arg += value[i];
            }
        }
        args.push_back(std::move(arg));
    }
    return args;
}

} // namespace

std::string writeResumeEntry(const std::filesystem::path& executable, const std::vector<std::string>& arguments)
{
    // Under pkexec or sudo, $HOME may be root's: the entry belongs in the logon of the user who started the fix,
    // so that user's process (the wizard, or wsafix fix run without them) writes it.
    if (::geteuid() == 0 && (std::getenv("PKEXEC_UID") || std::getenv("SUDO_UID")))
        return "not written by the elevated process: the autostart entry belongs to the user who asked for the fix";
    const auto path = entryPath();
    if (path.empty())
        return "neither $XDG_CONFIG_HOME nor $HOME is an absolute path, so there is no autostart folder";
    if (!executable.is_absolute())
        return "the program to start must be an absolute path: " + executable.string();
    std::string exec = execArgument(executable.string());
    for (const auto& argument : arguments) {
        if (argument.find_first_of("\n\r") != std::string::npos || argument.find('\0') != std::string::npos)
            return "an argument of the resume entry holds a line break, which an autostart entry cannot carry";
        exec += " " + execArgument(argument);
    }
    const std::string text = "[Desktop Entry]\n"
                             "Type=Application\n"
                             "Name=wsafix: verify the repair\n"
                             "Comment=Re-opens the wsafix wizard once after the restart a fix needed\n"
                             "Exec=" +
                             exec +
                             "\n"
                             "Terminal=false\n"
                             "NoDisplay=true\n"
                             "X-GNOME-Autostart-enabled=true\n";
    try {
        std::filesystem::create_directories(path.parent_path());
        writeFileAtomically(path, text);
    } catch (const std::exception& e) {
        return "the autostart entry " + path.string() + " could not be written: " + e.what();
    }
    return {};
}

std::optional<std::vector<std::string>> resumeEntryArguments()
{
    const auto path = entryPath();
    std::error_code ec;
    if (path.empty() || !std::filesystem::exists(path, ec))
        return std::nullopt;
    std::istringstream in(readFile(path, kMaxEntry));
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("Exec=", 0) != 0)
            continue;
        auto args = parseExec(line.substr(5));
        if (!args || args->empty())
            return std::nullopt;
        args->erase(args->begin());
        return args;
    }
    return std::nullopt;
}

std::string removeResumeEntry()
{
    const auto path = entryPath();
    std::error_code ec;
    if (path.empty() || !std::filesystem::exists(path, ec))
        return {};
    if (!std::filesystem::remove(path, ec) && ec)
        return "the autostart entry " + path.string() + " could not be removed: " + ec.message();
    return {};
}

} // namespace wsafix
