#include "DetectionJob.h"

#include "diagnostics/Detector.h"
#include "diagnostics/Rules.h"

#include <exception>

namespace wsafix {

DetectionJob::DetectionJob(Intake intake, int tcpAttempts, std::chrono::milliseconds tcpTimeout)
    : m_intake(std::move(intake)), m_tcpAttempts(tcpAttempts), m_tcpTimeout(tcpTimeout)
{
    if (m_intake.host.empty() || m_intake.port == 0)
        m_tcpAttempts = 0;
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
    return QString::fromStdString(probe);
}

void DetectionJob::operator()(QPromise<DetectionResult>& promise, System& system, std::stop_token stop) const
{
    DetectionResult result;
    if (m_pasted) {
        promise.setProgressRange(0, 1);
        result.inventory = m_pasted->inventory;
        result.findings = evaluatePastedRules(*m_pasted, m_intake);
        promise.setProgressValueAndText(1, tr("Finished."));
        promise.addResult(std::move(result));
        return;
    }
    const int probes = static_cast<int>(Detector::allProbes().size());
    const int total = probes + m_tcpAttempts;
    promise.setProgressRange(0, total);
    try {
        Detector detector(system);
        detector.setTargetProcess(m_intake.pid, m_intake.process);
        result.inventory = detector.run(
            {},
            [&promise](const std::string& probe, int index, int) {
                if (!probe.empty())
                    promise.setProgressValueAndText(index, probeText(probe));
            },
            stop);
        result.findings = evaluateRules(result.inventory, m_intake);
        for (int i = 0; i < m_tcpAttempts && !stop.stop_requested(); ++i) {
            promise.setProgressValueAndText(probes + i, tr("Connecting to %1:%2, attempt %3 of %4…")
                                                            .arg(QString::fromStdString(m_intake.host))
                                                            .arg(m_intake.port)
                                                            .arg(i + 1)
                                                            .arg(m_tcpAttempts));
            result.attempts.push_back(system.probeTcp(m_intake.host, m_intake.port, m_tcpTimeout));
        }
    } catch (const std::exception& e) {
        result = DetectionResult{};
        result.error = e.what();
    }
    // Cancelled only if the stop actually cut something short.
    bool cut = result.attempts.size() < static_cast<std::size_t>(m_tcpAttempts);
    for (const auto& [probe, status] : result.inventory.probes)
        cut = cut || (!status.available && status.reason == "cancelled");
    result.cancelled = result.error.empty() && stop.stop_requested() && cut;
    promise.setProgressValueAndText(total, tr("Finished."));
    promise.addResult(std::move(result));
}

} // namespace wsafix
