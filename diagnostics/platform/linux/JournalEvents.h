#pragma once
// events() on Linux: error-level journal entries of the last week from the kernel and the
// networking services, read with journalctl through the allow-listed runner.

#include "diagnostics/Inventory.h"
#include "diagnostics/ProcessRunner.h"

#include <string_view>
#include <vector>

namespace wsafix::lnx {

/// Entries of `journalctl -o json` output (one object per line) that come from the kernel or a
/// networking service; unreadable lines are skipped.
std::vector<EventEntry> parseJournalJson(std::string_view text);

/// Runs journalctl. Unavailable when it cannot run, fails, or there is no journal to read (a
/// machine without journald answers "no entries", which is not the same as no errors).
Probed<std::vector<EventEntry>> readJournalEvents(ProcessRunner& runner);

} // namespace wsafix::lnx
