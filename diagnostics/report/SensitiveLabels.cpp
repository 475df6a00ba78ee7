#include "diagnostics/report/SensitiveLabels.h"

#include "diagnostics/report/TextScan.h"

#include <array>

namespace wsafix {
namespace {

using namespace scan;

enum class Form
{
    Token,  ///< one word ("WS01", "CORP\jdoe", "ws01.corp.example")
    Phrase, ///< words up to the end of the line or the next "Label:" (network and profile names have spaces)
    Number  ///< digits
};

struct Label
{
    std::string_view text; ///< lower case; a space matches one space
    SensitiveKind kind;
    Form form;
};

// English as Windows and Linux print it, and the German, French and Spanish labels of the outputs the paste
// analyzer reads. The longest label that matches wins ("User Name" before "User").
constexpr std::array<Label, 36> kLabels{{
    {"ssid", SensitiveKind::Ssid, Form::Phrase},
    {"profile", SensitiveKind::Ssid, Form::Phrase},
    {"profile name", SensitiveKind::Ssid, Form::Phrase},
    {"user profile", SensitiveKind::Ssid, Form::Phrase},
    {"all user profile", SensitiveKind::Ssid, Form::Phrase},
    {"network name", SensitiveKind::Ssid, Form::Phrase},
    {"profilname", SensitiveKind::Ssid, Form::Phrase},
    {"nom du profil", SensitiveKind::Ssid, Form::Phrase},
    {"host name", SensitiveKind::Host, Form::Token},
    {"hostname", SensitiveKind::Host, Form::Token},
    {"nombre de host", SensitiveKind::Host, Form::Token},
    {"nom de l'h\xc3\xb4te", SensitiveKind::Host, Form::Token},
    {"computer", SensitiveKind::Host, Form::Token},
    {"computer name", SensitiveKind::Host, Form::Token},
    {"computername", SensitiveKind::Host, Form::Token},
    {"computador", SensitiveKind::Host, Form::Token},
    {"rechnername", SensitiveKind::Host, Form::Token},
    {"workstation", SensitiveKind::Host, Form::Token},
    {"workstation name", SensitiveKind::Host, Form::Token},
    {"server name", SensitiveKind::Host, Form::Token},
    {"machine name", SensitiveKind::Host, Form::Token},
    {"client name", SensitiveKind::Host, Form::Token},
    {"user", SensitiveKind::User, Form::Token},
    {"user name", SensitiveKind::User, Form::Token},
    {"username", SensitiveKind::User, Form::Token},
    {"account name", SensitiveKind::User, Form::Token},
    {"logon account", SensitiveKind::User, Form::Token},
    {"benutzer", SensitiveKind::User, Form::Token},
    {"benutzername", SensitiveKind::User, Form::Token},
    {"domain", SensitiveKind::Domain, Form::Token},
    {"account domain", SensitiveKind::Domain, Form::Token},
    {"dns suffix", SensitiveKind::Domain, Form::Token},
    {"primary dns suffix", SensitiveKind::Domain, Form::Token},
    {"connection-specific dns suffix", SensitiveKind::Domain, Form::Token},
    {"dns suffix search list", SensitiveKind::Domain, Form::Token},
    {"iaid", SensitiveKind::Iaid, Form::Number},
}};

// Values behind such labels that name no one; replacing them would only hide what the output says.
constexpr std::array<std::string_view, 20> kNoOne{"n/a",
                                                  "-",
                                                  "none",
                                                  "null",
                                                  "(null)",
                                                  "unknown",
                                                  "system",
                                                  "public",
                                                  "private",
                                                  "domain",
                                                  "local system",
                                                  "local service",
                                                  "network service",
                                                  "localhost",
                                                  "yes",
                                                  "no",
                                                  "true",
                                                  "false",
                                                  "nt authority\\system",
                                                  "nt authority"};

bool isTerminator(char c)
{
    return c == '\0' || c == '\r' || c == '\n' || std::string_view("\"'<>|,;()[]").find(c) != std::string_view::npos;
}

// Where the label's separator ends: after "Label", dot leaders (" . . . ") and ':' or '=', and the spaces after;
// a Phrase label may also be followed directly by a quoted value (`SSID "Cafe Guest"`). npos when none.
std::size_t afterSeparator(std::string_view text, std::size_t p, Form form)
{
    const auto skipLeaders = [&] {
        while (at(text, p) == ' ' || at(text, p) == '\t' || at(text, p) == '.')
            ++p;
    };
    skipLeaders();
    // French: "IAID DHCPv6 . . . : 50331741".
    if (startsWithIgnoreCase(text, p, "dhcpv6") && !isAlnum(at(text, p + 6))) {
        p += 6;
        skipLeaders();
    }
    if (at(text, p) == ':' || at(text, p) == '=') {
        ++p;
        while (at(text, p) == ' ' || at(text, p) == '\t')
            ++p;
        return p;
    }
    if (form == Form::Phrase && (at(text, p) == '"' || at(text, p) == '\'') && p > 0 && text[p - 1] == ' ')
        return p;
    return std::string_view::npos;
}

// The value at `p` in `form`: {begin, length}, length 0 when there is none.
std::pair<std::size_t, std::size_t> valueAt(std::string_view text, std::size_t p, Form form)
{
    const char quote = at(text, p);
    if ((quote == '"' || quote == '\'') && form != Form::Number) {
        const auto close = text.find(quote, p + 1);
        if (close == std::string_view::npos || close == p + 1 || text.substr(p, close - p).find('\n') != text.npos)
            return {0, 0};
        return {p + 1, close - p - 1};
    }
    std::size_t end = p;
    if (form == Form::Number) {
        while (isDigit(at(text, end)))
            ++end;
        return isAlnum(at(text, end)) ? std::pair<std::size_t, std::size_t>{0, 0} : std::pair{p, end - p};
    }
    if (form == Form::Token) {
        while (!isTerminator(at(text, end)) && !isSpace(at(text, end)))
            ++end;
    } else {
        // Words up to the end of the line, stopping before a word that ends in ':' (the next label of a message
        // whose lines were joined: "Profile Name: Home SSID: Home").
        std::size_t word = p;
        while (!isTerminator(at(text, end))) {
            if (isSpace(text[end])) {
                word = end + 1;
            } else if (text[end] == ':' && (isSpace(at(text, end + 1)) || at(text, end + 1) == '\0') && word > p) {
                end = word;
                break;
            }
            ++end;
        }
        while (end > p && isSpace(text[end - 1]))
            --end;
    }
    while (end > p && (text[end - 1] == '.' || text[end - 1] == ':'))
        --end; // the end of a sentence
    return {p, end - p};
}

bool namesNoOne(std::string_view value)
{
    return std::any_of(kNoOne.begin(), kNoOne.end(), [&](std::string_view v) { return equalsIgnoreCase(v, value); });
}

} // namespace

std::optional<SensitiveSpan> labelledValue(std::string_view text, std::size_t i)
{
    if (isAlnum(before(text, i)))
        return std::nullopt;
    const char first = lowerChar(at(text, i));
    const Label* best = nullptr;
    for (const auto& label : kLabels) {
        if (label.text.front() != first || (best && best->text.size() >= label.text.size()) ||
            !startsWithIgnoreCase(text, i, label.text) || isAlnum(at(text, i + label.text.size())))
            continue;
        best = &label;
    }
    if (!best)
        return std::nullopt;
    const auto p = afterSeparator(text, i + best->text.size(), best->form);
    if (p == std::string_view::npos)
        return std::nullopt;
    const auto [begin, length] = valueAt(text, p, best->form);
    if (length == 0 || namesNoOne(text.substr(begin, length)))
        return std::nullopt;
    return SensitiveSpan{begin, length, best->kind};
}

} // namespace wsafix
