// A session made from pastes (ipconfig /all, two events, netstat -anob) and notes seeded with 30+ distinct secrets
// of every kind a ticket can carry (tests/planted): no redacted format has any of them, in any spelling a format
// may give it (JSON and HTML escapes, percent encoding), and the unredacted formats have every one.
#include "diagnostics/InventoryJson.h"
#include "diagnostics/report/Redactor.h"
#include "diagnostics/report/Report.h"

#include "ReportSessions.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>

using namespace wsafix;

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::string percentEncoded(const std::string& s)
{
    std::string out;
    for (const unsigned char c : s) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
            out += static_cast<char>(c);
        } else {
            char hex[4];
            std::snprintf(hex, sizeof hex, "%%%02x", c);
            out += hex;
        }
    }
    return out;
}

std::string htmlEscaped(const std::string& s)
{
    std::string out;
    for (const char c : s)
        out += c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '"' ? "&quot;" : std::string(1, c);
    return out;
}

// Every spelling of `secret` a report may hold, lower case.
std::vector<std::string> spellings(const std::string& secret)
{
    const std::string json = nlohmann::json(secret).dump();
    return {lower(secret), lower(json.substr(1, json.size() - 2)), lower(percentEncoded(secret)),
            lower(htmlEscaped(secret))};
}

// The secrets found in `text`, in any spelling.
std::vector<std::string> secretsIn(const std::string& text)
{
    const std::string l = lower(text);
    std::vector<std::string> found;
    for (const auto& secret : test::pastedSecrets())
        for (const auto& spelling : spellings(secret))
            if (l.find(spelling) != std::string::npos) {
                found.push_back(secret);
                break;
            }
    return found;
}

std::string joined(const std::vector<std::string>& list)
{
    std::string out;
    for (const auto& s : list)
        out += (out.empty() ? "" : ", ") + s;
    return out;
}

} // namespace

TEST(PlantedSecrets, ThereAreThirtyDistinctOnes)
{
    auto secrets = test::pastedSecrets();
    EXPECT_GE(secrets.size(), 30u);
    std::sort(secrets.begin(), secrets.end());
    EXPECT_EQ(std::adjacent_find(secrets.begin(), secrets.end()), secrets.end());
}

TEST(PlantedSecrets, EveryOneIsInTheUnredactedReports)
{
    const Report plain = Report::make(test::pastedSecretsSession(), false);
    for (const auto format : {ReportFormat::Json, ReportFormat::Html}) {
        const auto found = secretsIn(plain.text(format));
        EXPECT_EQ(found.size(), test::pastedSecrets().size())
            << reportFormatName(format) << " has only " << joined(found);
    }
    EXPECT_FALSE(secretsIn(plain.text(ReportFormat::Markdown)).empty()) << "the summary names some";
}

TEST(PlantedSecrets, NoneIsInAnyRedactedReport)
{
    const Report redacted = Report::make(test::pastedSecretsSession(), true);
    for (const auto format : {ReportFormat::Json, ReportFormat::Html, ReportFormat::Markdown}) {
        const std::string text = redacted.text(format);
        EXPECT_EQ(joined(secretsIn(text)), "") << reportFormatName(format);
        // The diagnosis survives: the error, the provider DLL, system paths, loopback, ports.
        for (const char* kept : {"WSAEISCONN", "OrderSync.exe"})
            EXPECT_NE(text.find(kept), std::string::npos) << kept << " in " << reportFormatName(format);
    }
    const std::string json = redacted.text(ReportFormat::Json);
    for (const char* kept :
         {"mswsock.dll", "C:\\\\Windows\\\\System32\\\\ws2_32.dll", "127.0.0.1:5000", "localhost:8080", "S-1-5-18",
          "port 445 and 443", "0x00002748", "svchost.exe", "microsoft-ds"})
        EXPECT_NE(json.find(kept), std::string::npos) << kept;
}

TEST(PlantedSecrets, EachKindHasItsPlaceholder)
{
    Redactor redactor;
    const SessionRecord r = redactor.apply(test::pastedSecretsSession());
    const std::string json = nlohmann::json(r).dump();
    for (const char* kind : {"user", "host", "ip", "mac", "ssid", "domain", "sid", "email", "duid", "iaid"})
        EXPECT_NE(json.find(std::string("<") + kind + "-1>"), std::string::npos) << kind;
    // The same value has the same placeholder wherever it stands: a UNC server, a map key, a command.
    const auto& probes = r.inventory->probes;
    ASSERT_EQ(probes.size(), test::pastedSecretsSession().inventory->probes.size());
    const auto host = std::find_if(probes.begin(), probes.end(),
                                   [](const auto& p) { return p.first.find("host") != std::string::npos; });
    ASSERT_NE(host, probes.end());
    EXPECT_NE(host->second.reason.find("\\\\" + host->first + "\\share"), std::string::npos) << host->second.reason;
    EXPECT_NE(r.actions.back().commands.front().find("\\\\" + host->first + "\\share"), std::string::npos);
    EXPECT_NE(probes.find("<email-1>"), probes.end());
    // The redacted session loads like any other.
    EXPECT_EQ(nlohmann::json(r).get<SessionRecord>(), r);
}
