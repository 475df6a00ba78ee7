// The error-code parser and the decoder behind `wsafix decode` and the intake page: any bytes must give an
// answer, never a crash, and the --json document must always serialise (valid UTF-8 whatever was pasted).

#include "FuzzCheck.h"

#include "diagnostics/errors/DecodeJson.h"
#include "diagnostics/errors/Decoder.h"
#include "diagnostics/errors/ErrorCodeParser.h"

#include <nlohmann/json.hpp>

using namespace wsafix;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view raw = fuzz::asText(data, size);

    const ParsedErrorText parsed = parseErrorText(raw);
    FUZZ_CHECK(parsed.input.text.size() <= InputText::kMaxBytes * 4);
    for (const CodeMention& m : parsed.mentions) {
        FUZZ_CHECK(m.offset <= parsed.input.text.size());
        for (const CodeReading& r : m.readings)
            FUZZ_CHECK(r.entry != nullptr);
    }

    const DecodeResult result = decodeError(raw);
    FUZZ_CHECK(!result.decoded() || result.entry != nullptr);
    // Ambiguous may keep a single known reading ("11": errno 11, or Windows code 11 that is no Winsock error).
    FUZZ_CHECK(result.status != DecodeStatus::Ambiguous || !result.candidates.empty());
    // dump() throws on invalid UTF-8: what `decode --json` prints must be valid whatever the input was.
    const std::string json = decodeDocument(result).dump();
    FUZZ_CHECK(!json.empty());
    return 0;
}
