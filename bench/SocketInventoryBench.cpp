// Times, in one process and one run, the Linux engine's socket inventory with owner attribution
// (LinuxSystem::sockets()) and without (lnx::listSockets(Attribution::None)), and the commands given
// with --command (e.g. "ss -tanp"), which are spawned with stdout to /dev/null as hyperfine would.
// Each subject runs once to warm up, then --runs times. One tab-separated line per subject:
// name, mean ms, min ms, rows ("-" for commands, whose output is discarded).
//
// Usage: socket_inventory_bench [--runs N] [--command "ss -tanp"]...
#include "diagnostics/platform/linux/LinuxSystem.h"
#include "diagnostics/platform/linux/SocketInventory.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

extern char** environ;

namespace {

constexpr int maxRuns = 1000;

struct Timing
{
    double meanMs = 0;
    double minMs = 0;
};

// Runs `once` (which returns false on failure) once to warm up, then `runs` times.
bool measure(int runs, const std::function<bool()>& once, Timing& out)
{
    if (!once())
        return false;
    double sum = 0;
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        if (!once())
            return false;
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        sum += ms;
        best = std::min(best, ms);
    }
    out = Timing{sum / runs, best};
    return true;
}

// A command line split on spaces (no shell), run to completion with stdout and stderr discarded.
bool runCommand(const std::vector<std::string>& argv)
{
    std::vector<char*> args;
    for (const auto& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int err = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (err != 0) {
        std::fprintf(stderr, "socket_inventory_bench: cannot run %s: %s\n", args[0], std::strerror(err));
        return false;
    }
    int status = 0;
    if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "socket_inventory_bench: %s failed\n", args[0]);
        return false;
    }
    return true;
}

std::vector<std::string> splitWords(const std::string& line)
{
    std::istringstream in(line);
    std::vector<std::string> words;
    for (std::string w; in >> w;)
        words.push_back(w);
    return words;
}

void print(const std::string& name, const Timing& t, const std::string& rows)
{
    std::printf("%s\t%.2f\t%.2f\t%s\n", name.c_str(), t.meanMs, t.minMs, rows.c_str());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    int runs = 20;
    std::vector<std::string> commands;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--runs" && i + 1 < argc)
            runs = std::atoi(argv[++i]);
        else if (arg == "--command" && i + 1 < argc)
            commands.emplace_back(argv[++i]);
        else
            runs = 0;
    }
    if (runs < 1 || runs > maxRuns) {
        std::fprintf(stderr, "usage: socket_inventory_bench [--runs N (1..%d)] [--command \"CMD ARGS\"]...\n", maxRuns);
        return 2;
    }

    for (const auto& command : commands) {
        const auto words = splitWords(command);
        Timing t;
        if (words.empty() || !measure(
                                 runs, [&] { return runCommand(words); }, t))
            return 1;
        print(command, t, "-");
    }

    wsafix::LinuxSystem system;
    std::size_t rows = 0;
    auto inventory = [&rows](const std::function<wsafix::Probed<std::vector<wsafix::SocketEntry>>()>& list) {
        return [&rows, list] {
            const auto found = list();
            rows = found.value.size();
            if (!found.available())
                std::fprintf(stderr, "socket_inventory_bench: inventory unavailable: %s\n",
                             found.status.reason.c_str());
            return found.available();
        };
    };
    Timing owners;
    if (!measure(runs, inventory([&system] { return system.sockets(); }), owners))
        return 1;
    print("engine sockets() (with owners)", owners, std::to_string(rows));
    Timing none;
    if (!measure(runs, inventory([] { return wsafix::lnx::listSockets(wsafix::lnx::Attribution::None); }), none))
        return 1;
    print("engine listSockets(None)", none, std::to_string(rows));
    return 0;
}
