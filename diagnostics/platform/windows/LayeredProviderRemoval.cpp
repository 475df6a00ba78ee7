#include "diagnostics/platform/windows/LayeredProviderRemoval.h"

#include "diagnostics/platform/windows/CatalogProbe.h"
#include "diagnostics/platform/windows/ErrorNames.h"
#include "diagnostics/platform/windows/Guid.h"
#include "diagnostics/platform/windows/ProcAddress.h"

#include <winsock2.h>
#include <ws2spi.h>

#include <algorithm>

namespace wsafix::win {
namespace {

using DeinstallFn = int(WSPAPI*)(LPGUID, LPINT);

const CatalogEntry* findEntry(const std::vector<CatalogEntry>& catalog, std::uint32_t catalogId)
{
    // Catalog ids are unique within one catalog; the 64-bit one comes first and is the one the ids refer to.
    for (const auto& entry : catalog)
        if (entry.catalogId == catalogId)
            return &entry;
    return nullptr;
}

} // namespace

std::vector<std::string> providersToRemove(const std::vector<CatalogEntry>& catalog, std::uint32_t catalogId,
                                           std::string& error)
{
    const CatalogEntry* target = findEntry(catalog, catalogId);
    if (!target) {
        error = "no Winsock catalog entry has the id " + std::to_string(catalogId);
        return {};
    }
    if (target->kind == CatalogEntry::Kind::Base) {
        error = "catalog entry " + std::to_string(catalogId) + " (" + target->name +
                ") is a base provider; only layered providers and their chains are removed one by one";
        return {};
    }
    std::vector<std::string> guids;
    const auto add = [&](const std::string& guid) {
        if (std::find(guids.begin(), guids.end(), guid) == guids.end())
            guids.push_back(guid);
    };
    if (target->kind == CatalogEntry::Kind::Layered)
        for (const auto& entry : catalog)
            if (entry.catalog == target->catalog && entry.kind == CatalogEntry::Kind::Chain &&
                std::find(entry.chain.begin(), entry.chain.end(), catalogId) != entry.chain.end())
                add(entry.providerGuid);
    add(target->providerGuid);
    return guids;
}

ActionResult removeLayeredProvider(std::uint32_t catalogId)
{
    const auto before = readCatalog();
    if (!before.available())
        return ActionResult::unavailable(before.status.reason);
    std::string error;
    const auto guids = providersToRemove(before.value, catalogId, error);
    if (guids.empty())
        return ActionResult::failure(error);
    const CatalogEntry& target = *findEntry(before.value, catalogId);
    const bool catalog32 = target.catalog == "32";
    const auto deinstall = catalog32 ? procAddress<DeinstallFn>(L"ws2_32.dll", "WSCDeinstallProvider32")
                                     : procAddress<DeinstallFn>(L"ws2_32.dll", "WSCDeinstallProvider");
    if (!deinstall)
        return ActionResult::unavailable(std::string("ws2_32 has no ") +
                                         (catalog32 ? "WSCDeinstallProvider32" : "WSCDeinstallProvider"));
    for (const auto& text : guids) {
        GUID guid = *parseGuid(text);
        int code = 0;
        if (deinstall(&guid, &code) != 0)
            return ActionResult::failure("WSCDeinstallProvider " + text + " failed: " + describeWinsockError(code));
    }
    const auto after = readCatalog();
    if (!after.available())
        return ActionResult::unverified("deinstalled " + target.name +
                                        ", but the catalog could not be read back: " + after.status.reason);
    for (const auto& entry : after.value)
        if (entry.catalog == target.catalog && std::find(guids.begin(), guids.end(), entry.providerGuid) != guids.end())
            return ActionResult::failure("WSCDeinstallProvider reported success, but catalog entry " +
                                         std::to_string(entry.catalogId) + " (" + entry.name + ") is still there");
    return ActionResult::success("removed " + target.name + " (" + std::to_string(guids.size()) +
                                 " provider GUIDs) from the " + target.catalog + "-bit Winsock catalog");
}

} // namespace wsafix::win
