#include "diagnostics/Verifier.h"

#include "diagnostics/Detector.h"
#include "diagnostics/Rules.h"
#include "diagnostics/VerdictRules.h"
#include "diagnostics/errors/Decoder.h"

#include <algorithm>
#include <stdexcept>

namespace wsafix {
namespace {

// The attempt that tells the rules about the target: the first failure, else the first attempt.
TcpProbeResult tellingAttempt(const Verification& v)
{
    if (v.resolution && !v.resolution->resolved) {
        TcpProbeResult r;
        r.errorCode = v.resolution->errorCode;
        r.error = v.resolution->error;
        r.milliseconds = v.resolution->milliseconds;
        return r;
    }
    const auto failed =
        std::find_if(v.attempts.begin(), v.attempts.end(), [](const VerifyAttempt& a) { return !a.result.connected; });
    return (failed != v.attempts.end() ? *failed : v.attempts.front()).result;
}

// Without a resolve step of its own, the backend's first attempt says whether the name resolved.
NameResolution resolutionOf(const TcpProbeResult& r)
{
    NameResolution n;
    n.resolved = r.resolved;
    if (!r.address.empty())
        n.addresses.push_back(r.address);
    if (!r.resolved) {
        n.errorCode = r.errorCode;
        n.error = r.error;
        n.milliseconds = r.milliseconds;
    }
    return n;
}

} // namespace

Verifier::Verifier(System& system) : m_system(system) {}

void Verifier::decodeFailure(VerifyAttempt& attempt, const std::string& backend)
{
    attempt.errorName.clear();
    attempt.errorCatalogCode = 0;
    attempt.errorMeaning.clear();
    const TcpProbeResult& r = attempt.result;
    if (r.connected)
        return;
    // Backends put the symbolic name first ("ECONNREFUSED", "WSAETIMEDOUT", "WSAHOST_NOT_FOUND: ...").
    const std::string token = r.error.substr(0, r.error.find_first_of(": "));
    const ErrorEntry* entry = token.empty() ? nullptr : findErrorByName(token);
    // A bare code: errno on Linux (resolver codes there are not errno values), Windows codes elsewhere.
    if (!entry && r.errorCode > 0)
        entry = backend == "linux" ? (r.resolved ? findErrorByErrno(r.errorCode) : nullptr)
                                   : findErrorByCode(static_cast<std::uint64_t>(r.errorCode));
    if (!entry)
        return;
    attempt.errorName = std::string(entry->name);
    attempt.errorCatalogCode = entry->code;
    attempt.errorMeaning = std::string(decodeError(entry->name).meaning());
}

VerifyRun Verifier::run(const SessionRecord& session, const VerifyRequest& request, const Progress& progress,
                        std::stop_token stop)
{
    const bool target = !request.host.empty();
    if (target && request.port == 0)
        throw std::invalid_argument("a target host needs a port (1-65535)");
    if (target && (request.count < 1 || request.count > VerifyRequest::kMaxCount))
        throw std::invalid_argument("the number of attempts must be between 1 and " +
                                    std::to_string(VerifyRequest::kMaxCount));

    const int probes = static_cast<int>(Detector::allProbes().size());
    const int total = probes + (target ? 1 + request.count : 0);
    const auto report = [&progress](const std::string& step, int index, int all) {
        if (progress)
            progress(step, index, all);
    };

    VerifyRun run;
    Verification& v = run.verification;
    v.time = utcNow();
    v.host = request.host;
    v.port = target ? request.port : 0;
    v.count = target ? request.count : 0;
    v.timeoutMs = static_cast<int>(request.timeout.count());

    Detector detector(m_system);
    // The same probes as detect: the target's interposers are read only when a program is named.
    detector.setTargetProcess(session.intake.pid, session.intake.process);
    run.inventory = detector.run(
        {},
        [&](const std::string& probe, int index, int) {
            if (!probe.empty())
                report(probe, index, total);
        },
        stop);
    bool cut = std::any_of(run.inventory.probes.begin(), run.inventory.probes.end(),
                           [](const auto& p) { return !p.second.available && p.second.reason == "cancelled"; });

    if (target && !stop.stop_requested()) {
        report("resolve", probes, total);
        if (const auto resolved = m_system.resolve(request.host, request.timeout); resolved.available())
            v.resolution = resolved.value;
        if (!v.resolution || v.resolution->resolved)
            for (int i = 0; i < request.count; ++i) {
                if (stop.stop_requested()) {
                    cut = true;
                    break;
                }
                report("connect", probes + 1 + i, total);
                VerifyAttempt attempt{m_system.probeTcp(request.host, request.port, request.timeout)};
                decodeFailure(attempt, session.system.backend);
                v.attempts.push_back(std::move(attempt));
                // A name that does not resolve fails the same way every time: once is enough.
                if (!v.resolution && !v.attempts.back().result.resolved) {
                    v.resolution = resolutionOf(v.attempts.back().result);
                    v.attempts.clear();
                    break;
                }
            }
        if (!v.resolution && !v.attempts.empty())
            v.resolution = resolutionOf(v.attempts.front().result);
    } else if (target) {
        cut = true;
    }
    v.cancelled = cut && stop.stop_requested();

    Intake intake = session.intake;
    intake.host = request.host;
    intake.port = v.port;
    if (target && (!v.attempts.empty() || (v.resolution && !v.resolution->resolved))) {
        run.inventory.connectivity.push_back({request.host, request.port, tellingAttempt(v)});
        run.inventory.probes["connectivity"] = ProbeStatus{};
    }
    run.findings = evaluateRules(run.inventory, intake);
    v.remainingFindings = run.findings;
    v.probes = run.inventory.probes;

    if (session.inventory)
        v.comparison = compareWithBaseline(*session.inventory, session.findings, run.inventory, run.findings, intake,
                                           request.host, v.port);
    else
        v.comparison = withoutBaseline(!request.noBaselineReason.empty() ? request.noBaselineReason
                                       : session.id.empty()              ? "no session in the state directory"
                                                            : "session " + session.id + " has no detect step",
                                       run.inventory, run.findings, intake);
    // The baseline's "connectivity" ran only when detect had a target; its absence now is not a lost probe.
    auto& lost = v.comparison.lostProbes;
    lost.erase(std::remove_if(lost.begin(), lost.end(),
                              [&](const std::string& p) { return p.rfind("connectivity ", 0) == 0 && !target; }),
               lost.end());
    decideVerdict(v, session.actions);
    report({}, total, total);
    return run;
}

} // namespace wsafix
