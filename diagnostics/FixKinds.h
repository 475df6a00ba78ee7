#pragma once
/// @file FixKinds.h
/// @brief What the engine knows about a fix id ("kind:argument", e.g. "remove-provider:1010") without running it:
/// its kind, its argument, how invasive it is and whether it needs a restart. The wizard orders fixes by it and
/// training mode judges the trainee's choice by it.

#include <string>
#include <string_view>

namespace wsafix {

/// "remove-provider" for "remove-provider:1010"; the whole id when it has no argument ("winsock-reset").
std::string_view fixKind(std::string_view fixId);

/// "1010" for "remove-provider:1010"; empty when the id has no argument. The argument may contain ':'.
std::string_view fixArgument(std::string_view fixId);

/// Lower is gentler: 0 touches one program's view only (lsp-bypass); 1 removes one named thing (a provider, a
/// preload entry, the DNS cache, one program's sockets); 2 interrupts an adapter; 3 resets the Winsock catalog
/// (every third-party provider goes, restart needed); 4 resets TCP/IP (static addresses are lost too).
/// Unknown kinds rank 2.
int fixInvasiveness(std::string_view fixId);

/// Whether the fix takes effect only after the computer restarts (the netsh resets).
bool fixNeedsReboot(std::string_view fixId);

} // namespace wsafix
