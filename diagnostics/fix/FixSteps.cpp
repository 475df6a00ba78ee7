#include "diagnostics/fix/FixSteps.h"

#include "diagnostics/fix/Fix.h"
#include "diagnostics/fix/Journal.h"

#include <algorithm>
#include <cstdio>

namespace wsafix {

FixSteps::FixSteps(Journal* journal, std::string txn) : m_journal(journal), m_txn(std::move(txn)) {}

std::string FixSteps::display(const std::vector<std::string>& argv)
{
    std::string line;
    for (const auto& arg : argv) {
        if (!line.empty())
            line += ' ';
        const bool plain =
            !arg.empty() && arg.find_first_of(" \t\r\n'\"\\$`&|;<>()*?!%#~{}[]") == std::string::npos &&
            std::all_of(arg.begin(), arg.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x20; });
        if (plain) {
            line += arg;
            continue;
        }
        line += '\'';
        for (const char c : arg) {
            if (c == '\'')
                line += "'\\''";
            else if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\x%02x", static_cast<unsigned char>(c));
                line += escaped;
            } else
                line += c;
        }
        line += '\'';
    }
    return line;
}

CommandResult FixSteps::run(ProcessRunner& runner, const std::vector<std::string>& argv, const CommandOptions& options)
{
    const std::string what = display(argv);
    if (m_journal)
        m_journal->append({"before", m_txn, {}, {}, {}, what, argv, true, {}, {}});
    const CommandResult result = runner.run(argv, options);
    m_done.push_back(what);
    std::string detail = result.error;
    if (!result.succeeded() && detail.empty())
        detail = "exit " + std::to_string(result.exitCode) + (result.err.empty() ? "" : ": " + result.err);
    if (m_journal)
        m_journal->append({"after", m_txn, {}, {}, {}, what, argv, result.succeeded(), detail, {}});
    return result;
}

CommandResult FixSteps::require(ProcessRunner& runner, const std::vector<std::string>& argv,
                                const CommandOptions& options)
{
    CommandResult result = run(runner, argv, options);
    if (!result.succeeded()) {
        std::string why = !result.error.empty() ? result.error : "exit " + std::to_string(result.exitCode);
        std::string err = result.err;
        while (!err.empty() && (err.back() == '\n' || err.back() == '\r'))
            err.pop_back();
        throw FixFailure("`" + display(argv) + "` failed: " + why + (err.empty() ? "" : ": " + err));
    }
    return result;
}

void FixSteps::perform(const std::string& what, const std::function<void()>& action)
{
    if (m_journal)
        m_journal->append({"before", m_txn, {}, {}, {}, what, {}, true, {}, {}});
    m_done.push_back(what);
    try {
        action();
    } catch (const std::exception& e) {
        if (m_journal)
            m_journal->append({"after", m_txn, {}, {}, {}, what, {}, false, e.what(), {}});
        throw FixFailure(what + " failed: " + e.what());
    }
    if (m_journal)
        m_journal->append({"after", m_txn, {}, {}, {}, what, {}, true, {}, {}});
}

} // namespace wsafix
