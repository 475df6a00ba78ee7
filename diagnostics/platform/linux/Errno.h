#pragma once
// errno as text: its symbolic name ("ECONNREFUSED") and its message ("Connection refused").

#include <string>

namespace wsafix::lnx {

/// "ECONNREFUSED"; "errno N" for a value the C library does not name.
std::string errnoName(int error);
/// The C library's message for `error`, thread-safe.
std::string errnoMessage(int error);

} // namespace wsafix::lnx
