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

/// Empty when `text` is valid UTF-8 without control characters (C0, DEL), else what is wrong.
std::string utf8TextProblem(const std::string& text);

} // namespace wsafix
