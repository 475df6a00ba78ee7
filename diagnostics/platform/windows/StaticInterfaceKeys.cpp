#include "diagnostics/platform/windows/StaticInterfaceKeys.h"

#include "diagnostics/fix/FixSteps.h"
#include "diagnostics/platform/windows/RegistrySnapshot.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <array>
#include <span>

namespace wsafix::win {
namespace {

constexpr std::uint32_t kRegSz = 1;
constexpr std::uint32_t kRegDword = 4;
constexpr std::uint32_t kRegMultiSz = 7;

/// The values that make up an adapter's saved configuration, per family.
constexpr std::array<const char*, 6> kIpv4Settings{"EnableDHCP",           "IPAddress", "SubnetMask", "DefaultGateway",
                                                   "DefaultGatewayMetric", "NameServer"};
constexpr std::array<const char*, 1> kIpv6Settings{"NameServer"};

const RegistryValue* valueOf(const RegistryKey& key, const std::string& name)
{
    for (const auto& value : key.values)
        if (value.name == name)
            return &value;
    return nullptr;
}

/// The strings of a REG_SZ or REG_MULTI_SZ value (UTF-16 LE, NUL-separated), empty ones left out.
std::vector<std::string> stringsOf(const RegistryValue& value)
{
    std::vector<std::string> strings;
    std::wstring current;
    for (std::size_t i = 0; i + 1 < value.data.size(); i += 2) {
        const auto c = static_cast<wchar_t>(value.data[i] | (value.data[i + 1] << 8));
        if (c != L'\0') {
            current += c;
            continue;
        }
        if (!current.empty())
            strings.push_back(toUtf8(current));
        current.clear();
    }
    if (!current.empty())
        strings.push_back(toUtf8(current));
    return strings;
}

bool hasStaticAddress(const RegistryKey& adapter, const std::string& name)
{
    const RegistryValue* value = valueOf(adapter, name);
    if (value == nullptr || value->type != kRegMultiSz)
        return false;
    for (const auto& address : stringsOf(*value))
        if (address != "0.0.0.0")
            return true;
    return false;
}

} // namespace

StaticInterfaceKeys::StaticInterfaceKeys(const RegistryTree& captured, Family family) : m_family(family)
{
    if (!captured.exists)
        return;
    for (const auto& adapter : captured.root.subkeys) {
        if (!isStatic(adapter, family))
            continue;
        RegistryTree tree{captured.path + "\\" + adapter.name, true, adapter};
        tree.root.name.clear(); // the root of a tree has no name of its own
        m_adapters.push_back(std::move(tree));
    }
}

bool StaticInterfaceKeys::isStatic(const RegistryKey& adapter, Family family)
{
    const RegistryValue* dns = valueOf(adapter, "NameServer");
    if (dns != nullptr && dns->type == kRegSz && !stringsOf(*dns).empty())
        return true;
    if (family == Family::Ipv6)
        return false;
    const RegistryValue* dhcp = valueOf(adapter, "EnableDHCP");
    if (dhcp != nullptr && dhcp->type == kRegDword && dhcp->data == std::vector<std::uint8_t>{0, 0, 0, 0})
        return true;
    return hasStaticAddress(adapter, "IPAddress") || hasStaticAddress(adapter, "DefaultGateway");
}

void StaticInterfaceKeys::restore(FixSteps& steps, const std::string& snapshotId) const
{
    for (const auto& adapter : m_adapters)
        steps.perform("restore the saved " + kind() + " settings " + adapter.path + " from snapshot " + snapshotId,
                      [&] {
                          const ActionResult result = restoreRegistryTree(adapter);
                          if (!result.done())
                              throw FixFailure(describe(result));
                      });
}

FixCheck StaticInterfaceKeys::check() const
{
    for (const auto& adapter : m_adapters) {
        const Probed<RegistryTree> now = captureRegistryTree(adapter.path);
        if (!now.available())
            return FixCheck::couldNotVerify("cannot read " + adapter.path + " back: " + now.status.reason);
        if (!now.value.exists)
            return FixCheck::failed("the saved " + kind() + " settings " + adapter.path + " are gone");
        const auto settings = m_family == Family::Ipv4 ? std::span<const char* const>(kIpv4Settings)
                                                       : std::span<const char* const>(kIpv6Settings);
        for (const std::string name : settings) {
            const RegistryValue* wanted = valueOf(adapter.root, name);
            const RegistryValue* found = valueOf(now.value.root, name);
            if (wanted == nullptr && found != nullptr)
                return FixCheck::failed("the saved setting " + name + " of " + adapter.path +
                                        " was added, the snapshot has none");
            if (wanted != nullptr && found == nullptr)
                return FixCheck::failed("the saved setting " + name + " of " + adapter.path + " is missing");
            if (wanted != nullptr && *found != *wanted)
                return FixCheck::failed("the saved setting " + name + " of " + adapter.path +
                                        " differs from the snapshot");
        }
    }
    return FixCheck::verified("the saved " + kind() + " settings of " + std::to_string(m_adapters.size()) +
                              (m_adapters.size() == 1 ? " adapter" : " adapters") +
                              " with a static configuration are the captured ones");
}

} // namespace wsafix::win
