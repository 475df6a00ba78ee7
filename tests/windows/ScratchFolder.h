#pragma once
// A folder of the test's own under the temporary folder, removed at the end; links planted directly in it are
// removed first, so that removing the tree never walks into what they point at.

#include "PlantedLink.h"
#include "WineDetection.h"

#include <windows.h>

#include <atomic>
#include <filesystem>
#include <string>
#include <vector>

namespace wsafix::test {

class ScratchFolder
{
public:
    ScratchFolder()
        : m_path(std::filesystem::temp_directory_path() /
                 ("wsafix-priv-test-" + std::to_string(GetCurrentProcessId()) + "-" + std::to_string(counter()++)))
    {
        std::filesystem::remove_all(m_path);
        std::filesystem::create_directories(m_path);
    }
    ~ScratchFolder()
    {
        // Wine's own removal follows Unix links into what they point at (and can loop there): rm -rf does not.
        if (runningUnderWine()) {
            if (const std::string unixPath = unixPathOf(m_path);
                !unixPath.empty() && runUnix("/bin/rm", {"-rf", unixPath}) &&
                eventually([&] { return GetFileAttributesW(m_path.c_str()) == INVALID_FILE_ATTRIBUTES; }))
                return;
        }
        std::error_code ec;
        std::vector<std::filesystem::path> links;
        for (const auto& entry : std::filesystem::directory_iterator(m_path, ec)) {
            const DWORD attributes = GetFileAttributesW(entry.path().c_str());
            if (attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_REPARSE_POINT) != 0)
                links.push_back(entry.path());
        }
        for (const auto& link : links)
            if (!RemoveDirectoryW(link.c_str()))
                DeleteFileW(link.c_str());
        std::filesystem::remove_all(m_path, ec);
    }
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;
    const std::filesystem::path& path() const { return m_path; }

private:
    static std::atomic<int>& counter()
    {
        static std::atomic<int> value{0};
        return value;
    }
    std::filesystem::path m_path;
};

} // namespace wsafix::test
