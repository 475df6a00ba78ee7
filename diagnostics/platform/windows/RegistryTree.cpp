#include "diagnostics/platform/windows/RegistryTree.h"

#include "diagnostics/HexDigit.h"

#include "diagnostics/platform/windows/Utf16.h"

#include <windows.h>

#include <nlohmann/json.hpp>

#include <array>
#include <stdexcept>
#include <utility>

namespace wsafix::win {
namespace {

using nlohmann::json;

constexpr std::array<std::pair<std::uint32_t, std::string_view>, 12> kTypeNames{{
    {REG_NONE, "REG_NONE"},
    {REG_SZ, "REG_SZ"},
    {REG_EXPAND_SZ, "REG_EXPAND_SZ"},
    {REG_BINARY, "REG_BINARY"},
    {REG_DWORD, "REG_DWORD"},
    {REG_DWORD_BIG_ENDIAN, "REG_DWORD_BIG_ENDIAN"},
    {REG_LINK, "REG_LINK"},
    {REG_MULTI_SZ, "REG_MULTI_SZ"},
    {REG_RESOURCE_LIST, "REG_RESOURCE_LIST"},
    {REG_FULL_RESOURCE_DESCRIPTOR, "REG_FULL_RESOURCE_DESCRIPTOR"},
    {REG_RESOURCE_REQUIREMENTS_LIST, "REG_RESOURCE_REQUIREMENTS_LIST"},
    {REG_QWORD, "REG_QWORD"},
}};

std::string hexText(const std::vector<std::uint8_t>& bytes)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string text;
    text.reserve(bytes.size() * 2);
    for (const std::uint8_t byte : bytes) {
        text += kDigits[byte >> 4];
        text += kDigits[byte & 0xf];
    }
    return text;
}

[[noreturn]] void fail(const std::string& where, const std::string& what)
{
    throw std::invalid_argument(where + ": " + what);
}

std::vector<std::uint8_t> hexBytes(const std::string& text, const std::string& where)
{
    if (text.size() % 2 != 0)
        fail(where, "hex data has an odd number of digits");
    std::vector<std::uint8_t> bytes;
    bytes.reserve(text.size() / 2);
    for (std::size_t i = 0; i < text.size(); i += 2) {
        const int high = hexDigitValue(text[i]);
        const int low = hexDigitValue(text[i + 1]);
        if (high < 0 || low < 0)
            fail(where, "'" + text.substr(i, 2) + "' is not a hex byte");
        bytes.push_back(static_cast<std::uint8_t>(high * 16 + low));
    }
    return bytes;
}

/// Only the listed fields, each of the right JSON type.
void checkFields(const json& object, const std::string& where, std::initializer_list<std::string_view> allowed)
{
    if (!object.is_object())
        fail(where, "must be an object");
    for (const auto& item : object.items()) {
        bool known = false;
        for (const auto field : allowed)
            known = known || item.key() == field;
        if (!known)
            fail(where, "unknown field '" + item.key() + "'");
    }
}

const json& field(const json& object, const char* name, const std::string& where, json::value_t type)
{
    const auto it = object.find(name);
    if (it == object.end())
        fail(where, std::string("field '") + name + "' is missing");
    const bool typeMatches = it->type() == type || (type == json::value_t::number_unsigned && it->is_number_integer());
    if (!typeMatches)
        fail(where + "." + name, std::string("must be a ") + (type == json::value_t::string    ? "string"
                                                              : type == json::value_t::boolean ? "boolean"
                                                              : type == json::value_t::array   ? "array"
                                                              : type == json::value_t::object  ? "object"
                                                                                               : "number"));
    return *it;
}

std::uint32_t typeFromJson(const json& type, const std::string& where)
{
    if (type.is_string()) {
        for (const auto& [value, name] : kTypeNames)
            if (name == type.get<std::string>())
                return value;
        fail(where, "unknown registry type '" + type.get<std::string>() + "'");
    }
    if (type.is_number_unsigned() && type.get<std::uint64_t>() <= 0xffffffffu)
        return static_cast<std::uint32_t>(type.get<std::uint64_t>());
    fail(where, "must be a type name such as \"REG_SZ\" or a number from 0 to 4294967295");
}

json keyToJson(const RegistryKey& key, bool isRoot)
{
    json values = json::array();
    for (const auto& value : key.values) {
        const auto name = registryTypeName(value.type);
        values.push_back({{"name", value.name},
                          {"type", name.empty() ? json(value.type) : json(std::string(name))},
                          {"data", hexText(value.data)}});
    }
    json subkeys = json::array();
    for (const auto& subkey : key.subkeys)
        subkeys.push_back(keyToJson(subkey, false));
    json out = {{"values", std::move(values)}, {"keys", std::move(subkeys)}};
    if (!isRoot)
        out["name"] = key.name;
    return out;
}

RegistryKey keyFromJson(const json& in, const std::string& where, bool isRoot, int depth)
{
    if (depth > 512)
        fail(where, "keys are nested deeper than the registry allows (512)");
    RegistryKey key;
    if (isRoot) {
        checkFields(in, where, {"values", "keys"});
    } else {
        checkFields(in, where, {"name", "values", "keys"});
        key.name = field(in, "name", where, json::value_t::string).get<std::string>();
        if (key.name.empty() || key.name.find('\\') != std::string::npos || toUtf16(key.name).size() > 255)
            fail(where + ".name", "a key name must be 1 to 255 characters without '\\'");
    }
    const auto& values = field(in, "values", where, json::value_t::array);
    for (std::size_t i = 0; i < values.size(); ++i) {
        const std::string at = where + ".values[" + std::to_string(i) + "]";
        checkFields(values[i], at, {"name", "type", "data"});
        RegistryValue value;
        value.name = field(values[i], "name", at, json::value_t::string).get<std::string>();
        if (!values[i].contains("type"))
            fail(at, "field 'type' is missing");
        value.type = typeFromJson(values[i]["type"], at + ".type");
        value.data = hexBytes(field(values[i], "data", at, json::value_t::string).get<std::string>(), at + ".data");
        for (const auto& earlier : key.values)
            if (sameRegistryName(earlier.name, value.name))
                fail(at + ".name", "value '" + value.name + "' appears twice in one key");
        key.values.push_back(std::move(value));
    }
    const auto& subkeys = field(in, "keys", where, json::value_t::array);
    for (std::size_t i = 0; i < subkeys.size(); ++i) {
        const std::string at = where + ".keys[" + std::to_string(i) + "]";
        RegistryKey subkey = keyFromJson(subkeys[i], at, false, depth + 1);
        for (const auto& earlier : key.subkeys)
            if (sameRegistryName(earlier.name, subkey.name))
                fail(at + ".name", "key '" + subkey.name + "' appears twice");
        key.subkeys.push_back(std::move(subkey));
    }
    return key;
}

std::string keyDifference(const RegistryKey& expected, const RegistryKey& actual, const std::string& path)
{
    for (const auto& value : expected.values) {
        const RegistryValue* found = nullptr;
        for (const auto& candidate : actual.values)
            if (candidate.name == value.name)
                found = &candidate;
        if (!found)
            return "value '" + value.name + "' of " + path + " is missing";
        if (found->type != value.type)
            return "value '" + value.name + "' of " + path + " has another type";
        if (found->data != value.data)
            return "value '" + value.name + "' of " + path + " has other data";
    }
    for (const auto& value : actual.values) {
        bool expectedValue = false;
        for (const auto& candidate : expected.values)
            expectedValue = expectedValue || candidate.name == value.name;
        if (!expectedValue)
            return "value '" + value.name + "' of " + path + " should not be there";
    }
    if (expected.values != actual.values)
        return "the values of " + path + " are in another order";
    for (const auto& subkey : expected.subkeys) {
        const RegistryKey* found = nullptr;
        for (const auto& candidate : actual.subkeys)
            if (candidate.name == subkey.name)
                found = &candidate;
        if (!found)
            return "key " + path + "\\" + subkey.name + " is missing";
        if (auto difference = keyDifference(subkey, *found, path + "\\" + subkey.name); !difference.empty())
            return difference;
    }
    for (const auto& subkey : actual.subkeys) {
        bool expectedKey = false;
        for (const auto& candidate : expected.subkeys)
            expectedKey = expectedKey || candidate.name == subkey.name;
        if (!expectedKey)
            return "key " + path + "\\" + subkey.name + " should not be there";
    }
    return {};
}

} // namespace

