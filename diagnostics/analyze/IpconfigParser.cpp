// ipconfig and ipconfig /all, with their labels in English, German, French, Spanish, Russian and Simplified Chinese.
// Fields are "Label . . . : value"; the separator and the dot leader differ by language (see splitDottedField).
#include "diagnostics/analyze/PasteParsers.h"
#include "diagnostics/analyze/TextFields.h"

#include <algorithm>
#include <array>

namespace wsafix {
namespace {

enum class Role { HostName, MediaState, Description, PhysicalAddress, DhcpEnabled, Address, Mask, Gateway, Dns };

struct RoleLabel
{
    Role role;
    std::string_view text;
};

constexpr std::array<RoleLabel, 52> kRoleLabels{{
    {Role::HostName, "Host Name"}, {Role::HostName, "Nombre de host"}, {Role::HostName, "Hostname"},
    {Role::HostName, "Nom de l'hôte"}, {Role::HostName, "Nom de l’hôte"}, {Role::HostName, "Имя компьютера"},
    {Role::HostName, "主机名"},
    {Role::MediaState, "Media State"}, {Role::MediaState, "Estado de los medios"}, {Role::MediaState, "Medienstatus"},
    {Role::MediaState, "Statut du média"}, {Role::MediaState, "Состояние среды"}, {Role::MediaState, "媒体状态"},
    {Role::Description, "Description"}, {Role::Description, "Descripción"}, {Role::Description, "Beschreibung"},
    {Role::Description, "Описание"}, {Role::Description, "描述"},
    {Role::PhysicalAddress, "Physical Address"}, {Role::PhysicalAddress, "Dirección física"},
    {Role::PhysicalAddress, "Physische Adresse"}, {Role::PhysicalAddress, "Physikalische Adresse"},
    {Role::PhysicalAddress, "Adresse physique"}, {Role::PhysicalAddress, "Физический адрес"},
    {Role::PhysicalAddress, "物理地址"},
    {Role::DhcpEnabled, "DHCP Enabled"}, {Role::DhcpEnabled, "DHCP habilitado"}, {Role::DhcpEnabled, "DHCP aktiviert"},
    {Role::DhcpEnabled, "DHCP activé"}, {Role::DhcpEnabled, "DHCP включен"}, {Role::DhcpEnabled, "DHCP 已启用"},
    {Role::Mask, "Subnet Mask"}, {Role::Mask, "Máscara de subred"}, {Role::Mask, "Subnetzmaske"},
    {Role::Mask, "Masque de sous-réseau"}, {Role::Mask, "Маска подсети"}, {Role::Mask, "子网掩码"},
    {Role::Gateway, "Default Gateway"}, {Role::Gateway, "Puerta de enlace predeterminada"},
    {Role::Gateway, "Standardgateway"}, {Role::Gateway, "Passerelle par défaut"}, {Role::Gateway, "Основной шлюз"},
    {Role::Gateway, "默认网关"},
    {Role::Dns, "DNS Servers"}, {Role::Dns, "Servidores DNS"}, {Role::Dns, "DNS-Server"}, {Role::Dns, "Serveurs DNS"},
    {Role::Dns, "DNS-серверы"}, {Role::Dns, "DNS 服务器"},
    {Role::Address, "IP Address"}, {Role::Address, "IP-Adresse"}, {Role::Address, "IP 地址"},
}};

// Labels that mention IPv4/IPv6 but hold no address of the adapter (checked before the IPv4/IPv6 rule).
constexpr std::array<std::string_view, 4> kNotAddresses{"DHCPv6", "NetBIOS", "WINS", "DHCP"};

constexpr std::array<std::string_view, 7> kYes{"Yes", "Sí", "Si", "Ja", "Oui", "Да", "是"};

constexpr std::array<std::string_view, 6> kTitles{
    "Windows IP Configuration", "Configuración IP de Windows", "Windows-IP-Konfiguration",
    "Configuration IP de Windows", "Настройка протокола IP для Windows", "Windows IP 配置"};

struct AdapterPrefix
{
    std::string_view type;
    std::string_view prefix;
};

constexpr std::array<AdapterPrefix, 31> kAdapterPrefixes{{
    {"wifi", "Wireless LAN adapter "}, {"wifi", "Adaptador de LAN inalámbrica "}, {"wifi", "Drahtlos-LAN-Adapter "},
    {"wifi", "Carte réseau sans fil "}, {"wifi", "Адаптер беспроводной локальной сети "}, {"wifi", "无线局域网适配器 "},
    {"ppp", "PPP adapter "}, {"ppp", "Adaptador PPP "}, {"ppp", "PPP-Adapter "}, {"ppp", "Carte PPP "},
    {"ppp", "Адаптер PPP "}, {"ppp", "PPP 适配器 "},
    {"ethernet", "Ethernet adapter "}, {"ethernet", "Adaptador de Ethernet "}, {"ethernet", "Ethernet-Adapter "},
    {"ethernet", "Ethernetadapter "}, {"ethernet", "Carte Ethernet "}, {"ethernet", "Адаптер Ethernet "},
    {"ethernet", "以太网适配器 "},
    {"tunnel", "Tunnel adapter "}, {"tunnel", "Adaptador de túnel "}, {"tunnel", "Tunneladapter "},
    {"tunnel", "Carte Tunnel "}, {"tunnel", "Туннельный адаптер "}, {"tunnel", "隧道适配器 "},
    {"other", "Unknown adapter "}, {"other", "Adaptador desconocido "}, {"other", "Unbekannter Adapter "},
    {"other", "Carte inconnue "}, {"other", "Неизвестный адаптер "}, {"other", "未知适配器 "},
}};

std::optional<Role> roleOf(std::string_view label, std::string_view value)
{
    for (const auto& l : kRoleLabels)
        if (equalsNoCase(label, l.text))
            return l.role;
    for (const auto word : kNotAddresses)
        if (containsNoCase(label, word))
            return std::nullopt;
    // Every language writes "IPv4"/"IPv6" in the address labels ("IPv4-адрес", "本地链接 IPv6 地址", "Vínculo: dirección
    // IPv6 local", "Autoconfiguration IPv4 Address", "IPv4-Adresse (Auto. Konfiguration)").
    if ((containsNoCase(label, "IPv4") || containsNoCase(label, "IPv6")) && isIpAddress(withoutRemark(value)))
        return Role::Address;
    return std::nullopt;
}

bool endsWithColon(std::string_view t) { return !t.empty() && t.back() == ':'; }

// Remarks after an address that only say it is in use; others ("(Duplicate)", "(重复)", "(Tentative)") are noted.
constexpr std::array<std::string_view, 6> kPreferred{"(Preferred)", "(Bevorzugt)", "(préféré)", "(preferido)",
                                                     "(Основной)", "(首选)"};

std::string headerName(std::string_view t)
{
    t.remove_suffix(1);
    return std::string(trimmed(t));
}

std::string macOf(std::string_view value)
{
    std::string mac;
    for (const char c : value) {
        if (c == '-')
            mac += ':';
        else if (c >= 'A' && c <= 'F')
            mac += static_cast<char>(c - 'A' + 'a');
        else if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))
            mac += c;
        else
            return {};
    }
    return mac;
}

