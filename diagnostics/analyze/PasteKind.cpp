#include "diagnostics/analyze/PasteAnalysis.h"

#include <array>

namespace wsafix {
namespace {

struct KindText
{
    PasteKind kind;
    std::string_view name;
    std::string_view command;
};

constexpr std::array<KindText, 12> kKinds{{
    {PasteKind::Unknown, "unknown", ""},
    {PasteKind::WinsockCatalog, "winsock-catalog", "netsh winsock show catalog"},
    {PasteKind::IpconfigAll, "ipconfig-all", "ipconfig /all"},
    {PasteKind::Ipconfig, "ipconfig", "ipconfig"},
    {PasteKind::Netstat, "netstat", "netstat -ano"},
    {PasteKind::NetTcpConnection, "get-nettcpconnection", "Get-NetTCPConnection"},
    {PasteKind::TestNetConnection, "test-netconnection", "Test-NetConnection"},
    {PasteKind::IpReset, "netsh-int-ip-reset", "netsh int ip reset"},
    {PasteKind::WinsockReset, "netsh-winsock-reset", "netsh winsock reset"},
    {PasteKind::NetshIpConfig, "netsh-interface-ip-show-config", "netsh interface ip show config"},
    {PasteKind::NetshDump, "netsh-interface-dump", "netsh interface dump"},
    {PasteKind::EventLog, "event-log", "Event Viewer: Copy details as text"},
}};

} // namespace

std::string_view pasteKindName(PasteKind kind) { return kKinds[static_cast<std::size_t>(kind)].name; }
std::string_view pasteKindCommand(PasteKind kind) { return kKinds[static_cast<std::size_t>(kind)].command; }

} // namespace wsafix
