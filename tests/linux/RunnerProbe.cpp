// A child program for the POSIX runner tests: what the runner's children inherit, and a family
// of processes for the time-out tests.
//   runner_probe fork PARENT_MS CHILD_MS   forks; prints the child's pid; parent and child sleep
//   runner_probe fds                       prints the open descriptor numbers, one per line
//   runner_probe env                       prints the environment, NUL-terminated entries
//   runner_probe stdin                     reads stdin to its end and prints the byte count
//   runner_probe signal N                  dies of signal N
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <string>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace {

void sleepMs(const char* ms)
{
    std::this_thread::sleep_for(std::chrono::milliseconds(std::atol(ms)));
}

int listFds()
{
    DIR* dir = ::opendir("/proc/self/fd");
    if (!dir)
        return 1;
    const int own = ::dirfd(dir);
    while (const dirent* e = ::readdir(dir)) {
        if (e->d_name[0] == '.' || std::atoi(e->d_name) == own)
            continue;
        std::printf("%s\n", e->d_name);
    }
    ::closedir(dir);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    const std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "fork" && argc > 3) {
        const pid_t child = ::fork();
        if (child < 0)
            return 1;
        if (child == 0) {
            sleepMs(argv[3]);
            return 0;
        }
        std::printf("%d\n", static_cast<int>(child));
        std::fflush(stdout);
        sleepMs(argv[2]);
        return 0;
    }
    if (mode == "fds")
        return listFds();
    if (mode == "env") {
        for (char** e = environ; *e; ++e)
            std::fwrite(*e, 1, std::strlen(*e) + 1, stdout);
        return 0;
    }
    if (mode == "stdin") {
        long total = 0;
        char buffer[4096];
        for (ssize_t n; (n = ::read(0, buffer, sizeof buffer)) > 0;)
            total += n;
        std::printf("%ld\n", total);
        return 0;
    }
    if (mode == "signal" && argc > 2) {
        std::raise(std::atoi(argv[2]));
        return 0;
    }
    return 64;
}
