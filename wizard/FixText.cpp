#include "FixText.h"

#include "diagnostics/FixKinds.h"

namespace wsafix {
namespace {

std::pair<std::string, std::string> split(const std::string& fixId)
{
    return {std::string(fixKind(fixId)), std::string(fixArgument(fixId))};
}

} // namespace

QString FixText::titleIn(const std::string& fixId, bool english)
{
    // QT_TR_NOOP keeps the English source for lupdate; `english` skips the translation (reports).
    const auto text = [english](const char* source) { return english ? QString::fromUtf8(source) : tr(source); };
    const auto [kind, arg] = split(fixId);
    const QString a = QString::fromStdString(arg);
    if (kind == "lsp-bypass")
        return text(QT_TR_NOOP("Keep the layered provider away from %1 only")).arg(a);
    if (kind == "remove-provider")
        return text(QT_TR_NOOP("Remove the layered provider %1 from the Winsock catalog")).arg(a);
    if (kind == "remove-preload")
        return text(QT_TR_NOOP("Remove %1 from /etc/ld.so.preload")).arg(a);
    if (kind == "restart-adapter")
        return text(QT_TR_NOOP("Restart the network adapter %1")).arg(a);
    if (kind == "winsock-reset")
        return text(QT_TR_NOOP("Reset the Winsock catalog to its defaults (netsh winsock reset)"));
    if (kind == "ip-reset")
        return text(QT_TR_NOOP("Reset TCP/IP to its defaults (netsh int ip reset)"));
    if (kind == "flush-dns")
        return text(QT_TR_NOOP("Empty the DNS cache (ipconfig /flushdns)"));
    if (kind == "restart-program")
        return text(QT_TR_NOOP("Restart the program with process id %1")).arg(a);
    return QString::fromStdString(fixId);
}

QString FixText::title(const std::string& fixId)
{
    return titleIn(fixId, false);
}

QString FixText::englishTitle(const std::string& fixId)
{
    return titleIn(fixId, true);
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
    if (kind == "ip-reset")
        return tr("Rewrites the TCP/IP settings of every adapter: fixed (static) addresses, gateways and DNS servers "
                  "are lost and must be entered again. Needs a restart. It does not touch the Winsock catalog.");
    if (kind == "flush-dns")
        return tr("Forgets the names this computer has looked up, so the next look-up asks the DNS server again.");
    if (kind == "restart-program")
        return tr("Ends the program and starts it again, which closes every socket it holds; its open work is lost.");
    return tr("No description for this fix yet.");
}

int FixText::invasiveness(const std::string& fixId)
{
    return fixInvasiveness(fixId);
}

bool FixText::needsReboot(const std::string& fixId)
{
    return fixNeedsReboot(fixId);
}

} // namespace wsafix
