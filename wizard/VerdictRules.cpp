#include "VerdictRules.h"

#include <algorithm>

namespace wsafix {
namespace {

bool contains(const std::vector<Finding>& list, const Finding& f)
{
    return std::any_of(list.begin(), list.end(), [&f](const Finding& g) { return sameProblem(f, g); });
}

} // namespace

VerdictOutput VerdictRules::evaluate(const VerdictInput& in)
{
    VerdictOutput out;
    Verification& v = out.verification;
    v.time = utcNow();
    for (const auto& a : in.attempts)
        v.attempts.push_back(VerifyAttempt{a});

    for (const auto& f : in.baseline) {
        const bool still = contains(in.now, f);
        out.shown.push_back(f);
        out.statuses << (still ? tr("still present") : tr("resolved"));
        out.resolvedFlags.push_back(!still);
        out.resolved += still ? 0 : 1;
    }
    for (const auto& f : in.now)
        if (!contains(in.baseline, f)) {
            out.shown.push_back(f);
            out.statuses << tr("new");
            out.resolvedFlags.push_back(false);
        }
    v.remainingFindings = in.now;

    // A probe that answered at the start but not now cannot show that its problem is gone.
    QStringList lost;
    if (in.baselineInventory)
        for (const auto& [probe, status] : in.baselineInventory->probes) {
            const auto it = in.nowInventory.probes.find(probe);
            if (status.available && (it == in.nowInventory.probes.end() || !it->second.available))
                lost << QStringLiteral("%1 (%2)").arg(
                    QString::fromStdString(probe),
                    it == in.nowInventory.probes.end() ? tr("not run") : QString::fromStdString(it->second.reason));
        }
    const auto failed =
        std::count_if(in.attempts.begin(), in.attempts.end(), [](const TcpProbeResult& r) { return !r.connected; });
    const QString target = QString::fromStdString(in.target);
    const auto set = [&v](const char* verdict, const QString& reason) {
        v.verdict = verdict;
        v.reason = reason.toStdString();
    };

    if (in.cancelled)
        set("could-not-verify", tr("The check was cancelled before it finished."));
    else if (!lost.isEmpty())
        set("could-not-verify",
            tr("These checks worked at the start but are unavailable now: %1.").arg(lost.join(QStringLiteral(", "))));
    else if (!in.now.empty())
        set("not-fixed", in.now.size() == 1
                             ? tr("A problem remains: %1.").arg(QString::fromStdString(in.now.front().title))
                             : tr("%1 problems remain; the worst: %2.")
                                   .arg(QString::number(in.now.size()), QString::fromStdString(in.now.front().title)));
    else if (failed > 0) {
        const auto& first =
            *std::find_if(in.attempts.begin(), in.attempts.end(), [](const TcpProbeResult& r) { return !r.connected; });
        set("not-fixed", tr("%1 of %2 connection attempts to %3 failed (%4).")
                             .arg(failed)
                             .arg(in.attempts.size())
                             .arg(target, first.error.empty() ? tr("error %1").arg(first.errorCode)
                                                              : QString::fromStdString(first.error)));
    } else if (!in.baseline.empty()) {
        QString reason = in.baseline.size() == 1
                             ? tr("The problem found at the start is gone")
                             : tr("All %1 problems found at the start are gone").arg(in.baseline.size());
        if (in.targetGiven)
            reason += tr(", and all %1 connection attempts to %2 succeeded").arg(in.attempts.size()).arg(target);
        set("fixed", reason + QLatin1Char('.'));
    } else if (in.targetGiven) {
        set("could-not-verify", tr("Nothing was wrong at the start and %1 connects fine, so there is no fix to "
                                   "confirm. If the error continues, the failing program itself is the likely cause.")
                                    .arg(target));
    } else {
        set("could-not-verify", tr("Nothing was wrong at the start and no target host and port were given, so "
                                   "there is nothing to compare."));
    }
    return out;
}

} // namespace wsafix
