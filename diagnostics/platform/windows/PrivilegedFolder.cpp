#include "diagnostics/platform/windows/PrivilegedFolder.h"

#include "diagnostics/fix/PrivilegedState.h"
#include "diagnostics/platform/windows/ErrorNames.h"
#include "diagnostics/platform/windows/ReparsePoint.h"
#include "diagnostics/platform/windows/UniqueHandle.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <aclapi.h>
#include <sddl.h>

#include <cstdint>
#include <cstdio>
#include <memory>
#include <type_traits>
#include <vector>

namespace wsafix::win {
namespace {

/// Rights that let their holder change the folder or what it holds (or will hold, through inheritance).
constexpr ACCESS_MASK kWriteRights = FILE_WRITE_DATA | FILE_APPEND_DATA | FILE_WRITE_EA | FILE_DELETE_CHILD |
                                     FILE_WRITE_ATTRIBUTES | DELETE | WRITE_DAC | WRITE_OWNER | GENERIC_WRITE |
                                     GENERIC_ALL | MAXIMUM_ALLOWED;

struct LocalFreeDeleter
{
    void operator()(void* memory) const { LocalFree(memory); }
};
template <class T> using LocalPtr = std::unique_ptr<std::remove_pointer_t<T>, LocalFreeDeleter>;

bool isWellKnown(PSID sid, WELL_KNOWN_SID_TYPE type)
{
    return sid != nullptr && IsValidSid(sid) && IsWellKnownSid(sid, type);
}

bool isAdministrative(PSID sid)
{
    return isWellKnown(sid, WinLocalSystemSid) || isWellKnown(sid, WinBuiltinAdministratorsSid);
}

std::string sidText(PSID sid)
{
    LPWSTR text = nullptr;
    if (sid == nullptr || !ConvertSidToStringSidW(sid, &text))
        return "an unreadable account";
    const LocalPtr<LPWSTR> owned(text);
    return toUtf8(text);
}

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& why)
{
    throw PrivilegedStateError("the privileged folder " + path.string() + " " + why +
                               "; nothing that needs administrator rights runs until an administrator removes it");
}

std::string tokenUserSid()
{
    UniqueHandle token;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, token.out()))
        return {};
    DWORD size = 0;
    GetTokenInformation(token.get(), TokenUser, nullptr, 0, &size);
    std::vector<std::uint8_t> buffer(size);
    if (size == 0 || !GetTokenInformation(token.get(), TokenUser, buffer.data(), size, &size))
        return {};
    return sidText(reinterpret_cast<TOKEN_USER*>(buffer.data())->User.Sid);
}

} // namespace

std::string privilegedSecurityProblem(PSECURITY_DESCRIPTOR descriptor)
{
    BOOL defaulted = FALSE;
    BOOL present = FALSE;
    PACL dacl = nullptr;
    if (!GetSecurityDescriptorDacl(descriptor, &present, &dacl, &defaulted) || !present || dacl == nullptr)
        return "has no access list (everyone may write to it)";
    std::string writers;
    for (DWORD index = 0; index < dacl->AceCount; ++index) {
        void* entry = nullptr;
        if (!GetAce(dacl, index, &entry))
            return "has an unreadable access list";
        const auto* header = static_cast<const ACE_HEADER*>(entry);
        if (header->AceType == ACCESS_DENIED_ACE_TYPE || header->AceType == ACCESS_DENIED_OBJECT_ACE_TYPE)
            continue; // takes rights away, never gives any
        if (header->AceType != ACCESS_ALLOWED_ACE_TYPE)
            return "has an access entry of a kind this check does not know (type " + std::to_string(header->AceType) +
                   ")";
        const auto* allowed = static_cast<const ACCESS_ALLOWED_ACE*>(entry);
        PSID sid = const_cast<DWORD*>(&allowed->SidStart);
        // Inherit-only entries count too: they would give the right on every file made in the folder.
        if ((allowed->Mask & kWriteRights) != 0 && !isAdministrative(sid)) {
            char mask[16];
            std::snprintf(mask, sizeof mask, "%08lX", static_cast<unsigned long>(allowed->Mask));
            writers += (writers.empty() ? "" : ", ") + sidText(sid) + " (access mask 0x" + mask + ")";
        }
    }
    if (!writers.empty())
        return "lets " + writers + " write to it";
    // After the access list, so that a folder open to everyone says so (Wine cannot show any owner but the user).
    PSID owner = nullptr;
    if (!GetSecurityDescriptorOwner(descriptor, &owner, &defaulted) || !isAdministrative(owner))
        return "is owned by " + sidText(owner) + ", not by SYSTEM or Administrators";
    return {};
}

