#include "diagnostics/platform/windows/ServiceControl.h"

#include "diagnostics/platform/windows/ErrorNames.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <windows.h>

#include <algorithm>
#include <memory>
#include <thread>

namespace wsafix::win {
namespace {

using Clock = std::chrono::steady_clock;

struct ServiceHandleCloser
{
    void operator()(SC_HANDLE handle) const { CloseServiceHandle(handle); }
};
using ServiceHandle = std::unique_ptr<std::remove_pointer_t<SC_HANDLE>, ServiceHandleCloser>;

std::string stateName(DWORD state)
{
    switch (state) {
    case SERVICE_STOPPED:
        return "stopped";
    case SERVICE_START_PENDING:
        return "start pending";
    case SERVICE_STOP_PENDING:
        return "stop pending";
    case SERVICE_RUNNING:
        return "running";
    case SERVICE_CONTINUE_PENDING:
        return "continue pending";
    case SERVICE_PAUSE_PENDING:
        return "pause pending";
    case SERVICE_PAUSED:
        return "paused";
    default:
        return "state " + std::to_string(state);
    }
}

/// Opens the service; on failure `error` names it and says why, `missing` tells "no such service" apart.
ServiceHandle openService(const std::string& name, DWORD access, std::string& error, bool& missing)
{
    missing = false;
    if (name.empty() || name.size() > 256 || name.find_first_of("/\\") != std::string::npos) {
        error = "'" + name + "' is not a service name (1 to 256 characters, no '/' or '\\')";
        missing = true;
        return nullptr;
    }
    const ServiceHandle manager(OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT));
    if (!manager) {
        error = "the Service Control Manager cannot be opened: " + describeWin32Error(GetLastError());
        return nullptr;
    }
    ServiceHandle service(OpenServiceW(manager.get(), toUtf16(name).c_str(), access));
    if (!service) {
        const DWORD code = GetLastError();
        missing = code == ERROR_SERVICE_DOES_NOT_EXIST || code == ERROR_INVALID_NAME;
        error = missing ? "no such service '" + name + "'"
                        : "service '" + name + "' cannot be opened: " + describeWin32Error(code);
    }
    return service;
}

std::optional<SERVICE_STATUS_PROCESS> status(SC_HANDLE service, std::string& error)
{
    SERVICE_STATUS_PROCESS out{};
    DWORD needed = 0;
    if (!QueryServiceStatusEx(service, SC_STATUS_PROCESS_INFO, reinterpret_cast<BYTE*>(&out), sizeof out, &needed)) {
        error = "QueryServiceStatusEx failed: " + describeWin32Error(GetLastError());
        return std::nullopt;
    }
    return out;
}

/// Polls until the service reaches `target` or `deadline` passes; empty on success, else why not.
std::string waitFor(SC_HANDLE service, DWORD target, Clock::time_point deadline, const std::string& name)
{
    for (;;) {
        std::string error;
        const auto now = status(service, error);
        if (!now)
            return error;
        if (now->dwCurrentState == target)
            return {};
        if (Clock::now() >= deadline)
            return "service '" + name + "' is still " + stateName(now->dwCurrentState) + " after the time limit";
        // The service's own hint, bounded: between 50 ms and 1 s.
        const auto hint = std::chrono::milliseconds(std::clamp<DWORD>(now->dwWaitHint / 10, 50, 1000));
        std::this_thread::sleep_for(std::min<Clock::duration>(hint, deadline - Clock::now()));
    }
}

ActionResult openFailure(const std::string& error, bool missing)
{
    return missing ? ActionResult::unavailable(error) : ActionResult::failure(error);
}

} // namespace

std::optional<ServiceStatus> queryService(const std::string& name, std::string& error)
{
    bool missing = false;
    const ServiceHandle service = openService(name, SERVICE_QUERY_STATUS, error, missing);
    if (!service)
        return std::nullopt;
    const auto now = status(service.get(), error);
    if (!now)
        return std::nullopt;
    return ServiceStatus{stateName(now->dwCurrentState), now->dwProcessId};
}

ActionResult stopService(const std::string& name, std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    std::string error;
    bool missing = false;
    const ServiceHandle service = openService(name, SERVICE_STOP | SERVICE_QUERY_STATUS, error, missing);
    if (!service)
        return openFailure(error, missing);
    const auto before = status(service.get(), error);
    if (!before)
        return ActionResult::failure(error);
    if (before->dwCurrentState == SERVICE_STOPPED)
        return ActionResult::success("service '" + name + "' was already stopped");
    if (before->dwCurrentState != SERVICE_STOP_PENDING) {
        SERVICE_STATUS ignored{};
        if (!ControlService(service.get(), SERVICE_CONTROL_STOP, &ignored)) {
            const DWORD code = GetLastError();
            if (code != ERROR_SERVICE_NOT_ACTIVE)
                return ActionResult::failure("stopping service '" + name +
                                             "' was refused: " + describeWin32Error(code));
        }
    }
    if (const auto waitError = waitFor(service.get(), SERVICE_STOPPED, deadline, name); !waitError.empty())
        return ActionResult::failure(waitError);
    return ActionResult::success("stopped service '" + name + "'");
}

ActionResult startService(const std::string& name, std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    std::string error;
    bool missing = false;
    const ServiceHandle service = openService(name, SERVICE_START | SERVICE_QUERY_STATUS, error, missing);
    if (!service)
        return openFailure(error, missing);
    if (!StartServiceW(service.get(), 0, nullptr)) {
        const DWORD code = GetLastError();
        if (code != ERROR_SERVICE_ALREADY_RUNNING)
            return ActionResult::failure("starting service '" + name + "' failed: " + describeWin32Error(code));
    }
    if (const auto waitError = waitFor(service.get(), SERVICE_RUNNING, deadline, name); !waitError.empty())
        return ActionResult::failure(waitError);
    return ActionResult::success("started service '" + name + "'");
}

} // namespace wsafix::win
