#include "diagnostics/analyze/AnalysisJson.h"

#include "diagnostics/InventoryJson.h"

#include <nlohmann/json.hpp>

namespace wsafix {

using nlohmann::json;

json analysisInputJson(const PasteAnalysis& input)
{
    json sections = json::array();
    for (const auto& s : input.sections) {
        json j{{"kind", pasteKindName(s.kind)}, {"command", pasteKindCommand(s.kind)}, {"typed", s.command},
               {"firstLine", s.firstLine}, {"lastLine", s.lastLine}, {"items", s.items}, {"notes", s.notes},
               {"reset", nullptr}};
        if (s.reset)
            j["reset"] = json{{"succeeded", s.reset->succeeded}, {"failures", s.reset->failures},
                              {"harmless", s.reset->harmless},   {"needsElevation", s.reset->needsElevation},
                              {"done", s.reset->resetDone},      {"restartRequired", s.reset->restartRequired}};
        sections.push_back(std::move(j));
    }
    json unparsed = json::array();
    for (const auto& u : input.unparsed)
        unparsed.push_back({{"line", u.line}, {"lastLine", u.lastLine}, {"text", u.text}, {"reason", u.reason}});
    return json{{"source", input.source}, {"encoding", input.encoding}, {"notes", input.notes},
                {"recognised", sections}, {"unparsed", unparsed}};
}

json analyzeDocument(const std::vector<PasteAnalysis>& inputs, const CombinedAnalysis& combined,
                     const std::vector<Finding>& findings)
{
    json doc = detectDocument(combined.system, combined.inventory, findings);
    doc["schema"] = "wsafix.analyze/1";
    json list = json::array();
    for (const auto& in : inputs)
        list.push_back(analysisInputJson(in));
    doc["inputs"] = std::move(list);
    return doc;
}

} // namespace wsafix
