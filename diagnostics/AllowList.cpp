#include "diagnostics/ProcessRunner.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace wsafix {

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
            const fs::path candidate = fs::path(dir) / (name + suffix);
            std::error_code ec;
            if (fs::is_regular_file(candidate, ec))
                return candidate.string();
        }
    }
    return {};
}

} // namespace wsafix
