#include "LinkCommand.h"

#include "ExitCode.h"

#include "diagnostics/errors/Decoder.h"

#include <nlohmann/json.hpp>

#include <array>
#include <ostream>

namespace wsafix {
namespace {

constexpr std::array<const char*, 5> kFields{"code", "process", "host", "port", "ticket"};

// "0x00002748 (WSAEISCONN, 10056)": the code as the link gives it, and what it decodes to.
std::string describedCode(const std::string& code)
{
    const DecodeResult r = decodeError(code);
    if (!r.decoded())
        return code;
    return code + " (" + std::string(r.entry->name) + ", " + std::to_string(r.entry->code) + ")";
}

nlohmann::json checkDocument(const ParsedSupportLink& parsed)
{
    nlohmann::json doc{{"schema", 1}, {"accepted", parsed.link.has_value()}};
    if (!parsed.link) {
        doc["error"] = parsed.error;
        doc["parameter"] = parsed.parameter.empty() ? nlohmann::json() : nlohmann::json(parsed.parameter);
        return doc;
    }
    const SupportLink& l = *parsed.link;
    nlohmann::json prefill{{"code", l.code},
                           {"process", l.process},
                           {"host", l.host},
                           {"port", l.port ? nlohmann::json(l.port) : nlohmann::json()},
                           {"ticket", l.ticket}};
    if (const DecodeResult r = decodeError(l.code); r.decoded())
        prefill["decoded"] = {{"name", r.entry->name}, {"decimal", r.entry->code}};
    doc["prefill"] = prefill;
    doc["link"] = makeSupportLink(l);
    return doc;
}

int makeLink(const CommandLine& cl, std::ostream& out, std::ostream& err)
{
    if (cl.options.count("json")) {
        err << "wsafix link make: --json is for link check (see wsafix link --help)\n";
        return ExitUsage;
    }
    if (cl.positionals.size() > 1) {
        err << "wsafix link make: unexpected argument '" << cl.positionals[1] << "' (see wsafix link --help)\n";
        return ExitUsage;
    }
    SupportLink link;
    for (const char* name : kFields) {
        const auto it = cl.options.find(name);
        if (it == cl.options.end())
            continue;
        if (std::string problem = supportLinkFieldProblem(name, it->second); !problem.empty()) {
            err << "wsafix link make: --" << name << " '" << it->second << "' " << problem << "\n";
            return ExitUsage;
        }
    }
    const auto get = [&](const char* name) {
        const auto it = cl.options.find(name);
        return it == cl.options.end() ? std::string() : it->second;
    };
    link.code = get("code");
    link.process = get("process");
    link.host = get("host");
    if (const std::string port = get("port"); !port.empty())
        link.port = static_cast<std::uint16_t>(std::stoul(port));
    link.ticket = get("ticket");
    const std::string text = makeSupportLink(link);
    // The link printed is one the parser accepts with exactly these values: check before anyone emails it.
    const ParsedSupportLink again = parseSupportLink(text);
    if (!again.link || !(*again.link == link)) {
        err << "wsafix link make: internal error: the link made does not read back (" << again.error << ")\n";
        return ExitInternal;
    }
    out << text << "\n";
    return ExitFine;
}

int checkLink(const CommandLine& cl, std::ostream& out, std::ostream& err)
{
    for (const char* name : kFields)
        if (cl.options.count(name)) {
            err << "wsafix link check: --" << name << " is for link make (see wsafix link --help)\n";
            return ExitUsage;
        }
    if (cl.positionals.size() != 2) {
        err << "wsafix link check: give one link, e.g. wsafix link check 'wsafix://diagnose?code=10056'\n";
        return ExitUsage;
    }
    const ParsedSupportLink parsed = parseSupportLink(cl.positionals[1]);
    if (!cl.options.count("json"))
        return printLinkCheck(parsed, "wsafix link check", out, err);
    out << checkDocument(parsed).dump(2) << "\n";
    if (!parsed.link)
        err << "wsafix link check: refused: " << parsed.error << "\n";
    return parsed.link ? ExitFine : ExitUsage;
}

} // namespace

int printLinkCheck(const ParsedSupportLink& parsed, const char* who, std::ostream& out, std::ostream& err)
{
    if (!parsed.link) {
        err << who << ": refused: " << parsed.error << "\n";
        return ExitUsage;
    }
    const SupportLink& l = *parsed.link;
    const auto line = [&](const char* label, const std::string& value) {
        out << "  " << label << (value.empty() ? "(not given)" : value) << "\n";
    };
    out << "The link is valid. It opens the wizard on its first page with:\n";
    line("Error code:   ", l.code.empty() ? std::string() : describedCode(l.code));
    line("Application:  ", l.process);
    line("Target host:  ", l.host);
    line("Target port:  ", l.port ? std::to_string(l.port) : std::string());
    line("Ticket:       ", l.ticket);
    out << "A link only fills in this page: it cannot apply a fix, restore a snapshot or run a command.\n";
    return ExitFine;
}

int runLinkCommand(const CommandLine& cl, std::ostream& out, std::ostream& err)
{
    const std::string action = cl.positionals.empty() ? std::string() : cl.positionals.front();
    if (action == "make")
        return makeLink(cl, out, err);
    if (action == "check")
        return checkLink(cl, out, err);
    if (action.empty())
        err << "wsafix link: say make or check (see wsafix link --help)\n";
    else
        err << "wsafix link: unknown action '" << action << "': say make or check (see wsafix link --help)\n";
    return ExitUsage;
}

} // namespace wsafix
