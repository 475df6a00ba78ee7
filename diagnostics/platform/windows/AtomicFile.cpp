// Win32 definitions of AtomicFile.h: a new temporary (CREATE_NEW, never through a link), written and flushed, then
// MoveFileExW over the file with MOVEFILE_WRITE_THROUGH, so that a crash leaves the old file or the new one, on disk.
#include "diagnostics/AtomicFile.h"

#include "diagnostics/platform/windows/ErrorNames.h"
#include "diagnostics/platform/windows/ReparsePoint.h"
#include "diagnostics/platform/windows/UniqueHandle.h"

#include <windows.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>

namespace wsafix {

void writeFileAtomically(const std::filesystem::path& path, std::string_view bytes)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (path.has_parent_path())
        fs::create_directories(path.parent_path(), ec);
    if (ec)
        throw std::runtime_error(path.string() + ": cannot create folder: " + ec.message());

    // A unique sibling name, so that concurrent writers of the same file never share a temporary.
    static std::atomic<unsigned> counter{0};
    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    fs::path temp = path;
    temp += ".tmp-" + std::to_string(stamp) + "-" + std::to_string(counter++);
    {
        std::string error;
        win::UniqueHandle file =
            win::openWithoutFollowing(temp, GENERIC_WRITE, 0, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, error);
        if (!file)
            throw std::runtime_error(temp.string() + ": cannot create file: " + error);
        std::size_t done = 0;
        bool ok = true;
        while (ok && done < bytes.size()) {
            DWORD written = 0;
            const DWORD chunk = static_cast<DWORD>(std::min<std::size_t>(bytes.size() - done, 1u << 20));
            ok = WriteFile(file.get(), bytes.data() + done, chunk, &written, nullptr) && written > 0;
            done += written;
        }
        if (!ok || !FlushFileBuffers(file.get())) {
            const std::string why = win::describeWin32Error(GetLastError());
            file.reset(); // closed before it can be removed
            std::error_code ignored;
            fs::remove(temp, ignored);
            throw std::runtime_error(temp.string() + ": write failed (disk full?): " + why);
        }
    }
    if (!MoveFileExW(temp.c_str(), path.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        const std::string why = win::describeWin32Error(GetLastError());
        std::error_code ignored;
        fs::remove(temp, ignored);
        throw std::runtime_error(path.string() + ": cannot replace file: " + why);
    }
}

std::string readFile(const std::filesystem::path& path, std::size_t maxBytes)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        throw std::runtime_error(path.string() + ": cannot read: " + ec.message());
    if (size > maxBytes)
        throw std::runtime_error(path.string() + ": too large (" + std::to_string(size) + " bytes, at most " +
                                 std::to_string(maxBytes) + ")");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error(path.string() + ": cannot open");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

} // namespace wsafix
