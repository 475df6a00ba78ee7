// Win32 definitions of DurableFile.h: WriteFile + FlushFileBuffers.
#include "diagnostics/DurableFile.h"

#include "diagnostics/platform/windows/ErrorNames.h"
#include "diagnostics/platform/windows/ReparsePoint.h"
#include "diagnostics/platform/windows/UniqueHandle.h"

#include <windows.h>

#include <algorithm>
#include <stdexcept>
#include <string>

namespace wsafix {
namespace {

[[noreturn]] void fail(const std::filesystem::path& path, const char* what)
{
    throw std::runtime_error(path.string() + ": " + what + ": " + win::describeWin32Error(GetLastError()));
}

} // namespace

void appendDurably(const std::filesystem::path& path, std::string_view bytes)
{
    // The journal of an elevated run: a link planted at it (or at its folder) must not redirect the write.
    std::string error;
    const win::UniqueHandle file =
        win::openWithoutFollowing(path, FILE_APPEND_DATA, FILE_SHARE_READ, OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, error);
    if (!file)
        throw std::runtime_error(error);
    std::size_t done = 0;
    while (done < bytes.size()) {
        DWORD written = 0;
        const DWORD chunk = static_cast<DWORD>(std::min<std::size_t>(bytes.size() - done, 1u << 20));
        if (!WriteFile(file.get(), bytes.data() + done, chunk, &written, nullptr) || written == 0)
            fail(path, "write failed");
        done += written;
    }
    if (!FlushFileBuffers(file.get()))
        fail(path, "flush failed");
}

void syncToDisk(const std::filesystem::path& path)
{
    // Folders cannot be flushed through a plain handle on Windows; NTFS journals renames itself.
    if (std::filesystem::is_directory(path))
        return;
    std::string error;
    const win::UniqueHandle file = win::openWithoutFollowing(path, GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                                                             OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, error);
    if (!file)
        throw std::runtime_error(error);
    if (!FlushFileBuffers(file.get()))
        fail(path, "flush failed");
}

} // namespace wsafix
