// buildCommandLine must be the exact inverse of CommandLineToArgvW: checked without starting a process.
#include "HostileArguments.h"

#include "diagnostics/platform/windows/CommandLine.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <windows.h>

#include <shellapi.h>

#include <gtest/gtest.h>

#include <memory>

using namespace wsafix;

namespace {

struct LocalFreeDeleter
{
    void operator()(LPWSTR* argv) const { LocalFree(argv); }
};

std::vector<std::wstring> parse(const std::wstring& commandLine)
{
    int count = 0;
    const std::unique_ptr<LPWSTR, LocalFreeDeleter> argv(CommandLineToArgvW(commandLine.c_str(), &count));
    if (!argv)
        return {};
    return std::vector<std::wstring>(argv.get(), argv.get() + count);
}

} // namespace

TEST(CommandLine, QuotesOnlyWhatNeedsQuoting)
{
    EXPECT_EQ(win::quoteArgument(L"plain"), L"plain");
    EXPECT_EQ(win::quoteArgument(L"a\\b"), L"a\\b") << "backslashes not before a quote are literal";
    EXPECT_EQ(win::quoteArgument(L""), L"\"\"");
    EXPECT_EQ(win::quoteArgument(L"a b"), L"\"a b\"");
    EXPECT_EQ(win::quoteArgument(L"a\"b"), L"\"a\\\"b\"");
    EXPECT_EQ(win::quoteArgument(L"a\\\"b"), L"\"a\\\\\\\"b\"");
    EXPECT_EQ(win::quoteArgument(L"a b\\"), L"\"a b\\\\\"") << "a trailing backslash must not escape the closing quote";
    EXPECT_EQ(win::quoteArgument(L"%PATH%"), L"%PATH%") << "no shell runs, so nothing expands it";
}

TEST(CommandLine, EveryHostileArgumentSurvivesCommandLineToArgvW)
{
    std::vector<std::wstring> arguments;
    for (const auto& argument : test::hostileArguments())
        arguments.push_back(win::toUtf16(argument));
    const std::wstring program = L"C:\\Program Files\\wsafix\\tool.exe";

    const auto parsed = parse(win::buildCommandLine(program, arguments));
    ASSERT_EQ(parsed.size(), arguments.size() + 1);
    EXPECT_EQ(parsed[0], program);
    for (std::size_t i = 0; i < arguments.size(); ++i)
        EXPECT_EQ(win::toUtf8(parsed[i + 1]), test::hostileArguments()[i]) << "argument " << i;
}

TEST(Utf16, RoundTripsNonAsciiText)
{
    for (const std::string text : {"", "ascii", "Grüße", "данные", "网络", "😀"})
        EXPECT_EQ(win::toUtf8(win::toUtf16(text)), text);
    EXPECT_EQ(win::toUtf16("Grüße"), L"Gr\u00fc\u00dfe");
    EXPECT_EQ(win::toUtf8(static_cast<const wchar_t*>(nullptr)), "");
}
