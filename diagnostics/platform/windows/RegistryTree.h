#pragma once
/// @file RegistryTree.h
/// @brief The engine's own copy of a registry tree: every key, every value with its type and exact bytes.
/// Serialised to JSON for snapshots; the reader is strict and names the field that is wrong.

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wsafix::win {

struct RegistryValue
{
    std::string name;               ///< UTF-8; empty for the key's default value ("@" in .reg files)
    std::uint32_t type = 0;         ///< REG_SZ = 1, REG_EXPAND_SZ = 2, REG_BINARY = 3, REG_DWORD = 4, ...
    std::vector<std::uint8_t> data; ///< exactly the bytes RegQueryValueEx returns (strings as UTF-16 LE)
    bool operator==(const RegistryValue&) const = default;
};

struct RegistryKey
{
    std::string name;                  ///< UTF-8; empty for the root of a tree
    std::vector<RegistryValue> values; ///< in enumeration order, which a restore reproduces
    std::vector<RegistryKey> subkeys;  ///< in enumeration order
    bool operator==(const RegistryKey&) const = default;
};

/// A key and everything below it, or the fact that it did not exist (restoring that deletes the key).
struct RegistryTree
{
    std::string path; ///< canonical: "HKEY_LOCAL_MACHINE\SYSTEM\..." (see RegistryPath)
    bool exists = false;
    RegistryKey root; ///< empty when !exists
    bool operator==(const RegistryTree&) const = default;
};

/// Whether two key or value names (or two whole key paths) name the same thing: the registry compares them
/// case-insensitively (ordinal, upper-cased), and so does this.
bool sameRegistryName(const std::string& a, const std::string& b);

/// "REG_SZ" for 1 and so on; empty for a type without a name.
std::string_view registryTypeName(std::uint32_t type);

/// The JSON form: {"path", "exists", "key": {"values": [{"name", "type", "data" (hex)}], "keys": [{"name", ...}]}}.
nlohmann::json registryTreeToJson(const RegistryTree& tree);
/// Reads the JSON form. Throws std::invalid_argument naming the field ("key.keys[1].values[0].data") and what is
/// wrong: unknown or missing fields, bad hex, unknown type names, names that repeat within a key.
RegistryTree registryTreeFromJson(const nlohmann::json& json);

/// The first difference between two trees as a sentence ("value 'x' of HKCU\...\k: data differs"), or empty.
std::string firstDifference(const RegistryTree& expected, const RegistryTree& actual);

} // namespace wsafix::win
