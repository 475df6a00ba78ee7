// ipconfig and ipconfig /all fixtures. Expected values read off each fixture by hand.
#include "FixtureFiles.h"

#include <gtest/gtest.h>

using namespace wsafix;

namespace {

const Adapter* adapter(const PasteAnalysis& a, const std::string& name)
{
    for (const auto& x : a.inventory.adapters)
        if (x.name == name)
            return &x;
    return nullptr;
}

std::vector<std::string> addresses(const Adapter& a)
{
    std::vector<std::string> out;
    for (const auto& ip : a.addresses)
        out.push_back(ip.address + "/" + std::to_string(ip.prefixLength));
    return out;
}

using Strings = std::vector<std::string>;

} // namespace

TEST(IpconfigFixtures, WindowsXp01)
{
    const auto a = analyzeFixture("ipconfig-all/01.txt");
    ASSERT_EQ(a.sections.size(), 1u);
    EXPECT_EQ(a.sections[0].kind, PasteKind::IpconfigAll);
    EXPECT_TRUE(a.unparsed.empty()); // the second DNS suffix is a continuation line
    EXPECT_EQ(a.system.hostname, "DESKTOP-PC4");
    ASSERT_EQ(a.inventory.adapters.size(), 1u);
    const Adapter& e = a.inventory.adapters[0];
    EXPECT_EQ(e.name, "Local Area Connection");
    EXPECT_EQ(e.type, "ethernet");
    EXPECT_TRUE(e.up);
    EXPECT_TRUE(e.dhcp);
    EXPECT_EQ(e.description, "Intel(R) PRO/1000 MT Network Connection");
    EXPECT_EQ(e.mac, "00:0c:29:25:b6:4d");
    EXPECT_EQ(addresses(e), Strings{"192.168.22.135/24"}); // XP's "IP Address"
    EXPECT_EQ(e.gateways, Strings{"192.168.22.1"});
    EXPECT_EQ(e.dnsServers, Strings{"192.168.22.151"});
    EXPECT_TRUE(findingsOf(a).empty());
}

TEST(IpconfigFixtures, Server2008WithTunnel03)
{
    const auto a = analyzeFixture("ipconfig-all/03.txt");
    EXPECT_EQ(a.system.hostname, "WIN-SERVER8");
    ASSERT_EQ(a.inventory.adapters.size(), 2u);
    const Adapter* lan = adapter(a, "Local Area Connection");
    ASSERT_NE(lan, nullptr);
    EXPECT_FALSE(lan->dhcp);
    EXPECT_EQ(lan->ifIndex, 11u); // zone of the link-local address
    EXPECT_EQ(addresses(*lan), (Strings{"fe80::9595:e8d9:b190:ecac/64", "192.168.23.154/24"}));
    EXPECT_EQ(lan->gateways, Strings{"192.168.23.1"});
    EXPECT_EQ(lan->dnsServers, Strings{"192.168.23.151"});
    const Adapter* isatap = adapter(a, "isatap.{F856FDB3-CE70-489D-A231-704790DC1351}");
    ASSERT_NE(isatap, nullptr);
    EXPECT_EQ(isatap->type, "tunnel");
    EXPECT_FALSE(isatap->up);
    EXPECT_TRUE(findingsOf(a).empty());
}

TEST(IpconfigFixtures, Windows10Tailscale05)
{
    const auto a = analyzeFixture("ipconfig-all/05.txt");
    EXPECT_TRUE(a.unparsed.empty());
    EXPECT_EQ(a.system.hostname, "DESKTOP-WIN10-PRO");
    ASSERT_EQ(a.inventory.adapters.size(), 3u);
    const Adapter* ts = adapter(a, "Tailscale");
    ASSERT_NE(ts, nullptr);
    EXPECT_EQ(ts->type, "other");
    EXPECT_EQ(ts->mac, "");
    EXPECT_EQ(addresses(*ts), (Strings{"fd7a:115c:a1e0:ab12:4843:cd96:6293:47b2/0", "fe80::99d0:ec2d:b2e7:536b/64",
                                       "100.115.71.66/32"}));
    EXPECT_TRUE(ts->gateways.empty());
    EXPECT_EQ(ts->dnsServers, (Strings{"fec0:0:0:ffff::1", "fec0:0:0:ffff::2", "fec0:0:0:ffff::3"}));
    const Adapter* eth = adapter(a, "Ethernet 2");
    ASSERT_NE(eth, nullptr);
    EXPECT_EQ(eth->mac, "f8:e4:3b:ad:f2:6d");
    EXPECT_EQ(addresses(*eth), (Strings{"fe80::c936:c2db:79ad:e1c6/64", "10.50.13.132/24"}));
    EXPECT_EQ(eth->gateways, Strings{"10.50.13.1"});
    const Adapter* bt = adapter(a, "Bluetooth Network Connection");
    ASSERT_NE(bt, nullptr);
    EXPECT_FALSE(bt->up);
    EXPECT_TRUE(findingsOf(a).empty());
}

