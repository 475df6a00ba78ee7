#pragma once
/// @file NetshCommand.h
/// @brief The argv lists of the netsh resets (winsock-reset, ip-reset) and the judgement of what netsh did, run
/// through the allow-listed ProcessRunner. Wine's netsh is a stub (no output, exit 0): that is "could not verify".

#include "diagnostics/ProcessRunner.h"
#include "diagnostics/analyze/PasteAnalysis.h"
#include "diagnostics/platform/windows/ActionResult.h"

#include <string>
#include <vector>

namespace wsafix::win {

/// {"netsh", "winsock", "reset"}.
std::vector<std::string> netshWinsockResetArgv();
/// {"netsh", "int", "ip", "reset", logFile}: the log lists every registry value the reset rewrote.
std::vector<std::string> netshIpResetArgv(const std::string& logFile);

/// What a reset's output says, as the offline analysis parses it (ResetOutputParser): the failed steps that matter,
/// the harmless ones, whether it needed elevation, whether it ran to the end.
ResetOutcome netshResetOutcome(const std::string& output);
/// The failed steps of a reset's output that matter, each with the reason Windows gave ("Interface: The requested
/// operation requires elevation (Run as administrator)."); harmless ones are left out.
std::vector<std::string> failedResetSteps(const std::string& output);

/// Runs `argv` (argv[0] "netsh") through `runner`, whose allow-list `allowList` resolves netsh. Unavailable when it
/// cannot start; Failed on a time-out, when the output names failed steps that matter (whatever the exit code, see
/// failedResetSteps), or on a non-zero exit, except a reset that ran to the end whose failed steps are all harmless
/// (netsh exits 1 then); CouldNotVerify when the netsh found is Wine's, when it printed nothing, or (ip reset) when it
/// wrote no log file; otherwise Done with its first line. Harmless failed steps add "; warning: " and
/// harmlessResetWarning() to the message.
ActionResult runNetsh(ProcessRunner& runner, const AllowList& allowList, const std::vector<std::string>& argv);
/// The judgement of runNetsh for a netsh run made elsewhere (a fix runs it through FixSteps, journaled).
ActionResult judgeNetsh(const CommandResult& result, const AllowList& allowList, const std::vector<std::string>& argv);

} // namespace wsafix::win
