#include "diagnostics/VerdictRules.h"

#include <algorithm>
#include <set>

namespace wsafix {
namespace {

std::string target(const Verification& v)
{
    return (v.host.find(':') != std::string::npos ? "[" + v.host + "]" : v.host) + ":" + std::to_string(v.port);
}

std::string joined(const std::vector<std::string>& items)
{
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : ", ") + item;
    return out;
}

std::string errorText(const VerifyAttempt& a)
{
    std::string text = a.errorName.empty() ? a.result.error : a.errorName;
    if (text.empty())
        text = "error " + std::to_string(a.result.errorCode);
    if (a.errorCatalogCode)
        text += " (" + std::to_string(a.errorCatalogCode) + ")";
    return text; // the meaning is the attempt's own: it speaks of "the program", not of wsafix's probe
}

bool applied(const std::vector<Action>& actions, const std::string& fix)
{
    return std::any_of(actions.begin(), actions.end(),
                       [&fix](const Action& a) { return a.fixId == fix && a.outcome == "applied"; });
}

// The fixes that the remaining problems recommend and that have not been applied yet, least invasive first.
void anotherFix(Verification& v, const std::vector<Action>& actions)
{
    std::set<std::string> offered;
    for (const auto& f : v.remainingFindings)
        for (const auto& fix : f.fixes) {
            if (applied(actions, fix) || !offered.insert(fix).second || offered.size() > 2)
                continue;
            v.nextSteps.push_back({"another-fix", "Try the fix " + fix + " (recommended for: " + f.title + ").", fix});
        }
}

void rollBack(Verification& v, const std::vector<Action>& actions)
{
    const auto last = std::find_if(actions.rbegin(), actions.rend(),
                                   [](const Action& a) { return a.outcome == "applied" && !a.snapshotId.empty(); });
    if (last == actions.rend())
        return;
    v.nextSteps.push_back({"roll-back",
                           "If the fix " + last->fixId +
                               " made nothing better, put the machine back as it was: "
                               "wsafix snapshots restore " +
                               last->snapshotId + ".",
                           {},
                           last->snapshotId});
}

void escalate(Verification& v)
{
    const bool appBug = std::any_of(v.remainingFindings.begin(), v.remainingFindings.end(),
                                    [](const Finding& f) { return f.id == "app-reconnect-pattern"; });
    v.nextSteps.push_back(
        {"escalate", appBug ? "The program itself is at fault, not this machine: attach the report "
                              "(wsafix report --last --format md -o report.md) to a ticket for its developers."
                            : "Escalate with the report attached: wsafix report --last --format md -o report.md."});
}

// What a failed connection says about the far end, from its decoded name.
void checkTarget(Verification& v, const VerifyAttempt& failed)
{
    const std::string& name = failed.errorName.empty() ? failed.result.error : failed.errorName;
    const auto is = [&name](const char* a, const char* b) { return name == a || name == b; };
    if (is("WSAECONNREFUSED", "ECONNREFUSED"))
        v.nextSteps.push_back({"check-target", "Nothing listens on port " + std::to_string(v.port) + " at " + v.host +
                                                   ": check that the service there runs and that the port is right."});
    else if (is("WSAETIMEDOUT", "ETIMEDOUT"))
        v.nextSteps.push_back({"check-target", "The connection times out: a firewall on the way, or the host "
                                               "itself, drops it. Check both."});
    else if (is("WSAENETUNREACH", "ENETUNREACH") || is("WSAEHOSTUNREACH", "EHOSTUNREACH"))
        v.nextSteps.push_back({"check-target", "There is no route to " + v.host +
                                                   ": check the cable or Wi-Fi, the adapter and the gateway."});
    else if (is("WSAEISCONN", "EISCONN"))
        v.nextSteps.push_back({"check-target", "Even wsafix's own connection fails with WSAEISCONN: something on this "
                                               "machine (a layered provider) still interferes."});
}

bool notFixed(Verification& v, const std::vector<Action>& actions)
{
    std::vector<std::string> reasons;
    const VerifyAttempt* firstFailure = nullptr;
    if (v.resolution && !v.resolution->resolved) {
        reasons.push_back("The name " + v.host + " does not resolve (" + v.resolution->error +
                          "), so no connection was tried: this is a name problem, not a closed port.");
        v.nextSteps.push_back({"check-target", "Check the spelling of " + v.host +
                                                   "; if it is right, the DNS server or its cache is at fault."});
        if (!applied(actions, "flush-dns"))
            v.nextSteps.push_back({"another-fix", "Try the fix flush-dns.", "flush-dns"});
    } else {
        const auto failed = std::count_if(v.attempts.begin(), v.attempts.end(),
                                          [](const VerifyAttempt& a) { return !a.result.connected; });
        if (failed > 0) {
            firstFailure = &*std::find_if(v.attempts.begin(), v.attempts.end(),
                                          [](const VerifyAttempt& a) { return !a.result.connected; });
            reasons.push_back(std::to_string(failed) + " of " + std::to_string(v.attempts.size()) +
                              " connection attempts to " + target(v) + " failed: " + errorText(*firstFailure) + ".");
        }
    }
    std::vector<std::string> others;
    for (const auto& f : v.remainingFindings)
        if (f.id != "target-unreachable" || reasons.empty())
            others.push_back(f.title);
    if (!others.empty())
        reasons.push_back(others.size() == 1
                              ? "A problem remains: " + others.front() + "."
                              : std::to_string(others.size()) + " problems remain; the worst: " + others.front() + ".");
    if (reasons.empty())
        return false;
    v.verdict = "not-fixed";
    v.reason.clear();
    for (const auto& r : reasons)
        v.reason += (v.reason.empty() ? "" : " ") + r;
    if (firstFailure)
        checkTarget(v, *firstFailure);
    anotherFix(v, actions);
    rollBack(v, actions);
    escalate(v);
    return true;
}

} // namespace

