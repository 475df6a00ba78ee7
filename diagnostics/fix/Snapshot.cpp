#include "diagnostics/fix/Snapshot.h"

#include <algorithm>
#include <stdexcept>

namespace wsafix {

SnapshotPart SnapshotPart::json(std::string name, const nlohmann::json& value, nlohmann::json meta)
{
    return {std::move(name), Kind::Json, value.dump(), std::move(meta)};
}

SnapshotPart SnapshotPart::raw(std::string name, std::string bytes, nlohmann::json meta)
{
    return {std::move(name), Kind::Bytes, std::move(bytes), std::move(meta)};
}

const SnapshotPart* Snapshot::find(std::string_view name) const
{
    const auto it = std::find_if(parts.begin(), parts.end(), [&](const SnapshotPart& p) { return p.name == name; });
    return it == parts.end() ? nullptr : &*it;
}

const SnapshotPart& Snapshot::part(std::string_view name) const
{
    if (const SnapshotPart* p = find(name))
        return *p;
    throw std::runtime_error("snapshot " + id + " has no part '" + std::string(name) + "'");
}

nlohmann::json Snapshot::jsonPart(std::string_view name) const
{
    const SnapshotPart& p = part(name);
    if (p.kind != SnapshotPart::Kind::Json)
        throw std::runtime_error("snapshot " + id + ": part '" + p.name + "' is not JSON");
    return nlohmann::json::parse(p.bytes);
}

} // namespace wsafix
