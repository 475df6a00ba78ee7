#include "LinkCommand.h"

#include "CliText.h"
#include "ExitCode.h"

#include "diagnostics/errors/Decoder.h"

#include <nlohmann/json.hpp>

#include <algorithm>

#include <array>
#include <ostream>

namespace wsafix {
namespace {

using cli::format;
using cli::translate;

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
        err << translate("LinkCommand", "wsafix link make: --json is for link check (see wsafix link --help)") << "\n";
        return ExitUsage;
    }
    if (cl.positionals.size() > 1) {
        err << format(translate("LinkCommand", "wsafix link make: unexpected argument '%1' (see wsafix link --help)"),
                      {cl.positionals[1]})
            << "\n";
        return ExitUsage;
    }
    SupportLink link;
    for (const char* name : kFields) {
        const auto it = cl.options.find(name);
        if (it == cl.options.end())
            continue;
        if (std::string problem = supportLinkFieldProblem(name, it->second); !problem.empty()) {
            err << format(translate("LinkCommand", "wsafix link make: --%1 '%2' %3"),
                          {name, it->second, cli::engineText(problem)})
                << "\n";
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
        err << format(
                   translate("LinkCommand", "wsafix link make: internal error: the link made does not read back (%1)"),
                   {again.error})
            << "\n";
        return ExitInternal;
    }
    out << text << "\n";
    return ExitFine;
}

int checkLink(const CommandLine& cl, std::ostream& out, std::ostream& err)
{
    for (const char* name : kFields)
        if (cl.options.count(name)) {
            err << format(translate("LinkCommand", "wsafix link check: --%1 is for link make (see wsafix link --help)"),
                          {name})
                << "\n";
            return ExitUsage;
        }
    if (cl.positionals.size() != 2) {
        err << translate("LinkCommand",
                         "wsafix link check: give one link, e.g. wsafix link check 'wsafix://diagnose?code=10056'")
            << "\n";
        return ExitUsage;
    }
    const ParsedSupportLink parsed = parseSupportLink(cl.positionals[1]);
    if (!cl.options.count("json"))
        return printLinkCheck(parsed, "wsafix link check", out, err);
    out << checkDocument(parsed).dump(2) << "\n";
    if (!parsed.link)
        err << format(translate("LinkCommand", "%1: refused: %2"), {"wsafix link check", cli::engineText(parsed.error)})
            << "\n";
    return parsed.link ? ExitFine : ExitUsage;
}

} // namespace

int printLinkCheck(const ParsedSupportLink& parsed, const char* who, std::ostream& out, std::ostream& err)
{
    if (!parsed.link) {
        err << format(translate("LinkCommand", "%1: refused: %2"), {who, cli::engineText(parsed.error)}) << "\n";
        return ExitUsage;
    }
    const SupportLink& l = *parsed.link;
    const std::vector<std::pair<std::string, std::string>> rows{
        {translate("LinkCommand", "Error code:"), l.code.empty() ? std::string() : describedCode(l.code)},
        {translate("LinkCommand", "Application:"), l.process},
        {translate("LinkCommand", "Target host:"), l.host},
        {translate("LinkCommand", "Target port:"), l.port ? std::to_string(l.port) : std::string()},
        {translate("LinkCommand", "Ticket:"), l.ticket}};
    std::size_t width = 0;
    for (const auto& row : rows)
        width = std::max(width, cli::textWidth(row.first));
    out << translate("LinkCommand", "The link is valid. It opens the wizard on its first page with:") << "\n";
    for (const auto& [label, value] : rows)
        out << "  " << label << std::string(width + 2 - cli::textWidth(label), ' ')
            << (value.empty() ? translate("LinkCommand", "(not given)") : value) << "\n";
    out << translate("LinkCommand",
                     "A link only fills in this page: it cannot apply a fix, restore a snapshot or run a command.")
        << "\n";
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
        err << translate("LinkCommand", "wsafix link: say make or check (see wsafix link --help)") << "\n";
    else
        err << format(translate("LinkCommand",
                                "wsafix link: unknown action '%1': say make or check (see wsafix link --help)"),
                      {action})
            << "\n";
    return ExitUsage;
}

} // namespace wsafix
