#include "diagnostics/platform/windows/ActionStep.h"

#include "diagnostics/fix/FixSteps.h"

namespace wsafix::win {

ActionResult performAction(FixSteps& steps, const std::string& what, const std::function<ActionResult()>& action)
{
    ActionResult result;
    steps.perform(what, [&] {
        result = action();
        if (result.status == ActionStatus::Failed || result.status == ActionStatus::Unavailable)
            throw FixFailure(describe(result));
    });
    return result;
}

FixCheck checkFromAction(const ActionResult& result, const std::string& verifiedDetail)
{
    switch (result.status) {
    case ActionStatus::Done:
        return FixCheck::verified(verifiedDetail);
    case ActionStatus::CouldNotVerify:
        return FixCheck::couldNotVerify(result.message);
    case ActionStatus::Unavailable:
    case ActionStatus::Failed:
        break;
    }
    return FixCheck::failed(describe(result));
}

} // namespace wsafix::win
