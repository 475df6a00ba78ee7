#pragma once
/// @file NetshCommand.h
/// @brief The argv lists of the netsh resets (winsock-reset, ip-reset) and the judgement of what netsh did, run
/// through the allow-listed ProcessRunner. Wine's netsh is a stub (no output, exit 0): that is "could not verify".

#include "diagnostics/ProcessRunner.h"
#include "diagnostics/platform/windows/ActionResult.h"

#include <string>
#include <vector>

namespace wsafix::win {

/// {"netsh", "winsock", "reset"}.
std::vector<std::string> netshWinsockResetArgv();
/// {"netsh", "int", "ip", "reset", logFile}: the log lists every registry value the reset rewrote.
std::vector<std::string> netshIpResetArgv(const std::string& logFile);

/// The steps a reset's output reports as failed, each with the reason Windows gave ("Interface: The requested operation
/// requires elevation (Run as administrator)."), as the offline analysis parses that output (ResetOutputParser).
std::vector<std::string> failedResetSteps(const std::string& output);

/// Runs `argv` (argv[0] "netsh") through `runner`, whose allow-list `allowList` resolves netsh. Unavailable when it
/// cannot start; Failed on a non-zero exit or time-out (with netsh's output), or when the output names failed steps
/// (netsh exits 0 then, see failedResetSteps); CouldNotVerify when the netsh found is
/// Wine's, when it printed nothing, or (ip reset) when it wrote no log file; otherwise Done with its first line.
ActionResult runNetsh(ProcessRunner& runner, const AllowList& allowList, const std::vector<std::string>& argv);
/// The judgement of runNetsh for a netsh run made elsewhere (a fix runs it through FixSteps, journaled).
ActionResult judgeNetsh(const CommandResult& result, const AllowList& allowList, const std::vector<std::string>& argv);

} // namespace wsafix::win
