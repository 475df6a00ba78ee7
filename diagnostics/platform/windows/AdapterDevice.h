#pragma once
/// @file AdapterDevice.h
/// @brief The restart-adapter primitive: disables or enables a network adapter's device through SetupAPI
/// (DIF_PROPERTYCHANGE with DICS_DISABLE / DICS_ENABLE), found by its GUID (the NetCfgInstanceId of the device's
/// driver key) among the present devices of class Net: never by its localized name.

#include "diagnostics/platform/windows/ActionResult.h"

#include <optional>
#include <string>

namespace wsafix::win {

/// Whether the adapter's device is enabled (no CM_PROB_DISABLED problem); nullopt with `error` set when there is
/// no such device ("unavailable: no such device ...") or its state cannot be read.
std::optional<bool> adapterDeviceEnabled(const std::string& adapterGuid, std::string& error);

/// Disables (`enabled` false) or enables the adapter's device, then reads the state back: Done when it changed
/// (the message says when Windows wants a reboot for it), Unavailable when there is no such device, Failed when
/// the class installer refuses (e.g. without administrator rights).
ActionResult setAdapterDeviceEnabled(const std::string& adapterGuid, bool enabled);

} // namespace wsafix::win
