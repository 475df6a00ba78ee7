#include "diagnostics/platform/windows/NetshCommand.h"

#include "diagnostics/analyze/PasteAnalyzer.h"
#include "diagnostics/platform/windows/Utf16.h"
#include "diagnostics/platform/windows/WineBuiltin.h"

#include <windows.h>

namespace wsafix::win {
namespace {

std::string firstLine(const std::string& text)
{
    const std::size_t start = text.find_first_not_of("\r\n \t");
    if (start == std::string::npos)
        return {};
    return text.substr(start, text.find_first_of("\r\n", start) - start);
}

bool nonEmptyFile(const std::string& path)
{
    WIN32_FILE_ATTRIBUTE_DATA data{};
    return GetFileAttributesExW(toUtf16(path).c_str(), GetFileExInfoStandard, &data) &&
           (data.nFileSizeHigh != 0 || data.nFileSizeLow != 0);
}

} // namespace

std::vector<std::string> failedResetSteps(const std::string& output)
{
    std::vector<std::string> failed;
    for (const PasteSection& section : parseResetOutput(output).sections)
        if (section.reset)
            failed.insert(failed.end(), section.reset->failures.begin(), section.reset->failures.end());
    return failed;
}

std::vector<std::string> netshWinsockResetArgv()
{
    return {"netsh", "winsock", "reset"};
}

std::vector<std::string> netshIpResetArgv(const std::string& logFile)
{
    return {"netsh", "int", "ip", "reset", logFile};
}

ActionResult runNetsh(ProcessRunner& runner, const AllowList& allowList, const std::vector<std::string>& argv)
{
    if (argv.empty() || argv.front() != "netsh")
        return ActionResult::failure("not a netsh command");
    return judgeNetsh(runner.run(argv), allowList, argv);
}

ActionResult judgeNetsh(const CommandResult& result, const AllowList& allowList, const std::vector<std::string>& argv)
{
    if (argv.empty() || argv.front() != "netsh")
        return ActionResult::failure("not a netsh command");
    std::string shown;
    for (const auto& argument : argv)
        shown += (shown.empty() ? "" : " ") + argument;
    if (!result.started)
        return ActionResult::unavailable("'" + shown + "' could not start: " + result.error);
    if (result.timedOut)
        return ActionResult::failure("'" + shown + "' did not finish in time");
    const std::string output = firstLine(result.out).empty() ? firstLine(result.err) : firstLine(result.out);
    if (result.exitCode != 0)
        return ActionResult::failure("'" + shown + "' exited with " + std::to_string(result.exitCode) +
                                     (output.empty() ? "" : ": " + output));
    // netsh exits 0 also when steps of a reset failed ("Resetting Interface, failed." and the reason on the next line).
    if (const auto failed = failedResetSteps(result.out + "\n" + result.err); !failed.empty()) {
        std::string steps;
        for (const auto& step : failed)
            steps += (steps.empty() ? "" : "; ") + step;
        return ActionResult::failure("'" + shown + "' exited 0, but " + std::to_string(failed.size()) +
                                     (failed.size() == 1 ? " step" : " steps") + " of the reset failed: " + steps);
    }
    if (isWineBuiltinFile(allowList.resolve("netsh")))
        return ActionResult::unverified("'" + shown +
                                        "' exited 0, but this netsh is Wine's stub, which changes "
                                        "nothing");
    if (output.empty())
        return ActionResult::unverified("'" + shown + "' exited 0 without a word; nothing confirms the reset");
    const bool ipReset = argv.size() == 5 && argv[1] == "int" && argv[3] == "reset";
    if (ipReset && !nonEmptyFile(argv[4]))
        return ActionResult::unverified("'" + shown + "' exited 0 but wrote no log file");
    return ActionResult::success("'" + shown + "': " + output);
}

} // namespace wsafix::win
