#include "diagnostics/report/JsonReport.h"

#include "diagnostics/InventoryJson.h"

#include <nlohmann/json.hpp>

namespace wsafix {
namespace {

using nlohmann::json;

json counts(const std::vector<ReportCount>& list)
{
    json out = json::array();
    for (const auto& c : list)
        out.push_back({{"name", c.name}, {"count", c.count}});
    return out;
}

json summary(const ReportModel& m)
{
    const ReportIntake& in = m.intake;
    const SocketSummary& s = m.sockets;
    const ProbeSeriesStats& p = m.series;
    return json{
        {"intake",
         {{"code", in.code},
          {"decodeStatus", in.decodeStatus},
          {"name", in.errorName},
          {"decimal", in.errorCode},
          {"hex", in.errorHex},
          {"message", in.message},
          {"meaning", in.meaning},
          {"application", in.application},
          {"target", in.target},
          {"ticket", in.ticket}}},
        {"verdict", m.verdict},
        {"verdictLabel", m.verdictLabel},
        {"nextSteps", m.nextSteps},
        {"probeSeries",
         {{"attempts", p.attempts},
          {"connected", p.connected},
          {"unresolved", p.unresolved},
          {"minMs", p.minMs},
          {"avgMs", p.avgMs},
          {"maxMs", p.maxMs}}},
        {"sockets",
         {{"total", s.total},
          {"byState", counts(s.byState)},
          {"target", s.target.size()},
          {"targetByState", counts(s.targetByState)},
          {"topProcesses", counts(s.topProcesses)},
          {"otherProcesses", s.otherProcesses},
          {"otherProcessSockets", s.otherProcessSockets}}},
        {"events", m.totalEvents},
    };
}

} // namespace

std::string renderJsonReport(const SessionRecord& record, const ReportModel& model)
{
    json doc = record;
    doc["report"] = json{{"schema", kReportSchema},
                         {"generated", model.generated},
                         {"redacted", model.redacted},
                         {"redactions", model.redactions},
                         {"summary", summary(model)}};
    return doc.dump(2) + "\n";
}

} // namespace wsafix
