#include "diagnostics/report/Redactor.h"

#include "diagnostics/InventoryJson.h"
#include "diagnostics/SocketText.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

namespace wsafix {
namespace {

// Fields whose values are names from a fixed set or ids: redacting them would change meaning, not hide a person.
constexpr std::array<std::string_view, 12> kKeptKeys{"schema", "id",      "state",   "kind", "severity", "transport",
                                                     "level",  "verdict", "outcome", "step", "backend",  "type"};

// Below this length a known value is replaced only where it is a whole field: "al" must not hit every "al".
constexpr std::size_t kMinFreeTextLiteral = 3;

bool isWordChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
}

bool kept(std::string_view key)
{
    return std::find(kKeptKeys.begin(), kKeptKeys.end(), key) != kKeptKeys.end();
}

template <class F> void forEachString(nlohmann::json& j, const F& f, bool keep = false)
{
    if (j.is_string()) {
        if (!keep)
            f(j.get_ref<std::string&>());
    } else if (j.is_object()) {
        for (auto& [key, value] : j.items())
            forEachString(value, f, kept(key));
    } else if (j.is_array()) {
        for (auto& value : j)
            forEachString(value, f, keep);
    }
}

// Every field name of the session record's JSON form, from a record with one of everything (its maps are empty,
// so no map key is among them).
const std::set<std::string>& fieldNames()
{
    static const std::set<std::string> names = [] {
        SessionRecord r;
        r.findings.emplace_back();
        r.actions.emplace_back();
        r.timeline.emplace_back();
        Inventory& inv = r.inventory.emplace();
        inv.catalog.emplace_back();
        inv.namespaceProviders.emplace_back();
        inv.targetInterposers.emplace_back();
        inv.sockets.emplace_back();
        inv.processes.emplace_back();
        inv.adapters.emplace_back().addresses.emplace_back();
        inv.events.emplace_back();
        inv.connectivity.emplace_back();
        Verification& v = r.verification.emplace();
        v.attempts.emplace_back();
        v.remainingFindings.emplace_back();
        v.nextSteps.emplace_back();
        v.resolution.emplace();
        std::set<std::string> out;
        const auto collect = [&out](const nlohmann::json& j, const auto& self) -> void {
            if (j.is_object())
                for (const auto& [key, value] : j.items()) {
                    out.insert(key);
                    self(value, self);
                }
            else if (j.is_array())
                for (const auto& value : j)
                    self(value, self);
        };
        collect(nlohmann::json(r), collect);
        return out;
    }();
    return names;
}

// Rewrites every object key that is not a field name (a map keyed by a host or a user name) with `f`.
template <class F> void forEachMapKey(nlohmann::json& j, const F& f)
{
    if (j.is_object()) {
        nlohmann::json rewritten = nlohmann::json::object();
        for (auto& [key, value] : j.items()) {
            forEachMapKey(value, f);
            rewritten[fieldNames().count(key) ? key : f(key)] = std::move(value);
        }
        j = std::move(rewritten);
    } else if (j.is_array()) {
        for (auto& value : j)
            forEachMapKey(value, f);
    }
}

bool isAddressForm(std::string_view text)
{
    const auto spans = findSensitiveSpans(text);
    return spans.size() == 1 && spans.front().length == text.size() && spans.front().kind == SensitiveKind::Ip;
}

std::string keyOf(SensitiveKind kind, std::string_view lower)
{
    return std::string(sensitiveKindName(kind)) + ":" + std::string(lower);
}

} // namespace

void Redactor::learn(std::string_view value, SensitiveKind kind)
{
    const std::string lower = asciiLower(std::string(value));
    learnAlias(lower, keyOf(kind, lower), kind);
}

void Redactor::learnAlias(std::string_view value, const std::string& key, SensitiveKind kind)
{
    const std::string lower = asciiLower(std::string(value));
    if (lower.empty() ||
        std::any_of(m_literals.begin(), m_literals.end(), [&](const Literal& l) { return l.lower == lower; }))
        return;
    m_literals.push_back({lower, key, kind});
    std::stable_sort(m_literals.begin(), m_literals.end(),
                     [](const Literal& a, const Literal& b) { return a.lower.size() > b.lower.size(); });
}

void Redactor::learnFromRecord(const SessionRecord& record)
{
    learnHost(record.system.hostname);
    learnUser(record.system.user);
    if (const auto& target = record.intake.host; !target.empty() && !isAddressForm(target))
        learn(target, target.find('.') == std::string::npos ? SensitiveKind::Host : SensitiveKind::Domain);
}

