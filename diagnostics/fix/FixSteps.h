#pragma once
/// @file FixSteps.h
/// @brief The only way a Fix changes the machine: every command or action is journaled before it
/// runs and after it ran, and what ran is kept for the session record.

#include "diagnostics/ProcessRunner.h"

#include <functional>
#include <string>
#include <vector>

namespace wsafix {

class Journal;

class FixSteps
{
public:
    /// `journal` may be null (a rollback that is not journaled, e.g. in a unit test).
    FixSteps(Journal* journal, std::string txn);

    /// Runs `argv` through `runner`, journaled. Returns the result whatever it is.
    CommandResult run(ProcessRunner& runner, const std::vector<std::string>& argv, const CommandOptions& options = {});
    /// run(), and throws FixFailure with the command and its error output unless it succeeded.
    CommandResult require(ProcessRunner& runner, const std::vector<std::string>& argv,
                          const CommandOptions& options = {});
    /// A step that is not a command (rewriting a file, a Win32 call), journaled as `what`.
    /// What `action` throws is journaled as the step's failure and thrown on.
    void perform(const std::string& what, const std::function<void()>& action);

    /// Display forms of the steps that ran, in order ("ip link set dev eth0 down", "write /etc/ld.so.preload").
    const std::vector<std::string>& done() const { return m_done; }

    /// An argv list as one line for people: arguments with blanks, quotes or control bytes quoted.
    static std::string display(const std::vector<std::string>& argv);

private:
    Journal* m_journal;
    std::string m_txn;
    std::vector<std::string> m_done;
};

} // namespace wsafix
