#include "diagnostics/fix/FixRecord.h"

#include "diagnostics/SessionRecord.h"

#include <algorithm>

namespace wsafix {

void recordFixReport(SessionRecord& record, const FixReport& report)
{
    Action action;
    action.fixId = report.fixId;
    action.commands = report.commands;
    action.outcome = report.outcome;
    action.detail = report.detail + (report.machineState.empty() ? "" : " — machine: " + report.machineState);
    action.snapshotId = report.snapshotId;
    action.started = report.started;
    action.finished = report.finished;
    record.actions.push_back(std::move(action));
    if (!report.snapshotId.empty() &&
        std::find(record.snapshots.begin(), record.snapshots.end(), report.snapshotId) == record.snapshots.end())
        record.snapshots.push_back(report.snapshotId);
    record.note(report.fixId + ": " + report.outcome);
}

std::vector<std::string> badgeWords(const FixBadges& badges)
{
    std::vector<std::string> words;
    const auto add = [&](bool on, const char* word) {
        if (on)
            words.emplace_back(word);
    };
    add(badges.needsAdmin, "needs admin");
    add(badges.needsReboot, "needs reboot");
    add(badges.dropsConnections, "drops connections");
    add(badges.cutsOffMachine, "can cut the machine off");
    return words;
}

std::string badgeText(const FixBadges& badges)
{
    std::string text;
    for (const auto& word : badgeWords(badges))
        text += (text.empty() ? "" : ", ") + word;
    return text;
}

std::string missingRights(const Fix& fix, const SystemInfo& info, const std::string& scenario)
{
    if (!fix.badges().needsAdmin || info.elevated)
        return {};
    if (!scenario.empty())
        return fix.id() + " needs administrator rights, and on the simulated machine '" + scenario +
               "' wsafix runs without them (its scenario says \"elevated\": false)";
    if (info.backend == "windows")
        return fix.id() + " needs administrator rights to change the network configuration, and wsafix runs without "
                          "them: run it from a command prompt opened with \"Run as administrator\", or ask an "
                          "administrator";
    return fix.id() + " needs root (administrator) rights to change the network configuration, and wsafix runs as "
                      "an ordinary user: run it as root (sudo wsafix fix ...) or ask an administrator";
}

} // namespace wsafix
