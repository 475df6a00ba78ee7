#pragma once
// Sessions for the report tests: a scenario run through the engine (detect, one fix on the simulated machine, a
// probe series), and a session with personal values planted everywhere.

#include "diagnostics/SessionRecord.h"

#include <string>
#include <vector>

namespace wsafix::test {

/// Detect on the built-in `scenario`, apply the first recommended fix to the simulated machine, detect again and
/// probe the intake's target `attempts` times; the verdict follows from what remains.
SessionRecord scenarioSession(const std::string& scenario, const Intake& intake, int attempts = 5);

/// The lsp-adware session with the user, host, addresses, MACs, SSID and domain below planted in the machine
/// facts, sockets, adapters, evidence, commands, event messages and the timeline.
SessionRecord plantedSession();

/// The planted personal values: none may appear in a redacted report.
std::vector<std::string> plantedValues();

/// A session as `wsafix analyze` makes it from the pastes in tests/planted (an ipconfig /all, two events, a netstat
/// -anob), with every line of tests/planted/notes.txt as a note, and the same secrets also in an action's commands
/// and detail, the intake's target, and as keys of the probe map.
SessionRecord pastedSecretsSession();

/// tests/planted/secrets.txt: the 30+ distinct secrets of pastedSecretsSession().
std::vector<std::string> pastedSecrets();

} // namespace wsafix::test
