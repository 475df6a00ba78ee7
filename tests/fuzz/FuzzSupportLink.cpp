// Support links (`wsafix://diagnose?...`, untrusted text from an email): parseSupportLink never throws, refuses with
// a reason, accepts only values that `link make` would accept too, and every link makeSupportLink builds parses
// back to the same fields. The input is tried twice: as a link, and as five field values (code, process, host,
// port, ticket) separated by newlines, which go through make → parse when each value is acceptable.

#include "FuzzCheck.h"

#include "diagnostics/links/SupportLink.h"

#include <array>
#include <charconv>
#include <exception>
#include <string>

using namespace wsafix;

namespace {

constexpr std::array<std::string_view, 5> kFields{"code", "process", "host", "port", "ticket"};

void checkRoundTrip(const SupportLink& link)
{
    const std::string made = makeSupportLink(link);
    const ParsedSupportLink back = parseSupportLink(made);
    if (!back.link)
        std::fprintf(stderr, "made %s, refused: %s\n", made.c_str(), back.error.c_str());
    FUZZ_CHECK(back.link.has_value());
    FUZZ_CHECK(*back.link == link);
}

void asLink(std::string_view text)
{
    const ParsedSupportLink parsed = parseSupportLink(text);
    FUZZ_CHECK(parsed.link.has_value() == parsed.error.empty());
    if (!parsed.link)
        return;
    const SupportLink& link = *parsed.link;
    FUZZ_CHECK(text.size() <= SupportLink::kMaxLength);
    const std::array<std::string, 5> values{link.code, link.process, link.host,
                                            link.port ? std::to_string(link.port) : std::string(), link.ticket};
    for (std::size_t i = 0; i < kFields.size(); ++i)
        FUZZ_CHECK(values[i].empty() || supportLinkFieldProblem(kFields[i], values[i]).empty());
    checkRoundTrip(link);
    (void)prefilledIntake(link);
}

void asFields(std::string_view text)
{
    std::array<std::string, 5> values;
    std::size_t start = 0;
    for (std::size_t i = 0; i < values.size() && start <= text.size(); ++i) {
        const std::size_t end = i + 1 < values.size() ? std::min(text.find('\n', start), text.size()) : text.size();
        values[i] = std::string(text.substr(start, end - start));
        start = end + 1;
    }
    for (std::size_t i = 0; i < kFields.size(); ++i)
        if (!values[i].empty() && !supportLinkFieldProblem(kFields[i], values[i]).empty())
            return;
    SupportLink link{values[0], values[1], values[2], 0, values[4]};
    if (!values[3].empty()) {
        const auto [end, ec] = std::from_chars(values[3].data(), values[3].data() + values[3].size(), link.port);
        FUZZ_CHECK(ec == std::errc() && end == values[3].data() + values[3].size()); // the field check said "a port"
    }
    checkRoundTrip(link);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text = fuzz::asText(data, size);
    try {
        asLink(text);
        asFields(text);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "escaped: %s\n", e.what());
        FUZZ_CHECK(!"a support link function threw");
    }
    return 0;
}
