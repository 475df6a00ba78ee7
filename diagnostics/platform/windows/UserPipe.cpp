#include "diagnostics/platform/windows/UserPipe.h"

#include "diagnostics/fix/Sha256.h"
#include "diagnostics/platform/windows/ErrorNames.h"
#include "diagnostics/platform/windows/ProcessUser.h"
#include "diagnostics/platform/windows/UniqueHandle.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <windows.h>

#include <sddl.h>

namespace wsafix::win {
namespace {

constexpr DWORD kReadTimeoutMs = 5000;  // a client that connects and says nothing does not hold the pipe
constexpr DWORD kCloseTimeoutMs = 2000; // for the client to read the answer and close
const std::string kOk = "ok\n";

std::string describe(DWORD error)
{
    return describeWin32Error(error);
}

// Waits for the overlapped operation `ov` on `pipe` (or for `stop`); on time-out or stop it is cancelled first.
bool finish(HANDLE pipe, OVERLAPPED& ov, HANDLE stop, DWORD timeoutMs, DWORD& bytes, DWORD& error)
{
    const HANDLE events[2] = {ov.hEvent, stop};
    const DWORD wait = WaitForMultipleObjects(stop ? 2 : 1, events, FALSE, timeoutMs);
    if (wait != WAIT_OBJECT_0) {
        CancelIoEx(pipe, &ov);
        GetOverlappedResult(pipe, &ov, &bytes, TRUE);
        error = wait == WAIT_TIMEOUT ? ERROR_TIMEOUT : ERROR_OPERATION_ABORTED;
        return false;
    }
    error = GetOverlappedResult(pipe, &ov, &bytes, FALSE) ? ERROR_SUCCESS : GetLastError();
    return error == ERROR_SUCCESS;
}

// Reads one message of at most `max` bytes into `out`; a longer one fails with ERROR_MORE_DATA.
bool readMessage(HANDLE pipe, HANDLE event, HANDLE stop, DWORD timeoutMs, DWORD max, std::string& out, DWORD& error)
{
    out.assign(max + 1, '\0');
    OVERLAPPED ov{};
    ov.hEvent = event;
    DWORD bytes = 0;
    bool done = ReadFile(pipe, out.data(), static_cast<DWORD>(out.size()), nullptr, &ov);
    error = done ? ERROR_SUCCESS : GetLastError();
    if (!done && error == ERROR_IO_PENDING)
        done = finish(pipe, ov, stop, timeoutMs, bytes, error);
    else if (done || error == ERROR_MORE_DATA)
        done = GetOverlappedResult(pipe, &ov, &bytes, TRUE) != FALSE;
    if (!done && error == ERROR_SUCCESS)
        error = GetLastError();
    if (done && bytes > max)
        error = ERROR_MORE_DATA;
    if (!done || bytes > max)
        return false;
    out.resize(bytes);
    return true;
}

bool writeMessage(HANDLE pipe, HANDLE event, DWORD timeoutMs, std::string_view data, DWORD& error)
{
    OVERLAPPED ov{};
    ov.hEvent = event;
    DWORD bytes = 0;
    bool done = WriteFile(pipe, data.data(), static_cast<DWORD>(data.size()), nullptr, &ov);
    error = done ? ERROR_SUCCESS : GetLastError();
    if (!done && error == ERROR_IO_PENDING)
        done = finish(pipe, ov, nullptr, timeoutMs, bytes, error);
    else if (done)
        done = GetOverlappedResult(pipe, &ov, &bytes, TRUE) != FALSE;
    return done && bytes == data.size();
}

UniqueHandle manualResetEvent()
{
    return UniqueHandle(CreateEventW(nullptr, TRUE, FALSE, nullptr));
}

} // namespace

std::string userPipeName(std::string_view key)
{
    const unsigned long self = GetCurrentProcessId();
    const auto sid = processUserSid(self);
    const auto session = processSession(self);
    if (!sid || !session)
        return {};
    return "\\\\.\\pipe\\wsafix-" + *sid + "-" + std::to_string(*session) + "-" + Sha256::hex(key).substr(0, 16);
}

struct UserPipeServer::Handles
{
    UniqueHandle pipe;
    UniqueHandle event = manualResetEvent();
    UniqueHandle stop = manualResetEvent();
};

UserPipeServer::UserPipeServer(std::unique_ptr<Handles> handles) : m_handles(std::move(handles)) {}

UserPipeServer::~UserPipeServer() = default;

void* UserPipeServer::handle() const
{
    return m_handles->pipe.get();
}

std::unique_ptr<UserPipeServer> UserPipeServer::create(const std::string& name, std::string& error)
{
    const auto sid = processUserSid(GetCurrentProcessId());
    if (!sid) {
        error = "this process's user cannot be read: " + describe(GetLastError());
        return nullptr;
    }
    // Owner and the only access: this user. "P": inherit nothing.
    const std::wstring sddl = L"O:" + toUtf16(*sid) + L"D:P(A;;GA;;;" + toUtf16(*sid) + L")";
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(sddl.c_str(), SDDL_REVISION_1, &descriptor, nullptr)) {
        error = "the pipe's access rules cannot be built: " + describe(GetLastError());
        return nullptr;
    }
    SECURITY_ATTRIBUTES attributes{sizeof(attributes), descriptor, FALSE};
    auto handles = std::make_unique<Handles>();
    // One instance, the first: a name somebody already holds fails here, and nobody can add an instance later.
    handles->pipe.reset(CreateNamedPipeW(
        toUtf16(name).c_str(), PIPE_ACCESS_DUPLEX | FILE_FLAG_FIRST_PIPE_INSTANCE | FILE_FLAG_OVERLAPPED,
        PIPE_TYPE_MESSAGE | PIPE_READMODE_MESSAGE | PIPE_WAIT | PIPE_REJECT_REMOTE_CLIENTS, 1, 4096, kMaxRequest + 1, 0,
        &attributes));
    const DWORD created = GetLastError();
    LocalFree(descriptor);
    if (!handles->pipe) {
        error =
            "the pipe " + name + " cannot be created (" + describe(created) +
            (created == ERROR_ACCESS_DENIED || created == ERROR_PIPE_BUSY ? "): another process holds the name" : ")");
        return nullptr;
    }
    // Ours must be the only instance. Windows refuses the flag above already; Wine 8 ignores it and adds an instance
    // to the squatter's pipe, which this count shows.
    DWORD instances = 0;
    if (!GetNamedPipeHandleStateW(handles->pipe.get(), nullptr, &instances, nullptr, nullptr, nullptr, 0) ||
        instances != 1) {
        error = "the pipe " + name + " cannot be created: another process holds the name (" +
                std::to_string(instances) + " instances)";
        return nullptr;
    }
    if (!handles->event || !handles->stop) {
        error = "no event for the pipe: " + describe(GetLastError());
        return nullptr;
    }
    return std::unique_ptr<UserPipeServer>(new UserPipeServer(std::move(handles)));
}

