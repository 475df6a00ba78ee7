#include "diagnostics/ProcessRunner.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace wsafix {
namespace {

// Engine strings are UTF-8; a std::string path would go through the ANSI code page on Windows.
std::filesystem::path fromUtf8(const std::string& text) { return std::filesystem::path(std::u8string(text.begin(), text.end())); }

std::string toUtf8(const std::filesystem::path& path)
{
    const std::u8string text = path.u8string();
    return std::string(text.begin(), text.end());
}

} // namespace

AllowList::AllowList(std::vector<std::string> names, std::vector<std::string> searchDirs)
    : m_names(std::move(names)), m_dirs(std::move(searchDirs))
{
}

bool AllowList::allows(const std::string& name) const
{
    return std::find(m_names.begin(), m_names.end(), name) != m_names.end();
}

std::string AllowList::resolve(const std::string& name) const
{
    // A bare name only: a path or a name with separators would escape the fixed directories.
    if (!allows(name) || name.find_first_of("/\\:") != std::string::npos)
        return {};
    namespace fs = std::filesystem;
    for (const auto& dir : m_dirs) {
        for (const char* suffix : {"", ".exe"}) {
            const fs::path candidate = fromUtf8(dir) / fromUtf8(name + suffix);
            std::error_code ec;
            if (fs::is_regular_file(candidate, ec))
                return toUtf8(candidate);
        }
    }
    return {};
}

} // namespace wsafix
