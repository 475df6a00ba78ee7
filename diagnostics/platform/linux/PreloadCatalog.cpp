#include "diagnostics/platform/linux/PreloadCatalog.h"

#include "diagnostics/platform/linux/Errno.h"
#include "diagnostics/platform/linux/TextFile.h"
#include "diagnostics/platform/linux/Utf8.h"

#include <cerrno>
#include <unistd.h>

namespace wsafix::lnx {

namespace {

constexpr std::string_view kSeparators = " \t\r\v\f:";

CatalogEntry entryFor(std::string_view library, std::uint32_t id)
{
    CatalogEntry e;
    e.catalogId = id;
    e.providerPath = validUtf8(library);
    const auto slash = library.rfind('/');
    e.name = validUtf8(slash == std::string_view::npos ? library : library.substr(slash + 1));
    e.kind = CatalogEntry::Kind::Layered;
    e.catalog = "preload";
    return e;
}

} // namespace

std::vector<CatalogEntry> parsePreloadText(std::string_view text)
{
    std::vector<CatalogEntry> entries;
    std::uint32_t lineNumber = 0;
    while (!text.empty()) {
        ++lineNumber;
        const auto end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        if (const auto hash = line.find('#'); hash != std::string_view::npos)
            line = line.substr(0, hash);
        std::uint32_t position = 0;
        while (!line.empty()) {
            const auto start = line.find_first_not_of(kSeparators);
            if (start == std::string_view::npos)
                break;
            line.remove_prefix(start);
            const auto stop = line.find_first_of(kSeparators);
            const std::string_view library = line.substr(0, stop);
            line.remove_prefix(stop == std::string_view::npos ? line.size() : stop);
            ++position;
            entries.push_back(entryFor(library, position == 1 ? lineNumber : lineNumber * 1000 + position));
        }
    }
    return entries;
}

Probed<std::vector<CatalogEntry>> readPreloadCatalog(const std::string& path)
{
    const TextFile file = readTextFile(path);
    if (file.error == ENOENT)
        return Probed<std::vector<CatalogEntry>>::ok({});
    if (!file.ok())
        return Probed<std::vector<CatalogEntry>>::unavailable("cannot read " + path + ": " + errnoMessage(file.error));
    auto entries = parsePreloadText(file.text);
    // ld.so warns in every program about a preloaded library that is missing: an orphaned entry.
    // Relative names are searched by ld.so in its own paths, so only absolute ones are checked.
    for (auto& e : entries)
        if (!e.providerPath.empty() && e.providerPath.front() == '/')
            e.dllExists = ::access(e.providerPath.c_str(), F_OK) == 0;
    return Probed<std::vector<CatalogEntry>>::ok(std::move(entries));
}

} // namespace wsafix::lnx
