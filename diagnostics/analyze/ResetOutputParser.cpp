// netsh int ip reset ("Resetting Global, OK!" / "Resetting Interface, failed." + the reason) and netsh winsock reset
// ("Sucessfully reset the Winsock Catalog." - Microsoft's spelling). English and Simplified Chinese words, and the
// layout for any other language: a step is "<verb> <name><separator> <status>" (separator ',', '，' or a dash), the
// unnamed steps show the verb alone, the status that most steps share is success and any other one a failure, and
// the line after a failed step is its reason. What was read by layout alone is said in the notes.
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
#include <map>

namespace wsafix {
namespace {

constexpr std::array<std::string_view, 4> kWinsockDone{"reset the Winsock Catalog", "重置 Winsock 目录",
                                                       "Winsock-Katalog wurde", "catalogue Winsock"};
constexpr std::array<std::string_view, 7> kRestart{"restart the computer", "重新启动计算机", "neu starten",
                                                   "redémarrer",           "reiniciar",      "перезагруз",
                                                   "Restart the computer"};

constexpr std::array<std::string_view, 2> kElevation{"requires elevation", "需要提升"};
constexpr std::array<std::string_view, 2> kAccessDenied{"Access is denied", "拒绝访问"};
constexpr std::array<std::string_view, 2> kSucceeded{"OK!", "完成!"};
constexpr std::array<std::string_view, 2> kFailed{"failed.", "失败。"};

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

bool oneOf(std::string_view t, const auto& words)
{
    for (const auto w : words)
        if (equalsNoCase(t, w))
            return true;
    return false;
}

// "<verb> <name>" of a step: the verb alone is what every unnamed step shows, so it is the shortest text before
// the separator that starts every other one (English also knows its verb without an unnamed step).
std::string verbOf(const std::vector<ResetStep>& steps)
{
    const ResetStep* shortest = nullptr;
    for (const auto& s : steps)
        if (!shortest || s.subject.size() < shortest->subject.size())
            shortest = &s;
    if (!shortest || shortest->subject.empty())
        return {};
    for (const auto& s : steps)
        if (s.subject.substr(0, shortest->subject.size()) != shortest->subject)
            return startsWithNoCase(shortest->subject, "Resetting") ? "Resetting" : "";
    return shortest->subject;
}

} // namespace

std::optional<ResetStep> splitResetStep(std::string_view line)
{
    const auto t = trimmed(line);
    std::size_t at = std::string_view::npos, width = 0;
    for (const std::string_view sep : {"\xEF\xBC\x8C", ",", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " - "}) { // ， — –
        const auto found = t.rfind(sep);
        if (found != std::string_view::npos && (at == std::string_view::npos || found > at)) {
            at = found;
            width = sep.size();
        }
    }
    if (at == std::string_view::npos)
        return std::nullopt;
    const auto status = trimmed(t.substr(at + width));
    // A status is a word or two with its punctuation, never a path, a field or a sentence.
    if (status.empty() || status.size() > 32 || splitWords(status).size() > 3 ||
        status.find_first_of(":\\/=") != std::string_view::npos)
        return std::nullopt;
    const auto last = status.back();
    const bool punctuated = last == '!' || last == '.' ||
                            status.substr(status.size() >= 3 ? status.size() - 3 : 0) == "\xE3\x80\x82" ||
                            status.substr(status.size() >= 3 ? status.size() - 3 : 0) == "\xEF\xBC\x81"; // 。 ！
    if (!punctuated)
        return std::nullopt;
    return ResetStep{std::string(trimmed(t.substr(0, at))), std::string(status)};
}

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
    // The steps first: which status means success is decided over all of them.
    std::vector<std::optional<ResetStep>> steps(lines.size());
    std::vector<ResetStep> all;
    std::map<std::string, std::size_t> statuses;
    for (std::size_t i = 0; i < lines.size(); ++i)
        if ((steps[i] = splitResetStep(lines[i].text))) {
            all.push_back(*steps[i]);
            ++statuses[steps[i]->status];
        }
    std::string success; // by layout: the status most steps share
    bool byLayout = false;
    for (const auto& [status, count] : statuses)
        if (!oneOf(status, kSucceeded) && !oneOf(status, kFailed))
            byLayout = true;
    if (byLayout && all.size() >= 3) {
        std::size_t best = 0;
        for (const auto& [status, count] : statuses)
            if (count > best) {
                best = count;
                success = status;
            }
    } else {
        byLayout = false;
    }
    const std::string verb = verbOf(all);
    std::size_t lastStep = 0;
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (steps[i])
            lastStep = i;
    bool closed = false;

    ResetOutcome r;
    std::vector<FailedStep> failed;
    std::vector<std::string> other; // "Access is denied." and the like outside a step
    bool stepFailed = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const PasteLine& l = lines[i];
        const auto t = trimmed(l.text);
        if (t.empty())
            continue;
        if (!steps[i] && (endsWith(t, "OK!") || endsWith(t, "failed."))) { // a step without its separator
            stepFailed = endsWith(t, "failed.");
            if (stepFailed)
                failed.push_back({std::string(t.substr(0, t.size() - 7)), {}});
            else
                ++r.succeeded;
            continue;
        }
        if (const auto& step = steps[i];
            step && (byLayout || oneOf(step->status, kSucceeded) || oneOf(step->status, kFailed))) {
            const bool ok = oneOf(step->status, kSucceeded) ||
                            (byLayout && !oneOf(step->status, kFailed) && step->status == success);
            stepFailed = !ok;
            if (ok) {
                ++r.succeeded;
                continue;
            }
            std::string name = step->subject;
            if (!verb.empty() && name.substr(0, std::min(name.size(), verb.size())) == verb)
                name = std::string(trimmed(std::string_view(name).substr(verb.size())));
            failed.push_back({name, {}});
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
        if (anyOf(t, kElevation) || anyOf(t, kAccessDenied)) {
            other.push_back(std::string(t));
            continue;
        }
        // Read by its layout, the sentence right after the last step closes the run: the request to restart.
        if (byLayout && i > lastStep && !closed) {
            closed = true;
            r.restartRequired = true;
            r.resetDone = true;
            continue;
        }
        reportUnparsed(out, l, "not part of a reset's output");
    }
    // Judged once the whole run is read: whether it was elevated shows anywhere in it.
    const auto needsElevation = [](std::string_view reason) { return anyOf(reason, kElevation); };
    r.needsElevation =
        std::any_of(failed.begin(), failed.end(), [&](const FailedStep& f) { return needsElevation(f.reason); }) ||
        std::any_of(other.begin(), other.end(), needsElevation);
    for (const FailedStep& f : failed) {
        const std::string text =
            (f.name.empty() ? "(unnamed step)" : f.name) + (f.reason.empty() ? "" : ": " + f.reason);
        const bool harmless = f.name.empty() && !r.needsElevation && anyOf(f.reason, kAccessDenied);
        (harmless ? r.harmless : r.failures).push_back(text);
    }
    r.failures.insert(r.failures.end(), other.begin(), other.end());

    if (byLayout)
        section.notes.push_back("read by its layout; the language was not recognised: '" + success +
                                "' was taken as success, any other status as a failure" +
                                (closed ? ", and the line after the last step as the request to restart" : ""));
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
