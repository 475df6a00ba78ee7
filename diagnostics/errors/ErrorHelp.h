#pragma once
/// @file ErrorHelp.h
/// @brief Plain-language help for the Winsock errors help desks meet: meaning, likely causes, what the wizard
/// checks and which of its fixes can apply.

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace wsafix {

struct ErrorHelp
{
    std::uint32_t code = 0;
    std::string_view user;                ///< for the person at the keyboard: one or two sentences to read aloud
    std::string_view developer;           ///< for the developer of the failing program
    std::vector<std::string_view> causes; ///< most likely first
    std::string_view triage;              ///< how to tell the causes apart from the wizard's evidence
    std::vector<std::string_view> probes; ///< the wizard's probes that gather evidence: catalog, sockets, ...
    /// Ids of the wizard's fixes that can apply, least invasive first; "<exe>", "<id>", "<name>", "<path>"
    /// and "<if>" are filled in from the evidence. Empty when the cause is outside this machine or in the
    /// program itself.
    std::vector<std::string_view> fixes;
};

/// Help for `code`, or nullptr when the catalog has only the message.
const ErrorHelp* findErrorHelp(std::uint32_t code);

/// Every help entry, in ascending order of code.
std::span<const ErrorHelp> errorHelpTable();

/// The probe names help may refer to.
std::span<const std::string_view> errorHelpProbes();

/// The fix ids (up to the ':' of a parameterised one) help may refer to.
std::span<const std::string_view> errorHelpFixes();

} // namespace wsafix
