#pragma once
/// @file FixRecord.h
/// @brief What `wsafix fix` and the wizard's Fix page share around FixRunner: the session record's
/// Action for a FixReport, the badges in words, and whether wsafix has the rights a fix needs.

#include "diagnostics/fix/Fix.h"
#include "diagnostics/fix/FixRunner.h"

#include <string>
#include <vector>

namespace wsafix {

struct SessionRecord;
struct SystemInfo;

/// Adds `report` to `record` as an Action (commands, outcome, detail with the machine's state, snapshot
/// id, times), adds its snapshot to the session's list once, and notes the outcome on the timeline.
void recordFixReport(SessionRecord& record, const FixReport& report);

/// The badges that apply, one English phrase each ("needs admin", "drops connections"); the UIs translate each.
std::vector<std::string> badgeWords(const FixBadges& badges);
/// badgeWords() joined: "needs admin, drops connections" (empty when no badge applies). For English reports.
std::string badgeText(const FixBadges& badges);

/// Empty when `fix` may run with the rights `info` says wsafix has; else the message naming what is
/// missing. `scenario` is the simulated machine's name, empty on a real machine.
std::string missingRights(const Fix& fix, const SystemInfo& info, const std::string& scenario);

} // namespace wsafix
