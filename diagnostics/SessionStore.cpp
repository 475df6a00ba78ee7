#include "diagnostics/SessionStore.h"

#include "diagnostics/AtomicFile.h"
#include "diagnostics/InventoryJson.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>

namespace wsafix {
namespace {

constexpr std::size_t kMaxSessionBytes = 256 * 1024 * 1024;

// Ids become file names: only letters, digits and '-', so an id can never name another path.
bool validId(const std::string& id)
{
    return !id.empty() && id.size() <= 64 &&
           std::all_of(id.begin(), id.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
           });
}

std::filesystem::path envPath(const char* name)
{
    const char* value = std::getenv(name);
    return value && *value ? std::filesystem::path(value) : std::filesystem::path();
}

} // namespace

SessionRecord parseSessionRecord(std::string_view text, const std::string& origin)
{
    try {
        return nlohmann::json::parse(text.begin(), text.end()).get<SessionRecord>();
    } catch (const std::exception& e) {
        throw SessionError(origin + ": not a usable session file: " + e.what());
    }
}

SessionStore::SessionStore(std::filesystem::path stateDir)
    : m_dir(stateDir.empty() ? defaultStateDir() : std::move(stateDir))
{
}

std::filesystem::path SessionStore::defaultStateDir()
{
    if (auto dir = envPath("WSAFIX_STATE_DIR"); !dir.empty())
        return dir;
    if (auto dir = envPath("LOCALAPPDATA"); !dir.empty()) // set on Windows only
        return dir / "wsafix";
    if (auto dir = envPath("XDG_STATE_HOME"); !dir.empty())
        return dir / "wsafix";
    if (auto home = envPath("HOME"); !home.empty())
        return home / ".local" / "state" / "wsafix";
    return std::filesystem::path("wsafix-state");
}

std::filesystem::path SessionStore::sessionPath(const std::string& id) const
{
    if (!validId(id))
        throw SessionError("'" + id + "' is not a session id (letters, digits and '-' only)");
    return m_dir / "sessions" / (id + ".json");
}

void SessionStore::save(SessionRecord& record) const
{
    record.updated = utcNow();
    const nlohmann::json j = record;
    try {
        writeFileAtomically(sessionPath(record.id), j.dump(1));
    } catch (const std::runtime_error& e) {
        throw SessionError(std::string("cannot save the session: ") + e.what());
    }
}

SessionRecord SessionStore::load(const std::string& id) const
{
    const auto path = sessionPath(id);
    std::string text;
    std::error_code ec;
    // Said by name: the no-link reader names only the first folder it could not open.
    if (!std::filesystem::exists(std::filesystem::symlink_status(path, ec)))
        throw SessionError("there is no session " + id + " in " + m_dir.string());
    try {
        text = readFile(path, kMaxSessionBytes);
    } catch (const std::runtime_error& e) {
        throw SessionError(e.what());
    }
    return parseSessionRecord(text, path.string());
}

std::vector<std::string> SessionStore::list() const
{
    struct Found
    {
        std::string id;
        std::filesystem::file_time_type written;
    };
    std::vector<Found> found;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(m_dir / "sessions", ec)) {
        const auto& p = entry.path();
        if (p.extension() == ".json" && validId(p.stem().string())) {
            std::error_code timeError;
            found.push_back({p.stem().string(), entry.last_write_time(timeError)});
        }
    }
    // Ids start with the UTC time to the second, so name order is age order; sessions started within the same
    // second (a script running detect, then verify) are ordered by when they were last written.
    constexpr std::size_t kStampLength = 15; // "20261124-180312"
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        const auto stampA = a.id.substr(0, kStampLength), stampB = b.id.substr(0, kStampLength);
        return stampA != stampB ? stampA < stampB : a.written != b.written ? a.written < b.written : a.id < b.id;
    });
    std::vector<std::string> ids;
    for (auto& f : found)
        ids.push_back(std::move(f.id));
    return ids;
}

std::optional<SessionRecord> SessionStore::latest() const
{
    const auto ids = list();
    if (ids.empty())
        return std::nullopt;
    return load(ids.back());
}

} // namespace wsafix
