#include "diagnostics/platform/windows/Utf16.h"

#include <windows.h>

#include <climits>
#include <stdexcept>

namespace wsafix::win {
namespace {

int checkedLength(std::size_t size)
{
    if (size > static_cast<std::size_t>(INT_MAX))
        throw std::length_error("string too long for UTF-16/UTF-8 conversion");
    return static_cast<int>(size);
}

} // namespace

std::string toUtf8(std::wstring_view text)
{
    if (text.empty())
        return {};
    const int inLength = checkedLength(text.size());
    const int outLength = WideCharToMultiByte(CP_UTF8, 0, text.data(), inLength, nullptr, 0, nullptr, nullptr);
    std::string out(static_cast<std::size_t>(outLength), '\0');
    WideCharToMultiByte(CP_UTF8, 0, text.data(), inLength, out.data(), outLength, nullptr, nullptr);
    return out;
}

std::string toUtf8(const wchar_t* text)
{
    return text ? toUtf8(std::wstring_view(text)) : std::string();
}

std::wstring toUtf16(std::string_view text)
{
    if (text.empty())
        return {};
    const int inLength = checkedLength(text.size());
    const int outLength = MultiByteToWideChar(CP_UTF8, 0, text.data(), inLength, nullptr, 0);
    std::wstring out(static_cast<std::size_t>(outLength), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, text.data(), inLength, out.data(), outLength);
    return out;
}

} // namespace wsafix::win