bool sameRegistryName(const std::string& a, const std::string& b)
{
    const std::wstring wa = toUtf16(a);
    const std::wstring wb = toUtf16(b);
    return CompareStringOrdinal(wa.c_str(), static_cast<int>(wa.size()), wb.c_str(), static_cast<int>(wb.size()),
                                TRUE) == CSTR_EQUAL;
}

std::string_view registryTypeName(std::uint32_t type)
{
    for (const auto& [value, name] : kTypeNames)
        if (value == type)
            return name;
    return {};
}

json registryTreeToJson(const RegistryTree& tree)
{
    json out = {{"path", tree.path}, {"exists", tree.exists}};
    if (tree.exists)
        out["key"] = keyToJson(tree.root, true);
    return out;
}

RegistryTree registryTreeFromJson(const json& in)
{
    const std::string where = "registry tree";
    checkFields(in, where, {"path", "exists", "key"});
    RegistryTree tree;
    tree.path = field(in, "path", where, json::value_t::string).get<std::string>();
    if (tree.path.empty())
        fail(where + ".path", "must not be empty");
    tree.exists = field(in, "exists", where, json::value_t::boolean).get<bool>();
    if (tree.exists)
        tree.root = keyFromJson(field(in, "key", where, json::value_t::object), "key", true, 0);
    else if (in.contains("key"))
        fail(where + ".key", "a key that did not exist has no contents");
    return tree;
}

std::string firstDifference(const RegistryTree& expected, const RegistryTree& actual)
{
    if (expected.path != actual.path)
        return "the trees are of different keys (" + expected.path + ", " + actual.path + ")";
    if (expected.exists != actual.exists)
        return expected.exists ? expected.path + " does not exist" : expected.path + " should not exist";
    return keyDifference(expected.root, actual.root, expected.path);
}

} // namespace wsafix::win
