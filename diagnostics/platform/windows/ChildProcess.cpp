#include "diagnostics/platform/windows/ChildProcess.h"

#include "diagnostics/platform/windows/CommandLine.h"
#include "diagnostics/platform/windows/ErrorNames.h"
#include "diagnostics/platform/windows/PipeReader.h"
#include "diagnostics/platform/windows/UniqueHandle.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <windows.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace wsafix::win {
namespace {

/// The limit of CreateProcessW's lpCommandLine, terminating NUL included.
constexpr std::size_t kMaxCommandLine = 32767;

struct Pipe
{
    UniqueHandle read;
    UniqueHandle write;
};

/// A pipe whose write end the child inherits and whose read end stays with us.
std::optional<Pipe> inheritablePipe()
{
    SECURITY_ATTRIBUTES inherit{sizeof inherit, nullptr, TRUE};
    Pipe pipe;
    if (!CreatePipe(pipe.read.out(), pipe.write.out(), &inherit, 0) ||
        !SetHandleInformation(pipe.read.get(), HANDLE_FLAG_INHERIT, 0))
        return std::nullopt;
    return pipe;
}

UniqueHandle inheritableNul()
{
    SECURITY_ATTRIBUTES inherit{sizeof inherit, nullptr, TRUE};
    return UniqueHandle(CreateFileW(L"NUL", GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, &inherit, OPEN_EXISTING,
                                    FILE_ATTRIBUTE_NORMAL, nullptr));
}

/// A job that kills every process in it when its last handle closes, so nothing outlives run().
UniqueHandle killOnCloseJob()
{
    UniqueHandle job(CreateJobObjectW(nullptr, nullptr));
    if (!job)
        return job;
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits{};
    limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
    if (!SetInformationJobObject(job.get(), JobObjectExtendedLimitInformation, &limits, sizeof limits))
        job.reset();
    return job;
}

/// Restricts inheritance to exactly the child's three standard handles: other inheritable
/// handles of this process (another runner's pipes) must not leak into the child.
class HandleList
{
public:
    explicit HandleList(const std::vector<HANDLE>& handles) : m_handles(handles)
    {
        SIZE_T size = 0;
        InitializeProcThreadAttributeList(nullptr, 1, 0, &size);
        m_storage = std::make_unique<std::uint64_t[]>(size / sizeof(std::uint64_t) + 1);
        auto* list = attributes();
        if (InitializeProcThreadAttributeList(list, 1, 0, &size)) {
            m_initialized = true;
            m_ok = UpdateProcThreadAttribute(list, 0, PROC_THREAD_ATTRIBUTE_HANDLE_LIST, m_handles.data(),
                                             m_handles.size() * sizeof(HANDLE), nullptr, nullptr) != FALSE;
        }
    }
    ~HandleList()
    {
        if (m_initialized)
            DeleteProcThreadAttributeList(attributes());
    }
    HandleList(const HandleList&) = delete;
    HandleList& operator=(const HandleList&) = delete;

    bool ok() const { return m_ok; }
    LPPROC_THREAD_ATTRIBUTE_LIST attributes() const
    {
        return reinterpret_cast<LPPROC_THREAD_ATTRIBUTE_LIST>(m_storage.get());
    }

private:
    std::vector<HANDLE> m_handles;
    std::unique_ptr<std::uint64_t[]> m_storage;
    bool m_initialized = false;
    bool m_ok = false;
};

CommandResult failure(const std::string& what, DWORD error)
{
    CommandResult result;
    result.error = what + " failed: " + describeWin32Error(error);
    return result;
}

DWORD milliseconds(std::chrono::milliseconds timeout)
{
    // INFINITE (0xFFFFFFFF) would mean no limit at all.
    return static_cast<DWORD>(std::clamp<long long>(timeout.count(), 0, INFINITE - 1));
}

} // namespace

