#pragma once
/// @file Fix.h
/// @brief One repair with undo: what it is, what it will run, what it captures first, how it is
/// applied, rolled back and checked. FixRunner drives it (snapshot → journal → apply → check →
/// rollback on failure); FixFactory builds it from an id such as "restart-adapter:eth0".

#include "diagnostics/fix/Snapshot.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace wsafix {

class FixSteps;

/// A fix step that failed; what() says which and why. Thrown by snapshot(), apply(), rollback().
class FixFailure : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// What a user should know before saying yes.
struct FixBadges
{
    bool needsAdmin = false;       ///< root / administrator rights
    bool needsReboot = false;      ///< takes effect after a restart
    bool dropsConnections = false; ///< open connections break
    bool cutsOffMachine =
        false; ///< may cut off the network (and a remote session): the auto-revert watchdog arms for these
    bool operator==(const FixBadges&) const = default;
};

/// Did the fix do what it is for?
struct FixCheck
{
    enum class Result
    {
        Verified,
        Failed,
        CouldNotVerify
    };
    Result result = Result::CouldNotVerify;
    std::string detail;

    static FixCheck verified(std::string detail) { return {Result::Verified, std::move(detail)}; }
    static FixCheck failed(std::string detail) { return {Result::Failed, std::move(detail)}; }
    static FixCheck couldNotVerify(std::string detail) { return {Result::CouldNotVerify, std::move(detail)}; }
};

class Fix
{
public:
    virtual ~Fix() = default;

    /// The full id, parameter included: "restart-adapter:eth0".
    virtual std::string id() const = 0;
    virtual std::string title() const = 0;
    /// Why one would run it and what it changes, in plain words.
    virtual std::string explanation() const = 0;
    virtual FixBadges badges() const = 0;
    /// Empty when the fix can run here; otherwise why not ("systemd-resolved is not running").
    virtual std::string unavailable() const { return {}; }

    /// The exact argv lists apply() will run on the machine as it is now, in order. Reads state,
    /// changes nothing. Steps that are not commands (a file rewrite) are described in snapshotPlan().
    virtual std::vector<std::vector<std::string>> preview() = 0;
    /// What snapshot() captures and what apply() changes besides commands, one line each.
    virtual std::vector<std::string> snapshotPlan() const = 0;

    /// Captures everything apply() may change (fixId, machine and parts filled in). Changes nothing.
    virtual Snapshot snapshot() = 0;
    /// Makes the change, every step through `steps` (journaled). Throws FixFailure.
    virtual void apply(const Snapshot& before, FixSteps& steps) = 0;
    /// Puts back what `before` holds, every step through `steps`. Must be safe to repeat, and to run
    /// after an apply() that stopped at any step. Throws FixFailure.
    virtual void rollback(const Snapshot& before, FixSteps& steps) = 0;
    /// Proves the fix worked (after apply()).
    virtual FixCheck check(const Snapshot& before) = 0;
    /// Proves the machine is as `before` says again (after rollback()).
    virtual FixCheck restored(const Snapshot& before) = 0;
};

} // namespace wsafix
