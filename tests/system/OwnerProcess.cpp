#include "OwnerProcess.h"

#include "NetworkNamespace.h"

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace wsafix::systemtest {

namespace {

// The longest any test holds its owners; after that the child's alarm ends it.
constexpr unsigned kChildLifetimeSeconds = 60;

sockaddr_in ipv4Address(const char* ip, std::uint16_t port)
{
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    ::inet_pton(AF_INET, ip, &a.sin_addr);
    return a;
}

[[noreturn]] void childMain(const char* path, const char* name, const OwnerProcess::Body& body, int report)
{
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    ::alarm(kChildLifetimeSeconds);
    ::prctl(PR_SET_NAME, name);
    const int ns = ::open(path, O_RDONLY | O_CLOEXEC);
    if (ns < 0 || ::setns(ns, CLONE_NEWNET) != 0 || !body(report)) {
        OwnerProcess::reportLine(report, "ERR " + std::to_string(errno));
        ::_exit(1);
    }
    ::pause(); // until the test kills it, or SIGALRM does
    ::_exit(0);
}

} // namespace

OwnerProcess::OwnerProcess(const NetworkNamespace& ns, const char* name, Body body)
{
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        throw std::runtime_error("pipe2 failed");
    lnx::UniqueFd readEnd(fds[0]), writeEnd(fds[1]);
    const std::string path = ns.path();
    m_pid = ::fork();
    if (m_pid < 0)
        throw std::runtime_error("fork failed");
    if (m_pid == 0)
        childMain(path.c_str(), name, body, writeEnd.get());
    m_report = std::move(readEnd);
}

OwnerProcess::~OwnerProcess()
{
    if (m_pid <= 0)
        return;
    ::kill(m_pid, SIGKILL);
    int status = 0;
    while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
    }
}

std::string OwnerProcess::readLine(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        if (const auto end = m_pending.find('\n'); end != std::string::npos) {
            std::string line = m_pending.substr(0, end);
            m_pending.erase(0, end + 1);
            if (line.rfind("ERR", 0) == 0)
                throw std::runtime_error("owner process failed: errno " + line.substr(4));
            return line;
        }
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            throw std::runtime_error("owner process did not report within the time limit");
        pollfd p{m_report.get(), POLLIN, 0};
        if (::poll(&p, 1, static_cast<int>(left.count())) <= 0)
            continue;
        char buffer[256];
        const ssize_t n = ::read(m_report.get(), buffer, sizeof buffer);
        if (n <= 0)
            throw std::runtime_error("owner process ended without reporting");
        m_pending.append(buffer, static_cast<std::size_t>(n));
    }
}

bool OwnerProcess::reportLine(int report, const std::string& text)
{
    const std::string line = text + "\n";
    return ::write(report, line.data(), line.size()) == static_cast<ssize_t>(line.size());
}

int boundSocket(int type, const char* ipv4, std::uint16_t port)
{
    const int fd = ::socket(AF_INET, type | SOCK_CLOEXEC, 0);
    const sockaddr_in a = ipv4Address(ipv4, port);
    if (fd < 0 || ::bind(fd, reinterpret_cast<const sockaddr*>(&a), sizeof a) != 0)
        return -1;
    return fd;
}

int connectedSocket(const char* ipv4, std::uint16_t port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const sockaddr_in a = ipv4Address(ipv4, port);
    if (fd < 0 || ::connect(fd, reinterpret_cast<const sockaddr*>(&a), sizeof a) != 0)
        return -1;
    return fd;
}

std::uint16_t boundPort(int fd)
{
    sockaddr_in a{};
    socklen_t length = sizeof a;
    if (::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &length) != 0)
        return 0;
    return ntohs(a.sin_port);
}

} // namespace wsafix::systemtest
