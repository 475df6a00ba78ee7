#include "diagnostics/platform/windows/ReparsePoint.h"

#include "diagnostics/platform/windows/ErrorNames.h"

namespace wsafix::win {
namespace {

std::string refusal(const std::filesystem::path& path)
{
    return path.string() + " is a reparse point (a junction or symbolic link); refused, it could send a privileged "
                           "write elsewhere";
}

} // namespace

bool isReparsePoint(HANDLE handle)
{
    BY_HANDLE_FILE_INFORMATION info{};
    return GetFileInformationByHandle(handle, &info) && (info.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT) != 0;
}

bool isReparsePoint(const std::filesystem::path& path)
{
    const DWORD attributes = GetFileAttributesW(path.c_str());
    return attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_REPARSE_POINT) != 0;
}

UniqueHandle openWithoutFollowing(const std::filesystem::path& path, DWORD access, DWORD share, DWORD disposition,
                                  DWORD flags, std::string& error)
{
    const std::filesystem::path parent = path.parent_path();
    if (!parent.empty() && isReparsePoint(parent)) {
        error = refusal(parent);
        return {};
    }
    if (isReparsePoint(path)) {
        error = refusal(path);
        return {};
    }
    UniqueHandle handle(
        CreateFileW(path.c_str(), access, share, nullptr, disposition, flags | FILE_FLAG_OPEN_REPARSE_POINT, nullptr));
    if (!handle) {
        error = path.string() + ": cannot open: " + describeWin32Error(GetLastError());
        return {};
    }
    // Asked again on the handle: the path may have been swapped between the check and the open.
    BY_HANDLE_FILE_INFORMATION info{};
    if (!GetFileInformationByHandle(handle.get(), &info)) {
        error = path.string() + ": cannot read what was opened: " + describeWin32Error(GetLastError());
        return {};
    }
    if ((info.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT) != 0 || isReparsePoint(path)) {
        error = refusal(path);
        return {};
    }
    // A hard link a user made to a file elsewhere (a user may link to a file they can only read) is that file.
    if ((info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) == 0 && info.nNumberOfLinks > 1) {
        error = path.string() + " has " + std::to_string(info.nNumberOfLinks) +
                " hard links; refused, it could be a link to a file elsewhere";
        return {};
    }
    return handle;
}

} // namespace wsafix::win
