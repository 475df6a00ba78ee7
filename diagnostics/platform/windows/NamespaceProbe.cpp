#include "diagnostics/platform/windows/NamespaceProbe.h"

#include "diagnostics/platform/windows/ErrorNames.h"
#include "diagnostics/platform/windows/Guid.h"
#include "diagnostics/platform/windows/ProviderDll.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <winsock2.h>

#include <map>
#include <string>

namespace wsafix::win {
namespace {

constexpr wchar_t kCatalogKey[] =
    L"SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters\\NameSpace_Catalog5\\Catalog_Entries64";

std::wstring readString(HKEY key, const wchar_t* name)
{
    DWORD type = 0;
    DWORD bytes = 0;
    if (RegQueryValueExW(key, name, nullptr, &type, nullptr, &bytes) != ERROR_SUCCESS ||
        (type != REG_SZ && type != REG_EXPAND_SZ) || bytes == 0)
        return {};
    std::wstring value(bytes / sizeof(wchar_t) + 1, L'\0');
    if (RegQueryValueExW(key, name, nullptr, &type, reinterpret_cast<BYTE*>(value.data()), &bytes) != ERROR_SUCCESS)
        return {};
    value.resize(bytes / sizeof(wchar_t));
    while (!value.empty() && value.back() == L'\0')
        value.pop_back();
    return value;
}

/// Provider GUID → registered library path, from the registry catalog (absent keys give an empty map).
std::map<std::string, std::string> libraryPaths()
{
    std::map<std::string, std::string> paths;
    HKEY catalog = nullptr;
    if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, kCatalogKey, 0, KEY_READ, &catalog) != ERROR_SUCCESS)
        return paths;
    wchar_t name[256];
    for (DWORD i = 0;; ++i) {
        DWORD length = 256;
        if (RegEnumKeyExW(catalog, i, name, &length, nullptr, nullptr, nullptr, nullptr) != ERROR_SUCCESS)
            break;
        HKEY entry = nullptr;
        if (RegOpenKeyExW(catalog, name, 0, KEY_READ, &entry) != ERROR_SUCCESS)
            continue;
        GUID id{};
        DWORD type = 0;
        DWORD bytes = sizeof id;
        if (RegQueryValueExW(entry, L"ProviderId", nullptr, &type, reinterpret_cast<BYTE*>(&id), &bytes) ==
                ERROR_SUCCESS &&
            type == REG_BINARY && bytes == sizeof id)
            paths[guidText(id)] = toUtf8(readString(entry, L"LibraryPath"));
        RegCloseKey(entry);
    }
    RegCloseKey(catalog);
    return paths;
}

} // namespace

Probed<std::vector<NamespaceProvider>> readNamespaceProviders()
{
    std::vector<char> buffer(16 * 1024);
    int count = SOCKET_ERROR;
    // The catalog can change between calls; retry while the needed size grows.
    for (int attempt = 0; attempt < 8; ++attempt) {
        DWORD bytes = static_cast<DWORD>(buffer.size());
        count = WSAEnumNameSpaceProvidersW(&bytes, reinterpret_cast<LPWSANAMESPACE_INFOW>(buffer.data()));
        if (count != SOCKET_ERROR)
            break;
        const int error = WSAGetLastError();
        if (error != WSAEFAULT)
            return Probed<std::vector<NamespaceProvider>>::unavailable("WSAEnumNameSpaceProvidersW failed: " +
                                                                       describeWinsockError(error));
        buffer.resize(std::max<std::size_t>(bytes, buffer.size() * 2));
    }
    if (count == SOCKET_ERROR)
        return Probed<std::vector<NamespaceProvider>>::unavailable(
            "WSAEnumNameSpaceProvidersW failed: the catalog kept changing while it was read");
    // Every Windows has at least its DNS and NLA providers; none at all is an API that only pretends (Wine).
    if (count == 0)
        return Probed<std::vector<NamespaceProvider>>::unavailable(
            "WSAEnumNameSpaceProvidersW reported no namespace providers at all, which no real Windows does "
            "(Wine implements it as a stub)");

    const auto paths = libraryPaths();
    const auto* infos = reinterpret_cast<const WSANAMESPACE_INFOW*>(buffer.data());
    std::vector<NamespaceProvider> providers;
    for (int i = 0; i < count; ++i) {
        const WSANAMESPACE_INFOW& info = infos[i];
        NamespaceProvider p;
        p.identifier = info.lpszIdentifier ? toUtf8(info.lpszIdentifier) : std::string();
        p.providerGuid = guidText(info.NSProviderId);
        p.nameSpace = static_cast<int>(info.dwNameSpace);
        p.active = info.fActive != FALSE;
        p.version = info.dwVersion;
        if (const auto it = paths.find(p.providerGuid); it != paths.end()) {
            p.providerPath = it->second;
            p.dllExists = inspectProviderDll(p.providerPath, false).exists;
        }
        providers.push_back(std::move(p));
    }
    return Probed<std::vector<NamespaceProvider>>::ok(std::move(providers));
}

} // namespace wsafix::win
