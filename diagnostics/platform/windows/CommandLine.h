#pragma once
// Builds a Win32 command line from an argv list: the inverse of CommandLineToArgvW and of the
// MSVC runtime's argument parsing, so that every argument reaches the program byte-exactly.

#include <string>
#include <string_view>
#include <vector>

namespace wsafix::win {

/// One argument as it must appear on a command line (quoted only when needed).
std::wstring quoteArgument(std::wstring_view argument);
/// `arg1 arg2 ...`: the parameters part of a command line (ShellExecuteEx's lpParameters, a RunOnce value's tail).
std::wstring buildArguments(const std::vector<std::wstring>& arguments);
/// `"program" arg1 arg2 ...`; the program path is quoted whole, since argv[0] has no escapes.
std::wstring buildCommandLine(std::wstring_view program, const std::vector<std::wstring>& arguments);

} // namespace wsafix::win
