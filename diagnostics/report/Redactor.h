#pragma once
/// @file Redactor.h
/// @brief Replaces personal data in a session record with stable placeholders (`<user-1>`, `<host-1>`, `<ip-1>`,
/// `<mac-1>`, `<ssid-1>`, `<domain-1>`, `<sid-1>`, `<email-1>`, `<duid-1>`, `<iaid-1>`) before a report is
/// rendered, so that every format shares one redaction.

#include "diagnostics/SessionRecord.h"
#include "diagnostics/report/SensitiveText.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace wsafix {

/// One redaction: the same value gets the same placeholder everywhere it is used, whatever its case.
class Redactor
{
public:
    /// A copy of `record` with every personal value replaced: the user and host name of its machine (also
    /// inside longer texts), the intake's target host, and everything findSensitiveSpans() recognises, in every
    /// string field (evidence, commands, event messages, paths ...) and every object key that is not a field name
    /// (a map keyed by a host name). A user, host or network name found by its place (a user folder, "Host Name:")
    /// is replaced wherever else it stands alone too. Enum-like fields and ids stay as they are, so the result
    /// loads like any session. Loopback and unspecified addresses are kept: they identify no one.
    SessionRecord apply(const SessionRecord& record);

    /// `text` with the values known so far (from apply(), or learned with learn()) and every recognisable value
    /// replaced.
    std::string redact(std::string_view text);

    /// Treats `value` as personal wherever it appears from now on.
    void learn(std::string_view value, SensitiveKind kind);

    /// How many distinct values of each kind were replaced, e.g. {"ip": 3, "user": 1}.
    std::map<std::string, int> counts() const;

private:
    struct Literal
    {
        std::string lower; ///< the value, lower case
        std::string key;   ///< the placeholder key it shares (a short host name shares its full name's)
        SensitiveKind kind;
    };

    void learnFromRecord(const SessionRecord& record);
    void learnHost(const std::string& host);
    void learnUser(std::string user);
    /// Learns the user, host and network names that `text` names by their place (a user folder, "Host Name:").
    void learnFromText(const std::string& text);
    void learnAlias(std::string_view value, const std::string& key, SensitiveKind kind);
    const std::string& placeholder(const std::string& key, SensitiveKind kind);
    std::vector<SensitiveSpan> literalSpans(std::string_view text) const;

    std::vector<Literal> m_literals;                   ///< longest first
    std::map<std::string, std::string> m_placeholders; ///< key -> "<ip-1>"
    std::map<SensitiveKind, int> m_next;
};

} // namespace wsafix
