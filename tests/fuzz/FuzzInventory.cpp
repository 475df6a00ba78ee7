// The inventory reader: `wsafix detect --json` documents and the inventory inside session records. Bad JSON
// is refused with a json or invalid_argument exception (InventoryJson.h); an inventory that loads must go
// through every rule, and save back to the same inventory.

#include "FuzzCheck.h"

#include "diagnostics/InventoryJson.h"
#include "diagnostics/Rules.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

using namespace wsafix;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text = fuzz::asText(data, size);
    Inventory inventory;
    try {
        inventory = nlohmann::json::parse(text.begin(), text.end()).get<Inventory>();
    } catch (const nlohmann::json::exception&) {
        return 0;
    } catch (const std::invalid_argument&) {
        return 0;
    }

    Intake intake;
    if (!inventory.sockets.empty()) {
        intake.pid = inventory.sockets.front().pid;
        intake.process = inventory.sockets.back().processName;
    }
    for (const Finding& f : evaluateRules(inventory, intake))
        FUZZ_CHECK(!f.id.empty() && !f.title.empty());

    const nlohmann::json saved = inventory;
    FUZZ_CHECK(nlohmann::json::parse(saved.dump()).get<Inventory>() == inventory);
    return 0;
}
