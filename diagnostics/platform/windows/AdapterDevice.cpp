#include "diagnostics/platform/windows/AdapterDevice.h"

#include "diagnostics/platform/windows/ErrorNames.h"
#include "diagnostics/platform/windows/Guid.h"
#include "diagnostics/platform/windows/UniqueRegKey.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <windows.h>

#include <cfgmgr32.h>
#include <devguid.h>
#include <setupapi.h>

namespace wsafix::win {
namespace {

/// The device information set of the present network adapters, destroyed once.
class NetDeviceSet
{
public:
    NetDeviceSet() : m_set(SetupDiGetClassDevsW(&GUID_DEVCLASS_NET, nullptr, nullptr, DIGCF_PRESENT)) {}
    ~NetDeviceSet()
    {
        if (valid())
            SetupDiDestroyDeviceInfoList(m_set);
    }
    NetDeviceSet(const NetDeviceSet&) = delete;
    NetDeviceSet& operator=(const NetDeviceSet&) = delete;

    bool valid() const { return m_set != reinterpret_cast<HDEVINFO>(static_cast<LONG_PTR>(-1)); }
    HDEVINFO get() const { return m_set; }

private:
    HDEVINFO m_set;
};

std::wstring netCfgInstanceId(HDEVINFO set, SP_DEVINFO_DATA& device)
{
    const HKEY raw = SetupDiOpenDevRegKey(set, &device, DICS_FLAG_GLOBAL, 0, DIREG_DRV, KEY_READ);
    if (raw == reinterpret_cast<HKEY>(static_cast<LONG_PTR>(-1))) // failure is INVALID_HANDLE_VALUE, not a key
        return {};
    const UniqueRegKey key(raw);
    wchar_t value[64] = {};
    DWORD bytes = sizeof value - sizeof(wchar_t);
    if (RegGetValueW(key.get(), nullptr, L"NetCfgInstanceId", RRF_RT_REG_SZ, nullptr, value, &bytes) != ERROR_SUCCESS)
        return {};
    return value;
}

/// Finds the device whose NetCfgInstanceId is `guid`; false with `error` set otherwise.
bool findDevice(const NetDeviceSet& set, const std::string& guid, SP_DEVINFO_DATA& device, std::string& error)
{
    if (!parseGuid(guid)) {
        error = "'" + guid + "' is not an adapter GUID";
        return false;
    }
    if (!set.valid()) {
        error = "unavailable: the network adapter devices cannot be listed: " + describeWin32Error(GetLastError());
        return false;
    }
    const std::wstring wanted = toUtf16(guid);
    for (DWORD index = 0;; ++index) {
        device = SP_DEVINFO_DATA{};
        device.cbSize = sizeof device;
        if (!SetupDiEnumDeviceInfo(set.get(), index, &device))
            break;
        const std::wstring id = netCfgInstanceId(set.get(), device);
        if (!id.empty() && CompareStringOrdinal(id.c_str(), -1, wanted.c_str(), -1, TRUE) == CSTR_EQUAL)
            return true;
    }
    error = "unavailable: no such device: no present network adapter has the GUID " + guid;
    return false;
}

std::optional<bool> deviceEnabled(const SP_DEVINFO_DATA& device, std::string& error)
{
    ULONG status = 0;
    ULONG problem = 0;
    const CONFIGRET result = CM_Get_DevNode_Status(&status, &problem, device.DevInst, 0);
    if (result != CR_SUCCESS) {
        error = "CM_Get_DevNode_Status failed with CONFIGRET " + std::to_string(result);
        return std::nullopt;
    }
    return !((status & DN_HAS_PROBLEM) && problem == CM_PROB_DISABLED);
}

} // namespace

std::optional<bool> adapterDeviceEnabled(const std::string& adapterGuid, std::string& error)
{
    const NetDeviceSet set;
    SP_DEVINFO_DATA device{};
    if (!findDevice(set, adapterGuid, device, error))
        return std::nullopt;
    return deviceEnabled(device, error);
}

ActionResult setAdapterDeviceEnabled(const std::string& adapterGuid, bool enabled)
{
    const NetDeviceSet set;
    SP_DEVINFO_DATA device{};
    std::string error;
    if (!findDevice(set, adapterGuid, device, error)) {
        const std::string prefix = "unavailable: ";
        return error.starts_with(prefix) ? ActionResult::unavailable(error.substr(prefix.size()))
                                         : ActionResult::failure(error);
    }
    SP_PROPCHANGE_PARAMS params{};
    params.ClassInstallHeader.cbSize = sizeof(SP_CLASSINSTALL_HEADER);
    params.ClassInstallHeader.InstallFunction = DIF_PROPERTYCHANGE;
    params.StateChange = enabled ? DICS_ENABLE : DICS_DISABLE;
    params.Scope = DICS_FLAG_GLOBAL;
    const std::string what = std::string(enabled ? "enabling" : "disabling") + " the adapter " + adapterGuid;
    if (!SetupDiSetClassInstallParamsW(set.get(), &device, &params.ClassInstallHeader, sizeof params))
        return ActionResult::failure(what +
                                     ": SetupDiSetClassInstallParams failed: " + describeWin32Error(GetLastError()));
    if (!SetupDiCallClassInstaller(DIF_PROPERTYCHANGE, set.get(), &device))
        return ActionResult::failure(what + " failed: " + describeWin32Error(GetLastError()));

    SP_DEVINSTALL_PARAMS_W install{};
    install.cbSize = sizeof install;
    const bool reboot = SetupDiGetDeviceInstallParamsW(set.get(), &device, &install) &&
                        (install.Flags & (DI_NEEDREBOOT | DI_NEEDRESTART)) != 0;
    const auto state = deviceEnabled(device, error);
    if (!state)
        return ActionResult::unverified(what + " was accepted, but the state cannot be read back: " + error);
    if (*state != enabled)
        return reboot ? ActionResult::unverified(what + " takes effect after a reboot")
                      : ActionResult::failure(what + " was accepted, but the device did not change");
    return ActionResult::success(std::string(enabled ? "enabled" : "disabled") + " the adapter " + adapterGuid);
}

} // namespace wsafix::win
