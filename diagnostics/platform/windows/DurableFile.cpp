// Win32 definitions of DurableFile.h: WriteFile + FlushFileBuffers.
#include "diagnostics/DurableFile.h"

#include "diagnostics/platform/windows/ErrorNames.h"
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
    win::UniqueHandle file(CreateFileW(path.c_str(), FILE_APPEND_DATA, FILE_SHARE_READ, nullptr, OPEN_ALWAYS,
                                       FILE_ATTRIBUTE_NORMAL, nullptr));
    if (!file)
        fail(path, "cannot open for appending");
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
    win::UniqueHandle file(CreateFileW(path.c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                                       OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr));
    if (!file)
        fail(path, "cannot open to flush");
    if (!FlushFileBuffers(file.get()))
        fail(path, "flush failed");
}

} // namespace wsafix
