#include "diagnostics/platform/windows/ProviderDll.h"

#include "diagnostics/platform/windows/Utf16.h"

#include <windows.h>

#include <algorithm>
#include <cwctype>
#include <vector>

namespace wsafix::win {
namespace {

std::wstring expand(const std::wstring& path)
{
    const DWORD needed = ExpandEnvironmentStringsW(path.c_str(), nullptr, 0);
    if (needed == 0)
        return {};
    std::wstring out(needed, L'\0');
    if (ExpandEnvironmentStringsW(path.c_str(), out.data(), needed) != needed)
        return {};
    out.resize(needed - 1);
    return out;
}

std::wstring toWow64(std::wstring path)
{
    std::wstring lower = path;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](wchar_t c) { return std::towlower(c); });
    const std::wstring system32 = L"\\system32\\";
    if (const auto at = lower.find(system32); at != std::wstring::npos)
        path.replace(at, system32.size(), L"\\SysWOW64\\");
    return path;
}

// A string of the version resource's first translation, e.g. "CompanyName".
std::string versionString(const std::vector<BYTE>& block, const wchar_t* name)
{
    struct Translation
    {
        WORD language;
        WORD codePage;
    };
    void* found = nullptr;
    UINT size = 0;
    if (!VerQueryValueW(block.data(), L"\\VarFileInfo\\Translation", &found, &size) || size < sizeof(Translation))
        return {};
    const auto* translation = static_cast<const Translation*>(found);
    wchar_t key[96];
    swprintf(key, 96, L"\\StringFileInfo\\%04x%04x\\%ls", translation->language, translation->codePage, name);
    if (!VerQueryValueW(block.data(), key, &found, &size) || size == 0)
        return {};
    return toUtf8(static_cast<const wchar_t*>(found));
}

} // namespace

ProviderDll inspectProviderDll(const std::string& registeredPath, bool wow64)
{
    ProviderDll dll;
    if (registeredPath.empty())
        return dll;
    std::wstring path = expand(toUtf16(registeredPath));
    if (path.empty())
        return dll;
    if (wow64)
        path = toWow64(path);
    dll.expandedPath = toUtf8(path);
    const DWORD attributes = GetFileAttributesW(path.c_str());
    dll.exists = attributes != INVALID_FILE_ATTRIBUTES && !(attributes & FILE_ATTRIBUTE_DIRECTORY);
    if (!*dll.exists)
        return dll;
    DWORD ignored = 0;
    const DWORD size = GetFileVersionInfoSizeW(path.c_str(), &ignored);
    if (size == 0)
        return dll;
    std::vector<BYTE> block(size);
    if (!GetFileVersionInfoW(path.c_str(), 0, size, block.data()))
        return dll;
    dll.company = versionString(block, L"CompanyName");
    dll.product = versionString(block, L"ProductName");
    return dll;
}

} // namespace wsafix::win
