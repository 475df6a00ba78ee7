#include "diagnostics/platform/windows/RegistryPath.h"

#include "diagnostics/platform/windows/Utf16.h"

#include <array>
#include <string_view>

namespace wsafix::win {
namespace {

struct RootName
{
    std::string_view shortName;
    std::string_view longName;
    HKEY key;
};

const std::array<RootName, 5>& rootNames()
{
    static const std::array<RootName, 5> names{{
        {"HKLM", "HKEY_LOCAL_MACHINE", HKEY_LOCAL_MACHINE},
        {"HKCU", "HKEY_CURRENT_USER", HKEY_CURRENT_USER},
        {"HKCR", "HKEY_CLASSES_ROOT", HKEY_CLASSES_ROOT},
        {"HKU", "HKEY_USERS", HKEY_USERS},
        {"HKCC", "HKEY_CURRENT_CONFIG", HKEY_CURRENT_CONFIG},
    }};
    return names;
}

bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

} // namespace

std::optional<RegistryPath> RegistryPath::parse(const std::string& text, std::string& error)
{
    const std::size_t separator = text.find('\\');
    const std::string_view rootText = std::string_view(text).substr(0, separator);
    const RootName* root = nullptr;
    for (const auto& name : rootNames())
        if (equalsIgnoringAsciiCase(rootText, name.shortName) || equalsIgnoringAsciiCase(rootText, name.longName))
            root = &name;
    if (!root) {
        error = "registry path '" + text + "' must start with HKLM, HKCU, HKCR, HKU or HKCC";
        return std::nullopt;
    }
    const std::string subKey = separator == std::string::npos ? std::string() : text.substr(separator + 1);
    if (subKey.empty()) {
        error = "registry path '" + text + "' names a whole root key; a sub-key is required";
        return std::nullopt;
    }
    // Empty components ("a\\b", trailing "\") would silently address another key.
    std::size_t start = 0;
    while (start <= subKey.size()) {
        const std::size_t end = std::min(subKey.find('\\', start), subKey.size());
        const std::size_t length = end - start;
        if (length == 0) {
            error = "registry path '" + text + "' has an empty key name";
            return std::nullopt;
        }
        if (toUtf16(std::string_view(subKey).substr(start, length)).size() > 255) {
            error = "registry path '" + text + "' has a key name longer than 255 characters";
            return std::nullopt;
        }
        start = end + 1;
    }
    RegistryPath path;
    path.root = root->key;
    path.subKey = toUtf16(subKey);
    path.canonical = std::string(root->longName) + "\\" + subKey;
    return path;
}

} // namespace wsafix::win
