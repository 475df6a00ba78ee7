#include "diagnostics/fix/Journal.h"

#include "diagnostics/AtomicFile.h"
#include "diagnostics/DurableFile.h"
#include "diagnostics/SessionRecord.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace wsafix {
namespace {

constexpr std::size_t kMaxJournalBytes = 64 * 1024 * 1024;

nlohmann::json toJson(const JournalRecord& r)
{
    nlohmann::json j{{"event", r.event}, {"txn", r.txn}, {"time", r.time}};
    if (!r.fixId.empty())
        j["fix"] = r.fixId;
    if (!r.snapshotId.empty())
        j["snapshot"] = r.snapshotId;
    if (!r.machine.empty())
        j["machine"] = r.machine;
    if (!r.what.empty())
        j["what"] = r.what;
    if (!r.argv.empty())
        j["argv"] = r.argv;
    if (r.event == "after" || r.event == "check")
        j["ok"] = r.ok;
    if (!r.detail.empty())
        j["detail"] = r.detail;
    return j;
}

JournalRecord fromJson(const nlohmann::json& j)
{
    JournalRecord r;
    r.event = j.at("event").get<std::string>();
    r.txn = j.at("txn").get<std::string>();
    r.time = j.value("time", "");
    r.fixId = j.value("fix", "");
    r.snapshotId = j.value("snapshot", "");
    r.machine = j.value("machine", "");
    r.what = j.value("what", "");
    if (const auto it = j.find("argv"); it != j.end())
        r.argv = it->get<std::vector<std::string>>();
    r.ok = j.value("ok", true);
    r.detail = j.value("detail", "");
    return r;
}

} // namespace

Journal::Journal(std::filesystem::path file) : m_file(std::move(file)) {}

void Journal::append(JournalRecord record)
{
    record.time = utcNow();
    // Invalid UTF-8 (a hostile name's bytes) is replaced rather than failing the record.
    const std::string line = toJson(record).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    try {
        std::error_code ec;
        if (m_file.has_parent_path())
            std::filesystem::create_directories(m_file.parent_path(), ec);
        appendDurably(m_file, line);
    } catch (const std::exception& e) {
        throw JournalError(std::string("cannot write the fix journal: ") + e.what());
    }
    if (m_observer)
        m_observer(record);
}

std::vector<JournalRecord> Journal::records() const
{
    std::error_code ec;
    if (!std::filesystem::exists(m_file, ec))
        return {};
    std::string text;
    try {
        text = readFile(m_file, kMaxJournalBytes);
    } catch (const std::exception& e) {
        throw JournalError(std::string("cannot read the fix journal: ") + e.what());
    }
    std::vector<JournalRecord> records;
    std::size_t start = 0;
    int lineNumber = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        ++lineNumber;
        if (end == std::string::npos)
            break; // a line without its newline was cut short in mid-write: the step never started
        const std::string line = text.substr(start, end - start);
        start = end + 1;
        try {
            records.push_back(fromJson(nlohmann::json::parse(line)));
        } catch (const nlohmann::json::exception& e) {
            throw JournalError(m_file.string() + " line " + std::to_string(lineNumber) + " is damaged: " + e.what());
        }
    }
    return records;
}

std::vector<OpenJournalEntry> Journal::openEntries() const
{
    std::vector<OpenJournalEntry> open;
    for (auto& record : records()) {
        if (record.event == "begin") {
            OpenJournalEntry entry{record.txn, record.fixId, record.snapshotId, record.machine, record.what, {}};
            open.push_back(std::move(entry));
        }
        const auto it = std::find_if(open.begin(), open.end(), [&](const auto& e) { return e.txn == record.txn; });
        if (it == open.end())
            continue;
        if (record.event == "end")
            open.erase(it);
        else
            it->records.push_back(std::move(record));
    }
    return open;
}

} // namespace wsafix
