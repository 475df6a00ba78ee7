#include "diagnostics/platform/windows/CatalogProbe.h"

#include "diagnostics/platform/windows/ErrorNames.h"
#include "diagnostics/platform/windows/Guid.h"
#include "diagnostics/platform/windows/ProcAddress.h"
#include "diagnostics/platform/windows/ProviderDll.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <winsock2.h>
#include <ws2spi.h>

#include <algorithm>
#include <string>

namespace wsafix::win {
namespace {

using EnumProtocolsFn = int(WSPAPI*)(LPINT, LPWSAPROTOCOL_INFOW, LPDWORD, LPINT);
using GetProviderPathFn = int(WSPAPI*)(LPGUID, WCHAR*, LPINT, LPINT);

/// One Winsock catalog: its enumeration and path functions, and its label in CatalogEntry::catalog.
struct CatalogApi
{
    const char* label;
    const char* enumName;
    EnumProtocolsFn enumProtocols;
    GetProviderPathFn providerPath;
};

std::string providerPath(const CatalogApi& api, GUID guid)
{
    WCHAR path[MAX_PATH + 1] = {};
    int length = MAX_PATH;
    int error = 0;
    if (!api.providerPath || api.providerPath(&guid, path, &length, &error) != 0)
        return {};
    return toUtf8(path);
}

CatalogEntry toEntry(const CatalogApi& api, const WSAPROTOCOL_INFOW& info)
{
    CatalogEntry entry;
    entry.catalogId = info.dwCatalogEntryId;
    entry.name = toUtf8(info.szProtocol);
    entry.providerGuid = guidText(info.ProviderId);
    entry.providerPath = providerPath(api, info.ProviderId);
    const int chainLength = std::clamp(info.ProtocolChain.ChainLen, 0, MAX_PROTOCOL_CHAIN);
    if (chainLength == 0) {
        entry.kind = CatalogEntry::Kind::Layered;
    } else if (chainLength == 1) {
        entry.kind = CatalogEntry::Kind::Base;
    } else {
        entry.kind = CatalogEntry::Kind::Chain;
        entry.chain.assign(info.ProtocolChain.ChainEntries, info.ProtocolChain.ChainEntries + chainLength);
    }
    entry.addressFamily = info.iAddressFamily;
    entry.socketType = info.iSocketType;
    entry.protocol = info.iProtocol;
    entry.catalog = api.label;
    const ProviderDll dll = inspectProviderDll(entry.providerPath, std::string_view(api.label) == "32");
    entry.dllExists = dll.exists;
    entry.company = dll.company;
    entry.product = dll.product;
    return entry;
}

/// The entries of one catalog, or the reason enumeration failed.
Probed<std::vector<CatalogEntry>> enumerate(const CatalogApi& api)
{
    std::vector<WSAPROTOCOL_INFOW> buffer(16);
    // The catalog can change between the size query and the read; retry while it grows.
    for (int attempt = 0; attempt < 8; ++attempt) {
        DWORD bytes = static_cast<DWORD>(buffer.size() * sizeof(WSAPROTOCOL_INFOW));
        int error = 0;
        const int count = api.enumProtocols(nullptr, buffer.data(), &bytes, &error);
        if (count != SOCKET_ERROR) {
            std::vector<CatalogEntry> entries;
            for (int i = 0; i < count; ++i)
                entries.push_back(toEntry(api, buffer[static_cast<std::size_t>(i)]));
            return Probed<std::vector<CatalogEntry>>::ok(std::move(entries));
        }
        if (error != WSAENOBUFS)
            return Probed<std::vector<CatalogEntry>>::unavailable(std::string(api.enumName) +
                                                                  " failed: " + describeWinsockError(error));
        buffer.resize(bytes / sizeof(WSAPROTOCOL_INFOW) + 1);
    }
    return Probed<std::vector<CatalogEntry>>::unavailable(std::string(api.enumName) +
                                                          " failed: the catalog kept changing while it was read");
}

} // namespace

Probed<std::vector<CatalogEntry>> readCatalog()
{
    const CatalogApi catalog64{"64", "WSCEnumProtocols", &WSCEnumProtocols, &WSCGetProviderPath};
    auto result = enumerate(catalog64);
    if (!result.available())
        return result;

    // The 32-bit catalog exists only on 64-bit Windows; Wine does not export these functions,
    // so they are looked up at run time rather than imported.
    const CatalogApi catalog32{"32", "WSCEnumProtocols32",
                               procAddress<EnumProtocolsFn>(L"ws2_32.dll", "WSCEnumProtocols32"),
                               procAddress<GetProviderPathFn>(L"ws2_32.dll", "WSCGetProviderPath32")};
    if (!catalog32.enumProtocols)
        return result;
    auto result32 = enumerate(catalog32);
    if (!result32.available())
        return result32;
    result.value.insert(result.value.end(), result32.value.begin(), result32.value.end());
    return result;
}

} // namespace wsafix::win
