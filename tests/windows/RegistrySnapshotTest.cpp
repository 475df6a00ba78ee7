// Registry snapshot and restore on a scratch key under HKCU: every value type, non-ASCII names, binary data
// with zeros; JSON round trip; the .reg export compared with reg.exe's and imported back by reg.exe.
#include "ScratchRegistryKey.h"
#include "WineDetection.h"

#include "diagnostics/AtomicFile.h"
#include "diagnostics/ProcessRunner.h"
#include "diagnostics/platform/windows/RegExportFile.h"
#include "diagnostics/platform/windows/RegistryPath.h"
#include "diagnostics/platform/windows/RegistrySnapshot.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <filesystem>

using namespace wsafix;
using win::ActionStatus;

namespace {

std::vector<std::uint8_t> binaryWithZeros()
{
    std::vector<std::uint8_t> bytes;
    for (int i = 0; i < 100; ++i)
        bytes.push_back(static_cast<std::uint8_t>(i % 3 == 0 ? 0 : i * 7));
    return bytes;
}

/// Every value type, names that need escaping and non-ASCII text, in nested keys.
void populate(test::ScratchRegistryKey& scratch)
{
    scratch.setString("", "", "default value");
    scratch.setString("", "plain", "text with \"quotes\" and \\backslashes\\");
    scratch.setString("", "Grüße \"name\" \\ данные", "网络 😀");
    scratch.setString("", "expand", "%SystemRoot%\\system32\\x.dll", REG_EXPAND_SZ);
    scratch.set("", "multi", REG_MULTI_SZ,
                test::ScratchRegistryKey::utf16Bytes(std::wstring(L"one\0two\0Grü\0\0", 14)));
    scratch.set("", "dword", REG_DWORD, {0x78, 0x56, 0x34, 0x12});
    scratch.set("", "qword", REG_QWORD, {1, 2, 3, 4, 5, 6, 7, 0x80});
    scratch.set("", "binary with zeros", REG_BINARY, binaryWithZeros());
    scratch.set("", "none", REG_NONE, {0, 1});
    scratch.set("", "empty binary", REG_BINARY, {});
    scratch.setString("Sub key", "inner", "x");
    scratch.set("Sub key\\Deeper ключ", "n", REG_DWORD, {0, 0, 0, 0});
    scratch.setString("Another", "a", "b");
}

/// The value `name` of `key`; Wine enumerates values sorted by name, Windows in the order they were created.
template <class Key> auto& valueNamed(Key& key, const std::string& name)
{
    for (auto& value : key.values)
        if (value.name == name)
            return value;
    throw std::out_of_range("no value '" + name + "'");
}

std::unique_ptr<ProcessRunner> regRunner()
{
    return createProcessRunner(defaultAllowList());
}

std::filesystem::path tempFile(const std::string& name)
{
    return std::filesystem::temp_directory_path() / (name + "-" + std::to_string(GetCurrentProcessId()) + ".reg");
}

} // namespace

TEST(RegistrySnapshot, CapturesEveryTypeWithExactBytes)
{
    test::ScratchRegistryKey scratch;
    populate(scratch);
    const auto captured = win::captureRegistryTree(scratch.path());
    ASSERT_TRUE(captured.available()) << captured.status.reason;
    const auto& tree = captured.value;
    EXPECT_TRUE(tree.exists);
    EXPECT_EQ(tree.path, scratch.canonicalPath());
    ASSERT_EQ(tree.root.values.size(), 10u);
    EXPECT_EQ(valueNamed(tree.root, "").type, static_cast<std::uint32_t>(REG_SZ));
    const auto& nonAscii = valueNamed(tree.root, "Grüße \"name\" \\ данные");
    EXPECT_EQ(nonAscii.data, test::ScratchRegistryKey::utf16Bytes(std::wstring(L"\u7f51\u7edc \U0001F600") + L'\0'));
    EXPECT_EQ(valueNamed(tree.root, "multi").type, static_cast<std::uint32_t>(REG_MULTI_SZ));
    EXPECT_EQ(valueNamed(tree.root, "expand").type, static_cast<std::uint32_t>(REG_EXPAND_SZ));
    EXPECT_EQ(valueNamed(tree.root, "dword").data, (std::vector<std::uint8_t>{0x78, 0x56, 0x34, 0x12}));
    EXPECT_EQ(valueNamed(tree.root, "qword").type, static_cast<std::uint32_t>(REG_QWORD));
    EXPECT_EQ(valueNamed(tree.root, "binary with zeros").data, binaryWithZeros());
    EXPECT_EQ(valueNamed(tree.root, "none").type, static_cast<std::uint32_t>(REG_NONE));
    EXPECT_TRUE(valueNamed(tree.root, "empty binary").data.empty());
    ASSERT_EQ(tree.root.subkeys.size(), 2u);
    EXPECT_EQ(tree.root.subkeys[0].name, "Another") << "subkeys come in the registry's (sorted) order";
    EXPECT_EQ(tree.root.subkeys[1].subkeys.at(0).name, "Deeper ключ");
}