class IpconfigReader
{
public:
    IpconfigReader(PasteAnalysis& out, PasteSection& section) : m_out(out), m_section(section) {}

    void read(PasteLines lines)
    {
        std::size_t base = SIZE_MAX;
        for (const auto& l : lines)
            if (!trimmed(l.text).empty())
                base = std::min(base, indentOf(l.text));
        for (const auto& l : lines)
            line(l, base);
        finishAdapter();
        if (m_all)
            m_section.kind = PasteKind::IpconfigAll;
    }

private:
    void line(const PasteLine& l, std::size_t base)
    {
        const std::string_view t = trimmed(l.text);
        if (t.empty())
            return;
        const std::size_t indent = indentOf(l.text);
        if (std::any_of(kTitles.begin(), kTitles.end(), [&](auto title) { return equalsNoCase(t, title); }))
            return;
        const auto field = splitDottedField(l.text);
        if (isHeader(t, indent, base, field)) {
            startAdapter(t);
            return;
        }
        // A value continued on the next line (DNS servers, gateways): far indented, no label of its own.
        if (indent >= 20 && m_inField && (!field || isIpAddress(withoutRemark(t)))) {
            if (m_lastRole)
                value(*m_lastRole, t, l);
            return;
        }
        if (!field) {
            reportUnparsed(m_out, l, "not an ipconfig line");
            return;
        }
        const auto role = roleOf(field->label, field->value);
        m_lastRole = role;
        m_inField = true;
        if (!m_adapter) {
            if (role == Role::HostName && !field->value.empty()) {
                m_out.system.hostname = std::string(field->value);
                m_all = true;
            }
            return;
        }
        if (role)
            value(*role, field->value, l);
    }