void UserPipeServer::stop()
{
    SetEvent(m_handles->stop.get());
}

std::optional<std::string> UserPipeServer::receive(unsigned long timeoutMs, std::string* refused)
{
    const HANDLE pipe = m_handles->pipe.get();
    const HANDLE event = m_handles->event.get();
    const HANDLE stop = m_handles->stop.get();
    const auto drop = [&](const std::string& why) -> std::optional<std::string> {
        DisconnectNamedPipe(pipe);
        if (refused)
            *refused = why;
        return std::nullopt;
    };
    OVERLAPPED ov{};
    ov.hEvent = event;
    DWORD bytes = 0;
    DWORD error = ERROR_SUCCESS;
    if (!ConnectNamedPipe(pipe, &ov)) {
        error = GetLastError();
        if (error == ERROR_IO_PENDING && !finish(pipe, ov, stop, timeoutMs, bytes, error))
            return error == ERROR_TIMEOUT || error == ERROR_OPERATION_ABORTED
                       ? std::nullopt
                       : drop("the connection failed: " + describe(error));
        if (error != ERROR_IO_PENDING && error != ERROR_PIPE_CONNECTED && error != ERROR_SUCCESS)
            return drop("the connection failed: " + describe(error));
    }
    ULONG client = 0;
    if (!GetNamedPipeClientProcessId(pipe, &client))
        return drop("the client process cannot be told: " + describe(GetLastError()));
    if (!isThisUserAndSession(client))
        return drop("process " + std::to_string(client) + " is not this user in this session");
    std::string request;
    if (!readMessage(pipe, event, stop, kReadTimeoutMs, kMaxRequest, request, error))
        return drop(error == ERROR_MORE_DATA ? "the request is longer than " + std::to_string(kMaxRequest) + " bytes"
                                             : "no request: " + describe(error));
    if (!writeMessage(pipe, event, kReadTimeoutMs, kOk, error))
        return drop("the answer was not taken: " + describe(error));
    // The client reads the answer and closes; disconnecting before that would discard the answer.
    std::string rest;
    readMessage(pipe, event, stop, kCloseTimeoutMs, 16, rest, error);
    DisconnectNamedPipe(pipe);
    return request;
}

