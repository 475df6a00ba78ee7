// netsh int ip reset ("Resetting Global, OK!" / "Resetting Interface, failed." + the reason) and netsh winsock reset
// ("Sucessfully reset the Winsock Catalog." - Microsoft's spelling). English and Simplified Chinese texts; any line
// ending in "OK!" counts as a step that worked.
//
// Which failed steps matter. The named steps (Compartment Forwarding ... Resolve Neighbor) are the TCP/IP objects of
// the NSI store in their object order; the unnamed ones after them ("Resetting , OK!") are objects netsh has no name
// for. Judged per line:
// - any step failing with "requires elevation": the command did not run as administrator (fixture 05) - a failure,
//   and the fix needs elevation;
// - a named step failing (e.g. "Resetting Global, failed. Access is denied." in an elevated run): that part of the
//   configuration was not reset; the known cause is a permissions problem on its key under
//   HKLM\SYSTEM\CurrentControlSet\Control\Nsi\{eb004a00-9b1a-11d4-9123-0050047759bc}, which wsafix does not change
//   - a failure;
// - an unnamed step refused with "Access is denied." in a run that was elevated (no step asked for
//   elevation): harmless. Every elevated run on Windows 10/11 we have seen prints it once, at the same position
//   (fixtures 01 and 03; pastebin.com/ARPfxYXF for both ipv4 and ipv6 resets; XX-Net issues #7606, #8469, #8754,
//   #9373, #9454 in Chinese), most likely on the key Windows protects even from administrators (Nsi\{eb004a00-...}\26,
//   which repair scripts re-permission to silence it); the rest of the reset ran and asked for the restart, and the
//   XX-Net maintainers answer "ignore it" (#8469). netsh then exits 1 (XX-Net #8754: "retcode:1"), so the exit code
//   alone cannot judge the run;
// - any other reason on an unnamed step: not known to be harmless - a failure.
#include "diagnostics/analyze/PasteParsers.h"
#include "diagnostics/analyze/TextFields.h"

#include <algorithm>
#include <array>

namespace wsafix {
namespace {

constexpr std::array<std::string_view, 4> kWinsockDone{"reset the Winsock Catalog", "重置 Winsock 目录",
                                                        "Winsock-Katalog wurde", "catalogue Winsock"};
constexpr std::array<std::string_view, 7> kRestart{"restart the computer", "重新启动计算机", "neu starten",
                                                   "redémarrer", "reiniciar", "перезагруз", "Restart the computer"};

constexpr std::string_view kElevation = "requires elevation";
constexpr std::string_view kAccessDenied = "Access is denied";

bool endsWith(std::string_view s, std::string_view tail)
{
    return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

bool anyOf(std::string_view t, const auto& words)
{
    for (const auto w : words)
        if (containsNoCase(t, w))
            return true;
    return false;
}

} // namespace

std::string harmlessResetWarning(const ResetOutcome& outcome)
{
    if (outcome.harmless.empty())
        return {};
    return std::to_string(outcome.harmless.size()) +
           (outcome.harmless.size() == 1 ? " failed step is" : " failed steps are") +
           " harmless: Windows protects that setting even from administrators (\"Resetting , failed. Access is "
           "denied.\"), and the rest of the reset worked";
}

void parseResetLines(PasteLines lines, PasteAnalysis& out, PasteSection& section)
{
    struct FailedStep
    {
        std::string name; // empty for the steps netsh has no name for
        std::string reason;
    };
    ResetOutcome r;
    std::vector<FailedStep> failed;
    std::vector<std::string> other; // "Access is denied." and the like outside a step
    bool stepFailed = false;
    for (const PasteLine& l : lines) {
        const auto t = trimmed(l.text);
        if (t.empty())
            continue;
        if (endsWith(t, "OK!")) {
            ++r.succeeded;
            stepFailed = false;
            continue;
        }
        if (endsWith(t, ", failed.") || endsWith(t, "failed.")) {
            auto step = t.substr(0, t.rfind(','));
            if (startsWithNoCase(step, "Resetting"))
                step = trimmed(step.substr(9));
            failed.push_back({std::string(step), {}});
            stepFailed = true;
            continue;
        }
        if (stepFailed) { // the reason Windows gave for the failed step
            failed.back().reason = std::string(t);
            stepFailed = false;
            continue;
        }
        if (anyOf(t, kRestart)) {
            r.restartRequired = true;
            r.resetDone = true;
            continue;
        }
        if (anyOf(t, kWinsockDone)) {
            r.resetDone = true;
            section.kind = PasteKind::WinsockReset;
            continue;
        }
        if (containsNoCase(t, kElevation) || containsNoCase(t, kAccessDenied)) {
            other.push_back(std::string(t));
            continue;
        }
        reportUnparsed(out, l, "not part of a reset's output");
    }
    // Judged once the whole run is read: whether it was elevated shows anywhere in it.
    const auto needsElevation = [](std::string_view reason) { return containsNoCase(reason, kElevation); };
    r.needsElevation =
        std::any_of(failed.begin(), failed.end(), [&](const FailedStep& f) { return needsElevation(f.reason); }) ||
        std::any_of(other.begin(), other.end(), needsElevation);
    for (const FailedStep& f : failed) {
        const std::string text =
            (f.name.empty() ? "(unnamed step)" : f.name) + (f.reason.empty() ? "" : ": " + f.reason);
        const bool harmless = f.name.empty() && !r.needsElevation && containsNoCase(f.reason, kAccessDenied);
        (harmless ? r.harmless : r.failures).push_back(text);
    }
    r.failures.insert(r.failures.end(), other.begin(), other.end());

    if (section.kind == PasteKind::IpReset && r.succeeded == 0 && failed.empty() && other.empty())
        section.notes.push_back("no reset step was listed");
    section.items =
        r.succeeded + failed.size() + other.size() + (section.kind == PasteKind::WinsockReset && r.resetDone);
    if (!r.failures.empty())
        section.notes.push_back(std::to_string(r.failures.size()) + " step(s) failed");
    if (const std::string warning = harmlessResetWarning(r); !warning.empty())
        section.notes.push_back(warning);
    section.reset = std::move(r);
}

} // namespace wsafix
