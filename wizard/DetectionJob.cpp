#include "DetectionJob.h"

#include "diagnostics/Detector.h"
#include "diagnostics/Rules.h"

#include <algorithm>
#include <exception>

namespace wsafix {

DetectionJob::DetectionJob(Intake intake) : m_intake(std::move(intake)) {}

DetectionJob::DetectionJob(std::shared_ptr<const SessionRecord> session, VerifyRequest request)
    : m_intake(session->intake), m_session(std::move(session)), m_request(std::move(request))
{
}

DetectionJob DetectionJob::forPasted(Intake intake, std::shared_ptr<const CombinedAnalysis> pasted)
{
    DetectionJob job(std::move(intake));
    job.m_pasted = std::move(pasted);
    return job;
}

QString DetectionJob::probeText(const std::string& probe)
{
    if (probe == "catalog")
        return tr("Reading the Winsock catalog…");
    if (probe == "sockets")
        return tr("Listing the open connections…");
    if (probe == "processes")
        return tr("Listing the running programs…");
    if (probe == "adapters")
        return tr("Reading the network adapters…");
    if (probe == "events")
        return tr("Reading the event log…");
    if (probe == "connectivity")
        return tr("Connecting to the target…");
    return QString::fromStdString(probe);
}

void DetectionJob::detect(QPromise<DetectionResult>& promise, System& system, std::stop_token stop,
                          DetectionResult& result) const
{
    // With a target, the baseline holds the connectivity probe too, so that Verify can tell whether it changed.
    Detector detector(system);
    detector.setTargetProcess(m_intake.pid, m_intake.process);
    const bool target = !m_intake.host.empty() && m_intake.port != 0;
    if (target)
        detector.setTarget(m_intake.host, m_intake.port, std::chrono::seconds(2));
    const int total = static_cast<int>(Detector::allProbes().size()) + (target ? 1 : 0);
    promise.setProgressRange(0, total);
    result.inventory = detector.run(
        {},
        [&promise](const std::string& probe, int index, int) {
            if (!probe.empty())
                promise.setProgressValueAndText(index, probeText(probe));
        },
        stop);
    result.findings = evaluateRules(result.inventory, m_intake);
    result.cancelled = stop.stop_requested() &&
                       std::any_of(result.inventory.probes.begin(), result.inventory.probes.end(),
                                   [](const auto& p) { return !p.second.available && p.second.reason == "cancelled"; });
    promise.setProgressValueAndText(total, tr("Finished."));
}

void DetectionJob::verify(QPromise<DetectionResult>& promise, System& system, std::stop_token stop,
                          DetectionResult& result) const
{
    const QString host = QString::fromStdString(m_request.host);
    const int count = m_request.count;
    bool ranged = false;
    VerifyRun run = Verifier(system).run(
        *m_session, m_request,
        [&](const std::string& step, int index, int total) {
            if (!ranged) {
                promise.setProgressRange(0, total);
                ranged = true;
            }
            QString text;
            if (step == "resolve")
                text = tr("Looking up the name %1…").arg(host);
            else if (step == "connect")
                text = tr("Connecting to %1:%2, attempt %3 of %4…")
                           .arg(host)
                           .arg(m_request.port)
                           .arg(index - (total - count) + 1)
                           .arg(count);
            else if (step.empty())
                text = tr("Finished.");
            else
                text = probeText(step);
            promise.setProgressValueAndText(index, text);
        },
        stop);
    result.inventory = std::move(run.inventory);
    result.findings = std::move(run.findings);
    result.cancelled = run.verification.cancelled;
    result.verification = std::move(run.verification);
}

void DetectionJob::operator()(QPromise<DetectionResult>& promise, System& system, std::stop_token stop) const
{
    DetectionResult result;
    if (m_pasted) {
        // The machine that pasted outputs describe: no probe runs here.
        promise.setProgressRange(0, 1);
        result.inventory = m_pasted->inventory;
        result.findings = evaluatePastedRules(*m_pasted, m_intake);
        promise.setProgressValueAndText(1, tr("Finished."));
        promise.addResult(std::move(result));
        return;
    }
    try {
        if (m_session)
            verify(promise, system, stop, result);
        else
            detect(promise, system, stop, result);
    } catch (const std::exception& e) {
        result = DetectionResult{};
        result.error = e.what();
    }
    promise.addResult(std::move(result));
}

} // namespace wsafix
