#include "diagnostics/platform/windows/CommandLine.h"

namespace wsafix::win {

std::wstring quoteArgument(std::wstring_view argument)
{
    if (!argument.empty() && argument.find_first_of(L" \t\n\v\"") == std::wstring_view::npos)
        return std::wstring(argument);

    // Backslashes are literal unless they precede a quote: then 2n backslashes + \" stand for
    // n backslashes and a quote, and before the closing quote 2n stand for n.
    std::wstring quoted = L"\"";
    std::size_t backslashes = 0;
    for (const wchar_t c : argument) {
        if (c == L'\\') {
            ++backslashes;
            continue;
        }
        if (c == L'"')
            quoted.append(backslashes * 2 + 1, L'\\');
        else
            quoted.append(backslashes, L'\\');
        backslashes = 0;
        quoted += c;
    }
    quoted.append(backslashes * 2, L'\\');
    quoted += L'"';
    return quoted;
}

std::wstring buildArguments(const std::vector<std::wstring>& arguments)
{
    std::wstring line;
    for (const auto& argument : arguments) {
        if (&argument != &arguments.front())
            line += L' ';
        line += quoteArgument(argument);
    }
    return line;
}

std::wstring buildCommandLine(std::wstring_view program, const std::vector<std::wstring>& arguments)
{
    std::wstring line = L"\"";
    line += program;
    line += L'"';
    if (!arguments.empty())
        line += L' ' + buildArguments(arguments);
    return line;
}

} // namespace wsafix::win
