#include "FixText.h"

namespace wsafix {
namespace {

// "kind:argument" → kind and argument; the argument may itself contain ':' (paths, GUIDs do not, but be safe).
std::pair<std::string, std::string> split(const std::string& fixId)
{
    const auto colon = fixId.find(':');
    if (colon == std::string::npos)
        return {fixId, {}};
    return {fixId.substr(0, colon), fixId.substr(colon + 1)};
}

} // namespace

QString FixText::title(const std::string& fixId)
{
    const auto [kind, arg] = split(fixId);
    const QString a = QString::fromStdString(arg);
    if (kind == "lsp-bypass")
        return tr("Keep the layered provider away from %1 only").arg(a);
    if (kind == "remove-provider")
        return tr("Remove the layered provider %1 from the Winsock catalog").arg(a);
    if (kind == "remove-preload")
        return tr("Remove %1 from /etc/ld.so.preload").arg(a);
    if (kind == "restart-adapter")
        return tr("Restart the network adapter %1").arg(a);
    if (kind == "winsock-reset")
        return tr("Reset the Winsock catalog to its defaults (netsh winsock reset)");
    return QString::fromStdString(fixId);
}

QString FixText::explanation(const std::string& fixId)
{
    const auto kind = split(fixId).first;
    if (kind == "lsp-bypass")
        return tr("The failing program stops loading the provider; every other program keeps it.");
    if (kind == "remove-provider")
        return tr("Only this provider and its protocol chains leave the catalog; other programs' providers stay.");
    if (kind == "remove-preload")
        return tr("Programs stop loading this library before their own code.");
    if (kind == "restart-adapter")
        return tr("The adapter goes down for a few seconds and asks for a new address; open connections drop.");
    if (kind == "winsock-reset")
        return tr("Removes every third-party provider, also those of VPN and antivirus software, and needs a "
                  "restart of the computer. Use it when the gentler fixes did not help.");
    return tr("No description for this fix yet.");
}

int FixText::invasiveness(const std::string& fixId)
{
    const auto kind = split(fixId).first;
    if (kind == "lsp-bypass")
        return 0;
    if (kind == "remove-provider" || kind == "remove-preload")
        return 1;
    if (kind == "winsock-reset")
        return 3;
    return 2;
}

bool FixText::needsReboot(const std::string& fixId)
{
    return split(fixId).first == "winsock-reset";
}

} // namespace wsafix
