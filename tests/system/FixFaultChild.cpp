// The process FaultInjectionTest kills. It joins a network namespace, then applies a fix (or
// recovers open journal entries) and raises SIGKILL right after journal record N reached the disk.
// The kill point is chosen only here, through the engine's journal observer: the wsafix binary has
// no option or environment variable for it, so a support link can never trigger it.
//
//   fix_fault_child NETNS_PATH STATE_DIR PRELOAD_FILE apply FIX_ID KILL_AT
//   fix_fault_child NETNS_PATH STATE_DIR PRELOAD_FILE recover - KILL_AT
// KILL_AT 0 never kills. Prints "records N" (journal records written) and each report's outcome.
#include "diagnostics/ProcessRunner.h"
#include "diagnostics/fix/FixRunner.h"
#include "diagnostics/fix/Journal.h"
#include "diagnostics/fix/SnapshotStore.h"
#include "diagnostics/platform/linux/LinuxFixes.h"

#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <iostream>
#include <sched.h>
#include <unistd.h>

using namespace wsafix;

int main(int argc, char** argv)
{
    if (argc != 7) {
        std::cerr << "usage: fix_fault_child NETNS STATE_DIR PRELOAD apply|recover FIX_ID KILL_AT\n";
        return 2;
    }
    const int ns = ::open(argv[1], O_RDONLY | O_CLOEXEC);
    if (ns < 0 || ::setns(ns, CLONE_NEWNET) != 0) {
        std::cerr << "cannot join " << argv[1] << "\n";
        return 2;
    }
    ::close(ns);
    const std::string stateDir = argv[2];
    const std::string mode = argv[4];
    const int killAt = std::atoi(argv[6]);

    auto processRunner = createProcessRunner(defaultAllowList());
    lnx::LinuxFixPaths paths;
    paths.preload = argv[3];
    FixFactory factory("linux");
    lnx::registerLinuxFixes(factory, *processRunner, paths);
    SnapshotStore store(stateDir);
    Journal journal(stateDir + "/journal");
    int records = 0;
    journal.setObserver([&](const JournalRecord&) {
        if (++records == killAt)
            ::raise(SIGKILL);
    });
    FixRunner runner(store, journal, factory.machine());
    std::vector<FixReport> reports;
    if (mode == "apply")
        reports.push_back(runner.apply(*factory.create(argv[5])));
    else
        reports = runner.recover(factory);
    std::cout << "records " << records << "\n";
    for (const auto& r : reports)
        std::cout << r.outcome << " " << r.fixId << ": " << r.detail << "\n";
    return 0;
}