void Redactor::learnHost(const std::string& host)
{
    if (host.empty() || isAddressForm(host))
        return;
    const std::string key = keyOf(SensitiveKind::Host, asciiLower(host));
    learnAlias(host, key, SensitiveKind::Host);
    // "ws01.corp.example" is also called "ws01".
    if (const auto dot = host.find('.'); dot != std::string::npos && dot > 0)
        learnAlias(host.substr(0, dot), key, SensitiveKind::Host);
}

void Redactor::learnUser(std::string user)
{
    // "CORP\jdoe" and "jdoe@corp.example": the account and its domain.
    if (const auto slash = user.rfind('\\'); slash != std::string::npos) {
        learn(user.substr(0, slash), SensitiveKind::Domain);
        user = user.substr(slash + 1);
    }
    if (const auto at = user.find('@'); at != std::string::npos) {
        learn(user.substr(at + 1), SensitiveKind::Domain);
        user = user.substr(0, at);
    }
    // "/root" names the administrator's folder; the word "root" elsewhere ("root cause") is left alone.
    if (!user.empty() && asciiLower(user) != "root")
        learn(user, SensitiveKind::User);
}

void Redactor::learnFromText(const std::string& text)
{
    for (const auto& span : findSensitiveSpans(text)) {
        const std::string value = text.substr(span.begin, span.length);
        if (span.kind == SensitiveKind::User)
            learnUser(value);
        else if (span.kind == SensitiveKind::Host)
            learnHost(value);
        else if (span.kind == SensitiveKind::Ssid)
            learn(value, span.kind);
    }
}

const std::string& Redactor::placeholder(const std::string& key, SensitiveKind kind)
{
    auto it = m_placeholders.find(key);
    if (it == m_placeholders.end())
        it = m_placeholders
                 .emplace(key, "<" + std::string(sensitiveKindName(kind)) + "-" + std::to_string(++m_next[kind]) + ">")
                 .first;
    return it->second;
}

std::vector<SensitiveSpan> Redactor::literalSpans(std::string_view text) const
{
    std::vector<SensitiveSpan> spans;
    if (m_literals.empty())
        return spans;
    const std::string lower = asciiLower(std::string(text));
    for (const auto& literal : m_literals) {
        if (literal.lower.size() < kMinFreeTextLiteral && literal.lower != lower)
            continue;
        for (auto pos = lower.find(literal.lower); pos != std::string::npos; pos = lower.find(literal.lower, pos + 1)) {
            const auto end = pos + literal.lower.size();
            if ((pos == 0 || !isWordChar(lower[pos - 1])) && (end == lower.size() || !isWordChar(lower[end])))
                spans.push_back({pos, literal.lower.size(), literal.kind});
        }
    }
    return spans;
}

std::string Redactor::redact(std::string_view text)
{
    // Known values first, so that where a known host name also looks like a domain, the host name wins.
    auto spans = literalSpans(text);
    const auto patterns = findSensitiveSpans(text);
    spans.insert(spans.end(), patterns.begin(), patterns.end());
    if (spans.empty())
        return std::string(text);
    std::stable_sort(spans.begin(), spans.end(), [](const SensitiveSpan& a, const SensitiveSpan& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.length > b.length;
    });

    std::string out;
    out.reserve(text.size());
    std::size_t done = 0;
    for (const auto& span : spans) {
        if (span.begin < done)
            continue; // overlaps a longer or earlier span
        const auto value = text.substr(span.begin, span.length);
        if (span.kind == SensitiveKind::Ip && isAnonymousAddress(value))
            continue;
        const std::string lower = asciiLower(std::string(value));
        const auto literal =
            std::find_if(m_literals.begin(), m_literals.end(), [&](const Literal& l) { return l.lower == lower; });
        const auto& replacement = literal != m_literals.end() ? placeholder(literal->key, literal->kind)
                                                              : placeholder(keyOf(span.kind, lower), span.kind);
        out.append(text.substr(done, span.begin - done));
        out.append(replacement);
        done = span.begin + span.length;
    }
    out.append(text.substr(done));
    return out;
}

SessionRecord Redactor::apply(const SessionRecord& record)
{
    learnFromRecord(record);
    // Through the record's JSON form, so that every string field is covered, also fields added later.
    nlohmann::json j = record;
    // First learn the values found by their place (a user folder, an SSID), so that the same names are also
    // replaced where they stand alone, e.g. in an event message.
    forEachString(j, [this](std::string& text) { learnFromText(text); });
    forEachMapKey(j, [this](const std::string& key) {
        learnFromText(key);
        return key;
    });
    forEachString(j, [this](std::string& text) { text = redact(text); });
    forEachMapKey(j, [this](const std::string& key) { return redact(key); });
    return j.get<SessionRecord>();
}

std::map<std::string, int> Redactor::counts() const
{
    std::map<std::string, int> out;
    for (const auto& [kind, count] : m_next)
        out[std::string(sensitiveKindName(kind))] = count;
    return out;
}

} // namespace wsafix
