#include "diagnostics/links/SupportLink.h"

#include "diagnostics/IntakeRules.h"
#include "diagnostics/links/PercentEncoding.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace wsafix {
namespace {

constexpr std::array<std::string_view, 5> kParameters{"code", "process", "host", "port", "ticket"};
constexpr std::size_t kEchoLength = 60;

// A piece of the link for a message. The link is printable ASCII by the time this is called.
std::string shown(std::string_view text)
{
    if (text.size() <= kEchoLength)
        return std::string(text);
    return std::string(text.substr(0, kEchoLength)) + "...";
}

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

ParsedSupportLink refused(std::string error, std::string parameter = {})
{
    return {std::nullopt, std::move(error), std::move(parameter)};
}

// Before anything is read: the whole link is printable ASCII without spaces.
std::string characterProblem(std::string_view text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::string where = " at position " + std::to_string(i + 1);
        if (c == ' ')
            return "the link contains a space" + where + " (write it as %20)";
        if (c < 0x20 || c == 0x7f)
            return "the link contains a control character" + where + " (a line break, tab or NUL byte)";
        if (c >= 0x80)
            return "the link contains a non-ASCII character" + where + " (percent-encode it)";
    }
    return {};
}

// Splits the part after "wsafix://" into action and query, refusing everything else an address can hold.
std::string addressProblem(std::string_view rest, std::string_view& query)
{
    const auto end = std::min(rest.find_first_of("/?"), rest.size());
    const std::string_view authority = rest.substr(0, end);
    if (authority.find('@') != std::string_view::npos)
        return "the link has user information ('" + shown(authority) + "'); a support link has none";
    if (authority.find(':') != std::string_view::npos)
        return "the link has a port in its address ('" + shown(authority) + "'); a support link has none";
    if (authority.empty())
        return "the link names no action: expected wsafix://diagnose?...";
    if (lower(authority) != "diagnose")
        return "the link asks for '" + shown(authority) + "', which links cannot do: the only action is 'diagnose'";
    rest.remove_prefix(end);
    // Some mail programs add a slash before the query ("wsafix://diagnose/?code=...").
    if (!rest.empty() && rest.front() == '/')
        rest.remove_prefix(1);
    if (!rest.empty() && rest.front() != '?')
        return "the link has a path after 'diagnose' ('" + shown(rest) + "'); expected wsafix://diagnose?...";
    query = rest.empty() ? rest : rest.substr(1);
    return {};
}

// Validates one decoded value and stores it in `link`.
std::string storeField(std::string_view name, const std::string& value, SupportLink& link)
{
    if (name == "port")
        return portProblem(value, link.port);
    std::string problem = supportLinkFieldProblem(name, value);
    if (!problem.empty())
        return problem;
    if (name == "code")
        link.code = value;
    else if (name == "process")
        link.process = value;
    else if (name == "host")
        link.host = value;
    else
        link.ticket = value;
    return {};
}

} // namespace

std::string supportLinkFieldProblem(std::string_view name, std::string_view value)
{
    // What the parser refuses inside a value (even percent-encoded) must not be put into a link either, so that
    // every link `link make` writes is one `link check` accepts (found by fuzz_support_link).
    if (const auto bad = value.find_first_of("&=%"); bad != std::string_view::npos)
        return std::string("contains '") + value[bad] + "', which a support link cannot carry in a value";
    if (name == "code")
        return linkCodeProblem(value);
    if (name == "process")
        return linkProcessProblem(value);
    if (name == "host")
        return hostProblem(value);
    if (name == "port") {
        std::uint16_t port = 0;
        return portProblem(value, port);
    }
    if (name == "ticket")
        return ticketProblem(value);
    return "is not a support-link parameter";
}

