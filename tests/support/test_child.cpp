// A child program for the process-runner tests on both platforms.
//   test_child echo ARGS...   writes each argument followed by a NUL byte to stdout (UTF-8)
//   test_child sleep MS       sleeps, then exits 0
//   test_child flood BYTES    writes BYTES 'x' characters to stdout
//   test_child exit CODE      writes "err" to stderr and exits with CODE
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#ifdef _WIN32
#include <windows.h>
#include <fcntl.h>
#include <io.h>
#include <shellapi.h>

// Binary stdout, so that the runner tests compare bytes exactly (text mode turns "\n" into "\r\n").
static void binaryStdout() { _setmode(_fileno(stdout), _O_BINARY); }

static std::vector<std::string> arguments(int, char**)
{
    // The runner passes UTF-16; argv of main() would be lossy in the ANSI code page.
    int count = 0;
    LPWSTR* wide = CommandLineToArgvW(GetCommandLineW(), &count);
    std::vector<std::string> out;
    for (int i = 0; i < count; ++i) {
        const int len = WideCharToMultiByte(CP_UTF8, 0, wide[i], -1, nullptr, 0, nullptr, nullptr);
        std::string s(static_cast<size_t>(len > 0 ? len - 1 : 0), '\0');
        WideCharToMultiByte(CP_UTF8, 0, wide[i], -1, s.data(), len, nullptr, nullptr);
        out.push_back(s);
    }
    LocalFree(wide);
    return out;
}
#else
static std::vector<std::string> arguments(int argc, char** argv)
{
    return std::vector<std::string>(argv, argv + argc);
}
static void binaryStdout() {}
#endif

int main(int argc, char** argv)
{
    binaryStdout();
    const auto args = arguments(argc, argv);
    if (args.size() < 2)
        return 64;
    const std::string& mode = args[1];
    if (mode == "echo") {
        for (size_t i = 2; i < args.size(); ++i)
            std::fwrite(args[i].c_str(), 1, args[i].size() + 1, stdout);
        return 0;
    }
    if (mode == "sleep" && args.size() > 2) {
        std::this_thread::sleep_for(std::chrono::milliseconds(std::atol(args[2].c_str())));
        return 0;
    }
    if (mode == "flood" && args.size() > 2) {
        const std::string chunk(4096, 'x');
        for (long left = std::atol(args[2].c_str()); left > 0; left -= 4096)
            std::fwrite(chunk.data(), 1, left < 4096 ? static_cast<size_t>(left) : chunk.size(), stdout);
        return 0;
    }
    if (mode == "exit" && args.size() > 2) {
        std::fputs("err", stderr);
        return std::atoi(args[2].c_str());
    }
    return 64;
}
