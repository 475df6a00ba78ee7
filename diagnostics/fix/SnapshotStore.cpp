#include "diagnostics/fix/SnapshotStore.h"

#include "diagnostics/AtomicFile.h"
#include "diagnostics/DurableFile.h"
#include "diagnostics/SessionRecord.h"
#include "diagnostics/fix/Sha256.h"

#include <algorithm>
#include <random>

namespace wsafix {
namespace {

// An id as a message may show it: what came from a command line or a file may hold control bytes (even NUL, which
// would cut the message short), so those are written as \xNN, and the whole is cut at 100 characters.
std::string printable(const std::string& id)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (const unsigned char c : id.substr(0, 100)) {
        if (c < 0x20 || c >= 0x7f)
            out += std::string("\\x") + kHex[c >> 4] + kHex[c & 15];
        else
            out += static_cast<char>(c);
    }
    return id.size() > 100 ? out + "..." : out;
}

constexpr int kSchema = 1;
constexpr std::size_t kMaxManifestBytes = 4 * 1024 * 1024;
constexpr std::size_t kMaxPartBytes = 256 * 1024 * 1024;

std::string newId(const std::string& fixId, const std::string& created)
{
    std::string stamp;
    for (const char c : created)
        if (c >= '0' && c <= '9')
            stamp += c;
    if (stamp.size() >= 14)
        stamp = stamp.substr(0, 8) + "-" + stamp.substr(8, 6);
    std::string name;
    for (const char c : fixId.substr(0, fixId.find(':'))) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        name += keep ? c : '-';
    }
    std::random_device entropy;
    char suffix[8];
    std::snprintf(suffix, sizeof suffix, "%04x", entropy() & 0xffffu);
    return stamp + "-" + name.substr(0, 40) + "-" + suffix;
}

std::string partFileName(std::size_t index, const SnapshotPart& part)
{
    std::string extension = part.kind == SnapshotPart::Kind::Json ? ".json" : ".bin";
    if (const auto it = part.meta.find("extension"); it != part.meta.end() && it->is_string()) {
        const std::string wanted = it->get<std::string>();
        const bool plain = wanted.size() >= 2 && wanted.size() <= 8 && wanted[0] == '.' &&
                           std::all_of(wanted.begin() + 1, wanted.end(),
                                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
        if (plain)
            extension = wanted;
    }
    char name[32];
    std::snprintf(name, sizeof name, "part-%02zu", index + 1);
    return name + extension;
}

std::string kindName(SnapshotPart::Kind kind)
{
    return kind == SnapshotPart::Kind::Json ? "json" : "bytes";
}

} // namespace

SnapshotStore::SnapshotStore(std::filesystem::path stateDir) : m_dir(std::move(stateDir)) {}

std::string SnapshotStore::idProblem(const std::string& id)
{
    if (id.empty() || id.size() > 100)
        return "a snapshot id has 1 to 100 characters";
    if (id[0] == '.')
        return "a snapshot id does not start with '.'";
    for (const char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                        c == '_' || c == '.';
        if (!ok)
            return "a snapshot id has only letters, digits, '-', '_' and '.'";
    }
    return {};
}

std::string SnapshotStore::save(Snapshot& snapshot) const
{
    namespace fs = std::filesystem;
    if (snapshot.created.empty())
        snapshot.created = utcNow();
    snapshot.id = newId(snapshot.fixId, snapshot.created);
    const fs::path partial = folder() / (".partial-" + snapshot.id);
    try {
        nlohmann::json parts = nlohmann::json::array();
        for (std::size_t i = 0; i < snapshot.parts.size(); ++i) {
            const SnapshotPart& part = snapshot.parts[i];
            const std::string file = partFileName(i, part);
            writeFileAtomically(partial / file, part.bytes);
            syncToDisk(partial / file);
            parts.push_back({{"name", part.name},
                             {"kind", kindName(part.kind)},
                             {"file", file},
                             {"size", part.bytes.size()},
                             {"sha256", Sha256::hex(part.bytes)},
                             {"meta", part.meta}});
        }
        const nlohmann::json manifest{{"schema", kSchema},           {"id", snapshot.id},
                                      {"fixId", snapshot.fixId},     {"machine", snapshot.machine},
                                      {"created", snapshot.created}, {"parts", parts}};
        const std::string manifestText = manifest.dump(2) + "\n";
        writeFileAtomically(partial / "manifest.json", manifestText);
        syncToDisk(partial / "manifest.json");
        snapshot.manifestSha256 = Sha256::hex(manifestText);
        writeFileAtomically(partial / "manifest.sha256", snapshot.manifestSha256 + "\n");
        syncToDisk(partial / "manifest.sha256");
        syncToDisk(partial);
        fs::rename(partial, folder() / snapshot.id);
        syncToDisk(folder());
    } catch (const std::exception& e) {
        std::error_code ignored;
        fs::remove_all(partial, ignored);
        throw SnapshotError("cannot save the snapshot for " + snapshot.fixId + ": " + e.what());
    }
    return snapshot.id;
}

