#include "diagnostics/errors/ErrorHelp.h"

#include "diagnostics/errors/ErrorHelpTable.h"

#include <algorithm>
#include <array>

namespace wsafix {
namespace {

const std::vector<ErrorHelp>& table()
{
    static const std::vector<ErrorHelp> all = [] {
        auto help = connectionErrorHelp();
        auto more = startupErrorHelp();
        help.insert(help.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
        std::sort(help.begin(), help.end(), [](const ErrorHelp& a, const ErrorHelp& b) { return a.code < b.code; });
        return help;
    }();
    return all;
}

constexpr std::array<std::string_view, 6> kProbes{"catalog",  "sockets", "processes",
                                                  "adapters", "events",  "connectivity"};
constexpr std::array<std::string_view, 9> kFixes{"lsp-bypass",      "remove-provider", "winsock-reset",
                                                 "ip-reset",        "flush-dns",       "restart-adapter",
                                                 "restart-service", "remove-preload",  "reapply-ip"};

} // namespace

const ErrorHelp* findErrorHelp(std::uint32_t code)
{
    const auto& all = table();
    const auto it =
        std::lower_bound(all.begin(), all.end(), code, [](const ErrorHelp& h, std::uint32_t c) { return h.code < c; });
    return it != all.end() && it->code == code ? &*it : nullptr;
}

std::span<const ErrorHelp> errorHelpTable()
{
    return table();
}

std::span<const std::string_view> errorHelpProbes()
{
    return kProbes;
}

std::span<const std::string_view> errorHelpFixes()
{
    return kFixes;
}

} // namespace wsafix