ParsedSupportLink parseSupportLink(std::string_view text)
{
    if (text.empty())
        return refused("the link is empty");
    if (text.size() > SupportLink::kMaxLength)
        return refused("the link is " + std::to_string(text.size()) + " characters long; a support link has at most " +
                       std::to_string(SupportLink::kMaxLength));
    if (std::string problem = characterProblem(text); !problem.empty())
        return refused(problem);
    const auto colon = text.find(':');
    if (colon == std::string_view::npos)
        return refused("this is not a link: expected wsafix://diagnose?...");
    if (lower(text.substr(0, colon)) != "wsafix")
        return refused("this is not a wsafix link (its scheme is '" + shown(text.substr(0, colon)) + "')");
    std::string_view rest = text.substr(colon + 1);
    if (!rest.starts_with("//"))
        return refused("the link has no '//' after 'wsafix:': expected wsafix://diagnose?...");
    rest.remove_prefix(2);
    if (const auto hash = rest.find('#'); hash != std::string_view::npos)
        return refused("the link has a fragment ('" + shown(rest.substr(hash)) +
                       "'); write a '#' inside a value as %23");
    std::string_view query;
    if (std::string problem = addressProblem(rest, query); !problem.empty())
        return refused(problem);

    SupportLink link;
    std::array<bool, kParameters.size()> seen{};
    while (!query.empty()) {
        const auto amp = std::min(query.find('&'), query.size());
        const std::string_view pair = query.substr(0, amp);
        const bool more = amp < query.size();
        query.remove_prefix(more ? amp + 1 : amp);
        if (pair.empty() || (more && query.empty()))
            return refused("the link has an empty parameter ('&&', or '&' at the start or end)");
        const auto eq = pair.find('=');
        const std::string_view name = pair.substr(0, eq);
        const std::string shownName = shown(name);
        const auto known = std::find(kParameters.begin(), kParameters.end(), name);
        if (known == kParameters.end()) {
            if (name.find('%') != std::string_view::npos)
                return refused("the link has a percent-encoded parameter name ('" + shownName + "')", shownName);
            const bool upper = std::find(kParameters.begin(), kParameters.end(), lower(name)) != kParameters.end();
            return refused("the link has an unknown parameter '" + shownName + "'" +
                               (upper ? " (parameter names are lower case)" : "") +
                               "; a link carries only code, process, host, port and ticket",
                           shownName);
        }
        const std::string parameter(name);
        auto& wasSeen = seen[static_cast<std::size_t>(known - kParameters.begin())];
        if (wasSeen)
            return refused("the link repeats the parameter '" + parameter + "'", parameter);
        wasSeen = true;
        if (eq == std::string_view::npos)
            return refused("parameter '" + parameter + "' has no value (" + parameter + "=...)", parameter);
        const std::string_view raw = pair.substr(eq + 1);
        if (raw.empty())
            return refused("parameter '" + parameter + "' is empty", parameter);
        std::string value;
        if (std::string problem = percentDecodeValue(raw, value); !problem.empty())
            return refused("parameter '" + parameter + "' " + problem, parameter);
        if (std::string problem = storeField(name, value, link); !problem.empty())
            return refused("parameter '" + parameter + "': '" + shown(raw) + "' " + problem, parameter);
    }
    return {std::move(link), {}, {}};
}

std::string makeSupportLink(const SupportLink& link)
{
    std::string query;
    const auto add = [&](std::string_view name, const std::string& value) {
        if (value.empty())
            return;
        query += (query.empty() ? "?" : "&") + std::string(name) + "=" + percentEncode(value);
    };
    add("code", link.code);
    add("process", link.process);
    add("host", link.host);
    add("port", link.port ? std::to_string(link.port) : std::string());
    add("ticket", link.ticket);
    return "wsafix://diagnose" + query;
}

Intake prefilledIntake(const SupportLink& link)
{
    Intake intake;
    intake.code = link.code;
    intake.process = link.process;
    intake.host = link.host;
    intake.port = link.port;
    intake.ticket = link.ticket;
    return intake;
}

} // namespace wsafix
