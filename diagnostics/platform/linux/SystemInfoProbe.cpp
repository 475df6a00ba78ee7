#include "diagnostics/platform/linux/SystemInfoProbe.h"

#include "diagnostics/platform/linux/TextFile.h"
#include "diagnostics/platform/linux/Utf8.h"

#include <pwd.h>
#include <sys/utsname.h>
#include <unistd.h>
#include <vector>

namespace wsafix::lnx {

std::string osReleaseValue(std::string_view text, std::string_view key)
{
    while (!text.empty()) {
        const auto end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        if (line.size() <= key.size() || line.substr(0, key.size()) != key || line[key.size()] != '=')
            continue;
        std::string_view value = line.substr(key.size() + 1);
        if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
            value = value.substr(1, value.size() - 2);
        std::string out;
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (value[i] == '\\' && i + 1 < value.size())
                ++i;
            out += value[i];
        }
        return validUtf8(out);
    }
    return {};
}

SystemInfo readSystemInfo()
{
    SystemInfo info;
    info.backend = "linux";

    std::string distribution;
    // os-release(5): /etc/os-release, or /usr/lib/os-release when /etc has none.
    for (const char* path : {"/etc/os-release", "/usr/lib/os-release"}) {
        const TextFile file = readTextFile(path, 64 * 1024);
        if (file.ok()) {
            distribution = osReleaseValue(file.text, "PRETTY_NAME");
            break;
        }
    }
    utsname uts{};
    const bool haveUts = ::uname(&uts) == 0;
    if (distribution.empty())
        distribution = haveUts ? validUtf8(uts.sysname) : "Linux";
    info.os = haveUts ? distribution + ", kernel " + validUtf8(uts.release) : distribution;
    if (haveUts)
        info.hostname = validUtf8(uts.nodename);

    const uid_t uid = ::geteuid();
    std::vector<char> buffer(16384);
    passwd entry{};
    passwd* found = nullptr;
    if (::getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found)
        info.user = validUtf8(found->pw_name);
    else
        info.user = "uid " + std::to_string(uid);
    info.elevated = uid == 0;
    return info;
}

} // namespace wsafix::lnx
