#include "diagnostics/platform/windows/RegistrySnapshot.h"

#include "diagnostics/platform/windows/ErrorNames.h"
#include "diagnostics/platform/windows/RegistryPath.h"
#include "diagnostics/platform/windows/UniqueRegKey.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <windows.h>

#include <algorithm>
#include <stdexcept>

namespace wsafix::win {
namespace {

constexpr REGSAM kView = KEY_WOW64_64KEY;
constexpr int kMaxDepth = 512; // the registry's own nesting limit

/// Thrown inside a capture or restore and turned into a message at the top: carries where and which error.
struct RegistryError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

[[noreturn]] void raise(const std::string& what, const std::string& where, LSTATUS status)
{
    throw RegistryError(what + " " + where + " failed: " + describeWin32Error(static_cast<unsigned long>(status)));
}

std::vector<RegistryValue> readValues(HKEY key, const std::string& where)
{
    DWORD count = 0;
    DWORD maxName = 0;
    DWORD maxData = 0;
    LSTATUS status = RegQueryInfoKeyW(key, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, &count, &maxName,
                                      &maxData, nullptr, nullptr);
    if (status != ERROR_SUCCESS)
        raise("RegQueryInfoKeyW", where, status);
    std::vector<RegistryValue> values;
    std::wstring name(maxName + 1, L'\0');
    std::vector<std::uint8_t> data(std::max<DWORD>(maxData, 1));
    for (DWORD index = 0;; ++index) {
        DWORD nameLength = static_cast<DWORD>(name.size());
        DWORD dataSize = static_cast<DWORD>(data.size());
        DWORD type = 0;
        status = RegEnumValueW(key, index, name.data(), &nameLength, nullptr, &type, data.data(), &dataSize);
        if (status == ERROR_NO_MORE_ITEMS)
            break;
        if (status == ERROR_MORE_DATA) {
            // The key changed since RegQueryInfoKey: grow and read this index again.
            name.resize(std::max<std::size_t>(name.size() * 2, 16384 + 1));
            data.resize(std::max<std::size_t>(data.size() * 2, dataSize));
            --index;
            continue;
        }
        if (status != ERROR_SUCCESS)
            raise("RegEnumValueW", where, status);
        values.push_back({toUtf8(std::wstring_view(name.data(), nameLength)), type,
                          std::vector<std::uint8_t>(data.begin(), data.begin() + dataSize)});
    }
    return values;
}

std::vector<std::wstring> readSubkeyNames(HKEY key, const std::string& where)
{
    std::vector<std::wstring> names;
    wchar_t name[256];
    for (DWORD index = 0;; ++index) {
        DWORD length = static_cast<DWORD>(std::size(name));
        const LSTATUS status = RegEnumKeyExW(key, index, name, &length, nullptr, nullptr, nullptr, nullptr);
        if (status == ERROR_NO_MORE_ITEMS)
            break;
        if (status != ERROR_SUCCESS)
            raise("RegEnumKeyExW", where, status);
        names.emplace_back(name, length);
    }
    return names;
}

RegistryKey readKey(HKEY key, const std::string& where, int depth)
{
    if (depth > kMaxDepth)
        throw RegistryError(where + " is nested deeper than " + std::to_string(kMaxDepth) + " keys");
    RegistryKey out;
    out.values = readValues(key, where);
    for (const auto& name : readSubkeyNames(key, where)) {
        const std::string subWhere = where + "\\" + toUtf8(name);
        UniqueRegKey subkey;
        const LSTATUS status = RegOpenKeyExW(key, name.c_str(), 0, KEY_READ | kView, subkey.out());
        if (status != ERROR_SUCCESS)
            raise("RegOpenKeyExW", subWhere, status);
        RegistryKey child = readKey(subkey.get(), subWhere, depth + 1);
        child.name = toUtf8(name);
        out.subkeys.push_back(std::move(child));
    }
    return out;
}

void deleteSubtree(HKEY parent, const std::wstring& name, const std::string& where)
{
    // RegDeleteTreeW with a sub-key name removes that key too.
    const LSTATUS status = RegDeleteTreeW(parent, name.c_str());
    if (status != ERROR_SUCCESS && status != ERROR_FILE_NOT_FOUND)
        raise("RegDeleteTreeW", where, status);
}

void writeValue(HKEY key, const RegistryValue& value, const std::string& where)
{
    const std::wstring name = toUtf16(value.name);
    const LSTATUS status =
        RegSetValueExW(key, name.c_str(), 0, value.type, value.data.empty() ? nullptr : value.data.data(),
                       static_cast<DWORD>(value.data.size()));
    if (status != ERROR_SUCCESS)
        raise("RegSetValueExW", where + " value '" + value.name + "'", status);
}

void deleteValue(HKEY key, const std::string& name, const std::string& where)
{
    const LSTATUS status = RegDeleteValueW(key, toUtf16(name).c_str());
    if (status != ERROR_SUCCESS && status != ERROR_FILE_NOT_FOUND)
        raise("RegDeleteValueW", where + " value '" + name + "'", status);
}

void writeKey(HKEY key, const RegistryKey& wanted, const std::string& where)
{
    // Values: keep the longest unchanged prefix, then delete the rest and write the snapshot's in order, so that
    // the enumeration order (which `reg export` shows) is the snapshot's too.
    const auto current = readValues(key, where);
    std::size_t same = 0;
    while (same < current.size() && same < wanted.values.size() && current[same] == wanted.values[same])
        ++same;
    for (std::size_t i = same; i < current.size(); ++i)
        deleteValue(key, current[i].name, where);
    for (std::size_t i = same; i < wanted.values.size(); ++i)
        writeValue(key, wanted.values[i], where);

    // Subkeys: a name that differs even in case only is deleted and recreated with the snapshot's spelling.
    for (const auto& name : readSubkeyNames(key, where)) {
        const std::string utf8 = toUtf8(name);
        const bool wantedKey = std::any_of(wanted.subkeys.begin(), wanted.subkeys.end(),
                                           [&](const RegistryKey& subkey) { return subkey.name == utf8; });
        if (!wantedKey)
            deleteSubtree(key, name, where + "\\" + utf8);
    }
    for (const auto& subkey : wanted.subkeys) {
        const std::string subWhere = where + "\\" + subkey.name;
        UniqueRegKey child;
        const LSTATUS status = RegCreateKeyExW(key, toUtf16(subkey.name).c_str(), 0, nullptr, REG_OPTION_NON_VOLATILE,
                                               KEY_ALL_ACCESS | kView, nullptr, child.out(), nullptr);
        if (status != ERROR_SUCCESS)
            raise("RegCreateKeyExW", subWhere, status);
        writeKey(child.get(), subkey, subWhere);
    }
}

} // namespace

Probed<RegistryTree> captureRegistryTree(const std::string& pathText)
{
    std::string error;
    const auto path = RegistryPath::parse(pathText, error);
    if (!path)
        return Probed<RegistryTree>::unavailable(error);
    RegistryTree tree;
    tree.path = path->canonical;
    UniqueRegKey key;
    const LSTATUS status = RegOpenKeyExW(path->root, path->subKey.c_str(), 0, KEY_READ | kView, key.out());
    if (status == ERROR_FILE_NOT_FOUND)
        return Probed<RegistryTree>::ok(std::move(tree));
    if (status != ERROR_SUCCESS)
        return Probed<RegistryTree>::unavailable("RegOpenKeyExW " + tree.path +
                                                 " failed: " + describeWin32Error(static_cast<unsigned long>(status)));
    try {
        tree.root = readKey(key.get(), tree.path, 0);
    } catch (const RegistryError& e) {
        return Probed<RegistryTree>::unavailable(e.what());
    }
    tree.exists = true;
    return Probed<RegistryTree>::ok(std::move(tree));
}

ActionResult restoreRegistryTree(const RegistryTree& tree)
{
    std::string error;
    const auto path = RegistryPath::parse(tree.path, error);
    if (!path)
        return ActionResult::failure(error);
    if (path->canonical != tree.path)
        return ActionResult::failure("registry path '" + tree.path + "' is not in canonical form (" + path->canonical +
                                     ")");
    try {
        if (!tree.exists) {
            deleteSubtree(path->root, path->subKey, tree.path);
        } else {
            UniqueRegKey key;
            const LSTATUS status =
                RegCreateKeyExW(path->root, path->subKey.c_str(), 0, nullptr, REG_OPTION_NON_VOLATILE,
                                KEY_ALL_ACCESS | kView, nullptr, key.out(), nullptr);
            if (status != ERROR_SUCCESS)
                raise("RegCreateKeyExW", tree.path, status);
            writeKey(key.get(), tree.root, tree.path);
        }
    } catch (const RegistryError& e) {
        return ActionResult::failure(std::string("restore of ") + tree.path + " stopped: " + e.what());
    }
    const auto after = captureRegistryTree(tree.path);
    if (!after.available())
        return ActionResult::unverified("restored " + tree.path +
                                        " but could not read it back: " + after.status.reason);
    if (const auto difference = firstDifference(tree, after.value); !difference.empty())
        return ActionResult::failure("restore of " + tree.path + " did not take: " + difference);
    return ActionResult::success(tree.exists ? "restored " + tree.path : "deleted " + tree.path);
}

ActionResult deleteRegistryTree(const std::string& path)
{
    RegistryTree absent;
    std::string error;
    const auto parsed = RegistryPath::parse(path, error);
    if (!parsed)
        return ActionResult::failure(error);
    absent.path = parsed->canonical;
    return restoreRegistryTree(absent);
}

} // namespace wsafix::win
