// The Windows wizard's single-instance pipe: a second launch (a real second process) hands its link over; a name
// somebody holds first is not created and not served; a client or server that is not this user in this session
// is refused. Wine runs every process as one user, so "another user" is shown only by what can be read back here
// (the pipe's owner and DACL, an unreadable process refused); docs/PLATFORM-NOTES.md lists the manual check.
#include "TestChildDirectory.h"

#include "diagnostics/platform/windows/ProcessUser.h"
#include "diagnostics/platform/windows/UniqueHandle.h"
#include "diagnostics/platform/windows/UserPipe.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <windows.h>

#include <aclapi.h>
#include <sddl.h>

#include <gtest/gtest.h>

#include <future>
#include <string>

using namespace wsafix;
using namespace std::string_view_literals;
using win::PipeHandOver;
using win::UniqueHandle;

namespace {

// A name no real wizard uses: the test's process id is part of the key.
std::string testPipeName(const char* what)
{
    return win::userPipeName(std::string("test ") + what + " " + std::to_string(GetCurrentProcessId()));
}

// Starts `user_pipe_child NAME REQUEST` (a separate process, like a second wizard launch).
UniqueHandle startChild(const std::string& name, const std::string& request)
{
    const std::wstring exe = win::toUtf16(test::childDirectory() + "\\user_pipe_child.exe");
    std::wstring commandLine = L"\"" + exe + L"\" \"" + win::toUtf16(name) + L"\" \"" + win::toUtf16(request) + L"\"";
    STARTUPINFOW startup{};
    startup.cb = sizeof(startup);
    PROCESS_INFORMATION info{};
    if (!CreateProcessW(exe.c_str(), commandLine.data(), nullptr, nullptr, FALSE, 0, nullptr, nullptr, &startup, &info))
        return {};
    CloseHandle(info.hThread);
    return UniqueHandle(info.hProcess);
}

DWORD waitForExit(const UniqueHandle& process)
{
    DWORD code = 999;
    if (WaitForSingleObject(process.get(), 30000) == WAIT_OBJECT_0)
        GetExitCodeProcess(process.get(), &code);
    return code;
}

std::string thisUser()
{
    return win::processUserSid(GetCurrentProcessId()).value_or("?");
}

} // namespace

TEST(UserPipe, NameHoldsUserSessionAndKey)
{
    const std::string name = win::userPipeName("C:\\state\0clean"sv);
    const std::string session = std::to_string(win::processSession(GetCurrentProcessId()).value_or(9999));
    EXPECT_EQ(name.rfind("\\\\.\\pipe\\wsafix-" + thisUser() + "-" + session + "-", 0), 0u) << name;
    EXPECT_EQ(name, win::userPipeName("C:\\state\0clean"sv));
    EXPECT_NE(name, win::userPipeName("C:\\other\0clean"sv));
    EXPECT_LT(name.size(), 256u);
}

TEST(UserPipe, ASecondProcessHandsItsLinkOver)
{
    const std::string name = testPipeName("handover");
    std::string error;
    const auto server = win::UserPipeServer::create(name, error);
    ASSERT_TRUE(server) << error;
    const std::string request = "wsafix-handover 1\nlink d3NhZml4Oi8vZGlhZ25vc2U/Y29kZT0xMDA1NA==\n";
    const UniqueHandle child = startChild(name, request);
    ASSERT_TRUE(child) << "user_pipe_child did not start";
    std::string refused;
    const auto received = server->receive(20000, &refused);
    ASSERT_TRUE(received) << refused;
    EXPECT_EQ(*received, request);
    EXPECT_EQ(waitForExit(child), static_cast<DWORD>(PipeHandOver::Taken));

    // The instance stays the server's: a second hand-over, from this process this time, is taken as well.
    auto again = std::async(std::launch::async, [&] { return win::sendToUserPipe(name, "raise\n", 10000); });
    const auto second = server->receive(20000, &refused);
    ASSERT_TRUE(second) << refused;
    EXPECT_EQ(*second, "raise\n");
    EXPECT_EQ(again.get().outcome, PipeHandOver::Taken);
}

TEST(UserPipe, NoServerMeansNoneRunning)
{
    const auto result = win::sendToUserPipe(testPipeName("nobody"), "raise\n", 2000);
    EXPECT_EQ(result.outcome, PipeHandOver::NoneRunning) << result.detail;
}

