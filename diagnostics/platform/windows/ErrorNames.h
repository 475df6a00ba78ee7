#pragma once
// Symbolic names of Winsock and Win32 error codes, for probe failures and TCP probe results.
// Winsock names come from the engine's error catalog; FormatMessage is no help, as it has no
// text for most Winsock codes on some systems (Wine among them).

#include <string>
#include <string_view>

namespace wsafix::win {

/// "WSAECONNREFUSED" for 10061; empty when the code is not in the error catalog.
std::string_view winsockErrorName(int code);
/// "ERROR_ACCESS_DENIED" for 5, Winsock names for 10004..11004; empty when unknown.
std::string_view win32ErrorName(unsigned long code);
/// "error 10061 (WSAECONNREFUSED)", or "error N" for an unknown code.
std::string describeWinsockError(int code);
/// "WSAECONNREFUSED" for 10061, or describeWinsockError() for a code the catalog does not name: the short
/// error text of probe results.
std::string winsockErrorText(int code);
/// "error 5 (ERROR_ACCESS_DENIED)", or "error N" for an unknown code.
std::string describeWin32Error(unsigned long code);

} // namespace wsafix::win
