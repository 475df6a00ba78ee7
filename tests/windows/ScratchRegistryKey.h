#pragma once
// A scratch key HKCU\Software\wsafix-test-<pid>[-suffix] that the test owns: deleted before and after use,
// also when the test fails, with plain Win32 calls (not the code under test).

#include "diagnostics/platform/windows/UniqueRegKey.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <windows.h>

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

namespace wsafix::test {

class ScratchRegistryKey
{
public:
    explicit ScratchRegistryKey(const std::string& suffix = {})
        : m_subKey("Software\\wsafix-test-" + std::to_string(GetCurrentProcessId()) +
                   (suffix.empty() ? "" : "-" + suffix))
    {
        remove();
    }
    ~ScratchRegistryKey() { remove(); }
    ScratchRegistryKey(const ScratchRegistryKey&) = delete;
    ScratchRegistryKey& operator=(const ScratchRegistryKey&) = delete;

    /// "HKCU\Software\wsafix-test-123".
    std::string path() const { return "HKCU\\" + m_subKey; }
    /// "HKEY_CURRENT_USER\Software\wsafix-test-123".
    std::string canonicalPath() const { return "HKEY_CURRENT_USER\\" + m_subKey; }
    std::wstring subKey() const { return win::toUtf16(m_subKey); }

    bool exists() const
    {
        win::UniqueRegKey key;
        return RegOpenKeyExW(HKEY_CURRENT_USER, subKey().c_str(), 0, KEY_READ, key.out()) == ERROR_SUCCESS;
    }

    /// Creates `relative` (below the scratch key; empty = the scratch key) and sets one value in it.
    void set(const std::string& relative, const std::string& name, DWORD type, const std::vector<std::uint8_t>& data)
    {
        const std::wstring path = relative.empty() ? subKey() : subKey() + L"\\" + win::toUtf16(relative);
        win::UniqueRegKey key;
        ASSERT_EQ(RegCreateKeyExW(HKEY_CURRENT_USER, path.c_str(), 0, nullptr, 0, KEY_ALL_ACCESS, nullptr, key.out(),
                                  nullptr),
                  ERROR_SUCCESS);
        ASSERT_EQ(RegSetValueExW(key.get(), win::toUtf16(name).c_str(), 0, type, data.empty() ? nullptr : data.data(),
                                 static_cast<DWORD>(data.size())),
                  ERROR_SUCCESS);
    }
    void setString(const std::string& relative, const std::string& name, const std::string& text, DWORD type = REG_SZ)
    {
        set(relative, name, type, utf16Bytes(win::toUtf16(text) + L'\0'));
    }

    /// Deletes one value of `relative` (below the scratch key; empty = the scratch key), if it is there.
    void deleteValue(const std::string& relative, const std::string& name)
    {
        const std::wstring path = relative.empty() ? subKey() : subKey() + L"\\" + win::toUtf16(relative);
        RegDeleteKeyValueW(HKEY_CURRENT_USER, path.c_str(), win::toUtf16(name).c_str());
    }

    /// The UTF-16 LE bytes of `text` (include the NULs you want).
    static std::vector<std::uint8_t> utf16Bytes(const std::wstring& text)
    {
        std::vector<std::uint8_t> bytes;
        for (const wchar_t c : text) {
            bytes.push_back(static_cast<std::uint8_t>(c & 0xff));
            bytes.push_back(static_cast<std::uint8_t>((c >> 8) & 0xff));
        }
        return bytes;
    }

private:
    void remove() { RegDeleteTreeW(HKEY_CURRENT_USER, subKey().c_str()); }

    std::string m_subKey;
};

} // namespace wsafix::test
