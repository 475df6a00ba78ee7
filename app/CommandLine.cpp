#include "CommandLine.h"

#include "CliText.h"
#include "LinkArguments.h"

#include <algorithm>
#include <cctype>

namespace wsafix {
namespace {

struct OptionSpec
{
    const char* name;
    bool takesValue;
    char shortName = 0; ///< e.g. 'o' for -o
};

struct CommandSpec
{
    const char* name;
    std::vector<OptionSpec> options;
    int maxPositionals;
};

const std::vector<OptionSpec> kGlobalOptions{{"scenario", true}, {"state-dir", true}, {"lang", true}, {"help", false}};

// What the user told the technician (IntakeOptions.h), followed by a command's own options: detect and analyze.
std::vector<OptionSpec> withIntake(std::vector<OptionSpec> own)
{
    std::vector<OptionSpec> all{{"process", true}, {"pid", true},  {"host", true},
                                {"port", true},    {"code", true}, {"ticket", true}};
    all.insert(all.end(), own.begin(), own.end());
    return all;
}

const std::vector<CommandSpec>& commands()
{
    static const std::vector<CommandSpec> all{
        {"", {{"resume", true}}, 0}, // the wizard, optionally with a session to resume (a link stands alone)
        {"detect", withIntake({{"probes", true}, {"json", false}}), 0},
        {"decode", {{"json", false}}, 1},
        {"analyze", withIntake({{"json", false}}), 1000},
        {"link",
         {{"code", true}, {"process", true}, {"host", true}, {"port", true}, {"ticket", true}, {"json", false}},
         2}, // make | check URL
        {"fix", {{"dry-run", false}, {"yes", false}, {"json", false}, {"guard-timeout", true}, {"session", true}}, 64},
        // the watchdog; not in the overview
        {"guard", {{"snapshot", true}, {"timeout", true}, {"session", true}, {"sha256", true}}, 0},
        {"snapshots", {{"json", false}}, 2},
        {"verify", {{"host", true}, {"port", true}, {"count", true}, {"json", false}}, 0},
        {"help", {}, 1},
        {"report",
         {{"last", false},
          {"session", true},
          {"format", true},
          {"redact", false},
          {"no-redact", false},
          {"output", true, 'o'}},
         0},
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
    // A support link stands alone (LinkArguments.h): decided before any other argument is read.
    if (const auto position = linkPosition(args)) {
        LinkAlone alone = takeLinkAlone(args, *position);
        if (!alone.error.empty())
            return {std::nullopt, alone.error};
        cl.link = std::move(alone.link);
        return {cl, {}};
    }
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
                return {std::nullopt,
                        spec->name[0]
                            ? cli::format(
                                  cli::translate("CommandLine", "unknown option '--%1' for '%2' (see wsafix --help)"),
                                  {name, spec->name})
                            : cli::format(cli::translate("CommandLine", "unknown option '--%1' (see wsafix --help)"),
                                          {name})};
            }
            if (opt->takesValue && !value) {
                if (i + 1 >= args.size())
                    return {std::nullopt,
                            cli::format(cli::translate("CommandLine", "option '--%1' needs a value"), {name})};
                value = args[++i];
            }
            if (!opt->takesValue && value)
                return {std::nullopt,
                        cli::format(cli::translate("CommandLine", "option '--%1' takes no value"), {name})};
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
        // A short option of the command ("-o FILE") is its long option.
        if (arg.size() == 2 && arg[0] == '-' && arg[1] != '-') {
            const auto it = std::find_if(spec->options.begin(), spec->options.end(),
                                         [&](const OptionSpec& o) { return o.shortName == arg[1]; });
            if (it != spec->options.end()) {
                if (it->takesValue && i + 1 >= args.size())
                    return {std::nullopt,
                            cli::format(cli::translate("CommandLine", "option '%1' needs a value"), {arg})};
                cl.options[it->name] = it->takesValue ? args[++i] : "1";
                continue;
            }
        }
        // A negative number is an argument (an HRESULT printed as a signed int), not an option.
        const bool negativeNumber =
            arg.size() > 1 && arg[0] == '-' && arg.find_first_not_of("0123456789", 1) == std::string::npos;
        if (arg.size() > 1 && arg[0] == '-' && arg != "-" && !negativeNumber)
            return {std::nullopt,
                    cli::format(cli::translate("CommandLine", "unknown option '%1' (see wsafix --help)"), {arg})};
        if (!commandSeen) {
            const auto it = std::find_if(commands().begin() + 1, commands().end(),
                                         [&](const CommandSpec& c) { return arg == c.name; });
            if (it == commands().end())
                return {std::nullopt,
                        cli::format(cli::translate("CommandLine", "unknown command '%1' (see wsafix --help)"), {arg})};
            spec = &*it;
            cl.command = arg;
            commandSeen = true;
            continue;
        }
        commandSeen = true;
        cl.positionals.push_back(arg);
    }
    if (static_cast<int>(cl.positionals.size()) > spec->maxPositionals)
        return {std::nullopt, cli::format(cli::translate("CommandLine", "too many arguments: '%1' (see wsafix --help)"),
                                          {cl.positionals.back()})};
    return {cl, {}};
}

std::string helpText(const std::string& command)
{
    if (command == "decode")
        return cli::translate(
            "CommandLine",
            "Usage: wsafix decode CODE [--json]\n"
            "\n"
            "Explains a Winsock or socket error in any form users paste: 0x00002748, 0x2748, 2748h, 10056,\n"
            "WSAEISCONN, EISCONN, errno 106, HRESULT 0x80072748, 'Socket error # 10056', a whole log line.\n"
            "  --json   machine-readable output (name, decimal, hex, hresult, message, meaning, causes,\n"
            "           neighbours)\n"
            "\n"
            "Exit: 0 decoded, 2 not understood (the output says what was understood and the nearest codes).\n");
    if (command == "detect")
        return cli::translate(
            "CommandLine",
            "Usage: wsafix detect [--process NAME | --pid N] [--host H --port P] [--code C] [--ticket T]\n"
            "                     [--probes LIST] [--json]\n"
            "\n"
            "Examines this machine (or the --scenario machine) and lists what is wrong, worst first.\n"
            "  --process NAME   the failing application's process name (e.g. OrderSync.exe)\n"
            "  --pid N          the failing application's process id\n"
            "  --host H         the host the application fails to reach\n"
            "  --port P         its port (1-65535)\n"
            "  --code C         the error as the user has it (0x00002748, 10056, WSAEISCONN), for the report\n"
            "  --ticket T       the support ticket, written into the report\n"
            "  --probes LIST    only these probes, comma-separated: catalog,sockets,processes,adapters,events,\n"
            "                   connectivity (a TCP connection to --host:--port; runs by default with them)\n"
            "  --json           machine-readable output (keys: schema, system, catalog, sockets, adapters,\n"
            "                   events, findings)\n"
            "\n"
            "Starts a new session in the state directory. Exit: 0 no findings, 1 findings, 2 bad input.\n");
    if (command == "analyze")
        return cli::translate(
            "CommandLine",
            "Usage: wsafix analyze FILE... [--process NAME | --pid N] [--host H --port P] [--code C] [--ticket T]\n"
            "                      [--json]\n"
            "\n"
            "Reads command outputs pasted or saved on another machine (- reads standard input) and lists what\n"
            "is wrong there, with the same rules as detect. Understood: netsh winsock show catalog, ipconfig,\n"
            "ipconfig /all, netstat -ano/-an/-aonb, Get-NetTCPConnection, Test-NetConnection, netsh int ip reset,\n"
            "netsh winsock reset, netsh interface ip show config, netsh interface dump, Event Viewer text.\n"
            "UTF-8, UTF-16 and OEM/ANSI code pages (437, 850, 866, 1251, 1252, 936) are detected; prompt lines,\n"
            "'> ' quotes, doubled and cut-off lines are handled. Lines that cannot be used are listed.\n"
            "  --process, --pid, --host, --port, --code, --ticket   what the user told you, as for detect\n"
            "  --json   machine-readable output: the keys of detect --json plus inputs (per input: encoding,\n"
            "           recognised outputs, unparsed lines)\n"
            "\n"
            "Starts a new session. Exit: 0 no findings, 1 findings, 2 unreadable file or nothing recognised.\n");
    if (command == "link")
        return cli::translate(
            "CommandLine",
            "Usage: wsafix link make [--code C] [--process P] [--host H] [--port N] [--ticket T]\n"
            "       wsafix link check URL [--json]\n"
            "\n"
            "Support links open the wizard with its first page filled in, e.g.\n"
            "  wsafix://diagnose?code=0x00002748&process=app.exe&host=example.com&port=443&ticket=INC0012345\n"
            "A link only fills in that page: it can never apply a fix, restore a snapshot, run a command or\n"
            "choose a file.\n"
            "\n"
            "link make     prints a link for an email; every value is checked as the wizard will check it\n"
            "  --code C      the error code (must decode: wsafix decode C)\n"
            "  --process P   the failing program's name, e.g. OrderSync.exe (letters, digits, space . _ + -)\n"
            "  --host H      the server it fails to reach: a DNS name or an IPv4/IPv6 address\n"
            "  --port N      its port (1-65535)\n"
            "  --ticket T    the ticket number (letters, digits . _ # -, at most 64)\n"
            "link check    says what URL would fill in, or why it is refused; never opens a window\n"
            "  --json        machine-readable output (keys: schema, accepted, prefill, link, error, parameter)\n"
            "\n"
            "Exit: 0 valid, 2 refused or bad usage.\n");
    if (command == "report")
        return cli::translate(
            "CommandLine",
            "Usage: wsafix report (--last | --session ID) --format html|pdf|json|md [--redact | --no-redact]\n"
            "                     -o FILE\n"
            "\n"
            "Writes the report of a session: what was wrong, the evidence, every action with its commands,\n"
            "the verification and what to do next.\n"
            "  --last          the newest session in the state directory\n"
            "  --session ID    that session (see the sessions folder of the state directory)\n"
            "  --format F      html (one self-contained page), pdf (A4), json (the whole session, loadable\n"
            "                  again, schema wsafix.report/1), md (a summary of under 60 lines for a ticket);\n"
            "                  default: the extension of FILE\n"
            "  --redact        replace user and host names, addresses, SIDs, e-mail addresses, DUIDs,\n"
            "                  network and domain names with placeholders such as <ip-1> (the same value,\n"
            "                  the same placeholder); md is redacted unless --no-redact is given\n"
            "  --no-redact     the full detail, also for md\n"
            "  -o, --output F  the file to write (atomically: never half-written); - is standard output\n"
            "                  for html, json and md\n"
            "\n"
            "Exit: 0 written, 2 bad input (no such session, unknown format, output not writable).\n");
    if (command == "guard")
        return cli::translate(
            "CommandLine",
            "Usage: wsafix guard --snapshot ID --timeout S [--session ID]\n"
            "\n"
            "The auto-revert watchdog, started detached by wsafix fix and the wizard before a fix that can cut\n"
            "the machine off: unless the change is confirmed within S seconds (1-3600), it restores snapshot ID\n"
            "and records that in the session. Its files are in the guard folder of the state directory.\n"
            "\n"
            "Exit: 0 confirmed or restored, 1 the restore failed or the snapshot was refused, 2 bad input.\n");
    if (command == "fix")
        return cli::translate(
            "CommandLine",
            "Usage: wsafix fix ID... [--dry-run] [--yes] [--json] [--guard-timeout S] [--session ID]\n"
            "\n"
            "Applies fixes, each the safe way: a snapshot of everything it may change, every step journaled,\n"
            "a check that it worked, and a rollback on the spot when it did not. IDs as `wsafix detect`\n"
            "recommends them, e.g. flush-dns, restart-adapter:eth0, reapply-ip:eth0,\n"
            "remove-preload:/usr/lib/libx.so, restart-service:NetworkManager.service.\n"
            "  --dry-run   print the exact commands and the snapshots it would take; change nothing\n"
            "  --yes       really change this machine (not needed on a --scenario machine)\n"
            "  --json      machine-readable output\n"
            "  --guard-timeout S   fixes that can cut the machine off (restart-adapter, reapply-ip, ip-reset)\n"
            "              run under an auto-revert watchdog: unless their check confirms the machine within\n"
            "              S seconds (default 60), the snapshot is restored. 0: no watchdog, which is refused\n"
            "              for the adapter that carries the SSH or Remote Desktop session wsafix runs in\n"
            "  --session ID        continue that session instead of the latest (the elevated fix step)\n"
            "\n"
            "First rolls back what an interrupted earlier run left half-done. Continues the state\n"
            "directory's latest session. Exit: 0 applied and checked, 1 failed (rolled back) or not\n"
            "verified, 2 bad input or --yes missing, 3 needs root/administrator rights.\n");
    if (command == "snapshots")
        return cli::translate("CommandLine",
                              "Usage: wsafix snapshots list | show ID | restore ID [--json]\n"
                              "\n"
                              "The snapshots taken before each fix, in the state directory.\n"
                              "  list         every snapshot, with DAMAGED for one whose checksums do not match\n"
                              "  show ID      what a snapshot holds (checksums verified first)\n"
                              "  restore ID   put the machine back as the snapshot holds it (after rolling back\n"
                              "               anything an interrupted run left open); a damaged snapshot is refused\n"
                              "\n"
                              "Exit: 0 done, 1 damaged snapshot or failed restore, 2 bad input, 3 needs elevation.\n");
    if (command == "verify")
        return cli::translate(
            "CommandLine",
            "Usage: wsafix verify --host H --port P [--count N] [--json]\n"
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
            "Exit: 0 fixed, 1 not fixed or could not verify, 2 bad input.\n");
    return cli::translate(
        "CommandLine",
        "Usage: wsafix [OPTIONS]\n"
        "       wsafix --link wsafix://diagnose?...\n"
        "       wsafix COMMAND [OPTIONS]\n"
        "\n"
        "Finds and fixes the causes of Winsock connection errors such as 10056 (WSAEISCONN,\n"
        "\"A connect request was made on an already connected socket\").\n"
        "\n"
        "Without a command, opens the repair wizard; with a support link (--link wsafix://diagnose?code=...,\n"
        "or the link alone), opens it with the first page filled in (wsafix link --help). A link stands\n"
        "alone: any other argument beside it is refused. --resume SESSION re-opens the wizard on that\n"
        "session's verify page (after the restart a fix needed).\n"
        "\n"
        "Commands:\n"
        "  decode CODE   explain an error code (0x00002748, 10056, WSAEISCONN, ...)\n"
        "  detect        examine the machine and list findings (wsafix detect --help)\n"
        "  analyze FILE  findings from command outputs pasted from another machine\n"
        "  link          make or check a support link (wsafix link --help)\n"
        "  report        write a session's report: html, pdf, json, md (wsafix report --help)\n"
        "  fix ID...     apply fixes with snapshot, check and rollback (wsafix fix --help)\n"
        "  snapshots     list, show or restore snapshots (wsafix snapshots --help)\n"
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
        "Exit codes: 0 fine, 1 problems found, 2 bad input or usage, 3 needs elevation, 4 internal error.\n");
}

} // namespace wsafix
