#include "diagnostics/report/Redactor.h"
#include "diagnostics/InventoryJson.h"
#include "diagnostics/report/HtmlReport.h"
#include "diagnostics/report/JsonReport.h"
#include "diagnostics/report/MarkdownReport.h"
#include "diagnostics/report/ReportDocument.h"
#include "diagnostics/report/SensitiveText.h"

#include "ReportSessions.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace wsafix;

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// "kind:value" for every span, to compare with the expectation in one line.
std::string spans(std::string_view text)
{
    std::string out;
    for (const auto& s : findSensitiveSpans(text))
        out += (out.empty() ? "" : " ") + std::string(sensitiveKindName(s.kind)) + ":" +
               std::string(text.substr(s.begin, s.length));
    return out;
}

} // namespace

struct SpanCase
{
    const char* text;
    const char* expected;
};

class SensitiveSpans : public testing::TestWithParam<SpanCase>
{
};

TEST_P(SensitiveSpans, AreFoundByTheirForm)
{
    EXPECT_EQ(spans(GetParam().text), GetParam().expected) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Report, SensitiveSpans,
    testing::Values(
        SpanCase{"tcp 192.168.1.23:51544 -> 142.250.74.110:443", "ip:192.168.1.23 ip:142.250.74.110"},
        SpanCase{"[2001:db8::42]:443 and fe80::1c2d:3e4f:5a6b:7c8d.", "ip:2001:db8::42 ip:fe80::1c2d:3e4f:5a6b:7c8d"},
        SpanCase{"::ffff:10.0.0.1", "ip:::ffff:10.0.0.1"},
        SpanCase{"mac 3c:52:82:1a:9e:04, 3C-52-82-1A-9E-05", "mac:3c:52:82:1a:9e:04 mac:3C-52-82-1A-9E-05"},
        SpanCase{"reach intranet.corp-example.net or EXAMPLE.COM.",
                 "domain:intranet.corp-example.net domain:EXAMPLE.COM"},
        SpanCase{"https://example.com/x and jdoe@corp.example", "domain:example.com email:jdoe@corp.example"},
        SpanCase{"s3cret.user@example.org, alice@laptop:~$ and getty@tty1.service",
                 "email:s3cret.user@example.org email:alice@laptop"},
        SpanCase{"S-1-5-21-1111111111-2222222222-3333333333-1001 S-1-5-18 S-1-5-32-544",
                 "sid:S-1-5-21-1111111111-2222222222-3333333333-1001"},
        SpanCase{"\\\\FILESRV42\\share \\\\10.1.2.3\\c$ \\\\?\\C:\\x \\\\.\\pipe\\y \\\\wsl$\\Ubuntu",
                 "host:FILESRV42 ip:10.1.2.3"},
        SpanCase{"smb://NAS7/music, file:///C:/x, http://localhost:8080/", "host:NAS7"},
        SpanCase{"  TCP    10.0.0.5:51544   FILESRV42:microsoft-ds  ESTABLISHED\n"
                 "Error:10056 remove-provider:1010",
                 "ip:10.0.0.5 host:FILESRV42"},
        SpanCase{"C:\\Documents and Settings\\jdoe\\x, /root/.ssh and /rootfs /var/root", "user:jdoe user:root"},
        SpanCase{"C:\\Users\\John Smith\\Desktop, C:\\Users\\jdoe is here, C:\\\\Users\\\\amy\\\\x",
                 "user:John Smith user:jdoe user:amy"},
        SpanCase{"DHCPv6 Client DUID. . . : 00-01-00-01-2B-3C-4D-5E-5C-87-9C-13-57-9B\n"
                 "DHCPv6 IAID . . . . . : 50331741\nIAID DHCPv6 . . : 1234",
                 "duid:00-01-00-01-2B-3C-4D-5E-5C-87-9C-13-57-9B iaid:50331741 iaid:1234"},
        SpanCase{"Host Name . . . : WS01\nAccount Name: jdoe Account Domain: CORP User: N/A",
                 "host:WS01 user:jdoe domain:CORP"},
        SpanCase{"net use \\\\srv\\x /user:CORP\\jdoe", "host:srv domain:CORP user:jdoe"},
        SpanCase{"{\"server\": \"\\\\\\\\NAS9\\\\share\"} \\\\\\\\?\\\\C:\\\\x", "host:NAS9"},
        SpanCase{"All User Profile     : Home Net\nProfile Name: Office SSID: Office 5G",
                 "ssid:Home Net ssid:Office ssid:Office 5G"},
        SpanCase{"C:\\Users\\jdoe\\AppData\\x.exe", "user:jdoe"},
        SpanCase{"/home/alice/.config and /Users/bob/Library", "user:alice user:bob"},
        SpanCase{"C:\\Users\\Public\\x", ""},
        SpanCase{"SSID: Home Net 5G, BSSID 3c:52:82:1a:9e:04", "ssid:Home Net 5G mac:3c:52:82:1a:9e:04"},
        SpanCase{"SSID \"Cafe Guest\" and ssid=Lab", "ssid:Cafe Guest ssid:Lab"},
        // Not personal: files, paths, type names, versions, times, ids, C++ names.
        SpanCase{"mswsock.dll OUTLOOK.EXE /etc/ld.so.preload C:\\dir\\lib.x64", ""},
        SpanCase{"System.Net.Sockets.SocketException (10056)", ""},
        SpanCase{"Windows 10.0.19045, version 1.2.3.4.5, e.g. this", ""},
        SpanCase{"2026-11-24T18:03:12Z 20261124-180312-4f2a std::string", ""},
        SpanCase{"{E70F1AA0-AB8B-11CF-8CA3-00805F48A192} remove-provider:1010", ""}),
    [](const testing::TestParamInfo<SpanCase>& param) { return "case" + std::to_string(param.index); });