TEST(IpconfigFixtures, Windows10VmwareAdapters07)
{
    const auto a = analyzeFixture("ipconfig-all/07.txt");
    EXPECT_EQ(a.system.hostname, "Supercomputer-14");
    ASSERT_EQ(a.inventory.adapters.size(), 4u);
    const Adapter* eth = adapter(a, "Ethernet 3");
    ASSERT_NE(eth, nullptr);
    EXPECT_EQ(eth->dnsServers, (Strings{"8.8.8.8", "208.67.220.220"}));
    EXPECT_EQ(eth->gateways, Strings{"10.0.0.1"});
    const Adapter* vmnet8 = adapter(a, "VMware Network Adapter VMnet8");
    ASSERT_NE(vmnet8, nullptr);
    EXPECT_EQ(addresses(*vmnet8), (Strings{"fe80::8ddb:6e5b:2b44:79d6/64", "192.168.107.1/24"}));
    EXPECT_TRUE(vmnet8->gateways.empty());
    const Adapter* teredo = adapter(a, "Local Area Connection* 1");
    ASSERT_NE(teredo, nullptr);
    EXPECT_EQ(teredo->type, "tunnel");
    EXPECT_FALSE(teredo->up);
    EXPECT_EQ(teredo->mac, "00:00:00:00:00:00:00:e0");
}

TEST(IpconfigFixtures, ChineseGbkWith29Addresses09)
{
    const auto a = analyzeFixture("ipconfig-all/09.txt");
    EXPECT_EQ(a.encoding, "cp936");
    EXPECT_EQ(a.sections[0].kind, PasteKind::IpconfigAll);
    EXPECT_TRUE(a.unparsed.empty());
    EXPECT_EQ(a.system.hostname, "lenovo-PC");
    ASSERT_EQ(a.inventory.adapters.size(), 7u);
    const Adapter* bt = adapter(a, "Bluetooth 网络连接 11");
    ASSERT_NE(bt, nullptr);
    EXPECT_EQ(bt->type, "ethernet");
    EXPECT_FALSE(bt->up);       // 媒体已断开
    EXPECT_TRUE(bt->dhcp);      // 是
    const Adapter* lan = adapter(a, "本地连接 2");
    ASSERT_NE(lan, nullptr);
    EXPECT_TRUE(lan->up);
    EXPECT_FALSE(lan->dhcp);    // 否
    EXPECT_EQ(lan->description, "Intel(R) 82579LM Gigabit Network Connection #2");
    EXPECT_EQ(lan->mac, "28:d2:44:19:f8:2a");
    ASSERT_EQ(lan->addresses.size(), 30u); // one link-local IPv6 and 29 IPv4 ("IPv4 地址") lines
    EXPECT_EQ(lan->addresses[0].address, "fe80::b14a:6c6:2fbd:d874");
    EXPECT_EQ(lan->addresses[1].address, "192.168.1.2");
    EXPECT_EQ(lan->addresses[1].prefixLength, 24);
    EXPECT_EQ(lan->addresses.back().address, "192.168.1.15"); // marked (复制), duplicate
    EXPECT_EQ(lan->gateways, Strings{"192.168.1.1"});
    EXPECT_EQ(lan->dnsServers, (Strings{"202.96.209.6", "180.168.255.118"}));
    int tunnels = 0;
    for (const auto& x : a.inventory.adapters)
        tunnels += x.type == "tunnel" && !x.up;
    EXPECT_EQ(tunnels, 5);
    EXPECT_TRUE(findingsOf(a).empty());
}

