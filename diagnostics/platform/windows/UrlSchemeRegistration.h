#pragma once
/// @file UrlSchemeRegistration.h
/// @brief Registration of the wsafix:// link scheme for the current user, under HKCU\Software\Classes\<scheme>:
/// the default value "URL:<scheme> support link", an empty "URL Protocol" value, and shell\open\command =
/// `"<exe path>" --link "%1"`. What the installer writes (packaging/windows/url-scheme.wxs.xml), and what the app
/// can repair.

#include "diagnostics/platform/windows/ActionResult.h"

#include <optional>
#include <string>

namespace wsafix::win {

struct UrlSchemeRegistration
{
    std::string description;  ///< the key's default value
    bool urlProtocol = false; ///< the "URL Protocol" value is present
    std::string command;      ///< shell\open\command's default value
    bool operator==(const UrlSchemeRegistration&) const = default;
};

/// `"exePath" --link "%1"`: the command a scheme handler needs. `--link` comes first, so whatever a link that breaks
/// the quoting adds lands after it and is refused (app/LinkArguments.h: a link stands alone). `exePath` is a
/// parameter: the windowed wizard may be another executable than the command line.
std::string urlSchemeCommand(const std::string& exePath);

/// Registers `scheme` (letters, digits, '+', '-', '.'; starting with a letter) for `exePath`, then reads it back.
ActionResult registerUrlScheme(const std::string& exePath, const std::string& scheme = "wsafix");
/// The registration of `scheme` under HKCU, or nullopt when the key does not exist.
std::optional<UrlSchemeRegistration> readUrlScheme(const std::string& scheme = "wsafix");
/// Deletes HKCU\Software\Classes\<scheme> and everything below; Done also when it was not there.
ActionResult unregisterUrlScheme(const std::string& scheme = "wsafix");

} // namespace wsafix::win
