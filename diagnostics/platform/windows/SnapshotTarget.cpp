#include "diagnostics/platform/windows/SnapshotTarget.h"

#include "diagnostics/fix/Fix.h"

namespace wsafix::win {

void requireSnapshotTarget(const Snapshot& snapshot, const std::string& part, const std::string& field,
                           const nlohmann::json& expected)
{
    const auto describe = [](const nlohmann::json& value) {
        return value.is_string() ? value.get<std::string>() : value.dump();
    };
    nlohmann::json named;
    try {
        named = snapshot.jsonPart(part).at(field);
    } catch (const std::exception& e) {
        throw FixFailure("snapshot " + snapshot.id + " is refused: its part " + part + " does not say what it was " +
                         "taken of (" + field + "): " + e.what());
    }
    if (named != expected)
        throw FixFailure("snapshot " + snapshot.id + " is refused: its part " + part + " names " + describe(named) +
                         ", but this fix is about " + describe(expected));
}

} // namespace wsafix::win
