#include "diagnostics/platform/linux/NssHosts.h"

#include "TempDir.h"

#include <gtest/gtest.h>

#include <fstream>

using namespace wsafix;
using namespace wsafix::lnx;

namespace {

std::vector<std::string> identifiers(const std::vector<NamespaceProvider>& providers)
{
    std::vector<std::string> out;
    for (const auto& p : providers)
        out.push_back(p.identifier);
    return out;
}

} // namespace

TEST(NssHosts, ModulesOfTheHostsLineInOrderWithoutActions)
{
    const auto providers = parseNssHosts("# comment hosts: nope\n"
                                         "passwd:         files systemd\n"
                                         "hosts:          files mdns4_minimal [NOTFOUND=return] dns myhostname\n"
                                         "networks:       files\n");
    EXPECT_EQ(identifiers(providers), (std::vector<std::string>{"files", "mdns4_minimal", "dns", "myhostname"}));
    EXPECT_EQ(identifiers(parseNssHosts("hosts: files [ !UNAVAIL = return ] dns # resolve\n")),
              (std::vector<std::string>{"files", "dns"}));
    EXPECT_EQ(identifiers(parseNssHosts("hosts: files\nhosts:\tdns\r\n")), std::vector<std::string>{"dns"})
        << "the last hosts: line wins";
    EXPECT_TRUE(parseNssHosts("passwd: files\n").empty());
    EXPECT_TRUE(parseNssHosts("hosts: [NOTFOUND=return").empty()) << "a cut-off action is not a module";
}

TEST(NssHosts, EachModuleIsCheckedForItsLibrary)
{
    test::TempDir dir;
    const std::string conf = dir.path() + "/nsswitch.conf";
    std::ofstream(conf) << "hosts: files myhostname gone dns\n";
    std::ofstream(dir.path() + "/libnss_myhostname.so.2") << "";
    const auto result = readNssHosts(conf, {dir.path()});
    ASSERT_TRUE(result.available()) << result.status.reason;
    ASSERT_EQ(result.value.size(), 4u);
    EXPECT_EQ(result.value[0].providerPath, "(built into glibc)");
    EXPECT_EQ(result.value[0].dllExists, true);
    EXPECT_EQ(result.value[1].providerPath, dir.path() + "/libnss_myhostname.so.2");
    EXPECT_EQ(result.value[1].dllExists, true);
    EXPECT_EQ(result.value[2].providerPath, "libnss_gone.so.2");
    EXPECT_EQ(result.value[2].dllExists, false);
    EXPECT_EQ(result.value[3].dllExists, true);
}

TEST(NssHosts, AMissingFileIsUnavailableNotEmpty)
{
    test::TempDir dir;
    const auto result = readNssHosts(dir.path() + "/nsswitch.conf", defaultNssLibraryDirs());
    EXPECT_FALSE(result.available());
    EXPECT_NE(result.status.reason.find("built-in order"), std::string::npos);
}

TEST(NssHosts, ThisMachinesFileReads)
{
    const auto result = readNssHosts("/etc/nsswitch.conf", defaultNssLibraryDirs());
    if (!result.available())
        GTEST_SKIP() << result.status.reason;
    for (const auto& p : result.value)
        EXPECT_FALSE(p.identifier.empty());
}
