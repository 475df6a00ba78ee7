// A second wsafix launch for UserPipeTest: `user_pipe_child NAME REQUEST` sends REQUEST to the single-instance pipe
// NAME from its own process, prints what became of it and exits 0 for Taken, 1 NoneRunning, 2 NoAnswer, 3
// WrongServer, 64 bad usage.
#include "diagnostics/platform/windows/UserPipe.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <windows.h>

#include <shellapi.h>

#include <cstdio>
#include <string>
#include <vector>

int main()
{
    int count = 0;
    LPWSTR* wide = CommandLineToArgvW(GetCommandLineW(), &count);
    std::vector<std::string> args;
    for (int i = 0; wide && i < count; ++i)
        args.push_back(wsafix::win::toUtf8(wide[i]));
    LocalFree(wide);
    if (args.size() != 3)
        return 64;
    const auto result = wsafix::win::sendToUserPipe(args[1], args[2], 10000);
    std::printf("%d %s\n", static_cast<int>(result.outcome), result.detail.c_str());
    return static_cast<int>(result.outcome);
}
