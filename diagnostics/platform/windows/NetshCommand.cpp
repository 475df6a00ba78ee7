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

ResetOutcome netshResetOutcome(const std::string& output)
{
    ResetOutcome all;
    for (const PasteSection& section : parseResetOutput(output).sections) {
        if (!section.reset)
            continue;
        const ResetOutcome& r = *section.reset;
        all.succeeded += r.succeeded;
        all.failures.insert(all.failures.end(), r.failures.begin(), r.failures.end());
        all.harmless.insert(all.harmless.end(), r.harmless.begin(), r.harmless.end());
        all.needsElevation = all.needsElevation || r.needsElevation;
        all.resetDone = all.resetDone || r.resetDone;
        all.restartRequired = all.restartRequired || r.restartRequired;
    }
    return all;
}

std::vector<std::string> failedResetSteps(const std::string& output)
{
    return netshResetOutcome(output).failures;
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
    const std::string exited = "'" + shown + "' exited " + std::to_string(result.exitCode);
    // netsh reports each failed step of a reset ("Resetting Interface, failed." and the reason on the next line), with
    // exit code 0 or 1; which failed steps matter is the parser's judgement (ResetOutputParser.cpp).
    const ResetOutcome reset = netshResetOutcome(result.out + "\n" + result.err);
    if (!reset.failures.empty()) {
        std::string steps;
        for (const auto& step : reset.failures)
            steps += (steps.empty() ? "" : "; ") + step;
        return ActionResult::failure(
            exited + ", but " + std::to_string(reset.failures.size()) +
            (reset.failures.size() == 1 ? " step" : " steps") + " of the reset failed: " + steps +
            (reset.needsElevation ? " (netsh did not run as administrator: the reset needs elevation)" : ""));
    }
    // Exit code 1 with only harmless failed steps is how netsh ends an elevated reset that worked (XX-Net #8754).
    const bool onlyHarmless = !reset.harmless.empty() && reset.resetDone;
    if (result.exitCode != 0 && !onlyHarmless)
        return ActionResult::failure("'" + shown + "' exited with " + std::to_string(result.exitCode) +
                                     (output.empty() ? "" : ": " + output));
    const std::string warning = harmlessResetWarning(reset);
    const std::string warned = warning.empty() ? "" : "; warning: " + warning;
    if (isWineBuiltinFile(allowList.resolve("netsh")))
        return ActionResult::unverified(exited + ", but this netsh is Wine's stub, which changes nothing" + warned);
    if (output.empty())
        return ActionResult::unverified(exited + " without a word; nothing confirms the reset");
    const bool ipReset = argv.size() == 5 && argv[1] == "int" && argv[3] == "reset";
    if (ipReset && !nonEmptyFile(argv[4]))
        return ActionResult::unverified(exited + " but wrote no log file" + warned);
    return ActionResult::success("'" + shown + "': " + output + warned);
}

} // namespace wsafix::win
