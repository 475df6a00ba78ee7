#include "IntakeOptions.h"

#include "CliText.h"

#include "diagnostics/IntakeRules.h"

#include <algorithm>
#include <charconv>

namespace wsafix {
namespace {

bool parseNumber(const std::string& text, unsigned long max, unsigned long& value)
{
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    return ec == std::errc() && ptr == end && !text.empty() && value <= max;
}

bool validProcessName(const std::string& name)
{
    return !name.empty() && name.size() <= 260 && std::none_of(name.begin(), name.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x20 || c == '/' || c == '\\' || c == '"';
    });
}

} // namespace

std::string intakeFromOptions(const std::map<std::string, std::string>& options, Intake& intake)
{
    const auto get = [&](const char* key) -> const std::string* {
        const auto it = options.find(key);
        return it == options.end() ? nullptr : &it->second;
    };
    if (get("process") && get("pid"))
        return cli::translate("IntakeOptions", "give --process or --pid, not both");
    if (const auto* p = get("process")) {
        if (!validProcessName(*p))
            return cli::format(
                cli::translate("IntakeOptions",
                               "--process '%1' is not a process name (a file name such as app.exe, no path)"),
                {*p});
        intake.process = *p;
    }
    if (const auto* p = get("pid")) {
        unsigned long pid = 0;
        if (!parseNumber(*p, 0xffffffffUL, pid) || pid == 0)
            return cli::format(
                cli::translate("IntakeOptions", "--pid '%1' is not a process id (a whole number above 0)"), {*p});
        intake.pid = static_cast<std::uint32_t>(pid);
    }
    if (static_cast<bool>(get("host")) != static_cast<bool>(get("port")))
        return cli::translate("IntakeOptions", "--host and --port go together");
    if (const auto* h = get("host")) {
        // A DNS name or an IPv4/IPv6 literal (the rule the intake page and support links share).
        if (const std::string problem = hostProblem(*h); !problem.empty())
            return cli::format(cli::translate("IntakeOptions", "--host '%1' is not a host name or address: it %2"),
                               {*h, cli::engineText(problem)});
        intake.host = *h;
    }
    if (const auto* p = get("port")) {
        if (!portProblem(*p, intake.port).empty())
            return cli::format(cli::translate("IntakeOptions", "--port '%1' is not a port (1-65535)"), {*p});
    }
    // The same rules as a support link's code and ticket, so that the report's diagnosis rests on a known error.
    if (const auto* c = get("code")) {
        if (const std::string problem = linkCodeProblem(*c); !problem.empty())
            return cli::format(cli::translate("IntakeOptions", "--code '%1' cannot be used: it %2"),
                               {*c, cli::engineText(problem)});
        intake.code = *c;
    }
    if (const auto* t = get("ticket")) {
        if (const std::string problem = ticketProblem(*t); !problem.empty())
            return cli::format(cli::translate("IntakeOptions", "--ticket '%1' cannot be used: it %2"),
                               {*t, cli::engineText(problem)});
        intake.ticket = *t;
    }
    return {};
}

} // namespace wsafix
