#pragma once
// Exit codes of the command-line contract (DESIGN.md).

namespace wsafix {

enum ExitCode : int {
    ExitFine = 0,           ///< nothing wrong / done
    ExitProblems = 1,       ///< problems found or verification failed
    ExitUsage = 2,          ///< bad input or usage
    ExitNeedsElevation = 3, ///< the action needs administrator rights
    ExitInternal = 4,       ///< internal error
};

} // namespace wsafix
