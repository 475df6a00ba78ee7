#include "diagnostics/platform/linux/NssHosts.h"

#include "diagnostics/platform/linux/Errno.h"
#include "diagnostics/platform/linux/TextFile.h"
#include "diagnostics/platform/linux/Utf8.h"

#include <cerrno>
#include <unistd.h>

namespace wsafix::lnx {
namespace {

constexpr std::string_view kBlanks = " \t\r\v\f";

// glibc's own modules: built into libc since 2.34, so their libnss_*.so.2 files are optional.
bool builtIn(std::string_view name)
{
    return name == "files" || name == "dns";
}

} // namespace

std::vector<NamespaceProvider> parseNssHosts(std::string_view text)
{
    std::vector<NamespaceProvider> providers;
    while (!text.empty()) {
        const auto end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        if (const auto hash = line.find('#'); hash != std::string_view::npos)
            line = line.substr(0, hash);
        const auto start = line.find_first_not_of(kBlanks);
        if (start == std::string_view::npos || line.substr(start, 6) != "hosts:")
            continue;
        line.remove_prefix(start + 6);
        providers.clear(); // the last hosts: line wins, as in glibc
        bool inAction = false;
        while (!line.empty()) {
            const auto from = line.find_first_not_of(kBlanks);
            if (from == std::string_view::npos)
                break;
            line.remove_prefix(from);
            const auto to = line.find_first_of(kBlanks);
            std::string_view word = line.substr(0, to);
            line.remove_prefix(to == std::string_view::npos ? line.size() : to);
            // "[NOTFOUND=return]" and "[ !UNAVAIL = return ]" are actions, not modules.
            if (word.front() == '[')
                inAction = true;
            const bool closes = word.back() == ']';
            if (!inAction) {
                NamespaceProvider p;
                p.identifier = validUtf8(word);
                providers.push_back(std::move(p));
            }
            if (closes)
                inAction = false;
        }
    }
    return providers;
}

std::vector<std::string> defaultNssLibraryDirs()
{
    return {"/lib/x86_64-linux-gnu",
            "/usr/lib/x86_64-linux-gnu",
            "/lib/aarch64-linux-gnu",
            "/usr/lib/aarch64-linux-gnu",
            "/lib64",
            "/usr/lib64",
            "/lib",
            "/usr/lib"};
}

Probed<std::vector<NamespaceProvider>> readNssHosts(const std::string& path,
                                                    const std::vector<std::string>& libraryDirs)
{
    const TextFile file = readTextFile(path);
    if (file.error == ENOENT)
        return Probed<std::vector<NamespaceProvider>>::unavailable(path +
                                                                   " does not exist, so glibc uses its built-in order");
    if (!file.ok())
        return Probed<std::vector<NamespaceProvider>>::unavailable("cannot read " + path + ": " +
                                                                   errnoMessage(file.error));
    auto providers = parseNssHosts(file.text);
    for (auto& p : providers) {
        const std::string library = "libnss_" + p.identifier + ".so.2";
        for (const auto& dir : libraryDirs)
            if (::access((dir + "/" + library).c_str(), F_OK) == 0) {
                p.providerPath = dir + "/" + library;
                break;
            }
        if (p.providerPath.empty() && builtIn(p.identifier))
            p.providerPath = "(built into glibc)";
        else if (p.providerPath.empty())
            p.providerPath = library;
        // A module glibc cannot load is skipped at every lookup: the hosts line then silently does less.
        p.dllExists = p.providerPath != library;
    }
    return Probed<std::vector<NamespaceProvider>>::ok(std::move(providers));
}

} // namespace wsafix::lnx