void decideVerdict(Verification& v, const std::vector<Action>& actions)
{
    v.nextSteps.clear();
    const auto set = [&v](const char* verdict, std::string reason) {
        v.verdict = verdict;
        v.reason = std::move(reason);
    };
    const bool targetGiven = !v.host.empty() && v.port != 0;
    const BaselineComparison& c = v.comparison;

    if (v.cancelled) {
        set("could-not-verify", "The check was cancelled before it finished.");
        v.nextSteps.push_back({"run-again", "Run the check again and let it finish."});
        return;
    }
    if (!c.lostProbes.empty()) {
        set("could-not-verify",
            "These checks worked at the start but are unavailable now: " + joined(c.lostProbes) + ".");
        v.nextSteps.push_back({"run-again", "Run the check again the way detect ran (for example elevated)."});
        return;
    }
    if (notFixed(v, actions))
        return;

    const std::string connected =
        targetGiven ? "all " + std::to_string(v.attempts.size()) + " connection attempts to " + target(v) + " succeeded"
                    : std::string();
    std::vector<std::string> unverifiable;
    for (const auto& a : actions)
        if (a.outcome == "could-not-verify")
            unverifiable.push_back(a.fixId + (a.detail.empty() ? "" : " (" + a.detail + ")"));
    if (!unverifiable.empty()) {
        set("could-not-verify", "No problem shows now, but the effect of " + joined(unverifiable) +
                                    " cannot be checked on this machine, so the fix is not proven.");
        v.nextSteps.push_back({"run-again", "Check again where the fix's tool really runs (on Windows, after the "
                                            "restart the fix asks for)."});
        return;
    }
    // Nothing was changed, nothing (known) was wrong, and the target works: not a verification of a fix, but the
    // answer a script needs ("is it still broken?").
    const bool changed = std::any_of(actions.begin(), actions.end(), [](const Action& a) {
        return a.outcome == "applied" || a.outcome == "could-not-verify";
    });
    const auto works = [&] {
        set("works", "Nothing was fixed, and the target works: " + connected +
                         " and no problem shows. If the error continues, the failing program itself is the likely "
                         "cause.");
        v.nextSteps.push_back({"escalate", "If the program still reports the error, the program itself is the likely "
                                           "cause: attach the report (wsafix report --last --format md -o report.md) "
                                           "to a ticket for its developers."});
    };
    const std::pair<const char*, const char*> detectFirst{
        "detect-first", "Next time run wsafix detect (or the wizard) before fixing, so that verify can show what the "
                        "fix changed."};
    if (!c.compared) {
        if (targetGiven && !changed) {
            works();
            v.nextSteps.insert(v.nextSteps.begin(), {detectFirst.first, detectFirst.second});
            return;
        }
        set("could-not-verify", "There was no examination before the fix to compare with (" + c.reason + "). Now " +
                                    (targetGiven ? connected + " and no problem shows." : "no problem shows."));
        v.nextSteps.push_back({detectFirst.first, detectFirst.second});
        return;
    }
    const auto resolved = std::count_if(c.findings.begin(), c.findings.end(),
                                        [](const FindingComparison& f) { return f.status == "resolved"; });
    if (resolved == 0) {
        const bool unchecked = std::any_of(c.findings.begin(), c.findings.end(),
                                           [](const FindingComparison& f) { return f.status == "not-rechecked"; });
        if (unchecked)
            set("could-not-verify", "The problem found at the start concerns another target than " +
                                        (targetGiven ? target(v) : std::string("none")) +
                                        ", which this check did not connect to.");
        else if (targetGiven && !changed)
            return works();
        else if (targetGiven)
            set("could-not-verify", "Nothing was wrong at the start and " + target(v) +
                                        " connects fine, so there is no fix to confirm. If the error continues, the "
                                        "failing program itself is the likely cause.");
        else
            set("could-not-verify", "Nothing was wrong at the start and no target host and port were given, so "
                                    "there is nothing to compare.");
        v.nextSteps.push_back({"run-again", "Check again with the host and port the failing program connects to."});
        return;
    }
    std::string reason = resolved == 1 ? "The problem found at the start is gone"
                                       : "All " + std::to_string(resolved) + " problems found at the start are gone";
    if (targetGiven)
        reason += ", and " + connected;
    set("fixed", reason + ".");
}

} // namespace wsafix
