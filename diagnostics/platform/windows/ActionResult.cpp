#include "diagnostics/platform/windows/ActionResult.h"

namespace wsafix::win {

std::string_view actionStatusName(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Done:
        return "done";
    case ActionStatus::CouldNotVerify:
        return "could not verify";
    case ActionStatus::Unavailable:
        return "unavailable";
    case ActionStatus::Failed:
        return "failed";
    }
    return "failed";
}

std::string describe(const ActionResult& result)
{
    return std::string(actionStatusName(result.status)) + ": " + result.message;
}

} // namespace wsafix::win
