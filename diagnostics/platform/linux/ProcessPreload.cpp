#include "diagnostics/platform/linux/ProcessPreload.h"

#include "diagnostics/platform/linux/Errno.h"
#include "diagnostics/platform/linux/PreloadCatalog.h"
#include "diagnostics/platform/linux/TextFile.h"

#include <cerrno>
#include <unistd.h>

namespace wsafix::lnx {

std::vector<CatalogEntry> parseEnvironPreload(std::string_view block, std::uint32_t pid)
{
    constexpr std::string_view kName = "LD_PRELOAD=";
    std::vector<CatalogEntry> entries;
    while (!block.empty()) {
        const auto end = block.find('\0');
        const std::string_view variable = block.substr(0, end);
        block.remove_prefix(end == std::string_view::npos ? block.size() : end + 1);
        if (variable.substr(0, kName.size()) != kName)
            continue;
        // ld.so splits LD_PRELOAD on blanks and colons, as it does the preload file.
        std::string value(variable.substr(kName.size()));
        for (char& c : value)
            if (c == '\n')
                c = ' ';
        entries = parsePreloadText(value);
    }
    for (auto& e : entries) {
        e.catalog = "environment";
        e.name = "LD_PRELOAD of process " + std::to_string(pid) + ": " + e.name;
        if (!e.providerPath.empty() && e.providerPath.front() == '/')
            e.dllExists = ::access(e.providerPath.c_str(), F_OK) == 0;
    }
    return entries;
}

Probed<std::vector<CatalogEntry>> readProcessPreload(std::uint32_t pid, const std::string& procDir)
{
    const std::string path = procDir + "/" + std::to_string(pid) + "/environ";
    const TextFile file = readTextFile(path);
    if (file.error == ENOENT)
        return Probed<std::vector<CatalogEntry>>::unavailable("there is no process " + std::to_string(pid));
    if (file.error == EACCES || file.error == EPERM)
        return Probed<std::vector<CatalogEntry>>::unavailable(
            "cannot read the environment of process " + std::to_string(pid) +
            ": it belongs to another user (run as that user, or as root)");
    if (!file.ok())
        return Probed<std::vector<CatalogEntry>>::unavailable("cannot read " + path + ": " + errnoMessage(file.error));
    return Probed<std::vector<CatalogEntry>>::ok(parseEnvironPreload(file.text, pid));
}

} // namespace wsafix::lnx