    bool isHeader(std::string_view t, std::size_t indent, std::size_t base,
                  const std::optional<DottedField>& field) const
    {
        if (!endsWithColon(t))
            return false;
        for (const auto& p : kAdapterPrefixes)
            if (startsWithNoCase(t, p.prefix))
                return true;
        if (indent > base || t.find(". .") != std::string_view::npos || t.find(" . ") != std::string_view::npos)
            return false;
        // "Verbindungsspezifisches DNS-Suffix:" has neither dots nor a value, like a header.
        return !(field && roleOf(field->label, field->value)) && t.find("DNS") == std::string_view::npos;
    }

    void startAdapter(std::string_view t)
    {
        finishAdapter();
        Adapter a;
        a.type = "other";
        a.up = true; // ipconfig prints "Media State" only for adapters without a link
        std::string name = headerName(t);
        for (const auto& p : kAdapterPrefixes)
            if (startsWithNoCase(t, p.prefix)) {
                a.type = std::string(p.type);
                name = headerName(t.substr(p.prefix.size()));
                break;
            }
        a.name = name;
        a.id = name;
        m_adapter = std::move(a);
        m_lastRole.reset();
        m_inField = false;
    }

    void finishAdapter()
    {
        if (!m_adapter)
            return;
        m_out.inventory.adapters.push_back(std::move(*m_adapter));
        m_adapter.reset();
        ++m_section.items;
    }

    void value(Role role, std::string_view raw, const PasteLine& l)
    {
        if (!m_adapter)
            return;
        Adapter& a = *m_adapter;
        const std::string_view v = withoutRemark(raw);
        switch (role) {
        case Role::MediaState:
            a.up = false;
            break;
        case Role::Description:
            a.description = std::string(raw);
            m_all = true;
            break;
        case Role::PhysicalAddress:
            a.mac = macOf(v);
            m_all = true;
            break;
        case Role::DhcpEnabled:
            a.dhcp = std::any_of(kYes.begin(), kYes.end(), [&](auto yes) { return equalsNoCase(v, yes); });
            m_all = true;
            break;
        case Role::HostName:
            break;
        case Role::Address:
            if (!isIpAddress(v)) {
                reportUnparsed(m_out, l, "not an IP address: '" + std::string(v) + "'");
                break;
            }
            if (const auto remark = trimmed(trimmed(raw).substr(v.size()));
                !remark.empty() &&
                std::none_of(kPreferred.begin(), kPreferred.end(), [&](auto p) { return equalsNoCase(remark, p); }))
                m_section.notes.push_back(a.name + ": " + std::string(v) + " is marked " + std::string(remark));
            if (const auto zone = zoneIndex(v); zone && a.ifIndex == 0)
                a.ifIndex = *zone;
            a.addresses.push_back({withoutZone(v), isIpv4(v) ? 32 : (startsWithNoCase(v, "fe80:") ? 64 : 0)});
            m_pendingMask = isIpv4(v);
            break;
        case Role::Mask:
            if (const auto prefix = maskToPrefix(v); prefix && m_pendingMask && !a.addresses.empty()) {
                a.addresses.back().prefixLength = *prefix;
                m_pendingMask = false;
            }
            break;
        case Role::Gateway:
            if (isIpAddress(v))
                a.gateways.push_back(withoutZone(v));
            break;
        case Role::Dns:
            m_all = true;
            m_out.showsDnsServers = true;
            if (isIpAddress(v))
                a.dnsServers.push_back(withoutZone(v));
            break;
        }
    }

    PasteAnalysis& m_out;
    PasteSection& m_section;
    std::optional<Adapter> m_adapter;
    std::optional<Role> m_lastRole;
    bool m_pendingMask = false;
    bool m_inField = false; // a field was read: a far-indented line continues it
    bool m_all = false;
};

} // namespace

void parseIpconfigLines(PasteLines lines, PasteAnalysis& out, PasteSection& section)
{
    IpconfigReader(out, section).read(lines);
}

} // namespace wsafix
