#include "diagnostics/platform/windows/ErrorNames.h"

#include "diagnostics/errors/ErrorCatalog.h"

#include <array>
#include <cstdint>
#include <utility>

namespace wsafix::win {
namespace {

// The Win32 codes that the probes and the runner meet.
constexpr std::array<std::pair<unsigned long, std::string_view>, 26> kWin32Errors{{
    {0, "ERROR_SUCCESS"},
    {1, "ERROR_INVALID_FUNCTION"},
    {2, "ERROR_FILE_NOT_FOUND"},
    {3, "ERROR_PATH_NOT_FOUND"},
    {5, "ERROR_ACCESS_DENIED"},
    {6, "ERROR_INVALID_HANDLE"},
    {8, "ERROR_NOT_ENOUGH_MEMORY"},
    {50, "ERROR_NOT_SUPPORTED"},
    {87, "ERROR_INVALID_PARAMETER"},
    {111, "ERROR_BUFFER_OVERFLOW"},
    {120, "ERROR_CALL_NOT_IMPLEMENTED"},
    {122, "ERROR_INSUFFICIENT_BUFFER"},
    {193, "ERROR_BAD_EXE_FORMAT"},
    {232, "ERROR_NO_DATA"},
    {258, "WAIT_TIMEOUT"},
    {259, "ERROR_NO_MORE_ITEMS"},
    {740, "ERROR_ELEVATION_REQUIRED"},
    {1060, "ERROR_SERVICE_DOES_NOT_EXIST"},
    {1062, "ERROR_SERVICE_NOT_ACTIVE"},
    {1168, "ERROR_NOT_FOUND"},
    {1717, "RPC_S_UNKNOWN_IF"},
    {1722, "RPC_S_SERVER_UNAVAILABLE"},
    {1753, "EPT_S_NOT_REGISTERED"},
    {15000, "ERROR_EVT_INVALID_CHANNEL_PATH"},
    {15001, "ERROR_EVT_INVALID_QUERY"},
    {15007, "ERROR_EVT_CHANNEL_NOT_FOUND"},
}};

std::string describe(const std::string& number, std::string_view name)
{
    std::string text = "error " + number;
    if (!name.empty()) {
        text += " (";
        text += name;
        text += ')';
    }
    return text;
}

} // namespace

std::string_view winsockErrorName(int code)
{
    const ErrorEntry* entry = code > 0 ? findErrorByCode(static_cast<std::uint64_t>(code)) : nullptr;
    return entry ? entry->name : std::string_view();
}

std::string_view win32ErrorName(unsigned long code)
{
    for (const auto& [value, name] : kWin32Errors)
        if (value == code)
            return name;
    if (code >= 10000 && code < 12000)
        return winsockErrorName(static_cast<int>(code));
    return {};
}

std::string describeWinsockError(int code)
{
    return describe(std::to_string(code), winsockErrorName(code));
}

std::string winsockErrorText(int code)
{
    const std::string_view name = winsockErrorName(code);
    return name.empty() ? describeWinsockError(code) : std::string(name);
}

std::string describeWin32Error(unsigned long code)
{
    return describe(std::to_string(code), win32ErrorName(code));
}

} // namespace wsafix::win
