#include "diagnostics/platform/windows/RegExportFile.h"

#include "diagnostics/platform/windows/Utf16.h"

#include <windows.h>

#include <cstdio>

namespace wsafix::win {
namespace {

constexpr std::size_t kMaxHexColumns = 77; // regedit breaks a hex line once it reaches this column

std::wstring escaped(std::wstring_view text)
{
    std::wstring out;
    for (const wchar_t c : text) {
        if (c == L'\\' || c == L'"')
            out += L'\\';
        out += c;
    }
    return out;
}

/// A REG_SZ that a quoted string reproduces exactly on import: one terminating NUL, none inside, no line breaks.
bool isPlainString(const std::vector<std::uint8_t>& data)
{
    if (data.size() < 2 || data.size() % 2 != 0)
        return false;
    const std::size_t count = data.size() / 2;
    for (std::size_t i = 0; i < count; ++i) {
        const wchar_t c = static_cast<wchar_t>(data[2 * i] | (data[2 * i + 1] << 8));
        if ((c == 0) != (i == count - 1) || c == L'\r' || c == L'\n')
            return false;
    }
    return true;
}

std::wstring hexData(std::uint32_t type, const std::vector<std::uint8_t>& data, std::size_t column)
{
    wchar_t prefix[24];
    if (type == REG_BINARY)
        std::swprintf(prefix, std::size(prefix), L"hex:");
    else
        std::swprintf(prefix, std::size(prefix), L"hex(%x):", static_cast<unsigned>(type));
    std::wstring out = prefix;
    column += out.size();
    for (std::size_t i = 0; i < data.size(); ++i) {
        wchar_t byte[3];
        std::swprintf(byte, std::size(byte), L"%02x", data[i]);
        out += byte;
        if (i + 1 == data.size())
            break;
        out += L',';
        column += 3;
        if (column >= kMaxHexColumns) {
            out += L"\\\r\n  ";
            column = 2;
        }
    }
    return out;
}

std::wstring valueLine(const RegistryValue& value)
{
    const std::wstring wideName = toUtf16(value.name);
    if (wideName.find_first_of(L"\r\n") != std::wstring::npos) {
        // No .reg importer reads a line break in a value name back: say so instead of writing a broken file.
        std::wstring shown;
        for (const wchar_t c : wideName)
            shown += c == L'\n' ? L"\\n" : c == L'\r' ? L"\\r" : std::wstring(1, c);
        return L"; value \"" + shown + L"\" is left out: a .reg file cannot hold a line break in a name\r\n";
    }
    std::wstring line = value.name.empty() ? L"@=" : L"\"" + escaped(wideName) + L"\"=";
    if (value.type == REG_SZ && isPlainString(value.data)) {
        std::wstring text(value.data.size() / 2 - 1, L'\0');
        for (std::size_t i = 0; i < text.size(); ++i)
            text[i] = static_cast<wchar_t>(value.data[2 * i] | (value.data[2 * i + 1] << 8));
        line += L"\"" + escaped(text) + L"\"";
    } else if (value.type == REG_DWORD && value.data.size() == 4) {
        wchar_t number[16];
        const unsigned long dword = static_cast<unsigned long>(value.data[0]) | (value.data[1] << 8) |
                                    (value.data[2] << 16) | (static_cast<unsigned long>(value.data[3]) << 24);
        std::swprintf(number, std::size(number), L"dword:%08lx", dword);
        line += number;
    } else {
        line += hexData(value.type, value.data, line.size());
    }
    return line + L"\r\n";
}

void appendKey(std::wstring& out, const RegistryKey& key, const std::wstring& path)
{
    out += L"\r\n[" + path + L"]\r\n";
    for (const auto& value : key.values)
        out += valueLine(value);
    for (const auto& subkey : key.subkeys)
        appendKey(out, subkey, path + L"\\" + toUtf16(subkey.name));
}

} // namespace

std::string regExportFile(const RegistryTree& tree)
{
    std::wstring text = L"\xFEFFWindows Registry Editor Version 5.00\r\n";
    if (tree.exists)
        appendKey(text, tree.root, toUtf16(tree.path));
    else
        text += L"\r\n[-" + toUtf16(tree.path) + L"]\r\n";
    text += L"\r\n";
    std::string bytes;
    bytes.reserve(text.size() * 2);
    for (const wchar_t c : text) {
        bytes += static_cast<char>(c & 0xff);
        bytes += static_cast<char>((c >> 8) & 0xff);
    }
    return bytes;
}

} // namespace wsafix::win
