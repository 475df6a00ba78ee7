#pragma once
// What an attacker plants where a privileged step will write: a junction (or a symbolic link) to another folder or
// file. On Windows a junction needs no privilege (FSCTL_SET_REPARSE_POINT on an empty folder). Wine 8 has no way to
// make one from Windows code (CreateSymbolicLinkW returns TRUE and makes nothing; FSCTL_SET_REPARSE_POINT fails with
// ERROR_NOT_SUPPORTED), so there the Unix symbolic link is made with /bin/ln (Wine starts Unix programs), which
// Wine shows as a reparse point when it links a folder.

#include "WineDetection.h"

#include "diagnostics/platform/windows/ProcAddress.h"
#include "diagnostics/platform/windows/UniqueHandle.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <windows.h>

#include <aclapi.h>
#include <sddl.h>
#include <winioctl.h>

#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

namespace wsafix::test {

/// The Unix path of a Windows path under Wine, or empty.
inline std::string unixPathOf(const std::filesystem::path& path)
{
    using UnixFileNameFn = LPSTR(CDECL*)(LPCWSTR);
    const auto toUnix = win::procAddress<UnixFileNameFn>(L"kernel32.dll", "wine_get_unix_file_name");
    if (!toUnix)
        return {};
    LPSTR unixName = toUnix(path.c_str());
    if (!unixName)
        return {};
    std::string text = unixName;
    HeapFree(GetProcessHeap(), 0, unixName);
    return text;
}

/// Under Wine: runs the Unix program `program` ("/bin/ln") with `arguments` (quoted, no shell) and waits for it.
/// False when it cannot start. Wine's exit code of a Unix program is not reliable: callers check the result
/// (eventually()).
inline bool runUnix(const std::string& program, const std::vector<std::string>& arguments)
{
    std::wstring image = L"Z:" + win::toUtf16(program);
    for (auto& c : image)
        if (c == L'/')
            c = L'\\';
    std::wstring command = image;
    for (const auto& argument : arguments)
        command += L" \"" + win::toUtf16(argument) + L"\"";
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    PROCESS_INFORMATION process{};
    if (!CreateProcessW(image.c_str(), command.data(), nullptr, nullptr, FALSE, 0, nullptr, nullptr, &startup,
                        &process))
        return false;
    const win::UniqueHandle processHandle(process.hProcess);
    const win::UniqueHandle threadHandle(process.hThread);
    WaitForSingleObject(process.hProcess, 10000);
    return true;
}

/// Waits up to ten seconds for `done()`: Wine may signal a Unix program's handle before the program has finished.
template <class Done> bool eventually(Done done)
{
    for (int i = 0; i < 200 && !done(); ++i)
        Sleep(50);
    return done();
}

/// Under Wine: `ln -s target link`. Empty when done, else why not.
inline std::string plantUnixLink(const std::filesystem::path& link, const std::filesystem::path& target)
{
    const std::string unixLink = unixPathOf(link);
    const std::string unixTarget = unixPathOf(target);
    if (unixLink.empty() || unixTarget.empty())
        return "no Unix path for " + link.string() + " or " + target.string();
    if (!runUnix("/bin/ln", {"-s", unixTarget, unixLink}))
        return "cannot start /bin/ln";
    const bool made = eventually([&] { return GetFileAttributesW(link.c_str()) != INVALID_FILE_ATTRIBUTES; });
    return made ? "" : "ln made no link at " + link.string();
}

/// A junction at `link` (which must not exist) to the folder `target`; under Wine a Unix symbolic link. Empty when
/// done, else why not.
inline std::string plantDirectoryLink(const std::filesystem::path& link, const std::filesystem::path& target)
{
    if (runningUnderWine())
        return plantUnixLink(link, target);
    if (!CreateDirectoryW(link.c_str(), nullptr))
        return "cannot make " + link.string();
    win::UniqueHandle folder(CreateFileW(link.c_str(), GENERIC_WRITE, 0, nullptr, OPEN_EXISTING,
                                         FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OPEN_REPARSE_POINT, nullptr));
    if (!folder)
        return "cannot open " + link.string();
    // REPARSE_DATA_BUFFER's mount point form: tag, sizes, then "\??\<target>" NUL and an empty print name NUL.
    const std::wstring substitute = L"\\??\\" + std::filesystem::absolute(target).wstring();
    const auto nameBytes = static_cast<USHORT>(substitute.size() * sizeof(wchar_t));
    std::vector<std::uint8_t> buffer(8 + 8 + nameBytes + 2 * sizeof(wchar_t), 0);
    const ULONG tag = IO_REPARSE_TAG_MOUNT_POINT;
    const auto dataLength = static_cast<USHORT>(buffer.size() - 8);
    const USHORT header[4] = {0, nameBytes, static_cast<USHORT>(nameBytes + sizeof(wchar_t)), 0};
    std::memcpy(buffer.data(), &tag, 4);
    std::memcpy(buffer.data() + 4, &dataLength, 2);
    std::memcpy(buffer.data() + 8, header, sizeof header);
    std::memcpy(buffer.data() + 16, substitute.data(), nameBytes);
    DWORD returned = 0;
    if (!DeviceIoControl(folder.get(), FSCTL_SET_REPARSE_POINT, buffer.data(), static_cast<DWORD>(buffer.size()),
                         nullptr, 0, &returned, nullptr))
        return "FSCTL_SET_REPARSE_POINT failed: " + std::to_string(GetLastError());
    return {};
}

/// A symbolic link at `link` to the file `target`: on Windows CreateSymbolicLinkW (needs developer mode or the
/// privilege; empty-handed otherwise), under Wine a Unix link, which Wine shows as a plain file and follows.
inline std::string plantFileLink(const std::filesystem::path& link, const std::filesystem::path& target)
{
    if (runningUnderWine())
        return plantUnixLink(link, target);
    constexpr DWORD kAllowUnprivileged = 0x2; // SYMBOLIC_LINK_FLAG_ALLOW_UNPRIVILEGED_CREATE
    if (!CreateSymbolicLinkW(link.c_str(), target.c_str(), kAllowUnprivileged) ||
        GetFileAttributesW(link.c_str()) == INVALID_FILE_ATTRIBUTES)
        return "CreateSymbolicLinkW failed: " + std::to_string(GetLastError());
    return {};
}

/// What a user who made a folder first (Users may create folders in %ProgramData%) can do with it: a protected DACL
/// giving Everyone full control (Wine turns it into mode 0777). Empty when done, else why not.
inline std::string openToEveryone(const std::filesystem::path& folder)
{
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(L"D:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;FA;;;WD)",
                                                              SDDL_REVISION_1, &descriptor, nullptr))
        return "cannot build the descriptor";
    BOOL present = FALSE;
    BOOL defaulted = FALSE;
    PACL dacl = nullptr;
    GetSecurityDescriptorDacl(descriptor, &present, &dacl, &defaulted);
    std::wstring name = folder.wstring();
    const DWORD status = SetNamedSecurityInfoW(name.data(), SE_FILE_OBJECT,
                                               DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION, nullptr,
                                               nullptr, dacl, nullptr);
    LocalFree(descriptor);
    return status == ERROR_SUCCESS ? "" : "SetNamedSecurityInfoW failed: " + std::to_string(status);
}

} // namespace wsafix::test
