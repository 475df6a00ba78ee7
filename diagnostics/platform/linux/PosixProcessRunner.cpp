#include "diagnostics/platform/linux/PosixProcessRunner.h"

#include "diagnostics/platform/linux/Errno.h"
#include "diagnostics/platform/linux/OutputCapture.h"
#include "diagnostics/platform/linux/SpawnAttributes.h"
#include "diagnostics/platform/linux/SpawnFileActions.h"
#include "diagnostics/platform/linux/UniqueFd.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace wsafix {

using lnx::OutputCapture;
using lnx::SpawnAttributes;
using lnx::SpawnFileActions;
using lnx::UniqueFd;

namespace {

using Clock = std::chrono::steady_clock;

// The environment of every child: nothing of the caller's (no LD_PRELOAD, no PATH tricks), and
// untranslated output so that it can be parsed.
constexpr const char* kEnvironment[] = {"PATH=/usr/sbin:/usr/bin:/sbin:/bin", "LC_ALL=C", "LANG=C", nullptr};

// Without a pidfd the child's exit is noticed by polling at this interval.
constexpr int kExitPollMs = 20;

CommandResult refused(std::string why)
{
    CommandResult r;
    r.error = std::move(why);
    return r;
}

struct Pipe
{
    UniqueFd read;
    UniqueFd write;
};

bool makePipe(Pipe& pipe)
{
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return false;
    pipe.read.reset(fds[0]);
    pipe.write.reset(fds[1]);
    return true;
}

std::string signalText(int signal)
{
    if (const char* name = sigabbrev_np(signal))
        return "SIG" + std::string(name);
    return "signal " + std::to_string(signal);
}

void recordStatus(CommandResult& result, int status)
{
    if (WIFEXITED(status)) {
        result.exitCode = WEXITSTATUS(status);
    } else if (WIFSIGNALED(status)) {
        // The shells' convention, so that a crash is never mistaken for success.
        result.exitCode = 128 + WTERMSIG(status);
        result.error = "terminated by " + signalText(WTERMSIG(status));
    }
}

bool reapNow(pid_t pid, int& status)
{
    for (;;) {
        const pid_t r = ::waitpid(pid, &status, WNOHANG);
        if (r < 0 && errno == EINTR)
            continue;
        return r == pid;
    }
}

void reapBlocking(pid_t pid, int& status)
{
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
}

struct Supervision
{
    bool finished = false; ///< the child exited and both streams reached their end
    bool exited = false;   ///< the child was reaped
    int status = 0;
    std::string failure; ///< why supervision stopped early, other than the deadline
};

// Drains both streams and reaps the child until both are done or `deadline` passes.
Supervision supervise(pid_t pid, OutputCapture (&captures)[2], Clock::time_point deadline, std::size_t cap)
{
    // A pidfd makes the child's exit a poll event; without one (kernels before 5.3) it is polled for.
    const UniqueFd pidFd(static_cast<int>(::syscall(SYS_pidfd_open, pid, 0)));
    Supervision s;
    while (!s.exited || captures[0].open() || captures[1].open()) {
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0)
            return s;
        pollfd fds[3];
        nfds_t count = 0;
        for (auto& c : captures)
            if (c.open())
                fds[count++] = {c.fd(), POLLIN, 0};
        if (!s.exited && pidFd)
            fds[count++] = {pidFd.get(), POLLIN, 0};
        int wait = static_cast<int>(std::min<long long>(left, 1 << 30));
        if (!s.exited && !pidFd)
            wait = std::min(wait, kExitPollMs);
        if (::poll(fds, count, wait) < 0 && errno != EINTR) {
            s.failure = "poll failed: " + lnx::errnoMessage(errno);
            return s;
        }
        for (auto& c : captures)
            if (c.open())
                c.drain(cap);
        if (!s.exited)
            s.exited = reapNow(pid, s.status);
    }
    s.finished = true;
    return s;
}

} // namespace

PosixProcessRunner::PosixProcessRunner(AllowList allowList) : m_allowList(std::move(allowList)) {}

CommandResult PosixProcessRunner::run(const std::vector<std::string>& argv, const CommandOptions& options)
{
    if (argv.empty())
        return refused("empty command");
    const std::string& name = argv.front();
    if (!m_allowList.allows(name) || name.find('/') != std::string::npos)
        return refused("'" + name + "' is not on the allow-list");
    const std::string path = m_allowList.resolve(name);
    if (path.empty())
        return refused("'" + name + "' is allowed but was not found in the allow-list's directories");

    Pipe out, err;
    if (!makePipe(out) || !makePipe(err))
        return refused("cannot create pipes: " + lnx::errnoMessage(errno));
    SpawnFileActions actions;
    SpawnAttributes attributes;
    if (!actions.setUp(out.write.get(), err.write.get()) || !attributes.setUp())
        return refused("cannot prepare posix_spawn");

    std::vector<char*> args;
    args.reserve(argv.size() + 1);
    for (const auto& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);

    pid_t pid = -1;
    const int spawnError = ::posix_spawn(&pid, path.c_str(), actions.get(), attributes.get(), args.data(),
                                         const_cast<char* const*>(kEnvironment));
    if (spawnError != 0)
        return refused("cannot start " + path + ": " + lnx::errnoMessage(spawnError));
    out.write.reset();
    err.write.reset();

    CommandResult result;
    result.started = true;
    OutputCapture captures[2] = {OutputCapture(std::move(out.read), result.out),
                                 OutputCapture(std::move(err.read), result.err)};
    const Supervision s = supervise(pid, captures, Clock::now() + options.timeout, options.maxOutputBytes);

    if (!s.finished) {
        // Out of time, or something the child started still holds its output open: stop them all.
        ::kill(-pid, SIGKILL);
        int status = 0;
        if (!s.exited) {
            ::kill(pid, SIGKILL);
            reapBlocking(pid, status);
        }
        result.timedOut = s.failure.empty();
        result.error = s.failure.empty()
                           ? "timed out after " + std::to_string(options.timeout.count()) + " ms and was killed"
                           : s.failure + "; the command was killed";
        result.exitCode = -1;
    } else {
        recordStatus(result, s.status);
    }
    result.truncated = captures[0].truncated() || captures[1].truncated();
    return result;
}

} // namespace wsafix
