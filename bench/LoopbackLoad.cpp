// Holds N established TCP connections on 127.0.0.1 so that socket listings have something to list.
// The fd limit here is 20,000 per process and every connection costs two fds (both ends stay in
// the same child), so the connections are split across child processes.
//
// Usage: loopback_load --connections N [--per-process K] [--hold-seconds S]
// Prints "ready N" on stdout once every connection is established, then holds them until stdin
// reaches EOF or reads "stop", SIGTERM/SIGINT/SIGHUP arrives, or S seconds pass (default 600).
// Connections are closed with RST (SO_LINGER 0) so that no TIME_WAIT sockets are left behind.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

namespace {

constexpr long maxConnections = 200000;
constexpr long maxHoldSeconds = 3600;
constexpr int setupTimeoutMs = 120000;

volatile std::sig_atomic_t g_stop = 0;

void onStopSignal(int)
{
    g_stop = 1;
}

void installStopHandlers()
{
    struct sigaction sa
    {
    };
    sa.sa_handler = onStopSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; // no SA_RESTART: a blocked read/poll must return EINTR and see the flag
    for (int sig : {SIGTERM, SIGINT, SIGHUP})
        sigaction(sig, &sa, nullptr);
}

void resetAndClose(std::vector<int>& fds)
{
    const linger hard{1, 0};
    for (int fd : fds) {
        setsockopt(fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        close(fd);
    }
    fds.clear();
}

// One child: a listener of its own on an ephemeral port, `count` connections to it, both ends kept.
int runChild(long count, int readyFd, int stopFd)
{
    prctl(PR_SET_PDEATHSIG, SIGTERM); // the parent killed hard must not leave children holding sockets
    std::vector<int> fds;
    fds.reserve(static_cast<std::size_t>(2 * count + 1));
    auto fail = [&](const char* what) {
        std::fprintf(stderr, "loopback_load[%d]: %s: %s\n", getpid(), what, std::strerror(errno));
        resetAndClose(fds);
        const char no = '0';
        [[maybe_unused]] auto n = write(readyFd, &no, 1);
        return 1;
    };

    const int listener = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (listener < 0)
        return fail("socket");
    fds.push_back(listener);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (bind(listener, reinterpret_cast<sockaddr*>(&addr), len) != 0 || listen(listener, 4096) != 0 ||
        getsockname(listener, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
        return fail("listen on 127.0.0.1");

    for (long i = 0; i < count && !g_stop; ++i) {
        const int client = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (client < 0)
            return fail("socket");
        fds.push_back(client);
        if (connect(client, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0)
            return fail("connect");
        const int server = accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
        if (server < 0)
            return fail("accept");
        fds.push_back(server);
    }
    if (g_stop) {
        resetAndClose(fds);
        return 1;
    }
    const char yes = '1';
    if (write(readyFd, &yes, 1) != 1)
        return fail("report ready");
    close(readyFd);

    char byte = 0;
    while (!g_stop && read(stopFd, &byte, 1) < 0 && errno == EINTR) {
    }
    resetAndClose(fds);
    return 0;
}

bool waitForStdinStop(long holdSeconds)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(holdSeconds);
    std::string line;
    while (!g_stop) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            return false;
        pollfd in{STDIN_FILENO, POLLIN, 0};
        const int r = poll(&in, 1, static_cast<int>(std::min<long long>(left.count(), 1000)));
        if (r <= 0)
            continue;
        char buf[64];
        const ssize_t n = read(STDIN_FILENO, buf, sizeof buf);
        if (n <= 0)
            return true; // EOF (or a broken stdin): the caller is gone or done
        line.append(buf, static_cast<std::size_t>(n));
        if (line.find("stop") != std::string::npos)
            return true;
        if (line.size() > 1024)
            line.erase(0, line.size() - 8);
    }
    return true;
}

void reapChildren(std::vector<pid_t>& children)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (!children.empty() && std::chrono::steady_clock::now() < deadline) {
        std::erase_if(children, [](pid_t pid) { return waitpid(pid, nullptr, WNOHANG) == pid; });
        if (!children.empty())
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    for (pid_t pid : children) {
        kill(pid, SIGKILL);
        waitpid(pid, nullptr, 0);
    }
    children.clear();
}

long numberArg(int argc, char** argv, const char* name, long fallback)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return std::strtol(argv[i + 1], nullptr, 10);
    return fallback;
}

} // namespace

int main(int argc, char** argv)
{
    const long connections = numberArg(argc, argv, "--connections", 0);
    long perProcess = numberArg(argc, argv, "--per-process", 8000);
    const long holdSeconds = numberArg(argc, argv, "--hold-seconds", 600);
    rlimit fdLimit{};
    getrlimit(RLIMIT_NOFILE, &fdLimit);
    const long fitsInOneProcess = (static_cast<long>(fdLimit.rlim_cur) - 64) / 2;
    if (connections < 1 || connections > maxConnections || perProcess < 1 || perProcess > fitsInOneProcess ||
        holdSeconds < 1 || holdSeconds > maxHoldSeconds) {
        std::fprintf(stderr,
                     "usage: loopback_load --connections N (1..%ld) [--per-process K (1..%ld)] "
                     "[--hold-seconds S (1..%ld)]\n",
                     maxConnections, fitsInOneProcess, maxHoldSeconds);
        return 2;
    }

    installStopHandlers();
    int ready[2];
    int stop[2];
    if (pipe2(ready, O_CLOEXEC) != 0 || pipe2(stop, O_CLOEXEC) != 0) {
        std::perror("loopback_load: pipe");
        return 4;
    }
    std::vector<pid_t> children;
    for (long left = connections; left > 0 && !g_stop; left -= perProcess) {
        const pid_t pid = fork();
        if (pid < 0) {
            std::perror("loopback_load: fork");
            break;
        }
        if (pid == 0) {
            close(ready[0]);
            close(stop[1]);
            std::_Exit(runChild(std::min(left, perProcess), ready[1], stop[0]));
        }
        children.push_back(pid);
    }
    close(ready[1]);
    close(stop[0]);

    // Every child answers one byte: '1' when its connections are up; EOF means one died.
    std::size_t up = 0;
    bool failed = children.size() * static_cast<std::size_t>(perProcess) < static_cast<std::size_t>(connections);
    const auto setupDeadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(setupTimeoutMs);
    while (!failed && !g_stop && up < children.size() && std::chrono::steady_clock::now() < setupDeadline) {
        pollfd in{ready[0], POLLIN, 0};
        if (poll(&in, 1, 1000) <= 0)
            continue;
        char byte = 0;
        const ssize_t n = read(ready[0], &byte, 1);
        if (n == 1 && byte == '1')
            ++up;
        else if (n == 0 || (n == 1 && byte != '1'))
            failed = true;
    }
    close(ready[0]);

    int rc = 0;
    if (up == children.size() && !failed && !g_stop) {
        std::printf("ready %ld\n", connections);
        std::fflush(stdout);
        if (!waitForStdinStop(holdSeconds))
            std::fprintf(stderr, "loopback_load: held for %ld s, stopping\n", holdSeconds);
    } else {
        std::fprintf(stderr, "loopback_load: only %zu of %zu processes came up\n", up, children.size());
        rc = 1;
    }
    close(stop[1]); // EOF on the stop pipe: every child resets its connections and exits
    reapChildren(children);
    return rc;
}
