#include "diagnostics/FixKinds.h"

namespace wsafix {

std::string_view fixKind(std::string_view fixId)
{
    return fixId.substr(0, fixId.find(':'));
}

std::string_view fixArgument(std::string_view fixId)
{
    const auto colon = fixId.find(':');
    return colon == std::string_view::npos ? std::string_view() : fixId.substr(colon + 1);
}

int fixInvasiveness(std::string_view fixId)
{
    const auto kind = fixKind(fixId);
    if (kind == "lsp-bypass")
        return 0;
    if (kind == "remove-provider" || kind == "remove-preload" || kind == "flush-dns" || kind == "restart-program")
        return 1;
    if (kind == "winsock-reset")
        return 3;
    if (kind == "ip-reset")
        return 4;
    return 2;
}

bool fixNeedsReboot(std::string_view fixId)
{
    const auto kind = fixKind(fixId);
    return kind == "winsock-reset" || kind == "ip-reset";
}

} // namespace wsafix
