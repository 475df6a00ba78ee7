#include "diagnostics/platform/windows/WineBuiltin.h"

#include "diagnostics/platform/windows/UniqueHandle.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <cstring>
#include <string_view>

namespace wsafix::win {
namespace {

constexpr std::size_t kSignatureOffset = 0x40;

bool hasSignature(const char* bytes)
{
    // Wine writes "Wine builtin DLL" into builtin binaries and "Wine placeholder DLL" into the prefix's stand-ins.
    for (const std::string_view signature : {"Wine builtin DLL", "Wine placeholder DLL"})
        if (std::memcmp(bytes, signature.data(), signature.size()) == 0)
            return true;
    return false;
}

} // namespace

bool isWineBuiltinFile(const std::string& path)
{
    UniqueHandle file(CreateFileW(toUtf16(path).c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                                  OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr));
    if (!file)
        return false;
    char header[kSignatureOffset + 32] = {};
    DWORD read = 0;
    if (!ReadFile(file.get(), header, sizeof header, &read, nullptr) || read != sizeof header)
        return false;
    return header[0] == 'M' && header[1] == 'Z' && hasSignature(header + kSignatureOffset);
}

bool isWineBuiltinModule(HMODULE module)
{
    // A module handle is its image base: the DOS header is mapped there.
    return module && hasSignature(reinterpret_cast<const char*>(module) + kSignatureOffset);
}

} // namespace wsafix::win
