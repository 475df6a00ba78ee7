// Windows definitions of PrivilegedState.h: %ProgramData%\wsafix\<SID>\, SYSTEM and Administrators only.
#include "diagnostics/fix/PrivilegedState.h"

#include "diagnostics/platform/windows/Elevation.h"
#include "diagnostics/platform/windows/PrivilegedFolder.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <windows.h>

#include <knownfolders.h>
#include <shlobj.h>

#include <memory>

namespace wsafix {

bool runningPrivileged()
{
    return win::isProcessElevated();
}

std::filesystem::path defaultPrivilegedRoot()
{
    PWSTR folder = nullptr;
    const HRESULT result = SHGetKnownFolderPath(FOLDERID_ProgramData, KF_FLAG_DEFAULT, nullptr, &folder);
    const std::unique_ptr<wchar_t, decltype(&CoTaskMemFree)> owned(folder, &CoTaskMemFree);
    if (FAILED(result) || folder == nullptr)
        throw PrivilegedStateError("the ProgramData folder cannot be found (SHGetKnownFolderPath failed)");
    return std::filesystem::path(folder) / L"wsafix";
}

std::filesystem::path privilegedStateDir(const std::filesystem::path& userStateDir, const std::filesystem::path& root)
{
    // The folder is named after the user whose state directory it serves (its owner), not after the token user:
    // with over-the-shoulder credentials the elevated step runs as another account (the administrator who typed
    // the password), but the journal, snapshots and watchdog belong to the user who runs the wizard. Under plain
    // UAC both are the same account. A state directory owned by SYSTEM or Administrators gives the token user.
    return win::makePrivilegedPath(root, win::toUtf16(win::folderUserSid(userStateDir)));
}

} // namespace wsafix