TEST(RegistrySnapshot, RestoreUndoesChangesDeletionsAndAdditionsByteForByte)
{
    test::ScratchRegistryKey scratch;
    populate(scratch);
    const auto before = win::captureRegistryTree(scratch.path());
    ASSERT_TRUE(before.available()) << before.status.reason;
    // Through the JSON form, as a snapshot file would carry it.
    const std::string json = win::registryTreeToJson(before.value).dump(2);
    const win::RegistryTree snapshot = win::registryTreeFromJson(nlohmann::json::parse(json));
    ASSERT_EQ(snapshot, before.value);
    const std::string exportBefore = win::regExportFile(snapshot);

    scratch.setString("", "plain", "changed");
    scratch.set("", "dword", REG_SZ, {0x41, 0});
    scratch.setString("", "added", "new");
    scratch.setString("Sub key\\Deeper ключ", "added too", "new");
    scratch.setString("New key\\below", "v", "new");
    ASSERT_EQ(RegDeleteKeyValueW(HKEY_CURRENT_USER, scratch.subKey().c_str(), L"binary with zeros"), ERROR_SUCCESS);
    ASSERT_EQ(RegDeleteTreeW(HKEY_CURRENT_USER, (scratch.subKey() + L"\\Another").c_str()), ERROR_SUCCESS);
    const auto changed = win::captureRegistryTree(scratch.path());
    ASSERT_NE(changed.value, snapshot);

    const auto restored = win::restoreRegistryTree(snapshot);
    EXPECT_EQ(restored.status, ActionStatus::Done) << win::describe(restored);
    const auto after = win::captureRegistryTree(scratch.path());
    ASSERT_TRUE(after.available()) << after.status.reason;
    EXPECT_EQ(after.value, snapshot) << win::firstDifference(snapshot, after.value);
    EXPECT_EQ(win::regExportFile(after.value), exportBefore) << "the re-export is byte-identical";
}

