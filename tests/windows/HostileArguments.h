#pragma once
// Arguments that break naive command-line building: quoting, cmd.exe metacharacters, whitespace,
// and text outside ASCII (UTF-8 here, UTF-16 on the command line).

#include <string>
#include <vector>

namespace wsafix::test {

inline std::vector<std::string> hostileArguments()
{
    return {
        "plain",
        "with spaces",
        "",
        " ",
        "\"",
        "\"\"",
        "\\\"",
        "a\\",
        "a\\\\",
        "\\",
        "\\\\server\\share\\",
        "C:\\Program Files\\x\\",
        "say \"hi\\\"",
        "&",
        "a & b",
        "|",
        "%PATH%",
        "^",
        "<>",
        "line\nbreak",
        "tab\there",
        "Grüße",
        "данные",
        "网络",
        "mixed \"Grüße\" \\\\ %OS% ^&|<>",
    };
}

} // namespace wsafix::test
