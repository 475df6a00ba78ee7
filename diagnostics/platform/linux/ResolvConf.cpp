#include "diagnostics/platform/linux/ResolvConf.h"

#include "diagnostics/platform/linux/TextFile.h"
#include "diagnostics/platform/linux/Utf8.h"

#include <algorithm>

namespace wsafix::lnx {

namespace {

constexpr std::string_view kBlanks = " \t\r";

bool isResolvedStub(const std::string& server)
{
    return server == "127.0.0.53" || server == "127.0.0.54";
}

} // namespace

std::vector<std::string> parseNameservers(std::string_view text)
{
    std::vector<std::string> servers;
    while (!text.empty()) {
        const auto end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        const auto start = line.find_first_not_of(kBlanks);
        if (start == std::string_view::npos)
            continue;
        line.remove_prefix(start);
        constexpr std::string_view keyword = "nameserver";
        if (line.substr(0, keyword.size()) != keyword || line.size() == keyword.size() ||
            kBlanks.find(line[keyword.size()]) == std::string_view::npos)
            continue;
        line.remove_prefix(keyword.size());
        const auto first = line.find_first_not_of(kBlanks);
        if (first == std::string_view::npos)
            continue;
        line.remove_prefix(first);
        std::string_view address = line.substr(0, line.find_first_of(" \t\r#;"));
        address = address.substr(0, address.find('%'));
        if (!address.empty())
            servers.push_back(validUtf8(address));
    }
    return servers;
}

std::vector<std::string> readDnsServers(const std::string& resolvConf, const std::string& resolvedConf)
{
    const TextFile file = readTextFile(resolvConf, 64 * 1024);
    if (!file.ok())
        return {};
    std::vector<std::string> servers = parseNameservers(file.text);
    if (!servers.empty() && std::all_of(servers.begin(), servers.end(), isResolvedStub)) {
        const TextFile upstream = readTextFile(resolvedConf, 64 * 1024);
        if (upstream.ok())
            servers = parseNameservers(upstream.text);
    }
    return servers;
}

} // namespace wsafix::lnx