TEST(RegistrySnapshot, ExportMatchesRegExeAndImportsBackThroughIt)
{
    test::ScratchRegistryKey scratch;
    // Only what regedit writes one way: reg.exe differs on empty or odd strings, which we write as hex(1).
    scratch.setString("", "", "default value");
    scratch.setString("", "Grüße \"name\" \\ данные", "网络 \"q\" \\");
    scratch.setString("", "expand", "%SystemRoot%\\system32", REG_EXPAND_SZ);
    scratch.set("", "multi", REG_MULTI_SZ, test::ScratchRegistryKey::utf16Bytes(std::wstring(L"one\0two\0\0", 9)));
    scratch.set("", "dword", REG_DWORD, {0x78, 0x56, 0x34, 0x12});
    scratch.set("", "qword", REG_QWORD, {1, 2, 3, 4, 5, 6, 7, 0x80});
    scratch.set("", "binary with zeros", REG_BINARY, binaryWithZeros());
    scratch.set("", "a much longer value name that pushes the hex data", REG_BINARY, binaryWithZeros());
    scratch.setString("Sub key\\Deeper ключ", "inner", "x");
    const auto tree = win::captureRegistryTree(scratch.path());
    ASSERT_TRUE(tree.available()) << tree.status.reason;
    const std::string ours = win::regExportFile(tree.value);
    ASSERT_TRUE(ours.starts_with("\xff\xfe"
                                 "W\0i\0n\0d\0o\0w\0s\0 \0R\0e\0g\0"));

    const auto file = tempFile("wsafix-regexe");
    const auto exported = regRunner()->run({"reg", "export", scratch.path(), file.string(), "/y"});
    ASSERT_TRUE(exported.succeeded()) << exported.error << exported.err;
    const std::string theirs = readFile(file, 1 << 20);
    std::filesystem::remove(file);
    EXPECT_EQ(ours, theirs) << "our .reg file differs from reg.exe's";

    // A technician imports our file by hand: the key comes back exactly.
    const auto ourFile = tempFile("wsafix-ours");
    writeFileAtomically(ourFile, ours);
    ASSERT_EQ(RegDeleteTreeW(HKEY_CURRENT_USER, scratch.subKey().c_str()), ERROR_SUCCESS);
    const auto imported = regRunner()->run({"reg", "import", ourFile.string()});
    std::filesystem::remove(ourFile);
    ASSERT_TRUE(imported.succeeded()) << imported.error << imported.err;
    const auto back = win::captureRegistryTree(scratch.path());
    ASSERT_TRUE(back.available()) << back.status.reason;
    EXPECT_EQ(back.value, tree.value) << win::firstDifference(tree.value, back.value);
}

TEST(RegistrySnapshot, OddStringsAreExportedAsHexSoThatTheyImportExactly)
{
    test::ScratchRegistryKey scratch;
    scratch.set("", "no terminator", REG_SZ, {0x41, 0});
    scratch.set("", "zero bytes", REG_SZ, {});
    scratch.set("", "odd length", REG_SZ, {0x41, 0, 0});
    scratch.set("", "embedded nul", REG_SZ, test::ScratchRegistryKey::utf16Bytes(std::wstring(L"a\0b\0", 4)));
    scratch.setString("", "line break", "two\r\nlines");
    scratch.set("", "short dword", REG_DWORD, {1, 2});
    scratch.set("", "unnamed type", 0x12345, {9});
    const auto tree = win::captureRegistryTree(scratch.path());
    ASSERT_TRUE(tree.available()) << tree.status.reason;

    const auto file = tempFile("wsafix-odd");
    writeFileAtomically(file, win::regExportFile(tree.value));
    ASSERT_EQ(RegDeleteTreeW(HKEY_CURRENT_USER, scratch.subKey().c_str()), ERROR_SUCCESS);
    const auto imported = regRunner()->run({"reg", "import", file.string()});
    std::filesystem::remove(file);
    ASSERT_TRUE(imported.succeeded()) << imported.error << imported.err;
    const auto back = win::captureRegistryTree(scratch.path());
    auto expected = tree.value;
    if (test::runningUnderWine()) {
        // Wine's reg.exe terminates hex(1) data that lacks a NUL; regedit on Windows imports the bytes as they are.
        auto& unterminated = valueNamed(expected.root, "no terminator");
        unterminated.data.insert(unterminated.data.end(), {0, 0});
    }
    EXPECT_EQ(back.value, expected) << win::firstDifference(expected, back.value);
}

TEST(RegistrySnapshot, AValueNameWithALineBreakIsLeftOutOfTheRegFileWithAComment)
{
    test::ScratchRegistryKey scratch;
    scratch.setString("", "line\nbreak", "x");
    scratch.setString("", "kept", "y");
    const auto tree = win::captureRegistryTree(scratch.path());
    ASSERT_TRUE(tree.available()) << tree.status.reason;
    EXPECT_EQ(valueNamed(tree.value.root, "line\nbreak").data.size(), 4u) << "the JSON copy keeps it";

    const std::string reg = win::regExportFile(tree.value);
    const auto wide = [](const std::string& ascii) {
        std::string bytes;
        for (const char c : ascii)
            bytes += std::string{c, '\0'};
        return bytes;
    };
    EXPECT_NE(reg.find(wide("; value \"line\\nbreak\" is left out")), std::string::npos);
    EXPECT_EQ(reg.find(wide("line\nbreak")), std::string::npos);
    EXPECT_NE(reg.find(wide("\"kept\"=\"y\"\r\n")), std::string::npos);
}

