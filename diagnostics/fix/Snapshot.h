#pragma once
/// @file Snapshot.h
/// @brief Everything a fix may change, captured before it runs. Generic named parts, so that one
/// format holds Linux data (`ip -j` JSON, /etc/ld.so.preload bytes), Windows data (registry trees as a
/// `reg export` file and structured JSON, per-adapter IP configuration, routes, admin states) and the
/// simulated machine's state.

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace wsafix {

/// One captured piece of state.
struct SnapshotPart
{
    enum class Kind
    {
        Json,
        Bytes
    };

    std::string name; ///< unique within the snapshot, e.g. "ip-addr", "file:/etc/ld.so.preload"
    Kind kind = Kind::Bytes;
    std::string bytes; ///< the data; for Json, its serialized text
    /// Small facts about the part (e.g. {"path": ..., "exists": true, "mode": 420}); "extension"
    /// (".reg") names the file type a technician gets on disk.
    nlohmann::json meta = nlohmann::json::object();

    static SnapshotPart json(std::string name, const nlohmann::json& value,
                             nlohmann::json meta = nlohmann::json::object());
    static SnapshotPart raw(std::string name, std::string bytes, nlohmann::json meta = nlohmann::json::object());
};

struct Snapshot
{
    std::string id;      ///< assigned by SnapshotStore::save
    std::string fixId;   ///< the fix it was taken for; its rollback() restores it
    std::string machine; ///< "linux", "windows" or "simulated:<scenario>"
    std::string created; ///< ISO 8601 UTC
    std::vector<SnapshotPart> parts;
    /// SHA-256 of its manifest, set by SnapshotStore::save and load: the snapshot's identity, which the elevated
    /// step hands to its watchdog (wsafix guard --sha256) so that the watchdog restores exactly what was taken.
    std::string manifestSha256;

    /// The part called `name`, or nullptr.
    const SnapshotPart* find(std::string_view name) const;
    /// The part called `name`; throws std::runtime_error naming the snapshot and the part when absent.
    const SnapshotPart& part(std::string_view name) const;
    /// A Json part, parsed.
    nlohmann::json jsonPart(std::string_view name) const;
};

} // namespace wsafix
