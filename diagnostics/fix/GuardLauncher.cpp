#include "diagnostics/fix/GuardLauncher.h"

#include "diagnostics/fix/DetachedProcess.h"

namespace wsafix {

std::vector<std::string> guardArguments(const GuardSettings& settings, const std::string& snapshotId,
                                        const std::string& manifestSha256)
{
    const std::u8string dir = settings.stateDir.u8string();
    std::vector<std::string> args{"guard",
                                  "--snapshot",
                                  snapshotId,
                                  "--timeout",
                                  std::to_string(settings.timeout.count()),
                                  "--state-dir",
                                  std::string(dir.begin(), dir.end())};
    if (!settings.sessionId.empty()) {
        args.push_back("--session");
        args.push_back(settings.sessionId);
    }
    if (!settings.scenario.empty()) {
        args.push_back("--scenario");
        args.push_back(settings.scenario);
    }
    if (!manifestSha256.empty()) {
        args.push_back("--sha256");
        args.push_back(manifestSha256);
    }
    return args;
}

AutoRevertGuard armGuard(const GuardSettings& settings, const Snapshot& snapshot)
{
    AutoRevertGuard guard(settings.trustedDir.empty() ? settings.stateDir : settings.trustedDir, snapshot.id);
    guard.arm(snapshot.fixId, settings.timeout);
    if (const auto error =
            startDetached(settings.executable, guardArguments(settings, snapshot.id, snapshot.manifestSha256),
                          guard.folder() / "guard.log");
        !error.empty())
        throw GuardError("the auto-revert guard could not start, so the fix was not run: " + error);
    if (!guard.waitUntilWatching(settings.startLimit)) {
        const auto outcome = guard.outcome();
        // Stand a late starter down: the fix does not run.
        guard.confirm();
        throw GuardError("the auto-revert guard is not watching, so the fix was not run: " +
                         (outcome ? outcome->detail
                                  : "it did not start within " + std::to_string(settings.startLimit.count()) +
                                        " ms (see " + (guard.folder() / "guard.log").string() + ")"));
    }
    return guard;
}

FixRunner::BeforeChange guardBeforeChange(const GuardSettings& settings, const Fix& fix,
                                          std::optional<AutoRevertGuard>& armed)
{
    if (!fix.badges().cutsOffMachine)
        return {};
    return [&settings, &armed](const Snapshot& snapshot) { armed.emplace(armGuard(settings, snapshot)); };
}

} // namespace wsafix
