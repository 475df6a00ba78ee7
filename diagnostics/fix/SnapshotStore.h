#pragma once
/// @file SnapshotStore.h
/// @brief Snapshots on disk: `<state>/snapshots/<id>/` with one file per part, `manifest.json` listing
/// each part's size and SHA-256, and `manifest.sha256` over the manifest. A snapshot appears under
/// its id only once complete (written in a hidden folder, synced, renamed), and is loaded only when
/// every checksum matches: a damaged, truncated or edited snapshot is refused as a whole.

#include "diagnostics/fix/Snapshot.h"

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace wsafix {

/// A snapshot that cannot be used; what() names the snapshot and what is wrong with it.
class SnapshotError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

class SnapshotStore
{
public:
    /// One line of list(): a usable snapshot, or one with `problem` set.
    struct Entry
    {
        std::string id;
        std::string fixId;
        std::string machine;
        std::string created;
        std::string problem; ///< empty when the snapshot verifies
    };

    explicit SnapshotStore(std::filesystem::path stateDir);

    std::filesystem::path folder() const { return m_dir / "snapshots"; }
    /// Assigns `snapshot.id` (and `created` when empty) and writes it durably. Throws SnapshotError.
    std::string save(Snapshot& snapshot) const;
    /// The verified snapshot; throws SnapshotError (unknown id, damaged, tampered, truncated).
    Snapshot load(const std::string& id) const;
    /// Every snapshot folder, oldest first, each verified.
    std::vector<Entry> list() const;

    /// Empty when `id` is a well-formed snapshot id (letters, digits, '-', '_', '.'; no path), else why not.
    static std::string idProblem(const std::string& id);

private:
    std::filesystem::path m_dir;
};

} // namespace wsafix
