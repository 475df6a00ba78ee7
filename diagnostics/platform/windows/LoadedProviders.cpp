#include "diagnostics/platform/windows/LoadedProviders.h"

#include "diagnostics/platform/windows/ErrorNames.h"
#include "diagnostics/platform/windows/ProviderDll.h"
#include "diagnostics/platform/windows/UniqueHandle.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <windows.h>

#include <tlhelp32.h>

#include <algorithm>
#include <cctype>
#include <set>

namespace wsafix::win {
namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::string fileName(const std::string& path)
{
    const auto slash = path.find_last_of("/\\");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

} // namespace

Probed<std::vector<std::string>> loadedModules(std::uint32_t pid)
{
    UniqueHandle snapshot;
    // ERROR_BAD_LENGTH: the process was loading or unloading a module; Microsoft's advice is to try again.
    for (int attempt = 0; attempt < 5 && !snapshot; ++attempt) {
        snapshot = UniqueHandle(CreateToolhelp32Snapshot(TH32CS_SNAPMODULE | TH32CS_SNAPMODULE32, pid));
        if (!snapshot && GetLastError() != ERROR_BAD_LENGTH)
            break;
    }
    if (!snapshot)
        return Probed<std::vector<std::string>>::unavailable(
            "cannot list the modules of process " + std::to_string(pid) + ": " + describeWin32Error(GetLastError()));
    std::vector<std::string> modules;
    MODULEENTRY32W entry{};
    entry.dwSize = sizeof entry;
    for (BOOL more = Module32FirstW(snapshot.get(), &entry); more; more = Module32NextW(snapshot.get(), &entry))
        modules.push_back(toUtf8(entry.szExePath));
    return Probed<std::vector<std::string>>::ok(std::move(modules));
}

std::vector<CatalogEntry> loadedProviders(const std::vector<CatalogEntry>& catalog,
                                          const std::vector<std::string>& modules, std::uint32_t pid)
{
    std::set<std::string> loaded;
    for (const auto& m : modules)
        loaded.insert(lower(m));
    std::vector<CatalogEntry> found;
    std::set<std::string> seen;
    for (const auto& e : catalog) {
        if (lower(fileName(e.providerPath)) == "mswsock.dll")
            continue;
        const std::string path = lower(inspectProviderDll(e.providerPath, e.catalog == "32").expandedPath);
        if (path.empty() || !loaded.count(path) || !seen.insert(path).second)
            continue;
        CatalogEntry copy = e;
        copy.catalog = "loaded";
        copy.name = "loaded into process " + std::to_string(pid) + ": " + e.name;
        found.push_back(std::move(copy));
    }
    return found;
}

} // namespace wsafix::win
