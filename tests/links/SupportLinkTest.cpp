// Support links: a table of good and hostile links, each with what it pre-fills or why it is refused.
#include "diagnostics/links/SupportLink.h"

#include <gtest/gtest.h>

#include <string>
#include <type_traits>

namespace wsafix {
namespace {

struct LinkCase
{
    const char* name;
    std::string link;
    SupportLink expected; ///< when error is empty
    const char* error;    ///< a part of the refusal message, empty for a good link
};

SupportLink fields(std::string code, std::string process = {}, std::string host = {}, std::uint16_t port = 0,
                   std::string ticket = {})
{
    return {std::move(code), std::move(process), std::move(host), port, std::move(ticket)};
}

const std::string kLongHost = std::string(63, 'a') + "." + std::string(63, 'b') + "." + std::string(63, 'c') + "." +
                              std::string(61, 'd'); // 253 characters

const LinkCase kCases[] = {
    // Good links.
    {"design_example", "wsafix://diagnose?code=0x00002748&process=app.exe&host=example.com&port=443&ticket=INC0012345",
     fields("0x00002748", "app.exe", "example.com", 443, "INC0012345"), ""},
    {"no_query", "wsafix://diagnose", {}, ""},
    {"empty_query", "wsafix://diagnose?", {}, ""},
    {"slash_before_query", "wsafix://diagnose/?code=10056", fields("10056"), ""},
    {"code_decimal", "wsafix://diagnose?code=10056", fields("10056"), ""},
    {"code_name", "wsafix://diagnose?code=WSAEISCONN", fields("WSAEISCONN"), ""},
    {"code_hresult", "wsafix://diagnose?code=0x80072748", fields("0x80072748"), ""},
    {"code_with_encoded_spaces", "wsafix://diagnose?code=Socket%20error%20%23%2010056", fields("Socket error # 10056"),
     ""},
    {"scheme_and_action_any_case", "WSAFIX://Diagnose?code=10054", fields("10054"), ""},
    {"parameters_in_any_order", "wsafix://diagnose?ticket=INC1&port=8080&host=192.0.2.10&code=10056",
     fields("10056", {}, "192.0.2.10", 8080, "INC1"), ""},
    {"process_with_space_and_plus", "wsafix://diagnose?process=Notepad%2B%2B%20Portable.exe",
     fields({}, "Notepad++ Portable.exe"), ""},
    {"ipv6_raw_colons", "wsafix://diagnose?host=2001:db8::1&port=1", fields({}, {}, "2001:db8::1", 1), ""},
    {"ipv6_encoded_in_brackets", "wsafix://diagnose?host=%5B2001%3Adb8%3A%3A10%5D&port=65535",
     fields({}, {}, "[2001:db8::10]", 65535), ""},
    {"ipv6_with_ipv4_tail", "wsafix://diagnose?host=::ffff:192.0.2.1", fields({}, {}, "::ffff:192.0.2.1"), ""},
    {"host_trailing_dot", "wsafix://diagnose?host=mail.example.com.", fields({}, {}, "mail.example.com."), ""},
    {"host_punycode", "wsafix://diagnose?host=xn--bcher-kva.example", fields({}, {}, "xn--bcher-kva.example"), ""},
    {"host_253_characters", "wsafix://diagnose?host=" + kLongHost, fields({}, {}, kLongHost), ""},
    {"host_only", "wsafix://diagnose?host=example.invalid", fields({}, {}, "example.invalid"), ""},
    {"ticket_with_hash", "wsafix://diagnose?ticket=CASE%23123-4.5_6", fields({}, {}, {}, 0, "CASE#123-4.5_6"), ""},

    // Not a wsafix link, or another action.
    {"empty", "", {}, "is empty"},
    {"not_a_link", "10056", {}, "not a link"},
    {"http_scheme", "https://example.com/?code=10056", {}, "scheme is 'https'"},
    {"file_scheme", "file:///etc/passwd", {}, "scheme is 'file'"},
    {"lookalike_scheme", "wsafix2://diagnose?code=10056", {}, "scheme is 'wsafix2'"},
    {"no_slashes", "wsafix:diagnose?code=10056", {}, "no '//'"},
    {"action_fix", "wsafix://fix?id=winsock-reset", {}, "only action is 'diagnose'"},
    {"action_restore", "wsafix://restore?snapshot=1", {}, "only action is 'diagnose'"},
    {"action_run", "wsafix://run?cmd=netsh%20winsock%20reset", {}, "only action is 'diagnose'"},
    {"no_action", "wsafix://?code=10056", {}, "names no action"},
    {"path_after_action", "wsafix://diagnose/../fix?code=10056", {}, "has a path"},
    {"user_info", "wsafix://admin@diagnose?code=10056", {}, "user information"},
    {"user_info_with_password", "wsafix://user:pw@diagnose?code=10056", {}, "user information"},
    {"port_in_authority", "wsafix://diagnose:8080?code=10056", {}, "port in its address"},
    {"fragment", "wsafix://diagnose?code=10056#fix=all", {}, "fragment"},
    {"too_long", "wsafix://diagnose?code=10056&ticket=" + std::string(2100, 'A'), {}, "at most 2048"},

    // Parameters a link may not carry.
    {"fix_parameter", "wsafix://diagnose?code=10056&fix=winsock-reset", {}, "unknown parameter 'fix'"},
    {"snapshot_parameter", "wsafix://diagnose?snapshot=20261124-1", {}, "unknown parameter 'snapshot'"},
    {"file_parameter", "wsafix://diagnose?output=%2Ftmp%2Fx", {}, "unknown parameter 'output'"},
    {"command_parameter", "wsafix://diagnose?cmd=calc.exe", {}, "unknown parameter 'cmd'"},
    {"yes_parameter", "wsafix://diagnose?yes", {}, "unknown parameter 'yes'"},
    {"upper_case_name", "wsafix://diagnose?Code=10056", {}, "lower case"},
    {"encoded_name", "wsafix://diagnose?co%64e=10056", {}, "percent-encoded parameter name"},
    {"repeated_code", "wsafix://diagnose?code=10056&code=10054", {}, "repeats the parameter 'code'"},
    {"repeated_host_case",
     "wsafix://diagnose?host=a.example&port=1&host=b.example",
     {},
     "repeats the parameter 'host'"},
    {"empty_pair", "wsafix://diagnose?code=10056&&port=1", {}, "empty parameter"},
    {"trailing_ampersand", "wsafix://diagnose?code=10056&", {}, "empty parameter"},
    {"no_value", "wsafix://diagnose?code", {}, "has no value"},
    {"empty_value", "wsafix://diagnose?code=", {}, "is empty"},

    // Encoding tricks.
    {"encoded_nul", "wsafix://diagnose?process=app.exe%00.txt", {}, "NUL byte"},
    {"encoded_crlf", "wsafix://diagnose?ticket=INC1%0D%0AX-Injected:1", {}, "carriage return"},
    {"encoded_lf", "wsafix://diagnose?code=10056%0A", {}, "line feed"},
    {"double_encoding", "wsafix://diagnose?process=app%252Eexe", {}, "percent-encoded twice"},
    {"encoded_ampersand", "wsafix://diagnose?code=10056%26fix%3Dwinsock-reset", {}, "smuggle a parameter"},
    {"encoded_equals", "wsafix://diagnose?ticket=A%3DB", {}, "smuggle a parameter"},
    {"raw_plus", "wsafix://diagnose?process=a+b.exe", {}, "'+'"},
    {"broken_percent", "wsafix://diagnose?code=10056%2", {}, "two hex digits"},
    {"percent_not_hex", "wsafix://diagnose?code=%G0", {}, "two hex digits"},
    {"overlong_dot", "wsafix://diagnose?process=%C0%AE%C0%AE%C0%AFapp.exe", {}, "overlong UTF-8"},
    {"overlong_three_bytes", "wsafix://diagnose?process=%E0%80%AEapp", {}, "overlong UTF-8"},
    {"invalid_utf8", "wsafix://diagnose?process=%FFapp", {}, "not valid UTF-8"},
    {"encoded_surrogate", "wsafix://diagnose?process=%ED%A0%80app", {}, "not valid UTF-8"},
    {"raw_space", "wsafix://diagnose?process=my app.exe", {}, "contains a space"},
    {"raw_newline", "wsafix://diagnose?code=10056\nfix=all", {}, "control character"},
    {"raw_non_ascii", "wsafix://diagnose?process=\xc3\xa4pp.exe", {}, "non-ASCII"},
    {"raw_semicolon", "wsafix://diagnose?code=10056;fix=all", {}, "must be percent-encoded"},
    {"raw_slash_in_value", "wsafix://diagnose?process=../../bin/sh", {}, "must be percent-encoded"},

    // Values.
    {"code_unknown", "wsafix://diagnose?code=99999", {}, "not an error code wsafix knows"},
    {"code_ambiguous", "wsafix://diagnose?code=106", {}, "ambiguous"},
    {"code_too_long", "wsafix://diagnose?code=" + std::string(70, '1'), {}, "longer than 64"},
    {"process_path", "wsafix://diagnose?process=C%3A%5CWindows%5Ccmd.exe", {}, "no path"},
    {"process_dotdot", "wsafix://diagnose?process=app..exe", {}, "'..'"},
    {"process_pid", "wsafix://diagnose?process=1234", {}, "not a process id"},
    {"process_option", "wsafix://diagnose?process=-rf", {}, "start with a letter"},
    {"process_unicode", "wsafix://diagnose?process=%C3%A4pp.exe", {}, "may contain only"},
    {"host_shell", "wsafix://diagnose?host=x%3Brm%20-rf", {}, "letters, digits, dots and hyphens"},
    {"host_underscore", "wsafix://diagnose?host=exa_mple.com", {}, "letters, digits, dots and hyphens"},
    {"host_254_characters", "wsafix://diagnose?host=a" + kLongHost, {}, "at most 253"},
    {"host_long_label", "wsafix://diagnose?host=" + std::string(64, 'a') + ".example", {}, "longer than 63"},
    {"host_empty_label", "wsafix://diagnose?host=a..example", {}, "empty label"},
    {"host_hyphen_label", "wsafix://diagnose?host=-a.example", {}, "starts or ends with '-'"},
    {"host_bad_ipv4", "wsafix://diagnose?host=256.1.1.1", {}, "not a valid IPv4"},
    {"host_octal_ipv4", "wsafix://diagnose?host=010.0.0.1", {}, "not a valid IPv4"},
    {"host_short_ipv4", "wsafix://diagnose?host=127.1", {}, "not a valid IPv4"},
    {"host_bad_ipv6", "wsafix://diagnose?host=2001:db8:::1", {}, "not a valid IPv6"},
    {"host_ipv6_too_many_groups", "wsafix://diagnose?host=1:2:3:4:5:6:7:8:9", {}, "not a valid IPv6"},
    {"host_ipv6_zone", "wsafix://diagnose?host=fe80::1%25eth0", {}, "percent-encoded twice"},
    {"host_unicode", "wsafix://diagnose?host=b%C3%BCcher.example", {}, "xn-- form"},
    {"port_zero", "wsafix://diagnose?port=0", {}, "1 to 65535"},
    {"port_too_big", "wsafix://diagnose?port=65536", {}, "1 to 65535"},
    {"port_negative", "wsafix://diagnose?port=-1", {}, "1 to 65535"},
    {"port_name", "wsafix://diagnose?port=https", {}, "1 to 65535"},
    {"port_huge", "wsafix://diagnose?port=99999999999999999999", {}, "1 to 65535"},
    {"ticket_space", "wsafix://diagnose?ticket=INC%2012", {}, "may contain only"},
    {"ticket_slash", "wsafix://diagnose?ticket=..%2F..%2Fetc", {}, "may contain only"},
    {"ticket_too_long", "wsafix://diagnose?ticket=" + std::string(65, 'A'), {}, "longer than 64"},
};

class SupportLinkTest : public testing::TestWithParam<LinkCase>
{
};

TEST_P(SupportLinkTest, ParsesOrRefusesWithAClearMessage)
{
    const LinkCase& c = GetParam();
    const ParsedSupportLink parsed = parseSupportLink(c.link);
    if (std::string(c.error).empty()) {
        ASSERT_TRUE(parsed.link) << c.link << ": " << parsed.error;
        EXPECT_EQ(*parsed.link, c.expected);
        EXPECT_TRUE(parsed.error.empty());
        // What a good link pre-fills survives a round trip through `link make`.
        const ParsedSupportLink again = parseSupportLink(makeSupportLink(*parsed.link));
        ASSERT_TRUE(again.link) << makeSupportLink(*parsed.link) << ": " << again.error;
        EXPECT_EQ(*again.link, c.expected);
    } else {
        EXPECT_FALSE(parsed.link) << c.link;
        EXPECT_NE(parsed.error.find(c.error), std::string::npos) << "message: " << parsed.error;
        // The message never echoes more than a short piece of the link, nor any control character.
        EXPECT_LT(parsed.error.size(), 300U) << parsed.error;
        for (const char ch : parsed.error)
            EXPECT_GE(static_cast<unsigned char>(ch), 0x20) << parsed.error;
    }
}

INSTANTIATE_TEST_SUITE_P(Links, SupportLinkTest, testing::ValuesIn(kCases),
                         [](const testing::TestParamInfo<LinkCase>& p) { return std::string(p.param.name); });

TEST(SupportLinkTest, TableHasEnoughGoodAndHostileLinks)
{
    int good = 0, hostile = 0;
    for (const auto& c : kCases)
        ++(std::string(c.error).empty() ? good : hostile);
    EXPECT_GE(good, 15);
    EXPECT_GE(hostile, 40);
}

TEST(SupportLinkTest, NamesTheParameterAMessageIsAbout)
{
    EXPECT_EQ(parseSupportLink("wsafix://diagnose?port=0").parameter, "port");
    EXPECT_EQ(parseSupportLink("wsafix://diagnose?fix=x").parameter, "fix");
    EXPECT_EQ(parseSupportLink("wsafix://fix").parameter, "");
}

TEST(SupportLinkTest, MakeEncodesEverythingButUnreservedCharacters)
{
    const SupportLink link = fields("Socket error # 10056", "Notepad++ Portable.exe", "2001:db8::1", 443, "A#1");
    EXPECT_EQ(makeSupportLink(link), "wsafix://diagnose?code=Socket%20error%20%23%2010056"
                                     "&process=Notepad%2B%2B%20Portable.exe&host=2001:db8::1&port=443&ticket=A%231");
    EXPECT_EQ(makeSupportLink({}), "wsafix://diagnose");
}

TEST(SupportLinkTest, FieldProblemsMatchTheParser)
{
    EXPECT_EQ(supportLinkFieldProblem("port", "443"), "");
    EXPECT_NE(supportLinkFieldProblem("port", "0"), "");
    EXPECT_NE(supportLinkFieldProblem("process", "C:\\Windows\\cmd.exe"), "");
    EXPECT_NE(supportLinkFieldProblem("fix", "winsock-reset"), "");
    // Found by fuzz_support_link: the parser refuses an encoded '=', '&' or '%' in a value, so make must too.
    EXPECT_NE(supportLinkFieldProblem("code", "wsafix://?code=10056"), "");
    EXPECT_NE(supportLinkFieldProblem("ticket", "INC1&fix=x"), "");
    EXPECT_NE(supportLinkFieldProblem("ticket", "100%"), "");
}

// Structurally, a link carries the five intake values and nothing else: no fix id, snapshot id, command or path.
// Adding a member breaks this structured binding, so a new field cannot slip in unnoticed.
TEST(SupportLinkTest, CarriesOnlyTheFiveIntakeValues)
{
    const SupportLink link = fields("10056", "app.exe", "example.com", 443, "INC1");
    const auto& [code, process, host, port, ticket] = link;
    static_assert(std::is_same_v<decltype(port), const std::uint16_t>);
    static_assert(std::is_aggregate_v<SupportLink>);
    static_assert(sizeof(SupportLink) <= 4 * sizeof(std::string) + sizeof(std::uint64_t),
                  "SupportLink grew: a link must carry only code, process, host, port and ticket");
    const Intake intake = prefilledIntake(link);
    EXPECT_EQ(intake.code, code);
    EXPECT_EQ(intake.process, process);
    EXPECT_EQ(intake.pid, 0U); // a link never chooses a process id
    EXPECT_EQ(intake.host, host);
    EXPECT_EQ(intake.port, port);
    EXPECT_EQ(intake.ticket, ticket);
}

} // namespace
} // namespace wsafix
