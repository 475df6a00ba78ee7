// Pasted command output. With FUZZ_PASTE_EACH_KIND (target fuzz_paste_parsers) every input goes through the parser
// of every kind (parsePasteAs, without recognition), so one target and one long run cover each parser; without it
// (fuzz_analyze_paste) the input goes through the whole analysis (analyzePaste: text decoding, recognition of every
// kind, the combined inventory, the rules and the `analyze --json` document).
// Besides "no crash, no leak, no UB": nothing throws, line numbers lie inside the input, a parser only produces
// sections of its own kind, and the JSON document always serialises (valid UTF-8, whatever the bytes were).

#include "FuzzCheck.h"

#include "diagnostics/analyze/AnalysisJson.h"
#include "diagnostics/analyze/PasteAnalyzer.h"

#include <nlohmann/json.hpp>

#include <exception>

using namespace wsafix;

namespace {

// A line is at least one byte (a UTF-16 line two), so no line number can pass the input's size + 1.
void checkLines(const PasteAnalysis& analysis, std::size_t size)
{
    for (const auto& section : analysis.sections) {
        FUZZ_CHECK(section.kind != PasteKind::Unknown);
        FUZZ_CHECK(section.firstLine >= 1 && section.firstLine <= section.lastLine && section.lastLine <= size + 1);
    }
    for (const auto& line : analysis.unparsed)
        FUZZ_CHECK(line.line >= 1 && line.line <= line.lastLine && line.lastLine <= size + 1);
}

void check(const PasteAnalysis& analysis, std::string_view text)
{
    checkLines(analysis, text.size());
    FUZZ_CHECK(analysis.recognised() == !analysis.sections.empty());
    const std::vector<PasteAnalysis> inputs{analysis};
    const CombinedAnalysis combined = combineAnalyses(inputs);
    const std::vector<Finding> findings = evaluatePastedRules(combined, Intake{});
    // dump() throws on invalid UTF-8: every string taken from the input must have been decoded or replaced.
    const std::string document = analyzeDocument(inputs, combined, findings).dump();
    FUZZ_CHECK(!document.empty());
}

void run(std::string_view text)
{
#ifdef FUZZ_PASTE_EACH_KIND
    for (int k = static_cast<int>(PasteKind::WinsockCatalog); k <= static_cast<int>(PasteKind::EventLog); ++k) {
        const auto kind = static_cast<PasteKind>(k);
        const PasteAnalysis analysis = parsePasteAs(kind, text);
        for (const auto& section : analysis.sections)
            FUZZ_CHECK(section.kind == analysis.sections.front().kind); // a parser yields one kind of section
        check(analysis, text);
    }
#else
    const PasteAnalysis analysis = analyzePaste(text, "fuzz");
    FUZZ_CHECK(analysis.source == "fuzz");
    check(analysis, text);
#endif
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    try {
        run(fuzz::asText(data, size));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "escaped: %s\n", e.what());
        FUZZ_CHECK(!"the analysis of pasted output threw");
    }
    return 0;
}
