#include "diagnostics/fix/ElevatedFix.h"

#include "diagnostics/ProcessRunner.h"

namespace wsafix {

ElevatedFixRun runFixElevated(const std::filesystem::path& executable, const std::vector<std::string>& arguments,
                              std::chrono::milliseconds limit)
{
    ElevatedFixRun run;
    if (!executable.is_absolute()) {
        run.detail = "the program to run elevated must be an absolute path: " + executable.string();
        return run;
    }
    // A runner of its own that may start pkexec and nothing else: the fixes' runner never may.
    const auto runner = createProcessRunner(AllowList({"pkexec"}, {"/usr/bin", "/bin"}));
    std::vector<std::string> argv{"pkexec", executable.string()};
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    CommandOptions options;
    options.timeout = limit;
    const CommandResult result = runner->run(argv, options);
    if (!result.started) {
        run.detail = "pkexec could not start (" + result.error + "); ask an administrator to run: sudo " +
                     executable.string() + " fix ...";
        return run;
    }
    if (result.timedOut) {
        run.detail = "the elevated fix step did not end within " + std::to_string(limit.count() / 1000) + " s";
        return run;
    }
    // pkexec's own codes: 126 the authorization was refused or the dialog dismissed, 127 not authorized / no agent.
    if (result.exitCode == 126 || result.exitCode == 127) {
        run.detail =
            result.exitCode == 126
                ? "the administrator password prompt was dismissed or refused"
                : "not authorized, or no authentication agent is running (pkexec: " + result.err.substr(0, 200) + ")";
        return run;
    }
    run.ran = true;
    run.exitCode = result.exitCode;
    run.detail = "the fix step ran as root (pkexec) and exited with " + std::to_string(result.exitCode);
    return run;
}

} // namespace wsafix