TEST(IpconfigFixtures, VirtualBoxTwoGateways11)
{
    const auto a = analyzeFixture("ipconfig-all/11.txt");
    EXPECT_EQ(a.system.hostname, "DESKTOP-B327G39");
    ASSERT_EQ(a.inventory.adapters.size(), 1u);
    const Adapter& e = a.inventory.adapters[0];
    EXPECT_EQ(e.ifIndex, 6u);
    EXPECT_EQ(addresses(e), (Strings{"fd17:625c:f037:2:2fca:962c:aebd:dabc/0", "fd17:625c:f037:2:b033:4427:a83:441f/0",
                                     "fe80::ff7c:31cb:afac:ff8c/64", "10.0.2.15/24"}));
    EXPECT_EQ(e.gateways, (Strings{"fe80::2", "10.0.2.2"}));
    EXPECT_EQ(e.dnsServers, Strings{"192.168.1.1"});
}

TEST(IpconfigFixtures, SpanishCp850Plain01)
{
    const auto a = analyzeFixture("ipconfig/01.txt");
    EXPECT_EQ(a.encoding, "cp850");
    ASSERT_EQ(a.sections.size(), 1u);
    EXPECT_EQ(a.sections[0].kind, PasteKind::Ipconfig);
    ASSERT_EQ(a.inventory.adapters.size(), 9u);
    const Adapter* lan = adapter(a, "Conexión de área local 3");
    ASSERT_NE(lan, nullptr);
    EXPECT_EQ(lan->type, "ethernet");
    EXPECT_EQ(addresses(*lan), Strings{"10.1.83.94/24"});
    EXPECT_EQ(lan->gateways, Strings{"10.1.83.1"});
    const Adapter* vbox = adapter(a, "VirtualBox Host-Only Network");
    ASSERT_NE(vbox, nullptr);
    EXPECT_EQ(vbox->ifIndex, 12u); // "Vínculo: dirección IPv6 local" has a colon inside the label
    EXPECT_EQ(addresses(*vbox), (Strings{"fe80::6960:e696:2469:1d25/64", "192.168.56.1/24"}));
    const Adapter* tunnel = adapter(a, "Conexión de área local* 12");
    ASSERT_NE(tunnel, nullptr);
    EXPECT_EQ(tunnel->type, "tunnel");
    EXPECT_FALSE(tunnel->up);
    // The student's timestamp after the output is reported, with its line number.
    ASSERT_EQ(a.unparsed.size(), 1u);
    EXPECT_EQ(a.unparsed[0].line, 61u);
    EXPECT_EQ(a.unparsed[0].text, "13:52:42 17/05/2016");
    // Plain ipconfig shows no DNS servers: no "no DNS server" finding from it.
    EXPECT_TRUE(findingsOf(a).empty());
}

TEST(IpconfigFixtures, GermanAdapterNames03)
{
    const auto a = analyzeFixture("ipconfig/03.txt");
    ASSERT_EQ(a.inventory.adapters.size(), 8u);
    const Adapter* wlan = adapter(a, "WLAN");
    ASSERT_NE(wlan, nullptr);
    EXPECT_EQ(wlan->type, "wifi");
    EXPECT_EQ(wlan->ifIndex, 16u);
    EXPECT_EQ(addresses(*wlan), (Strings{"2a01:c23:88ed:4100:ecdb:ba63:f3eb:b35b/0",
                                         "2a01:c23:88ed:4100:913c:967a:38bd:f3a3/0", "fe80::ecdb:ba63:f3eb:b35b/64",
                                         "192.168.10.139/24"}));
    EXPECT_EQ(wlan->gateways, (Strings{"fe80::f669:42ff:fe58:57b9", "192.168.10.1"}));
    const Adapter* wsl = adapter(a, "vEthernet (WSL)");
    ASSERT_NE(wsl, nullptr);
    EXPECT_EQ(addresses(*wsl), (Strings{"fe80::ccd5:4b04:ccd8:a70f/64", "172.18.224.1/20"}));
    const Adapter* unknown = adapter(a, "LAN-Verbindung 2");
    ASSERT_NE(unknown, nullptr);
    EXPECT_EQ(unknown->type, "other");
    EXPECT_FALSE(unknown->up);
    int up = 0;
    for (const auto& x : a.inventory.adapters)
        up += x.up;
    EXPECT_EQ(up, 2);
    EXPECT_TRUE(findingsOf(a).empty());
}

