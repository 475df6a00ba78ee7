#include "diagnostics/errors/DecodeJson.h"

namespace wsafix {
namespace {

nlohmann::json brief(const ErrorEntry& e)
{
    nlohmann::json j{{"decimal", e.code}, {"hex", errorHex(e.code)}, {"name", e.name}, {"message", e.shortMessage}};
    if (e.errnoValue)
        j["errno"] = e.errnoName;
    return j;
}

nlohmann::json strings(const std::vector<std::string_view>& list)
{
    auto j = nlohmann::json::array();
    for (const auto& s : list)
        j.push_back(s);
    return j;
}

} // namespace

nlohmann::json decodeDocument(const DecodeResult& r)
{
    nlohmann::json j;
    j["status"] = decodeStatusName(r.status);
    j["input"] = r.input;
    j["understood"] = r.understood;
    j["notUnderstood"] = r.notUnderstood;
    if (!r.decoded()) {
        j["candidates"] = nlohmann::json::array();
        for (const auto& c : r.candidates) {
            auto item = brief(*c.entry);
            item["reading"] = c.reading;
            item["viaErrno"] = c.viaErrno;
            j["candidates"].push_back(std::move(item));
        }
        j["nearest"] = nlohmann::json::array();
        for (const auto* e : r.nearest)
            j["nearest"].push_back(brief(*e));
        return j;
    }
    const ErrorEntry& e = *r.entry;
    j["name"] = e.name;
    j["decimal"] = e.code;
    j["hex"] = errorHex(e.code);
    j["hresult"] = errorHResult(e.code);
    j["message"] = e.shortMessage;
    j["systemMessage"] = e.systemMessage;
    j["family"] = errorFamilyName(e.family);
    j["errno"] = e.errnoValue
                     ? nlohmann::json{{"value", e.errnoValue}, {"name", e.errnoName}, {"message", e.errnoMessage}}
                     : nlohmann::json();
    j["viaErrno"] = r.viaErrno;
    j["reading"] = r.candidates.empty() ? std::string() : r.candidates.front().reading;
    j["meaning"] = r.meaning();
    j["developer"] = r.help ? nlohmann::json(r.help->developer) : nlohmann::json();
    j["causes"] = r.help ? strings(r.help->causes) : nlohmann::json::array();
    j["triage"] = r.help && !r.help->triage.empty() ? nlohmann::json(r.help->triage) : nlohmann::json();
    j["probes"] = r.help ? strings(r.help->probes) : nlohmann::json::array();
    j["fixes"] = r.help ? strings(r.help->fixes) : nlohmann::json::array();
    j["neighbours"] = nlohmann::json::array();
    for (const auto* n : r.neighbours.before) {
        auto item = brief(*n);
        item["position"] = "before";
        j["neighbours"].push_back(std::move(item));
    }
    for (const auto* n : r.neighbours.after) {
        auto item = brief(*n);
        item["position"] = "after";
        j["neighbours"].push_back(std::move(item));
    }
    return j;
}

} // namespace wsafix
