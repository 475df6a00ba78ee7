#include "diagnostics/platform/linux/RemovePreloadFix.h"

#include "diagnostics/AtomicFile.h"
#include "diagnostics/fix/FixSteps.h"
#include "diagnostics/platform/linux/PreloadCatalog.h"

#include <algorithm>
#include <filesystem>

namespace wsafix::lnx {

struct RemovePreloadFix::FileState
{
    bool exists = false;
    std::string bytes;
    unsigned mode = 0;
};

namespace {

using FileState = RemovePreloadFix::FileState;

constexpr std::size_t kMaxPreloadBytes = 1024 * 1024;
constexpr std::string_view kSeparators = " \t\r\v\f:";

FileState readState(const std::string& path)
{
    namespace fs = std::filesystem;
    FileState s;
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status))
        return s;
    s.exists = true;
    s.mode = static_cast<unsigned>(status.permissions()) & 07777u;
    s.bytes = readFile(path, kMaxPreloadBytes);
    return s;
}

void writeState(const std::string& path, const FileState& s)
{
    namespace fs = std::filesystem;
    if (!s.exists) {
        std::error_code ec;
        fs::remove(path, ec);
        if (ec)
            throw std::runtime_error("cannot remove " + path + ": " + ec.message());
        return;
    }
    writeFileAtomically(path, s.bytes);
    fs::permissions(path, static_cast<fs::perms>(s.mode), fs::perm_options::replace);
}

} // namespace

RemovePreloadFix::RemovePreloadFix(std::string library, std::string preloadFile)
    : m_library(std::move(library)), m_file(std::move(preloadFile))
{
}

std::string RemovePreloadFix::title() const
{
    return "Remove " + m_library + " from " + m_file;
}

std::string RemovePreloadFix::explanation() const
{
    return "The dynamic loader injects every library listed in " + m_file +
           " into every program, as a layered "
           "provider does on Windows. Removing " +
           m_library +
           " stops it from intercepting the programs' sockets; "
           "the library itself stays on disk, and the snapshot can put the entry back.";
}

FixBadges RemovePreloadFix::badges() const
{
    FixBadges b;
    b.needsAdmin = true;
    return b;
}

bool RemovePreloadFix::listed() const
{
    const FileState s = readState(m_file);
    const auto entries = parsePreloadText(s.bytes);
    return std::any_of(entries.begin(), entries.end(),
                       [&](const CatalogEntry& e) { return e.providerPath == m_library; });
}

std::string RemovePreloadFix::unavailable() const
{
    try {
        if (!listed())
            return m_file + " does not list " + m_library + " (nothing to remove)";
    } catch (const std::exception& e) {
        return e.what();
    }
    return {};
}

std::vector<std::string> RemovePreloadFix::snapshotPlan() const
{
    return {"a copy of " + m_file + " (bytes and permissions)",
            "then " + m_file + " is rewritten without " + m_library + " (atomically: temporary file, rename)"};
}

Snapshot RemovePreloadFix::snapshot()
{
    FileState s;
    try {
        s = readState(m_file);
    } catch (const std::exception& e) {
        throw FixFailure(e.what());
    }
    Snapshot snapshot;
    snapshot.parts.push_back(
        SnapshotPart::raw(partName(), s.bytes, {{"path", m_file}, {"exists", s.exists}, {"mode", s.mode}}));
    return snapshot;
}

