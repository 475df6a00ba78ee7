// Session record files (the state directory, `report --session`, resuming after a reboot): bad text is refused
// with SessionError and nothing else, and a record that loads saves back to the same record.

#include "FuzzCheck.h"

#include "diagnostics/InventoryJson.h"
#include "diagnostics/SessionStore.h"

#include <nlohmann/json.hpp>

using namespace wsafix;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    SessionRecord record;
    try {
        record = parseSessionRecord(fuzz::asText(data, size), "fuzz.json");
    } catch (const SessionError& e) {
        FUZZ_CHECK(std::string_view(e.what()).rfind("fuzz.json: ", 0) == 0);
        return 0;
    }
    const nlohmann::json saved = record;
    const SessionRecord again = parseSessionRecord(saved.dump(1), "saved.json");
    FUZZ_CHECK(again == record);
    return 0;
}
