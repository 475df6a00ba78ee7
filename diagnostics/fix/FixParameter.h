#pragma once
/// @file FixParameter.h
/// @brief Checks of the parameter after the ':' of a fix id. A parameter only ever reaches a
/// command as one argv element, never a shell; these checks refuse what the target could not name
/// anyway (and option-like values), with a message that says what is wrong.

#include <functional>
#include <string>

namespace wsafix {

/// Returns empty when the parameter is acceptable, else what is wrong with it.
using ParameterCheck = std::function<std::string(const std::string& parameter)>;

/// The fix takes no parameter.
std::string noParameter(const std::string& parameter);
/// A Linux interface name as the kernel knows it (dev_valid_name: 1-15 bytes, not "." or "..",
/// no '/', ':' or white space; no '%', which the kernel takes as a template), valid UTF-8 without
/// control characters. Quotes, '&', '|', ';' and non-ASCII letters are allowed: the kernel accepts
/// them, and they travel as one argv element.
std::string linuxInterfaceName(const std::string& parameter);
/// A systemd unit name: ASCII letters, digits and ":_.\\@-", at most 255 bytes, not starting with '-'.
std::string systemdUnitName(const std::string& parameter);
/// An absolute path as /etc/ld.so.preload can list it: no blanks, ':' or control characters.
std::string preloadEntryPath(const std::string& parameter);

/// A GUID as Windows names adapters: "{xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}" (hex digits, either case,
/// braces required).
std::string windowsGuid(const std::string& parameter);
/// A Winsock catalog entry id (dwCatalogEntryId): a decimal number from 1 to 4294967295, no sign or blanks.
std::string winsockCatalogId(const std::string& parameter);
/// An absolute Windows program path ("C:\...\x.exe" or "\\server\share\x.exe") ending in ".exe", without
/// the characters Windows forbids in file names ('"', '<', '>', '|', '*', '?') and without control characters.
std::string windowsExePath(const std::string& parameter);
/// A service name as the Service Control Manager takes it: 1-256 characters, no '/' or '\\', valid UTF-8
/// without control characters. Quotes, '&', '|', '%' and non-ASCII letters are allowed: the name is passed to
/// OpenServiceW as data, never through a command line.
std::string windowsServiceName(const std::string& parameter);

/// Empty when `text` is valid UTF-8 without control characters (C0, DEL), else what is wrong.
std::string utf8TextProblem(const std::string& text);

} // namespace wsafix