TEST(IpconfigFixtures, RussianCp866AdapterNames05)
{
    const auto a = analyzeFixture("ipconfig/05.txt");
    EXPECT_EQ(a.encoding, "cp866");
    ASSERT_EQ(a.inventory.adapters.size(), 5u);
    EXPECT_NE(adapter(a, "Подключение по локальной сети"), nullptr);
    EXPECT_NE(adapter(a, "Подключение по локальной сети* 10"), nullptr);
    const Adapter* wifi = adapter(a, "Беспроводная сеть");
    ASSERT_NE(wifi, nullptr);
    EXPECT_TRUE(wifi->up);
    EXPECT_EQ(addresses(*wifi), (Strings{"fe80::a4b4:9f7c:8d73:e295/64", "192.168.0.111/22"}));
    EXPECT_EQ(wifi->gateways, Strings{"192.168.1.1"});
    const Adapter* bt = adapter(a, "Сетевое подключение Bluetooth");
    ASSERT_NE(bt, nullptr);
    EXPECT_EQ(bt->type, "ethernet");
    EXPECT_FALSE(bt->up);
}

TEST(IpconfigFixtures, GermanFrenchRussianLabels)
{
    // Label sets as real Windows prints them (German and French ipconfig /all, Russian APIPA), not from a fixture.
    const std::string text = "Windows-IP-Konfiguration\n\n"
                             "   Hostname  . . . . . . . . . . . . : PC-01\n\n"
                             "Drahtlos-LAN-Adapter WLAN:\n\n"
                             "   Verbindungsspezifisches DNS-Suffix: fritz.box\n"
                             "   Physische Adresse . . . . . . . . : 3C-52-82-5F-67-9B\n"
                             "   DHCP aktiviert. . . . . . . . . . : Ja\n"
                             "   IPv4-Adresse (Auto. Konfiguration): 169.254.51.84(Bevorzugt)\n"
                             "   Subnetzmaske  . . . . . . . . . . : 255.255.0.0\n"
                             "   Standardgateway . . . . . . . . . :\n"
                             "   DNS-Server  . . . . . . . . . . . : 192.168.0.1\n";
    const auto de = analyzePaste(text);
    EXPECT_TRUE(de.unparsed.empty());
    EXPECT_EQ(de.system.hostname, "PC-01");
    ASSERT_EQ(de.inventory.adapters.size(), 1u);
    EXPECT_EQ(de.inventory.adapters[0].name, "WLAN");
    EXPECT_EQ(de.inventory.adapters[0].type, "wifi");
    EXPECT_TRUE(de.inventory.adapters[0].dhcp);
    EXPECT_EQ(addresses(de.inventory.adapters[0]), Strings{"169.254.51.84/16"});
    const auto findings = findingsOf(de);
    EXPECT_TRUE(findingById(findings, "apipa-address").has_value());
    EXPECT_TRUE(findingById(findings, "no-default-gateway").has_value());

    const auto fr = analyzePaste("Configuration IP de Windows\n\nCarte réseau sans fil Wi-Fi :\n\n"
                                 "   Statut du média. . . . . . . . . . . . : Média déconnecté\n"
                                 "   Suffixe DNS propre à la connexion. . . :\n"
                                 "   DHCP activé. . . . . . . . . . . . . . : Oui\n");
    ASSERT_EQ(fr.inventory.adapters.size(), 1u);
    EXPECT_EQ(fr.inventory.adapters[0].name, "Wi-Fi");
    EXPECT_FALSE(fr.inventory.adapters[0].up);
    EXPECT_TRUE(fr.inventory.adapters[0].dhcp);
    EXPECT_TRUE(findingById(findingsOf(fr), "no-adapter-up").has_value());

    const auto ru = analyzePaste("Настройка протокола IP для Windows\n\nАдаптер Ethernet eth0:\n\n"
                                 "   DNS-суффикс подключения . . . . . :\n"
                                 "   Автонастройка IPv4-адреса . . . . : 169.254.240.30(Основной)\n"
                                 "   Маска подсети . . . . . . . . . . : 255.255.0.0\n"
                                 "   Основной шлюз. . . . . . . . . : fe80::1%14\n"
                                 "   DNS-серверы. . . . . . . . . . . : 2001:db8:acad::254\n");
    ASSERT_EQ(ru.inventory.adapters.size(), 1u);
    EXPECT_EQ(addresses(ru.inventory.adapters[0]), Strings{"169.254.240.30/16"});
    EXPECT_EQ(ru.inventory.adapters[0].gateways, Strings{"fe80::1"});
    EXPECT_EQ(ru.inventory.adapters[0].dnsServers, Strings{"2001:db8:acad::254"});
    EXPECT_EQ(findingIds(findingsOf(ru)), Strings{"apipa-address"});
}