TEST(RegistrySnapshot, AKeyThatDidNotExistIsDeletedOnRestore)
{
    test::ScratchRegistryKey scratch;
    const auto absent = win::captureRegistryTree(scratch.path());
    ASSERT_TRUE(absent.available()) << absent.status.reason;
    EXPECT_FALSE(absent.value.exists);
    EXPECT_EQ(win::registryTreeToJson(absent.value),
              (nlohmann::json{{"path", scratch.canonicalPath()}, {"exists", false}}));
    const std::string reg = win::regExportFile(absent.value);
    EXPECT_NE(reg.find(std::string("[\0-\0H\0K\0E\0Y\0", 12)), std::string::npos) << "a deletion entry";

    scratch.setString("created\\later", "v", "x");
    const auto restored = win::restoreRegistryTree(absent.value);
    EXPECT_EQ(restored.status, ActionStatus::Done) << win::describe(restored);
    EXPECT_FALSE(scratch.exists());
}

TEST(RegistrySnapshot, ReadsTheWinsockParametersKey)
{
    const auto tree = win::captureRegistryTree("HKLM\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters");
    ASSERT_TRUE(tree.available()) << tree.status.reason;
    EXPECT_TRUE(tree.value.exists);
    EXPECT_EQ(tree.value.path, "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters");
}

TEST(RegistryPath, RefusesWhatWouldAddressTheWrongKey)
{
    std::string error;
    for (const std::string& bad :
         std::vector<std::string>{"", "HKCU", "HKCU\\", "HKXX\\a", "Software\\x", "HKCU\\a\\\\b", "HKCU\\a\\",
                                  "HKCU\\" + std::string(256, 'k')}) {
        error.clear();
        EXPECT_FALSE(win::RegistryPath::parse(bad, error)) << bad;
        EXPECT_FALSE(error.empty()) << bad;
    }
    const auto path = win::RegistryPath::parse("hkey_current_user\\Software\\Grüße", error);
    ASSERT_TRUE(path) << error;
    EXPECT_EQ(path->canonical, "HKEY_CURRENT_USER\\Software\\Grüße");
    EXPECT_EQ(path->subKey, L"Software\\Gr\u00fc\u00dfe");
}

TEST(RegistryTreeJson, RefusesDamagedSnapshotsNamingTheField)
{
    const auto good = nlohmann::json::parse(R"({"path": "HKEY_CURRENT_USER\\Software\\x", "exists": true,
        "key": {"values": [{"name": "v", "type": "REG_DWORD", "data": "01000000"}],
                "keys": [{"name": "k", "values": [], "keys": []}]}})");
    EXPECT_NO_THROW(win::registryTreeFromJson(good));

    const auto refused = [&](const std::string& pointer, const nlohmann::json& value, const std::string& expected) {
        auto damaged = good;
        damaged[nlohmann::json::json_pointer(pointer)] = value;
        try {
            win::registryTreeFromJson(damaged);
            ADD_FAILURE() << pointer << " was accepted";
        } catch (const std::invalid_argument& e) {
            EXPECT_NE(std::string(e.what()).find(expected), std::string::npos) << e.what();
        }
    };
    refused("/key/values/0/data", "0x01", "key.values[0].data");
    refused("/key/values/0/data", "010", "odd number");
    refused("/key/values/0/type", "REG_STRING", "unknown registry type");
    refused("/key/values/0/type", -1, "key.values[0].type");
    refused("/key/values/0/extra", 1, "unknown field 'extra'");
    refused("/key/values/1", nlohmann::json{{"name", "V"}, {"type", "REG_SZ"}, {"data", ""}}, "appears twice");
    refused("/key/keys/0/name", "a\\b", "key.keys[0].name");
    refused("/key/keys/1",
            nlohmann::json{{"name", "K"}, {"values", nlohmann::json::array()}, {"keys", nlohmann::json::array()}},
            "appears twice");
    refused("/exists", "yes", "exists");
    refused("/path", "", "path");
}
