#include "NetworkNamespace.h"

#include <atomic>
#include <unistd.h>

namespace wsafix::systemtest {

namespace {

CommandResult runIp(const std::vector<std::string>& args)
{
    std::vector<std::string> argv{"ip"};
    argv.insert(argv.end(), args.begin(), args.end());
    CommandOptions options;
    options.timeout = std::chrono::seconds(20);
    return createProcessRunner(defaultAllowList())->run(argv, options);
}

std::string checked(const CommandResult& r, const std::vector<std::string>& args)
{
    if (r.succeeded())
        return r.out;
    std::string command = "ip";
    for (const auto& a : args)
        command += " " + a;
    throw std::runtime_error(command + " failed: " + (r.error.empty() ? r.err : r.error));
}

} // namespace

NetworkNamespace::NetworkNamespace()
{
    static std::atomic<int> counter{0};
    m_name = "wsafix-t-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
    const CommandResult r = runIp({"netns", "add", m_name});
    m_created = r.succeeded();
    if (!m_created)
        m_error = "ip netns add " + m_name + " failed: " + (r.error.empty() ? r.err : r.error);
}

NetworkNamespace::~NetworkNamespace()
{
    if (m_created)
        runIp({"netns", "delete", m_name});
}

std::string NetworkNamespace::ip(const std::vector<std::string>& args) const
{
    std::vector<std::string> all{"-n", m_name};
    all.insert(all.end(), args.begin(), args.end());
    return checked(runIp(all), all);
}

std::string NetworkNamespace::hostIp(const std::vector<std::string>& args)
{
    return checked(runIp(args), args);
}

std::string NetworkNamespace::whyUnavailable()
{
    if (::geteuid() != 0)
        return "system tests need root (network namespaces)";
    if (defaultAllowList().resolve("ip").empty())
        return "iproute2 (ip) is not installed";
    return {};
}

} // namespace wsafix::systemtest
