#include "LinkArguments.h"

#include "CliText.h"

#include <algorithm>
#include <cctype>

namespace wsafix {
namespace {

const std::string kLinkOption = "--link";

std::string lower(const std::string& text)
{
    std::string out = text;
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool isLinkOption(const std::string& arg)
{
    return arg == kLinkOption || arg.rfind(kLinkOption + "=", 0) == 0;
}

// An argument as the message shows it: quoted, control characters as '?', cut after 60 bytes.
std::string shown(const std::string& arg)
{
    std::string out = arg.size() > 60 ? arg.substr(0, 60) + "..." : arg;
    std::replace_if(
        out.begin(), out.end(), [](unsigned char c) { return c < 0x20 || c == 0x7f; }, '?');
    return "'" + out + "'";
}

} // namespace

bool carriesLink(const std::string& arg)
{
    return lower(arg).find("wsafix:") != std::string::npos;
}

bool looksLikeFirstLink(const std::string& arg)
{
    return carriesLink(arg) || arg.find("://") != std::string::npos;
}

std::optional<std::size_t> linkPosition(const std::vector<std::string>& args)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (isLinkOption(args[i]))
            return i;
        if (!(i == 0 ? looksLikeFirstLink(args[i]) : carriesLink(args[i])))
            continue;
        // `wsafix [options] link check URL`: checking a link opens nothing. A handler cannot produce this form: its
        // command line starts with --link or with the link itself.
        const auto end = args.begin() + static_cast<std::ptrdiff_t>(i);
        const auto command = std::find(args.begin(), end, "link");
        if (command != end && std::find(command, end, "check") != end)
            continue;
        return i;
    }
    return std::nullopt;
}

LinkAlone takeLinkAlone(const std::vector<std::string>& args, std::size_t position)
{
    LinkAlone result;
    std::vector<std::string> others;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (i != position) {
            others.push_back(args[i]);
        } else if (args[i] == kLinkOption) {
            if (i + 1 >= args.size())
                return {{}, cli::format(cli::translate("CommandLine", "option '--%1' needs a value"), {"link"})};
            result.link = args[++i];
        } else {
            result.link = isLinkOption(args[i]) ? args[i].substr(kLinkOption.size() + 1) : args[i];
        }
    }
    if (!others.empty()) {
        std::string list;
        for (const auto& other : others)
            list += (list.empty() ? "" : " ") + shown(other);
        result.error =
            cli::format(cli::translate("CommandLine", "a support link must be the only argument; refused: %1"), {list});
    } else if (result.link.empty()) {
        result.error = cli::translate("CommandLine", "the support link is empty");
    }
    return result;
}

} // namespace wsafix