std::string privilegedFolderProblem(const std::filesystem::path& path)
{
    std::string error;
    const UniqueHandle folder = openWithoutFollowing(path, READ_CONTROL | FILE_READ_ATTRIBUTES,
                                                     FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                                                     OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, error);
    if (!folder)
        return error;
    BY_HANDLE_FILE_INFORMATION info{};
    if (!GetFileInformationByHandle(folder.get(), &info) || (info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) == 0)
        return path.string() + " is not a folder";
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    const DWORD status =
        GetSecurityInfo(folder.get(), SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION, nullptr,
                        nullptr, nullptr, nullptr, &descriptor);
    if (status != ERROR_SUCCESS)
        return path.string() + ": its security cannot be read: " + describeWin32Error(status);
    const LocalPtr<PSECURITY_DESCRIPTOR> owned(descriptor);
    if (const std::string problem = privilegedSecurityProblem(descriptor); !problem.empty())
        return path.string() + " " + problem;
    return {};
}

void makePrivilegedFolder(const std::filesystem::path& path)
{
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(kPrivilegedFolderSddl, SDDL_REVISION_1, &descriptor,
                                                              nullptr))
        fail(path, "cannot be made: " + describeWin32Error(GetLastError()));
    const LocalPtr<PSECURITY_DESCRIPTOR> owned(descriptor);
    SECURITY_ATTRIBUTES attributes{sizeof attributes, descriptor, FALSE};
    if (!CreateDirectoryW(path.c_str(), &attributes) && GetLastError() != ERROR_ALREADY_EXISTS)
        fail(path, "cannot be made: " + describeWin32Error(GetLastError()));
    // Made here or found: checked the same way, since someone else may have made it first.
    if (const std::string problem = privilegedFolderProblem(path); !problem.empty())
        throw PrivilegedStateError("the privileged folder is not safe: " + problem +
                                   "; nothing that needs administrator rights runs until an administrator removes it");
}

std::filesystem::path makePrivilegedPath(const std::filesystem::path& root, const std::filesystem::path& relative)
{
    for (auto folder = root.parent_path(); !folder.empty() && folder != folder.parent_path();
         folder = folder.parent_path())
        if (isReparsePoint(folder))
            throw PrivilegedStateError("the privileged folder " + root.string() + " lies under " + folder.string() +
                                       ", a reparse point (a junction or symbolic link); refused");
    std::filesystem::path path = root;
    makePrivilegedFolder(path);
    for (const auto& part : relative) {
        path /= part;
        makePrivilegedFolder(path);
    }
    return path;
}

std::string stateUserSid(const std::filesystem::path& path)
{
    if (GetFileAttributesW(path.c_str()) != INVALID_FILE_ATTRIBUTES)
        return folderUserSid(path);
    const std::string user = tokenUserSid();
    if (user.empty())
        throw PrivilegedStateError("the user of this process cannot be read: " + describeWin32Error(GetLastError()));
    return user;
}

std::string folderUserSid(const std::filesystem::path& path)
{
    PSID owner = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    const DWORD status = GetNamedSecurityInfoW(path.c_str(), SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION, &owner,
                                               nullptr, nullptr, nullptr, &descriptor);
    if (status != ERROR_SUCCESS)
        throw PrivilegedStateError("the owner of " + path.string() + " cannot be read: " + describeWin32Error(status));
    const LocalPtr<PSECURITY_DESCRIPTOR> owned(descriptor);
    if (!isAdministrative(owner))
        return sidText(owner);
    const std::string user = tokenUserSid();
    if (user.empty())
        throw PrivilegedStateError("the user of this process cannot be read: " + describeWin32Error(GetLastError()));
    return user;
}

} // namespace wsafix::win