TEST(Redactor, AnonymousAddressesAreKept)
{
    Redactor r;
    EXPECT_EQ(r.redact("0.0.0.0:135 127.0.0.1:80 [::1]:443 :: 192.168.1.1"),
              "0.0.0.0:135 127.0.0.1:80 [::1]:443 :: <ip-1>");
}

TEST(Redactor, SameValueSamePlaceholderWhateverItsCase)
{
    Redactor r;
    r.learn("FINANCE-PC-0042", SensitiveKind::Host);
    EXPECT_EQ(r.redact("10.0.0.1 finance-pc-0042 10.0.0.2 10.0.0.1 FINANCE-PC-0042 Finance-PC-00421"),
              "<ip-1> <host-1> <ip-2> <ip-1> <host-1> Finance-PC-00421");
    EXPECT_EQ(r.redact("AA:BB:CC:DD:EE:FF aa:bb:cc:dd:ee:ff"), "<mac-1> <mac-1>");
    EXPECT_EQ(r.counts(), (std::map<std::string, int>{{"host", 1}, {"ip", 2}, {"mac", 1}}));
}

TEST(Redactor, PlantedValuesAppearInNoFormat)
{
    const SessionRecord planted = test::plantedSession();
    // The planted values really are in the unredacted report: otherwise this test could not fail.
    const std::string plain = renderJsonReport(planted, buildReportModel(planted));
    for (const auto& value : test::plantedValues())
        ASSERT_NE(lower(plain).find(lower(value)), std::string::npos) << value;

    Redactor redactor;
    const SessionRecord redacted = redactor.apply(planted);
    ReportOptions options;
    options.redacted = true;
    options.redactions = redactor.counts();
    const ReportModel model = buildReportModel(redacted, options);
    const std::vector<std::pair<std::string, std::string>> formats{
        {"html", renderHtmlReport(buildReportDocument(model))},
        {"md", renderMarkdownReport(model)},
        {"json", renderJsonReport(redacted, model)}};
    for (const auto& [format, text] : formats) {
        for (const auto& value : test::plantedValues())
            EXPECT_EQ(lower(text).find(lower(value)), std::string::npos) << value << " in " << format;
        EXPECT_NE(text.find(format == "html" ? "&lt;host-1&gt;" : "<host-1>"), std::string::npos) << format;
    }
    // Findings, verdict and the error survive redaction.
    EXPECT_NE(formats[1].second.find("WSAEISCONN"), std::string::npos);
    EXPECT_NE(formats[1].second.find("- **Verdict:** "), std::string::npos);
    EXPECT_EQ(redacted.findings.size(), planted.findings.size());
}

TEST(Redactor, PlaceholdersAreStableAcrossTheRecord)
{
    Redactor redactor;
    const SessionRecord r = redactor.apply(test::plantedSession());
    const Adapter& wifi = r.inventory->adapters.back();
    EXPECT_EQ(wifi.mac.rfind("<mac-", 0), 0u);
    const std::string ip = wifi.addresses.front().address;
    EXPECT_EQ(ip.rfind("<ip-", 0), 0u);
    const auto socket = std::find_if(r.inventory->sockets.begin(), r.inventory->sockets.end(),
                                     [&](const SocketEntry& s) { return s.localAddress == ip; });
    EXPECT_NE(socket, r.inventory->sockets.end()) << "the adapter's address and the socket's share a placeholder";
    EXPECT_EQ(r.system.user, "<user-1>");
    EXPECT_EQ(r.system.hostname, "<host-1>");
    EXPECT_EQ(r.intake.host, "<domain-1>");
    EXPECT_NE(r.inventory->processes.end(),
              std::find_if(r.inventory->processes.begin(), r.inventory->processes.end(), [](const ProcessInfo& p) {
                  return p.path == "C:\\Users\\<user-1>\\AppData\\Local\\Outlook\\OUTLOOK.EXE";
              }));
    EXPECT_NE(r.timeline.back().what.find("user <user-1> on <host-1> joined <ssid-1> at " + ip), std::string::npos)
        << r.timeline.back().what;
    // What is no one's: enum names, ids, the error code, the catalog.
    EXPECT_EQ(r.id.find('<'), std::string::npos);
    EXPECT_EQ(r.intake.code, "0x00002748");
    EXPECT_EQ(r.findings.front().id, "layered-provider");
    EXPECT_EQ(r.inventory->catalog, test::plantedSession().inventory->catalog);
}