// Somebody creates the name first (any process may create any pipe name): the wizard's creation fails, so it
// neither serves there nor reads what is sent there; it runs alone.
TEST(UserPipe, ASquattedNameIsNotCreated)
{
    const std::string name = testPipeName("squatted");
    const UniqueHandle squatter(CreateNamedPipeW(win::toUtf16(name).c_str(), PIPE_ACCESS_DUPLEX,
                                                 PIPE_TYPE_BYTE | PIPE_WAIT, PIPE_UNLIMITED_INSTANCES, 4096, 4096, 0,
                                                 nullptr));
    ASSERT_TRUE(squatter);
    std::string error;
    EXPECT_FALSE(win::UserPipeServer::create(name, error));
    EXPECT_NE(error.find("cannot be created"), std::string::npos) << error;

    // And a wizard that holds its name keeps it: nobody can add an instance (one instance, DACL for this user).
    const std::string held = testPipeName("held");
    const auto server = win::UserPipeServer::create(held, error);
    ASSERT_TRUE(server) << error;
    const UniqueHandle late(CreateNamedPipeW(win::toUtf16(held).c_str(), PIPE_ACCESS_DUPLEX, PIPE_TYPE_BYTE | PIPE_WAIT,
                                             PIPE_UNLIMITED_INSTANCES, 4096, 4096, 0, nullptr));
    EXPECT_FALSE(late);
    EXPECT_FALSE(win::UserPipeServer::create(held, error));
}

// What decides "another user": a process whose token cannot be read counts as another user, and the pipe's owner
// and only access rule are this user's SID.
TEST(UserPipe, OnlyThisUserOwnsAndMayOpenThePipe)
{
    EXPECT_TRUE(win::isThisUserAndSession(GetCurrentProcessId()));
    EXPECT_FALSE(win::isThisUserAndSession(0)) << "the idle process has no token to compare: refused";
    EXPECT_FALSE(win::isThisUserAndSession(0xFFFFFFF0)) << "no such process: refused";

    std::string error;
    const auto server = win::UserPipeServer::create(testPipeName("dacl"), error);
    ASSERT_TRUE(server) << error;
    PSID owner = nullptr;
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    const DWORD read =
        GetSecurityInfo(server->handle(), SE_KERNEL_OBJECT, OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION,
                        &owner, nullptr, &dacl, nullptr, &descriptor);
    ASSERT_EQ(read, static_cast<DWORD>(ERROR_SUCCESS));
    LPWSTR text = nullptr;
    ASSERT_TRUE(ConvertSecurityDescriptorToStringSecurityDescriptorW(
        descriptor, SDDL_REVISION_1, OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION, &text, nullptr));
    const std::string sddl = win::toUtf8(text);
    LocalFree(text);
    ASSERT_TRUE(dacl) << sddl;
    EXPECT_EQ(dacl->AceCount, 1) << sddl;
    LocalFree(descriptor); // owner and dacl point into it
    EXPECT_NE(sddl.find("O:" + thisUser()), std::string::npos) << sddl;
    // GENERIC_ALL as written, or mapped to the pipe's specific rights (FILE_ALL_ACCESS) as Windows stores it.
    EXPECT_TRUE(sddl.find("(A;;FA;;;" + thisUser() + ")") != std::string::npos ||
                sddl.find("(A;;GA;;;" + thisUser() + ")") != std::string::npos)
        << sddl;
    EXPECT_NE(sddl.find("D:P"), std::string::npos) << "protected: nothing inherited. " << sddl;
}

TEST(UserPipe, ALongOrSilentClientIsDropped)
{
    const std::string name = testPipeName("long");
    std::string error;
    const auto server = win::UserPipeServer::create(name, error);
    ASSERT_TRUE(server) << error;
    const UniqueHandle child = startChild(name, std::string(win::UserPipeServer::kMaxRequest + 1, 'x'));
    ASSERT_TRUE(child);
    std::string refused;
    // The child refuses to send more than the limit itself; a raw client that does is dropped by the server.
    EXPECT_EQ(waitForExit(child), static_cast<DWORD>(PipeHandOver::NoAnswer));
    auto raw = std::async(std::launch::async, [&] {
        UniqueHandle pipe(CreateFileW(win::toUtf16(name).c_str(), GENERIC_READ | GENERIC_WRITE, 0, nullptr,
                                      OPEN_EXISTING, 0, nullptr));
        DWORD mode = PIPE_READMODE_MESSAGE;
        SetNamedPipeHandleState(pipe.get(), &mode, nullptr, nullptr);
        const std::string big(win::UserPipeServer::kMaxRequest + 100, 'x');
        DWORD written = 0;
        WriteFile(pipe.get(), big.data(), static_cast<DWORD>(big.size()), &written, nullptr);
        char reply[16];
        DWORD got = 0;
        return ReadFile(pipe.get(), reply, sizeof(reply), &got, nullptr) ? got : 0ul;
    });
    EXPECT_FALSE(server->receive(20000, &refused));
    EXPECT_NE(refused.find("longer than"), std::string::npos) << refused;
    EXPECT_EQ(raw.get(), 0ul) << "no answer";
}

TEST(UserPipe, StopEndsAWaitingReceive)
{
    std::string error;
    const auto server = win::UserPipeServer::create(testPipeName("stop"), error);
    ASSERT_TRUE(server) << error;
    auto waiting = std::async(std::launch::async, [&] { return server->receive(60000); });
    Sleep(200);
    const ULONGLONG before = GetTickCount64();
    server->stop();
    EXPECT_FALSE(waiting.get());
    EXPECT_LT(GetTickCount64() - before, 5000u);
}
