#include "CommandLine.h"

#include <algorithm>

namespace wsafix {
namespace {

struct OptionSpec
{
    const char* name;
    bool takesValue;
};

struct CommandSpec
{
    const char* name;
    std::vector<OptionSpec> options;
    int maxPositionals;
};

const std::vector<OptionSpec> kGlobalOptions{{"scenario", true}, {"state-dir", true}, {"lang", true}, {"help", false}};

const std::vector<CommandSpec>& commands()
{
    static const std::vector<CommandSpec> all{
        {"", {}, 1}, // the wizard, optionally with a support link
        {"detect",
         {{"process", true}, {"pid", true}, {"host", true}, {"port", true}, {"probes", true}, {"json", false}},
         0},
        {"decode", {{"json", false}}, 1},
        {"verify", {{"host", true}, {"port", true}, {"count", true}, {"json", false}}, 0},
        {"help", {}, 1},
        {"version", {}, 0},
    };
    return all;
}

const OptionSpec* findOption(const std::vector<OptionSpec>& specs, const std::string& name)
{
    const auto it = std::find_if(specs.begin(), specs.end(), [&](const OptionSpec& o) { return name == o.name; });
    return it == specs.end() ? nullptr : &*it;
}

} // namespace

ParsedCommandLine parseCommandLine(const std::vector<std::string>& args)
{
    CommandLine cl;
    std::size_t i = 0;
    // The command is the first argument that is not an option (or an option's value).
    std::vector<std::string> rest;
    const CommandSpec* spec = &commands().front();
    bool commandSeen = false;
    for (; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--version" && !commandSeen) {
            cl.command = "version";
            commandSeen = true;
            spec = &*std::find_if(commands().begin(), commands().end(),
                                   [](const CommandSpec& c) { return std::string(c.name) == "version"; });
            continue;
        }
        if (arg.rfind("--", 0) == 0 && arg.size() > 2) {
            std::string name = arg.substr(2);
            std::optional<std::string> value;
            if (const auto eq = name.find('='); eq != std::string::npos) {
                value = name.substr(eq + 1);
                name = name.substr(0, eq);
            }
            const OptionSpec* opt = findOption(kGlobalOptions, name);
            const bool global = opt != nullptr;
            if (!opt)
                opt = findOption(spec->options, name);
            if (!opt) {
                const std::string where = spec->name[0] ? std::string(" for '") + spec->name + "'" : std::string();
                return {std::nullopt, "unknown option '--" + name + "'" + where + " (see wsafix --help)"};
            }
            if (opt->takesValue && !value) {
                if (i + 1 >= args.size())
                    return {std::nullopt, "option '--" + name + "' needs a value"};
                value = args[++i];
            }
            if (!opt->takesValue && value)
                return {std::nullopt, "option '--" + name + "' takes no value"};
            if (global) {
                if (name == "scenario")
                    cl.scenario = *value;
                else if (name == "state-dir")
                    cl.stateDir = *value;
                else if (name == "lang")
                    cl.lang = *value;
                else
                    cl.help = true;
            } else {
                cl.options[name] = opt->takesValue ? *value : "1";
            }
            continue;
        }
        // A negative number is an argument (an HRESULT printed as a signed int), not an option.
        const bool negativeNumber = arg.size() > 1 && arg[0] == '-' &&
                                    arg.find_first_not_of("0123456789", 1) == std::string::npos;
        if (arg.size() > 1 && arg[0] == '-' && arg != "-" && !negativeNumber)
            return {std::nullopt, "unknown option '" + arg + "' (see wsafix --help)"};
        if (!commandSeen && arg.rfind("wsafix:", 0) != 0) {
            const auto it = std::find_if(commands().begin() + 1, commands().end(),
                                         [&](const CommandSpec& c) { return arg == c.name; });
            if (it == commands().end())
                return {std::nullopt, "unknown command '" + arg + "' (see wsafix --help)"};
            spec = &*it;
            cl.command = arg;
            commandSeen = true;
            continue;
        }
        commandSeen = true;
        cl.positionals.push_back(arg);
    }
    if (static_cast<int>(cl.positionals.size()) > spec->maxPositionals)
        return {std::nullopt, "too many arguments: '" + cl.positionals.back() + "' (see wsafix --help)"};
    return {cl, {}};
}

