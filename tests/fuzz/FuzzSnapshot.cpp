// Snapshot folders (`wsafix snapshots`, rollback, crash recovery): the input becomes a snapshot folder and
// SnapshotStore::load must either refuse it with SnapshotError or return exactly what the folder holds, every
// part matching its checksum. Layout of an input (`fuzz_seeds snapshot` writes real snapshots in it):
//
//   ID\n                 the folder name (an id that idProblem refuses is not created: load must refuse it)
//   MANIFEST             manifest.json, up to the first marker
//   \n--part NAME\n      then the bytes of part file NAME (repeatable)
//   \n--sha256\n         then manifest.sha256 as written; without it the harness writes the right checksum, so
//                        that inputs get past it to the manifest (a wrong one must still be refused)
//
// In MANIFEST, "@sha256-N@" and "@size-N@" stand for the checksum and size of the N-th part section (1-9), so that
// mutated parts can still match their checksums.

#include "FuzzCheck.h"

#include "diagnostics/fix/Sha256.h"
#include "diagnostics/fix/SnapshotStore.h"

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

using namespace wsafix;
namespace fs = std::filesystem;

namespace {

struct Layout
{
    std::string id;
    std::string manifest;
    std::vector<std::pair<std::string, std::string>> parts; // file name, bytes
    std::optional<std::string> checksum;
};

// The next "\n--part " or "\n--sha256\n" at or after `from`.
std::size_t nextMarker(std::string_view text, std::size_t from)
{
    for (std::size_t at = text.find("\n--", from); at != std::string_view::npos; at = text.find("\n--", at + 1))
        if (text.substr(at + 3).starts_with("part ") || text.substr(at + 3).starts_with("sha256\n"))
            return at;
    return text.size();
}

Layout split(std::string_view text)
{
    Layout layout;
    const std::size_t eol = std::min(text.find('\n'), text.size());
    layout.id = std::string(text.substr(0, eol));
    std::size_t at = std::min(eol + 1, text.size());
    std::size_t marker = nextMarker(text, at == 0 ? 0 : at - 1);
    layout.manifest = std::string(text.substr(at, marker - std::min(marker, at)));
    while (marker < text.size()) {
        const std::string_view rest = text.substr(marker + 3);
        const std::size_t end = nextMarker(text, marker + 1);
        if (rest.starts_with("sha256\n")) {
            const std::size_t body = marker + 3 + 7;
            layout.checksum = std::string(text.substr(body, end - std::min(end, body)));
        } else {
            const std::size_t nameEnd = std::min(text.find('\n', marker + 8), end);
            const std::size_t body = std::min(nameEnd + 1, end);
            layout.parts.emplace_back(std::string(text.substr(marker + 8, nameEnd - (marker + 8))),
                                      std::string(text.substr(body, end - body)));
        }
        marker = end;
    }
    return layout;
}

void replaceAll(std::string& text, const std::string& what, const std::string& with)
{
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + with.size()))
        text.replace(at, what.size(), with);
}

// A file name the harness may create inside the snapshot folder.
bool plainName(const std::string& name)
{
    return !name.empty() && name.size() <= 100 && name != "." && name != ".." && !name.starts_with("manifest") &&
           name.find_first_of(std::string("/\\\0", 3)) == std::string::npos;
}

void writeFile(const fs::path& path, const std::string& bytes)
{
    std::ofstream(path, std::ios::binary | std::ios::trunc).write(bytes.data(), std::streamsize(bytes.size()));
}

std::string trimmedLineEnds(std::string text)
{
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
        text.pop_back();
    return text;
}

const fs::path& stateDir()
{
    static const struct StateDir
    {
        fs::path path = fs::temp_directory_path() / ("wsafix-fuzz-snapshot-" + std::to_string(::getpid()));
        ~StateDir()
        {
            std::error_code ignored;
            fs::remove_all(path, ignored);
        }
    } dir;
    return dir.path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Layout layout = split(fuzz::asText(data, size));
    for (std::size_t n = 1; n <= std::min<std::size_t>(layout.parts.size(), 9); ++n) {
        replaceAll(layout.manifest, "@sha256-" + std::to_string(n) + "@", Sha256::hex(layout.parts[n - 1].second));
        replaceAll(layout.manifest, "@size-" + std::to_string(n) + "@", std::to_string(layout.parts[n - 1].second.size()));
    }
    const SnapshotStore store(stateDir());
    std::error_code ec;
    fs::remove_all(store.folder(), ec);
    const bool validId = SnapshotStore::idProblem(layout.id).empty();
    if (validId) {
        const fs::path dir = store.folder() / layout.id;
        fs::create_directories(dir);
        writeFile(dir / "manifest.json", layout.manifest);
        writeFile(dir / "manifest.sha256", layout.checksum ? *layout.checksum : Sha256::hex(layout.manifest) + "\n");
        for (const auto& [name, bytes] : layout.parts)
            if (plainName(name))
                writeFile(dir / name, bytes);
    }

    Snapshot snapshot;
    try {
        snapshot = store.load(layout.id);
    } catch (const SnapshotError& e) {
        // The message names the snapshot: a well-formed id as it is, another one as refused (shown escaped).
        const std::string_view message = e.what();
        FUZZ_CHECK(validId ? message.find(layout.id) != std::string_view::npos
                           : message.find("is not a snapshot id") != std::string_view::npos);
        return 0;
    }
    // Loaded: the folder was well-formed and every checksum matches what is on disk.
    FUZZ_CHECK(validId);
    FUZZ_CHECK(snapshot.id == layout.id);
    FUZZ_CHECK(!layout.checksum || trimmedLineEnds(*layout.checksum) == Sha256::hex(layout.manifest));
    const nlohmann::json manifest = nlohmann::json::parse(layout.manifest);
    FUZZ_CHECK(manifest.at("parts").size() == snapshot.parts.size());
    for (std::size_t i = 0; i < snapshot.parts.size(); ++i) {
        const auto& entry = manifest.at("parts").at(i);
        const SnapshotPart& part = snapshot.parts[i];
        FUZZ_CHECK(entry.at("name") == part.name);
        FUZZ_CHECK(entry.at("sha256") == Sha256::hex(part.bytes));
        std::ifstream in(store.folder() / layout.id / entry.at("file").get<std::string>(), std::ios::binary);
        const std::string onDisk((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        FUZZ_CHECK(onDisk == part.bytes);
    }
    return 0;
}
