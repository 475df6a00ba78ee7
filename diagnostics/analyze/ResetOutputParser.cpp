// netsh int ip reset ("Resetting Global, OK!" / "Resetting Interface, failed." + the reason) and netsh winsock reset
// ("Sucessfully reset the Winsock Catalog." - Microsoft's spelling). English and Simplified Chinese texts; any line
// ending in "OK!" counts as a step that worked.
#include "diagnostics/analyze/PasteParsers.h"
#include "diagnostics/analyze/TextFields.h"

#include <array>

namespace wsafix {
namespace {

constexpr std::array<std::string_view, 4> kWinsockDone{"reset the Winsock Catalog", "重置 Winsock 目录",
                                                        "Winsock-Katalog wurde", "catalogue Winsock"};
constexpr std::array<std::string_view, 7> kRestart{"restart the computer", "重新启动计算机", "neu starten",
                                                   "redémarrer", "reiniciar", "перезагруз", "Restart the computer"};

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

void parseResetLines(PasteLines lines, PasteAnalysis& out, PasteSection& section)
{
    ResetOutcome r;
    std::string failedStep;
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
            failedStep = step.empty() ? "(unnamed step)" : std::string(step);
            stepFailed = true;
            r.failures.push_back(failedStep);
            continue;
        }
        if (stepFailed) { // the reason Windows gave for the failed step
            r.failures.back() += ": " + std::string(t);
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
        if (containsNoCase(t, "requires elevation") || containsNoCase(t, "Access is denied")) {
            r.failures.push_back(std::string(t));
            continue;
        }
        reportUnparsed(out, l, "not part of a reset's output");
    }
    if (section.kind == PasteKind::IpReset && r.succeeded == 0 && r.failures.empty())
        section.notes.push_back("no reset step was listed");
    section.items = r.succeeded + r.failures.size() + (section.kind == PasteKind::WinsockReset && r.resetDone);
    if (!r.failures.empty())
        section.notes.push_back(std::to_string(r.failures.size()) + " step(s) failed");
    section.reset = std::move(r);
}

} // namespace wsafix
