#pragma once
/// @file ActionResult.h
/// @brief The outcome of one change made by a Windows primitive (registry restore, provider removal, adapter
/// restart, service restart, ...). A primitive that cannot do or cannot check its work says so: it never reports
/// a success it has not seen.

#include <string>
#include <string_view>

namespace wsafix::win {

enum class ActionStatus
{
    Done,           ///< the change was made and checked
    CouldNotVerify, ///< the call reported success, but nothing could confirm it (e.g. Wine's stubs)
    Unavailable,    ///< this system lacks what the change needs (a function, a device, a tool)
    Failed,         ///< the change was attempted and failed
};

struct ActionResult
{
    ActionStatus status = ActionStatus::Failed;
    std::string message; ///< what happened, or why not; never empty

    bool done() const { return status == ActionStatus::Done; }

    static ActionResult success(std::string what) { return {ActionStatus::Done, std::move(what)}; }
    static ActionResult unverified(std::string why) { return {ActionStatus::CouldNotVerify, std::move(why)}; }
    static ActionResult unavailable(std::string why) { return {ActionStatus::Unavailable, std::move(why)}; }
    static ActionResult failure(std::string why) { return {ActionStatus::Failed, std::move(why)}; }
};

/// "done", "could not verify", "unavailable", "failed".
std::string_view actionStatusName(ActionStatus status);
/// "unavailable: <message>" and so on: the one-line form for logs and the journal.
std::string describe(const ActionResult& result);

} // namespace wsafix::win
