#pragma once
// Kernel and file text (process names, paths, journal messages) is bytes, not necessarily UTF-8;
// the engine's strings must be UTF-8 (the session record is JSON).

#include <string>
#include <string_view>

namespace wsafix::lnx {

/// `bytes` unchanged when it is valid UTF-8; otherwise every invalid sequence becomes U+FFFD.
std::string validUtf8(std::string_view bytes);

} // namespace wsafix::lnx
