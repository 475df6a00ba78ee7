#pragma once
// A child process that joins a network namespace, opens sockets there and holds them, so that
// the tests know exactly which PID owns which socket. It is killed and reaped when the object
// goes, and kills itself after a minute should the test process hang or die.

#include "diagnostics/platform/linux/UniqueFd.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <sys/types.h>

namespace wsafix::systemtest {

class NetworkNamespace;

class OwnerProcess
{
public:
    /// What the child does once inside the namespace; it reports through `report` (see reportLine)
    /// and returns false on failure. It runs in a forked copy of the test: system calls only.
    using Body = std::function<bool(int report)>;

    /// Forks; the child renames itself `name` (as /proc/[pid]/comm shows it), joins `ns`, runs `body`.
    OwnerProcess(const NetworkNamespace& ns, const char* name, Body body);
    ~OwnerProcess();
    OwnerProcess(const OwnerProcess&) = delete;
    OwnerProcess& operator=(const OwnerProcess&) = delete;

    pid_t pid() const { return m_pid; }
    /// The next line the child reported, without its newline; std::runtime_error after `timeout`
    /// or when the child failed.
    std::string readLine(std::chrono::milliseconds timeout = std::chrono::seconds(10));

    /// In the child: writes `text` and a newline to `report`.
    static bool reportLine(int report, const std::string& text);

private:
    pid_t m_pid = -1;
    lnx::UniqueFd m_report;
    std::string m_pending;
};

/// Child-side socket helpers: a descriptor, or -1.
int boundSocket(int type, const char* ipv4, std::uint16_t port);
int connectedSocket(const char* ipv4, std::uint16_t port);
std::uint16_t boundPort(int fd);

} // namespace wsafix::systemtest
