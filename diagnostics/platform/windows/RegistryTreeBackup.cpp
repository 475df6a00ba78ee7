#include "diagnostics/platform/windows/RegistryTreeBackup.h"

#include "diagnostics/fix/FixSteps.h"
#include "diagnostics/platform/windows/RegExportFile.h"
#include "diagnostics/platform/windows/RegistryPath.h"
#include "diagnostics/platform/windows/RegistrySnapshot.h"

#include <nlohmann/json.hpp>

namespace wsafix::win {

RegistryTreeBackup::RegistryTreeBackup(std::string path, std::string partName)
    : m_path(std::move(path)), m_part(std::move(partName))
{
    std::string error;
    if (const auto parsed = RegistryPath::parse(m_path, error))
        m_canonical = parsed->canonical;
}

RegistryTree RegistryTreeBackup::treeOf(const Snapshot& snapshot) const
{
    RegistryTree tree;
    try {
        tree = registryTreeFromJson(snapshot.jsonPart(m_part));
    } catch (const std::exception& e) {
        throw FixFailure("snapshot " + snapshot.id + " holds no usable registry copy (" + m_part + "): " + e.what());
    }
    // The key written or deleted is the one this backup was made for, never one the snapshot names: a snapshot is
    // data, and in an elevated run a forged one would otherwise pick any HKLM key.
    if (m_canonical.empty())
        throw FixFailure("the registry path '" + m_path + "' of this fix is malformed");
    if (!sameRegistryName(tree.path, m_canonical))
        throw FixFailure("snapshot " + snapshot.id + " is refused: its registry copy (" + m_part + ") is of " +
                         tree.path + ", but this fix restores only " + m_canonical);
    tree.path = m_canonical;
    return tree;
}

bool RegistryTreeBackup::capturedIn(const Snapshot& snapshot) const
{
    return snapshot.find(m_part) != nullptr;
}

std::vector<std::string> RegistryTreeBackup::plan() const
{
    return {"the registry tree " + m_path + " (every key and value, as JSON and as a .reg file for regedit)"};
}

void RegistryTreeBackup::capture(Snapshot& snapshot) const
{
    const Probed<RegistryTree> tree = captureRegistryTree(m_path);
    if (!tree.available())
        throw FixFailure("cannot read the registry tree " + m_path + ": " + tree.status.reason);
    snapshot.parts.push_back(SnapshotPart::json(m_part, registryTreeToJson(tree.value), {{"path", m_path}}));
    snapshot.parts.push_back(
        SnapshotPart::raw(m_part + "-export", regExportFile(tree.value), {{"path", m_path}, {"extension", ".reg"}}));
}

RegistryTree RegistryTreeBackup::tree(const Snapshot& snapshot) const
{
    return treeOf(snapshot);
}

void RegistryTreeBackup::restore(const Snapshot& snapshot, FixSteps& steps) const
{
    const RegistryTree tree = treeOf(snapshot);
    steps.perform("restore the registry tree " + tree.path + " from snapshot " + snapshot.id, [&] {
        const ActionResult result = restoreRegistryTree(tree);
        if (!result.done())
            throw FixFailure(describe(result));
    });
}

FixCheck RegistryTreeBackup::restored(const Snapshot& snapshot) const
{
    const RegistryTree expected = treeOf(snapshot);
    const Probed<RegistryTree> now = captureRegistryTree(expected.path);
    if (!now.available())
        return FixCheck::couldNotVerify("cannot read " + expected.path + " back: " + now.status.reason);
    if (const auto difference = firstDifference(expected, now.value); !difference.empty())
        return FixCheck::failed(difference);
    return FixCheck::verified(expected.path + " is identical to snapshot " + snapshot.id);
}

} // namespace wsafix::win
