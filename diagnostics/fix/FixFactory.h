#pragma once
/// @file FixFactory.h
/// @brief Builds a Fix from its id ("flush-dns", "restart-adapter:eth0", "remove-preload:/usr/lib/libx.so").
/// Each platform registers its fixes in one function (one line per fix); the simulated machine
/// has a factory of its own.

#include "diagnostics/fix/Fix.h"
#include "diagnostics/fix/FixParameter.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace wsafix {

class ProcessRunner;

/// An id that names no fix, or a parameter the fix refuses; what() says which and why.
class FixIdError : public std::invalid_argument
{
public:
    using std::invalid_argument::invalid_argument;
};

class FixFactory
{
public:
    using Maker = std::function<std::unique_ptr<Fix>(const std::string& parameter)>;

    /// `machine` is what snapshots and journal entries of these fixes are tagged with ("linux",
    /// "windows", "simulated:<scenario>"): recovery only rolls back entries of its own machine.
    explicit FixFactory(std::string machine);

    /// Registers fix `name`; `check` vets the parameter before `make` sees it.
    void add(std::string name, ParameterCheck check, Maker make);
    /// Builds the fix `id` names. Throws FixIdError.
    std::unique_ptr<Fix> create(const std::string& id) const;
    /// Registered names, in registration order.
    std::vector<std::string> names() const;
    const std::string& machine() const { return m_machine; }

    /// "restart-adapter:eth0" → {"restart-adapter", "eth0"}; split at the first ':'.
    static std::pair<std::string, std::string> splitId(const std::string& id);

private:
    struct Entry
    {
        std::string name;
        ParameterCheck check;
        Maker make;
    };
    std::string m_machine;
    std::vector<Entry> m_entries;
};

/// The fixes of the platform this binary was built for, running their commands through `runner`
/// (which must outlive the factory). Defined once per platform folder, like createNativeSystem().
/// `stateDir` is the state directory of the session (`--state-dir`; empty: the default, see SessionStore), where
/// fixes keep the files they write (the netsh log of ip-reset).
FixFactory createNativeFixFactory(ProcessRunner& runner, const std::filesystem::path& stateDir = {});

} // namespace wsafix