std::string RemovePreloadFix::withoutEntry(std::string_view text, std::string_view library)
{
    std::string out;
    while (!text.empty()) {
        const auto end = text.find('\n');
        const std::string_view line = text.substr(0, end == std::string_view::npos ? text.size() : end + 1);
        text.remove_prefix(line.size());
        const std::string_view body = line.substr(0, std::min(line.find('#'), line.find('\n')));
        std::vector<std::string_view> kept;
        bool removed = false;
        for (std::string_view rest = body; !rest.empty();) {
            const auto start = rest.find_first_not_of(kSeparators);
            if (start == std::string_view::npos)
                break;
            rest.remove_prefix(start);
            const auto stop = rest.find_first_of(kSeparators);
            const std::string_view token = rest.substr(0, stop);
            rest.remove_prefix(stop == std::string_view::npos ? rest.size() : stop);
            if (token == library)
                removed = true;
            else
                kept.push_back(token);
        }
        if (!removed) {
            out += line;
            continue;
        }
        const std::string_view tail = line.substr(body.size()); // comment and newline
        std::string rebuilt;
        for (const auto token : kept)
            rebuilt += (rebuilt.empty() ? "" : " ") + std::string(token);
        if (rebuilt.empty() && tail.find('#') == std::string_view::npos)
            continue;
        out += rebuilt + (rebuilt.empty() || tail.empty() || tail[0] == '\n' ? "" : " ") + std::string(tail);
    }
    return out;
}

void RemovePreloadFix::apply(const Snapshot& before, FixSteps& steps)
{
    const SnapshotPart& part = before.part(partName());
    steps.perform("rewrite " + m_file + " without " + m_library, [&] {
        FileState s = readState(m_file);
        if (s.bytes != part.bytes)
            throw std::runtime_error(m_file + " changed since the snapshot; not touching it");
        s.bytes = withoutEntry(s.bytes, m_library);
        writeState(m_file, s);
    });
}

// The file as the snapshot saw it, checked against this fix's own definition: only its own preload file, only a
// plain mode. Anything else is refused whole before a byte is written (a forged snapshot must not choose the
// file or make it setuid or writable by everyone).
FileState RemovePreloadFix::saved(const Snapshot& before) const
{
    const SnapshotPart& part = before.part(partName());
    const std::string refused = "snapshot " + before.id + " is refused: ";
    const auto& meta = part.meta;
    if (!meta.is_object() || !meta.contains("path") || !meta["path"].is_string() || meta["path"] != m_file)
        throw FixFailure(refused + "it names " + (meta.contains("path") ? meta["path"].dump() : "no file") +
                         ", but this fix restores only " + m_file);
    if (!meta.contains("exists") || !meta["exists"].is_boolean())
        throw FixFailure(refused + "it does not say whether " + m_file + " existed");
    FileState s;
    s.exists = meta["exists"].get<bool>();
    s.bytes = part.bytes;
    if (s.exists) {
        if (!meta.contains("mode") || !meta["mode"].is_number_unsigned())
            throw FixFailure(refused + "it gives no mode for " + m_file);
        const auto mode = meta["mode"].get<std::uint64_t>();
        if ((mode & ~std::uint64_t{0775}) != 0)
            throw FixFailure(refused + "mode " + std::to_string(mode) + " of " + m_file +
                             " is not plain read/write permissions (setuid, setgid, sticky or writable by everyone)");
        s.mode = static_cast<unsigned>(mode);
    }
    if (s.bytes.size() > kMaxPreloadBytes)
        throw FixFailure(refused + "its copy of " + m_file + " is larger than a preload file may be");
    return s;
}

void RemovePreloadFix::rollback(const Snapshot& before, FixSteps& steps)
{
    const FileState s = saved(before);
    steps.perform("restore " + m_file + " from snapshot " + before.id, [&] { writeState(m_file, s); });
}

FixCheck RemovePreloadFix::check(const Snapshot&)
{
    if (listed())
        return FixCheck::failed(m_file + " still lists " + m_library);
    return FixCheck::verified(m_file + " no longer lists " + m_library +
                              "; programs started from now on do not load it");
}

FixCheck RemovePreloadFix::restored(const Snapshot& before)
{
    const FileState then = saved(before);
    const FileState now = readState(m_file);
    if (now.exists != then.exists || now.bytes != then.bytes || (now.exists && now.mode != then.mode))
        return FixCheck::failed(m_file + " is not as in snapshot " + before.id);
    return FixCheck::verified(m_file + " is byte for byte as in snapshot " + before.id);
}

} // namespace wsafix::lnx