CommandResult ChildProcess::run(const std::string& path, const std::vector<std::string>& arguments,
                                const CommandOptions& options)
{
    const std::wstring program = toUtf16(path);
    std::vector<std::wstring> wideArguments;
    for (const auto& argument : arguments)
        wideArguments.push_back(toUtf16(argument));
    std::wstring commandLine = buildCommandLine(program, wideArguments);
    if (commandLine.size() >= kMaxCommandLine) {
        CommandResult result;
        result.error = "command line too long (" + std::to_string(commandLine.size()) + " characters)";
        return result;
    }

    auto out = inheritablePipe();
    auto err = inheritablePipe();
    if (!out || !err)
        return failure("CreatePipe", GetLastError());
    UniqueHandle input = inheritableNul();
    if (!input)
        return failure("CreateFile(NUL)", GetLastError());
    HandleList inherited({input.get(), out->write.get(), err->write.get()});
    if (!inherited.ok())
        return failure("UpdateProcThreadAttribute", GetLastError());

    STARTUPINFOEXW startup{};
    startup.StartupInfo.cb = sizeof startup;
    startup.StartupInfo.dwFlags = STARTF_USESTDHANDLES;
    startup.StartupInfo.hStdInput = input.get();
    startup.StartupInfo.hStdOutput = out->write.get();
    startup.StartupInfo.hStdError = err->write.get();
    startup.lpAttributeList = inherited.attributes();

    // Declared before the job, so destroyed after it: the job's end closes every write end, which
    // lets the reader threads finish instead of waiting forever in join().
    std::optional<PipeReader> outReader;
    std::optional<PipeReader> errReader;
    UniqueHandle job = killOnCloseJob();

    // Suspended until it is in the job, so that nothing it starts can escape the job.
    PROCESS_INFORMATION started{};
    const DWORD flags = CREATE_NO_WINDOW | CREATE_SUSPENDED | CREATE_UNICODE_ENVIRONMENT | EXTENDED_STARTUPINFO_PRESENT;
    if (!CreateProcessW(program.c_str(), commandLine.data(), nullptr, nullptr, TRUE, flags, nullptr, nullptr,
                        &startup.StartupInfo, &started))
        return failure("CreateProcess", GetLastError());
    UniqueHandle process(started.hProcess);
    UniqueHandle thread(started.hThread);
    // Without a job (assignment refused by an enclosing job) only the process itself can be ended.
    if (job && !AssignProcessToJobObject(job.get(), process.get()))
        job.reset();
    // Our copies of the write ends must go, or the pipes would never reach their end.
    out->write.reset();
    err->write.reset();
    input.reset();
    try {
        outReader.emplace(std::move(out->read), options.maxOutputBytes);
        errReader.emplace(std::move(err->read), options.maxOutputBytes);
    } catch (...) {
        TerminateProcess(process.get(), 1);
        throw;
    }
    ResumeThread(thread.get());

    CommandResult result;
    result.started = true;
    // The run ends when the process has exited and both pipes are closed (no grandchild holds them).
    const HANDLE waits[] = {process.get(), outReader->finished(), errReader->finished()};
    const DWORD waited = WaitForMultipleObjects(3, waits, TRUE, milliseconds(options.timeout));
    if (waited == WAIT_TIMEOUT || waited == WAIT_FAILED) {
        const DWORD waitError = waited == WAIT_FAILED ? GetLastError() : 0;
        if (job)
            TerminateJobObject(job.get(), 1);
        else
            TerminateProcess(process.get(), 1);
        WaitForSingleObject(process.get(), INFINITE);
        result.timedOut = true;
        result.error = waited == WAIT_TIMEOUT
                           ? "timed out after " + std::to_string(options.timeout.count()) + " ms; stopped"
                           : "waiting for the process failed: " + describeWin32Error(waitError) + "; stopped";
    } else {
        DWORD exitCode = 0;
        GetExitCodeProcess(process.get(), &exitCode);
        result.exitCode = static_cast<int>(exitCode);
    }
    result.out = outReader->take();
    result.err = errReader->take();
    result.truncated = outReader->truncated() || errReader->truncated();
    return result;
}

} // namespace wsafix::win
