#pragma once
/// @file SessionStore.h
/// @brief Sessions on disk under the state directory: `<dir>/sessions/<id>.json`, each write atomic.

#include "diagnostics/SessionRecord.h"

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace wsafix {

/// A session file that cannot be read or parsed; the message names the file and what is wrong.
class SessionError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// Parses the text of a session file; `origin` (a path) starts every message. Throws SessionError and nothing
/// else for text that is not a usable session record.
SessionRecord parseSessionRecord(std::string_view text, const std::string& origin);

class SessionStore
{
public:
    /// `stateDir` empty: the per-user default (see defaultStateDir()).
    explicit SessionStore(std::filesystem::path stateDir = {});

    const std::filesystem::path& stateDir() const { return m_dir; }
    std::filesystem::path sessionPath(const std::string& id) const;

    /// Writes atomically (temporary file, flush, rename); stamps `updated`.
    void save(SessionRecord& record) const;
    /// Throws SessionError with the file name and the reason.
    SessionRecord load(const std::string& id) const;
    /// Ids of all sessions, oldest first (sessions started in the same second: least recently written first).
    std::vector<std::string> list() const;
    /// The newest session, if any.
    std::optional<SessionRecord> latest() const;

    /// $WSAFIX_STATE_DIR, else %LOCALAPPDATA%\wsafix on Windows, $XDG_STATE_HOME/wsafix or ~/.local/state/wsafix.
    static std::filesystem::path defaultStateDir();

private:
    std::filesystem::path m_dir;
};

} // namespace wsafix
