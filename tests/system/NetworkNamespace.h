#pragma once
// A network namespace that exists for one test: created with a unique name, deleted (with every
// interface in it) when the object goes, also when the test fails. Commands run as argv through
// the engine's own runner, never through a shell.

#include "diagnostics/ProcessRunner.h"
#include "diagnostics/platform/linux/UniqueFd.h"

#include <cerrno>
#include <cstring>
#include <exception>
#include <fcntl.h>
#include <optional>
#include <sched.h>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace wsafix::systemtest {

class NetworkNamespace
{
public:
    /// Creates "wsafix-t-<pid>-<n>"; see created() and error().
    NetworkNamespace();
    ~NetworkNamespace();
    NetworkNamespace(const NetworkNamespace&) = delete;
    NetworkNamespace& operator=(const NetworkNamespace&) = delete;

    bool created() const { return m_created; }
    const std::string& error() const { return m_error; }
    const std::string& name() const { return m_name; }
    /// The bind mount `ip netns` keeps, which setns() takes.
    std::string path() const { return "/run/netns/" + m_name; }

    /// `ip -n NAME args...`: its stdout, or std::runtime_error with its stderr.
    std::string ip(const std::vector<std::string>& args) const;

    /// `ip args...` in the caller's namespace, checked like ip().
    static std::string hostIp(const std::vector<std::string>& args);
    /// Empty when the test may run (root, ip present), else why not.
    static std::string whyUnavailable();

private:
    std::string m_name;
    bool m_created = false;
    std::string m_error;
};

/// Runs f() on a thread that has joined `ns` (setns affects only the calling thread), and returns
/// its result; what f throws, or a failed setns, is thrown here.
template <class F> auto inNamespace(const NetworkNamespace& ns, F&& f) -> decltype(f())
{
    std::optional<decltype(f())> result;
    std::exception_ptr failure;
    std::thread worker([&] {
        try {
            lnx::UniqueFd fd(::open(ns.path().c_str(), O_RDONLY | O_CLOEXEC));
            if (!fd || ::setns(fd.get(), CLONE_NEWNET) != 0)
                throw std::runtime_error("cannot join " + ns.path() + ": " + std::strerror(errno));
            result.emplace(f());
        } catch (...) {
            failure = std::current_exception();
        }
    });
    worker.join();
    if (failure)
        std::rethrow_exception(failure);
    return std::move(*result);
}

} // namespace wsafix::systemtest