PipeHandOverResult sendToUserPipe(const std::string& name, std::string_view request, unsigned long timeoutMs)
{
    if (request.size() > UserPipeServer::kMaxRequest)
        return {PipeHandOver::NoAnswer, "the request is too long"};
    const std::wstring path = toUtf16(name);
    const ULONGLONG deadline = GetTickCount64() + timeoutMs;
    UniqueHandle pipe;
    for (;;) {
        // Identification level: a server can see who connected, but cannot act as this user.
        pipe.reset(CreateFileW(path.c_str(), GENERIC_READ | GENERIC_WRITE, 0, nullptr, OPEN_EXISTING,
                               FILE_FLAG_OVERLAPPED | SECURITY_SQOS_PRESENT | SECURITY_IDENTIFICATION, nullptr));
        if (pipe)
            break;
        const DWORD error = GetLastError();
        if (error == ERROR_FILE_NOT_FOUND)
            return {PipeHandOver::NoneRunning, {}};
        const ULONGLONG now = GetTickCount64();
        if (error != ERROR_PIPE_BUSY)
            return {PipeHandOver::WrongServer, "the pipe cannot be opened: " + describe(error)};
        if (now >= deadline || !WaitNamedPipeW(path.c_str(), static_cast<DWORD>(deadline - now)))
            return {PipeHandOver::NoAnswer, "the pipe stayed busy"};
    }
    ULONG server = 0;
    if (!GetNamedPipeServerProcessId(pipe.get(), &server))
        return {PipeHandOver::WrongServer, "the server process cannot be told: " + describe(GetLastError())};
    if (!isThisUserAndSession(server))
        return {PipeHandOver::WrongServer,
                "the pipe is served by process " + std::to_string(server) + ", not this user in this session"};
    DWORD mode = PIPE_READMODE_MESSAGE;
    if (!SetNamedPipeHandleState(pipe.get(), &mode, nullptr, nullptr))
        return {PipeHandOver::NoAnswer, "the pipe is not a message pipe: " + describe(GetLastError())};
    const UniqueHandle event = manualResetEvent();
    const ULONGLONG now = GetTickCount64();
    const DWORD left = now < deadline ? static_cast<DWORD>(deadline - now) : 1;
    DWORD error = ERROR_SUCCESS;
    std::string reply;
    if (!writeMessage(pipe.get(), event.get(), left, request, error))
        return {PipeHandOver::NoAnswer, "the request was not taken: " + describe(error)};
    if (!readMessage(pipe.get(), event.get(), nullptr, left, 64, reply, error))
        return {PipeHandOver::NoAnswer, "no answer: " + describe(error)};
    return reply == kOk ? PipeHandOverResult{PipeHandOver::Taken, {}}
                        : PipeHandOverResult{PipeHandOver::NoAnswer, "an unexpected answer"};
}

} // namespace wsafix::win
