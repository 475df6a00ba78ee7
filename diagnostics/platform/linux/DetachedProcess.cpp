#include "diagnostics/fix/DetachedProcess.h"

#include "diagnostics/platform/linux/Errno.h"
#include "diagnostics/platform/linux/NoFollow.h"
#include "diagnostics/platform/linux/SpawnAttributes.h"
#include "diagnostics/platform/linux/SpawnFileActions.h"
#include "diagnostics/platform/linux/UniqueFd.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <fstream>
#include <thread>

namespace wsafix {

std::string startDetached(const std::filesystem::path& executable, const std::vector<std::string>& arguments,
                          const std::filesystem::path& logFile)
{
    if (!executable.is_absolute())
        return "the program to start must be an absolute path: " + executable.string();
    lnx::UniqueFd log;
    try {
        log = lnx::openForAppending(logFile); // 0600, never through a link
    } catch (const std::exception& e) {
        return std::string("cannot open the log: ") + e.what();
    }
    lnx::SpawnFileActions actions;
    lnx::SpawnAttributes attributes;
    if (!actions.setUp(log.get(), log.get()) || !attributes.setUpDetached())
        return "cannot prepare posix_spawn";
    std::vector<std::string> argv{executable.string()};
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    std::vector<char*> args;
    for (auto& a : argv)
        args.push_back(a.data());
    args.push_back(nullptr);
    pid_t pid = 0;
    const int error = ::posix_spawn(&pid, executable.c_str(), actions.get(), attributes.get(), args.data(), environ);
    if (error != 0)
        return "cannot start " + executable.string() + ": " + lnx::errnoMessage(error);
    // Reaped in the background so that a long-lived caller (the wizard) keeps no zombie; the child does not
    // depend on this thread and lives on when the caller exits.
    std::thread([pid] {
        int status = 0;
        ::waitpid(pid, &status, 0);
    }).detach();
    return {};
}

std::filesystem::path currentExecutable()
{
    std::error_code ec;
    auto path = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path() : path;
}

unsigned long currentProcessId()
{
    return static_cast<unsigned long>(::getpid());
}

bool processRunning(unsigned long pid)
{
    // A zombie has ended too: its stat state is Z.
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string stat;
    if (!std::getline(in, stat))
        return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
    const auto close = stat.rfind(')');
    return close == std::string::npos || close + 2 >= stat.size() || stat[close + 2] != 'Z';
}

} // namespace wsafix