Snapshot SnapshotStore::load(const std::string& id) const
{
    namespace fs = std::filesystem;
    if (const auto problem = idProblem(id); !problem.empty())
        throw SnapshotError("'" + printable(id) + "' is not a snapshot id: " + problem);
    const fs::path dir = folder() / id;
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw SnapshotError("there is no snapshot " + id + " in " + folder().string());
    const std::string refused = "snapshot " + id + " is damaged and will not be used: ";
    std::string manifestText, checksum;
    try {
        manifestText = readFile(dir / "manifest.json", kMaxManifestBytes);
        checksum = readFile(dir / "manifest.sha256", 256);
    } catch (const std::exception& e) {
        throw SnapshotError(refused + e.what());
    }
    while (!checksum.empty() && (checksum.back() == '\n' || checksum.back() == '\r'))
        checksum.pop_back();
    if (checksum != Sha256::hex(manifestText))
        throw SnapshotError(refused + "manifest.json does not match manifest.sha256 (changed or cut short after it "
                                      "was written)");
    Snapshot snapshot;
    snapshot.manifestSha256 = checksum;
    nlohmann::json manifest;
    try {
        manifest = nlohmann::json::parse(manifestText);
        if (manifest.at("schema").get<int>() != kSchema)
            throw SnapshotError(refused + "schema " + manifest.at("schema").dump() + " is not " +
                                std::to_string(kSchema));
        snapshot.id = manifest.at("id").get<std::string>();
        snapshot.fixId = manifest.at("fixId").get<std::string>();
        snapshot.machine = manifest.at("machine").get<std::string>();
        snapshot.created = manifest.at("created").get<std::string>();
    } catch (const nlohmann::json::exception& e) {
        throw SnapshotError(refused + "manifest.json: " + e.what());
    }
    if (snapshot.id != id)
        throw SnapshotError(refused + "its manifest names a different snapshot (" + snapshot.id + ")");
    try {
        for (const auto& entry : manifest.at("parts")) {
            SnapshotPart part;
            part.name = entry.at("name").get<std::string>();
            const std::string kind = entry.at("kind").get<std::string>();
            if (kind != "json" && kind != "bytes")
                throw SnapshotError(refused + "part '" + part.name + "' has unknown kind '" + kind + "'");
            part.kind = kind == "json" ? SnapshotPart::Kind::Json : SnapshotPart::Kind::Bytes;
            part.meta = entry.at("meta");
            const std::string file = entry.at("file").get<std::string>();
            if (file.find_first_of("/\\:") != std::string::npos || file.rfind("part-", 0) != 0)
                throw SnapshotError(refused + "part '" + part.name + "' names the file '" + file +
                                    "', which is not a part file");
            try {
                part.bytes = readFile(dir / file, kMaxPartBytes);
            } catch (const std::exception& e) {
                throw SnapshotError(refused + "part '" + part.name + "': " + e.what());
            }
            if (part.bytes.size() != entry.at("size").get<std::size_t>())
                throw SnapshotError(refused + "part '" + part.name + "' (" + file + ") has " +
                                    std::to_string(part.bytes.size()) + " bytes, not " + entry.at("size").dump() +
                                    " (truncated or changed)");
            if (Sha256::hex(part.bytes) != entry.at("sha256").get<std::string>())
                throw SnapshotError(refused + "part '" + part.name + "' (" + file +
                                    ") does not match its checksum (changed after it was taken)");
            if (part.kind == SnapshotPart::Kind::Json && !nlohmann::json::accept(part.bytes))
                throw SnapshotError(refused + "part '" + part.name + "' (" + file + ") is not valid JSON");
            if (snapshot.find(part.name))
                throw SnapshotError(refused + "part '" + part.name + "' appears twice");
            snapshot.parts.push_back(std::move(part));
        }
    } catch (const nlohmann::json::exception& e) {
        throw SnapshotError(refused + "manifest.json: " + e.what());
    }
    return snapshot;
}

std::vector<SnapshotStore::Entry> SnapshotStore::list() const
{
    namespace fs = std::filesystem;
    std::vector<Entry> entries;
    std::error_code ec;
    for (fs::directory_iterator it(folder(), ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!it->is_directory() || !idProblem(name).empty())
            continue;
        Entry entry;
        entry.id = name;
        try {
            const Snapshot s = load(name);
            entry.fixId = s.fixId;
            entry.machine = s.machine;
            entry.created = s.created;
        } catch (const SnapshotError& e) {
            entry.problem = e.what();
        }
        entries.push_back(std::move(entry));
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.id < b.id; });
    return entries;
}

} // namespace wsafix