std::string helpText(const std::string& command)
{
    if (command == "decode")
        return "Usage: wsafix decode CODE [--json]\n"
               "\n"
               "Explains a Winsock or socket error in any form users paste: 0x00002748, 0x2748, 2748h, 10056,\n"
               "WSAEISCONN, EISCONN, errno 106, HRESULT 0x80072748, 'Socket error # 10056', a whole log line.\n"
               "  --json   machine-readable output (name, decimal, hex, hresult, message, meaning, causes,\n"
               "           neighbours)\n"
               "\n"
               "Exit: 0 decoded, 2 not understood (the output says what was understood and the nearest codes).\n";
    if (command == "detect")
        return "Usage: wsafix detect [--process NAME | --pid N] [--host H --port P] [--probes LIST] [--json]\n"
               "\n"
               "Examines this machine (or the --scenario machine) and lists what is wrong, worst first.\n"
               "  --process NAME   the failing application's process name (e.g. OrderSync.exe)\n"
               "  --pid N          the failing application's process id\n"
               "  --host H         the host the application fails to reach\n"
               "  --port P         its port (1-65535)\n"
               "  --probes LIST    only these probes, comma-separated: catalog,sockets,processes,adapters,events,\n"
               "                   connectivity (a TCP connection to --host:--port; runs by default with them)\n"
               "  --json           machine-readable output (keys: schema, system, catalog, sockets, adapters,\n"
               "                   events, findings)\n"
               "\n"
               "Starts a new session in the state directory. Exit: 0 no findings, 1 findings, 2 bad input.\n";
    if (command == "verify")
        return "Usage: wsafix verify --host H --port P [--count N] [--json]\n"
               "\n"
               "Proves (or disproves) a fix: examines the machine again and compares it with the latest session's\n"
               "detect (Winsock catalog, the failing program's TCP states, adapters, new events, findings), resolves\n"
               "H on its own (a name that does not resolve is not a closed port), then connects to H:P N times.\n"
               "  --host H    the host the failing program connects to\n"
               "  --port P    its port (1-65535)\n"
               "  --count N   connection attempts (1-1000, default 10; 2 s time-out each)\n"
               "  --json      machine-readable output (keys: schema, session, system, verification)\n"
               "\n"
               "Continues the latest session of the state directory and saves the verification into it; without\n"
               "one it still connects, and says that there was nothing to compare with.\n"
               "Exit: 0 fixed, 1 not fixed or could not verify, 2 bad input.\n";
    return "Usage: wsafix [OPTIONS] [wsafix://diagnose?...]\n"
           "       wsafix COMMAND [OPTIONS]\n"
           "\n"
           "Finds and fixes the causes of Winsock connection errors such as 10056 (WSAEISCONN,\n"
           "\"A connect request was made on an already connected socket\").\n"
           "\n"
           "Without a command, opens the repair wizard.\n"
           "\n"
           "Commands:\n"
           "  decode CODE   explain an error code (0x00002748, 10056, WSAEISCONN, ...)\n"
           "  detect        examine the machine and list findings (wsafix detect --help)\n"
           "  verify        prove a fix: compare with detect, connect to the target (wsafix verify --help)\n"
           "  version       print the version\n"
           "  help [CMD]    this text, or a command's help\n"
           "\n"
           "Options for every command:\n"
           "  --scenario NAME|FILE  a simulated machine instead of this one (built in: clean,\n"
           "                        lsp-adware, app-reconnect-bug)\n"
           "  --state-dir DIR       where sessions live (default: the per-user state folder)\n"
           "  --lang CODE           language of the user interface\n"
           "  --help                help\n"
           "  --version             print the version\n"
           "\n"
           "Exit codes: 0 fine, 1 problems found, 2 bad input or usage, 3 needs elevation, 4 internal error.\n";
}

} // namespace wsafix
