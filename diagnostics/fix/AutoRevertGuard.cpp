#include "diagnostics/fix/AutoRevertGuard.h"

#include "diagnostics/AtomicFile.h"
#include "diagnostics/SessionRecord.h"
#include "diagnostics/fix/DetachedProcess.h"
#include "diagnostics/fix/Journal.h"
#include "diagnostics/fix/SnapshotStore.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <thread>

namespace wsafix {
namespace {

constexpr std::chrono::milliseconds kPoll{100};
constexpr std::size_t kMaxFile = 64 * 1024;
constexpr std::chrono::minutes kLongestApply{5};

bool applyStillOpen(const Journal& journal, const std::string& snapshotId)
{
    try {
        for (const auto& entry : journal.openEntries())
            if (entry.snapshotId == snapshotId && entry.kind == "apply")
                return true;
    } catch (const JournalError&) {
        // A damaged journal cannot say; restore now rather than wait for nothing.
    }
    return false;
}

} // namespace

AutoRevertGuard::AutoRevertGuard(std::filesystem::path stateDir, std::string snapshotId)
    : m_snapshotId(std::move(snapshotId))
{
    if (const auto problem = SnapshotStore::idProblem(m_snapshotId); !problem.empty())
        throw GuardError("'" + m_snapshotId + "' is not a usable snapshot id: " + problem);
    m_dir = std::move(stateDir) / "guard" / m_snapshotId;
}

void AutoRevertGuard::arm(const std::string& fixId, std::chrono::seconds timeout)
{
    try {
        for (const char* name : {"watching", "confirmed", "revert", "outcome"})
            std::filesystem::remove(m_dir / name);
        const nlohmann::json armed{{"snapshot", m_snapshotId},
                                   {"fix", fixId},
                                   {"timeoutSeconds", timeout.count()},
                                   {"pid", currentProcessId()},
                                   {"armedAt", utcNow()}};
        writeFileAtomically(m_dir / "armed", armed.dump(2) + "\n");
    } catch (const std::exception& e) {
        throw GuardError(std::string("the auto-revert guard cannot be armed: ") + e.what());
    }
}

void AutoRevertGuard::confirm()
{
    try {
        writeFileAtomically(m_dir / "confirmed", utcNow() + "\n");
    } catch (const std::exception& e) {
        throw GuardError(std::string("the auto-revert guard cannot be confirmed: ") + e.what());
    }
}

void AutoRevertGuard::requestRevert()
{
    try {
        writeFileAtomically(m_dir / "revert", utcNow() + "\n");
    } catch (const std::exception& e) {
        throw GuardError(std::string("the auto-revert guard cannot be asked to revert: ") + e.what());
    }
}

bool AutoRevertGuard::revertRequested() const
{
    std::error_code ec;
    return std::filesystem::exists(m_dir / "revert", ec);
}

std::optional<unsigned long> AutoRevertGuard::armedBy() const
{
    try {
        const auto doc = nlohmann::json::parse(readFile(m_dir / "armed", kMaxFile));
        if (doc.contains("pid") && doc.at("pid").is_number_unsigned())
            return doc.at("pid").get<unsigned long>();
    } catch (const std::exception&) {
        // Unknown: wait for the journal entry within the bound alone.
    }
    return std::nullopt;
}

bool AutoRevertGuard::confirmed() const
{
    std::error_code ec;
    return std::filesystem::exists(m_dir / "confirmed", ec);
}

bool AutoRevertGuard::watching() const
{
    std::error_code ec;
    return std::filesystem::exists(m_dir / "watching", ec);
}

std::optional<GuardOutcome> AutoRevertGuard::outcome() const
{
    std::error_code ec;
    if (!std::filesystem::exists(m_dir / "outcome", ec))
        return std::nullopt;
    try {
        const auto doc = nlohmann::json::parse(readFile(m_dir / "outcome", kMaxFile));
        return GuardOutcome{doc.at("outcome").get<std::string>(), doc.at("detail").get<std::string>(), std::nullopt};
    } catch (const std::exception& e) {
        return GuardOutcome{"unknown", std::string("the guard's outcome file is unreadable: ") + e.what(),
                            std::nullopt};
    }
}

bool AutoRevertGuard::waitUntilWatching(std::chrono::milliseconds limit) const
{
    const auto end = std::chrono::steady_clock::now() + limit;
    while (!watching()) {
        if (outcome() || std::chrono::steady_clock::now() >= end)
            return watching();
        std::this_thread::sleep_for(kPoll);
    }
    return true;
}

std::optional<GuardOutcome> AutoRevertGuard::waitForOutcome(std::chrono::milliseconds limit) const
{
    const auto end = std::chrono::steady_clock::now() + limit;
    for (;;) {
        if (auto o = outcome())
            return o;
        if (std::chrono::steady_clock::now() >= end)
            return std::nullopt;
        std::this_thread::sleep_for(kPoll);
    }
}

GuardOutcome AutoRevertGuard::finish(GuardOutcome outcome, const std::string& fixId) const
{
    const nlohmann::json doc{{"outcome", outcome.outcome},
                             {"detail", outcome.detail},
                             {"snapshot", m_snapshotId},
                             {"fix", fixId},
                             {"finished", utcNow()}};
    try {
        writeFileAtomically(m_dir / "outcome",
                            doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
    } catch (const std::exception& e) {
        outcome.detail += std::string(" (the outcome file could not be written: ") + e.what() + ")";
    }
    return outcome;
}

GuardOutcome AutoRevertGuard::watch(const SnapshotStore& snapshots, const Journal& journal, const std::string& machine,
                                    std::chrono::seconds timeout, const Restore& restore,
                                    const std::string& manifestSha256)
{
    Snapshot snapshot;
    try {
        snapshot = snapshots.load(m_snapshotId);
        if (snapshot.machine != machine)
            throw SnapshotError("snapshot " + m_snapshotId + " was taken on " + snapshot.machine + ", not on " +
                                machine);
        if (!manifestSha256.empty() && snapshot.manifestSha256 != manifestSha256)
            throw SnapshotError("snapshot " + m_snapshotId +
                                " is not the one the fix step took (its manifest hash is " + snapshot.manifestSha256 +
                                ", not " + manifestSha256 + ")");
    } catch (const std::exception& e) {
        return finish(
            {"refused", std::string("the guard refuses to watch: ") + e.what() + "; nothing was changed", std::nullopt},
            snapshot.fixId);
    }
    try {
        writeFileAtomically(m_dir / "watching", utcNow() + "\n");
    } catch (const std::exception& e) {
        return finish({"refused", std::string("the guard cannot write its state: ") + e.what(), std::nullopt},
                      snapshot.fixId);
    }
    const GuardOutcome kept{"confirmed", "connectivity was confirmed; the change was kept", std::nullopt};

    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline && !revertRequested()) {
        if (confirmed())
            return finish(kept, snapshot.fixId);
        std::this_thread::sleep_for(kPoll);
    }
    // Never restore under a fix that is still applying: wait for its journal entry to end, as long as the process
    // that armed the guard lives (killed mid-apply, e.g. with its SSH session, it never ends the entry; the rollback
    // is safe after any step) and at most kLongestApply.
    const auto caller = armedBy();
    const auto grace =
        std::chrono::steady_clock::now() + std::max<std::chrono::steady_clock::duration>(timeout, kLongestApply);
    while (applyStillOpen(journal, m_snapshotId) && (!caller || processRunning(*caller)) &&
           std::chrono::steady_clock::now() < grace) {
        if (confirmed() && !revertRequested())
            return finish(kept, snapshot.fixId);
        std::this_thread::sleep_for(kPoll);
    }
    if (confirmed() && !revertRequested())
        return finish(kept, snapshot.fixId);

    FixReport report;
    try {
        report = restore(snapshot);
    } catch (const std::exception& e) {
        report.fixId = snapshot.fixId;
        report.snapshotId = m_snapshotId;
        report.outcome = "rollback-failed";
        report.detail = e.what();
        report.machineState = "NOT as before the fix: restore snapshot " + m_snapshotId + " by hand";
    }
    const bool ok = report.outcome == "restored";
    const std::string why = revertRequested()
                                ? std::string("a revert was asked for")
                                : "connectivity was not confirmed within " + std::to_string(timeout.count()) + " s";
    const std::string detail = why + ": the auto-revert guard " + (ok ? "restored" : "could not restore") +
                               " snapshot " + m_snapshotId + " (" + report.detail +
                               ") — machine: " + report.machineState;
    return finish({ok ? "restored" : "restore-failed", detail, report}, snapshot.fixId);
}

} // namespace wsafix
