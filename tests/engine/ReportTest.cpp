#include "diagnostics/report/Report.h"
#include "diagnostics/InventoryJson.h"
#include "diagnostics/SessionStore.h"
#include "diagnostics/report/HtmlReport.h"
#include "diagnostics/report/JsonReport.h"
#include "diagnostics/report/MarkdownReport.h"
#include "diagnostics/report/Redactor.h"
#include "diagnostics/report/ReportDocument.h"
#include "diagnostics/report/ReportModel.h"

#include "ReportSessions.h"
#include "TestScenarios.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

using namespace wsafix;

namespace {

Intake outlookIntake()
{
    return Intake{"0x00002748", "OUTLOOK.EXE", 7340, "example.com", 443, "INC0012345"};
}

std::string html(const SessionRecord& r)
{
    return renderHtmlReport(buildReportDocument(buildReportModel(r)));
}

std::size_t lines(const std::string& text)
{
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

// 50,000 sockets, 20 of them the target's; many findings with long evidence, many actions with many commands.
SessionRecord hugeSession()
{
    SessionRecord r = test::scenarioSession("lsp-adware", outlookIntake());
    auto& sockets = r.inventory->sockets;
    sockets.clear();
    for (int i = 0; i < 50000; ++i) {
        SocketEntry s;
        s.localAddress = "10.1." + std::to_string(i / 250) + "." + std::to_string(i % 250);
        s.localPort = static_cast<std::uint16_t>(1024 + i % 60000);
        s.remoteAddress = "10.9.9.9";
        s.remotePort = 443;
        s.state = i % 3 ? TcpState::TimeWait : TcpState::Established;
        s.pid = static_cast<std::uint32_t>(i < 20 ? 7340 : 9000 + i % 40);
        s.processName = i < 20 ? "OUTLOOK.EXE" : "worker" + std::to_string(i % 40) + ".exe";
        sockets.push_back(s);
    }
    for (int f = 0; f < 30; ++f) {
        Finding finding{"synthetic-" + std::to_string(f),
                        Severity::Warning,
                        "Synthetic finding " + std::to_string(f),
                        "explanation",
                        {},
                        {"winsock-reset"}};
        for (int e = 0; e < 40; ++e)
            finding.evidence.push_back("evidence line " + std::to_string(e) + std::string(300, 'x'));
        r.findings.push_back(finding);
    }
    for (int a = 0; a < 12; ++a)
        r.actions.push_back(
            {"winsock-reset", std::vector<std::string>(9, "netsh winsock reset"), "failed", "synthetic", "", "", ""});
    return r;
}

} // namespace

TEST(Report, JsonRoundTripsThroughTheSessionLoader)
{
    const SessionRecord r = test::scenarioSession("lsp-adware", outlookIntake());
    ASSERT_TRUE(r.verification);
    const std::string text = renderJsonReport(r, buildReportModel(r));
    const auto j = nlohmann::json::parse(text);
    EXPECT_EQ(j.at("report").at("schema"), kReportSchema);
    EXPECT_EQ(j.at("report").at("summary").at("intake").at("name"), "WSAEISCONN");
    EXPECT_EQ(j.get<SessionRecord>(), r);

    // The same file read by SessionStore, as `wsafix report --session` would.
    test::TempDir dir;
    SessionStore store(dir.path());
    std::filesystem::create_directories(store.sessionPath(r.id).parent_path());
    std::ofstream(store.sessionPath(r.id), std::ios::binary) << text;
    EXPECT_EQ(store.load(r.id), r);
}

TEST(Report, RedactedJsonRoundTripsToTheRedactedRecord)
{
    Redactor redactor;
    const SessionRecord redacted = redactor.apply(test::plantedSession());
    ReportOptions options;
    options.redacted = true;
    options.redactions = redactor.counts();
    const std::string text = renderJsonReport(redacted, buildReportModel(redacted, options));
    EXPECT_EQ(nlohmann::json::parse(text).get<SessionRecord>(), redacted);
    EXPECT_TRUE(nlohmann::json::parse(text).at("report").at("redacted").get<bool>());
}

TEST(Report, ModelDecodesTheIntakeAndSummarisesTheVerification)
{
    const SessionRecord r = test::scenarioSession("lsp-adware", outlookIntake(), 4);
    const ReportModel m = buildReportModel(r);
    EXPECT_EQ(m.intake.errorName, "WSAEISCONN");
    EXPECT_EQ(m.intake.errorCode, 10056u);
    EXPECT_EQ(m.intake.errorHex, "0x00002748");
    EXPECT_EQ(m.intake.application, "OUTLOOK.EXE (PID 7340)");
    EXPECT_EQ(m.intake.target, "example.com:443");
    EXPECT_EQ(m.verdict, "fixed");
    EXPECT_EQ(m.verdictLabel, "Fixed");
    EXPECT_EQ(m.series.attempts, 4u);
    EXPECT_EQ(m.series.connected, 4u);
    EXPECT_LE(m.series.minMs, m.series.avgMs);
    EXPECT_LE(m.series.avgMs, m.series.maxMs);
    ASSERT_FALSE(m.nextSteps.empty());
    EXPECT_NE(m.nextSteps.front().find("Close the ticket"), std::string::npos);
}

TEST(Report, NextStepsFollowTheVerdict)
{
    SessionRecord r = test::scenarioSession("lsp-adware", outlookIntake());
    r.verification->verdict = "not-fixed";
    r.verification->remainingFindings = r.findings;
    r.verification->remainingFindings.front().fixes.push_back("winsock-reset");
    const auto notFixed = buildReportModel(r).nextSteps;
    ASSERT_GE(notFixed.size(), 3u);
    EXPECT_NE(notFixed[0].find("`winsock-reset`"), std::string::npos) << notFixed[0];
    EXPECT_NE(notFixed[1].find("wsafix snapshots restore snap-"), std::string::npos) << notFixed[1];
    EXPECT_NE(notFixed[2].find("escalate"), std::string::npos);

    r.verification.reset();
    r.actions.clear();
    const auto notVerified = buildReportModel(r).nextSteps;
    EXPECT_NE(notVerified.front().find("least invasive first: `lsp-bypass:OUTLOOK.EXE`"), std::string::npos)
        << notVerified.front();
    EXPECT_NE(notVerified.back().find("wsafix verify --host example.com --port 443"), std::string::npos);

    SessionRecord clean = test::scenarioSession("clean", Intake{"10056", "", 0, "", 0, ""});
    EXPECT_NE(buildReportModel(clean).nextSteps.front().find("failing program itself"), std::string::npos);
    SessionRecord empty = SessionRecord::start();
    EXPECT_NE(buildReportModel(empty).nextSteps.front().find("wsafix detect"), std::string::npos);
}

TEST(Report, HtmlIsSelfContainedAndHasEverySection)
{
    const SessionRecord r = test::scenarioSession("lsp-adware", outlookIntake());
    const std::string page = html(r);
    EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_NE(page.find("<style>"), std::string::npos);
    EXPECT_NE(page.find("@media print"), std::string::npos);
    EXPECT_NE(page.find("<thead>"), std::string::npos);
    for (const char* external : {"<script", "<link", "src=", "http://", "https://", "url("})
        EXPECT_EQ(page.find(external), std::string::npos) << external;
    // The wizard's severity colours (SeverityStyle) for the error finding and the verdict.
    EXPECT_NE(page.find(std::string(toneColour(Tone::Error))), std::string::npos);
    EXPECT_NE(page.find("<div class=\"banner ok\"><div class=\"verdict\">Fixed</div>"), std::string::npos);
    EXPECT_NE(page.find("WSAEISCONN"), std::string::npos);
    EXPECT_NE(page.find(htmlEscaped(r.findings.front().title)), std::string::npos);
    for (const auto& e : r.findings.front().evidence)
        EXPECT_NE(page.find(htmlEscaped(e)), std::string::npos) << e;
    for (const auto& c : r.actions.front().commands)
        EXPECT_NE(page.find(htmlEscaped(c)), std::string::npos) << c;
    EXPECT_NE(page.find(r.actions.front().snapshotId), std::string::npos);
    EXPECT_NE(page.find("Probe series"), std::string::npos);
    EXPECT_NE(page.find("Timeline (UTC)"), std::string::npos);
    EXPECT_NE(page.find("SpeedSurf LSP"), std::string::npos); // catalog
}

TEST(Report, HtmlEscapesWhatTheSessionSays)
{
    SessionRecord r = test::scenarioSession("clean", Intake{"10056", "", 0, "", 0, "<script>alert(1)</script>"});
    r.note("a & b <b>not bold</b>");
    const std::string page = html(r);
    EXPECT_EQ(page.find("<script>"), std::string::npos);
    EXPECT_NE(page.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
    EXPECT_NE(page.find("a &amp; b &lt;b&gt;not bold&lt;/b&gt;"), std::string::npos);
}

TEST(Report, LargeInventoriesAreSummarised)
{
    const SessionRecord r = hugeSession();
    const ReportModel m = buildReportModel(r);
    EXPECT_EQ(m.sockets.total, 50000u);
    EXPECT_EQ(m.sockets.target.size(), 20u);
    EXPECT_EQ(m.sockets.topProcesses.size(), SocketSummary::kTopProcesses);
    EXPECT_EQ(m.sockets.otherProcesses, 41u - SocketSummary::kTopProcesses);
    std::size_t listed = m.sockets.otherProcessSockets;
    for (const auto& p : m.sockets.topProcesses)
        listed += p.count;
    EXPECT_EQ(listed, 50000u);
    const std::string page = renderHtmlReport(buildReportDocument(m));
    for (int i = 0; i < 20; ++i) // every socket of the target, in full
        EXPECT_NE(page.find("10.1.0." + std::to_string(i) + ":" + std::to_string(1024 + i)), std::string::npos);
    EXPECT_EQ(page.find("10.1.0.21:"), std::string::npos); // not another process's sockets
    EXPECT_LT(page.size(), 1'000'000u);
}

TEST(Report, MarkdownIsATicketSizedSummary)
{
    const SessionRecord small = test::scenarioSession("lsp-adware", outlookIntake());
    const std::string md = renderMarkdownReport(buildReportModel(small));
    EXPECT_EQ(md.rfind("## wsafix session " + small.id, 0), 0u);
    EXPECT_NE(md.find("- **Error:** 0x00002748 = WSAEISCONN (10056)"), std::string::npos) << md;
    EXPECT_NE(md.find("- **Ticket:** INC0012345"), std::string::npos);
    EXPECT_NE(md.find("- **Verdict:** Fixed"), std::string::npos);
    EXPECT_NE(md.find(small.findings.front().title), std::string::npos);
    EXPECT_NE(md.find("`remove-provider:1010`: applied"), std::string::npos);
    EXPECT_NE(md.find("### What to do next"), std::string::npos);
    EXPECT_LE(lines(md), static_cast<std::size_t>(kMaxMarkdownLines));

    const std::string big = renderMarkdownReport(buildReportModel(hugeSession()));
    EXPECT_LE(lines(big), static_cast<std::size_t>(kMaxMarkdownLines)) << big;
    EXPECT_NE(big.find("more findings in the full report"), std::string::npos);
    EXPECT_NE(big.find("more actions in the full report"), std::string::npos);
    EXPECT_NE(big.find("### What to do next"), std::string::npos);
}

TEST(Report, TextRunsSplitInlineCode)
{
    const auto runs = textRuns("Run `wsafix detect` now, or `x");
    ASSERT_EQ(runs.size(), 3u);
    EXPECT_EQ(runs[0].text, "Run ");
    EXPECT_TRUE(runs[1].code);
    EXPECT_EQ(runs[1].text, "wsafix detect");
    EXPECT_EQ(runs[2].text, " now, or `x");
}

TEST(Report, RedactsAFiftyThousandSocketSession)
{
    const Report report = Report::make(hugeSession(), true);
    EXPECT_EQ(report.model.sockets.total, 50000u);
    const std::string page = report.text(ReportFormat::Html);
    EXPECT_EQ(page.find("10.1.0."), std::string::npos);
    EXPECT_EQ(page.find("10.9.9.9"), std::string::npos);
    // One placeholder per distinct address: 50,000 local ones, the remote one, and the adapters' addresses.
    EXPECT_GT(report.model.redactions.at("ip"), 50001);
}
