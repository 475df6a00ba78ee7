#pragma once
/// @file UserPipe.h
/// @brief The single-instance channel of the Windows wizard: a named pipe only this user, in this session, can
/// create, open or answer.
///
/// Named pipes are machine-wide: any user can create `\\.\pipe\<name>` first and receive what is sent to it. So
/// the name holds the user's SID and session id, the first instance is created with FILE_FLAG_FIRST_PIPE_INSTANCE
/// (a name somebody else holds makes creation fail, and the wizard then runs alone), the pipe's DACL grants
/// this user only, the server accepts a request only from a client process of this user and session
/// (GetNamedPipeClientProcessId), and a client sends only to a server process of this user and session
/// (GetNamedPipeServerProcessId), opening the pipe at identification level so that a server cannot act as it.

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace wsafix::win {

/// `\\.\pipe\wsafix-<user SID>-<session id>-<16 hex digits of SHA-256(key)>`; `key` names the state directory and
/// machine. Empty when this process's user or session cannot be read.
std::string userPipeName(std::string_view key);

class UserPipeServer
{
public:
    /// The longest request accepted, in bytes.
    static constexpr unsigned long kMaxRequest = 8192;

    /// Creates the first instance of `name`, for this user only. Null, with `error`, when the name exists already
    /// (another wizard of this user, or somebody squatting it) or the pipe cannot be created.
    static std::unique_ptr<UserPipeServer> create(const std::string& name, std::string& error);
    ~UserPipeServer();
    UserPipeServer(const UserPipeServer&) = delete;
    UserPipeServer& operator=(const UserPipeServer&) = delete;

    /// Waits up to `timeoutMs` for one client and returns its request, answered "ok\n". Nullopt on time-out, after
    /// stop(), or when the client was dropped: not this user and session, silent for 5 s, or a request over
    /// kMaxRequest (the reason in `refused`). The pipe instance stays this server's throughout.
    std::optional<std::string> receive(unsigned long timeoutMs, std::string* refused = nullptr);
    /// Ends a receive() waiting in another thread, now and for good.
    void stop();

    /// The pipe handle (for tests that read its security back).
    void* handle() const;

private:
    struct Handles;
    explicit UserPipeServer(std::unique_ptr<Handles> handles);
    std::unique_ptr<Handles> m_handles;
};

/// What became of a request sent with sendToUserPipe().
enum class PipeHandOver
{
    Taken,       ///< the server of this user and session answered "ok"
    NoneRunning, ///< no pipe of that name
    NoAnswer,    ///< the pipe exists but did not answer in time (or answered something else)
    WrongServer, ///< the pipe belongs to another user or session, or cannot be opened: nothing was sent
};

struct PipeHandOverResult
{
    PipeHandOver outcome = PipeHandOver::NoneRunning;
    std::string detail; ///< why, for WrongServer and NoAnswer
};

/// Sends `request` (at most UserPipeServer::kMaxRequest bytes) to the server of `name`, after checking that the
/// server process runs as this user in this session.
PipeHandOverResult sendToUserPipe(const std::string& name, std::string_view request, unsigned long timeoutMs);

} // namespace wsafix::win
