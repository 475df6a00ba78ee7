#pragma once
/// @file Journal.h
/// @brief The crash-safe record of every apply and restore: `<state>/journal`, one JSON line per
/// step, each on disk (fsync) before the step it announces runs and again after it. An entry whose
/// "begin" has no "end" is open: the process died in the middle, and the next start rolls it back.

#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace wsafix {

/// The journal file cannot be read or is damaged before its last line.
class JournalError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct JournalRecord
{
    /// begin, before, after, check, rollback, end
    std::string event;
    std::string txn;               ///< the entry this record belongs to
    std::string fixId;             ///< begin only
    std::string snapshotId;        ///< begin only
    std::string machine;           ///< begin only
    std::string what;              ///< step description, "apply"/"restore" for begin, outcome for end
    std::vector<std::string> argv; ///< before/after of a command step
    bool ok = true;                ///< after, check
    std::string detail;
    std::string time;
};

/// An entry begun and never ended.
struct OpenJournalEntry
{
    std::string txn;
    std::string fixId;
    std::string snapshotId;
    std::string machine;
    std::string kind; ///< "apply" or "restore"
    std::vector<JournalRecord> records;
};

class Journal
{
public:
    /// Called after each record has reached the disk. Not for product code: the fault-injection
    /// test (tests/system/FaultInjectionTest.cpp) kills its child process here at step N.
    using Observer = std::function<void(const JournalRecord&)>;

    explicit Journal(std::filesystem::path file);

    const std::filesystem::path& file() const { return m_file; }
    void setObserver(Observer observer) { m_observer = std::move(observer); }

    /// Stamps the time, appends the record durably, then tells the observer. Throws JournalError.
    void append(JournalRecord record);
    /// Entries begun and not ended, oldest first. A torn last line (power loss in mid-write) is
    /// ignored; a damaged line before it throws JournalError.
    std::vector<OpenJournalEntry> openEntries() const;
    /// Every record, in order (for display and tests).
    std::vector<JournalRecord> records() const;

private:
    std::filesystem::path m_file;
    Observer m_observer;
};

} // namespace wsafix
