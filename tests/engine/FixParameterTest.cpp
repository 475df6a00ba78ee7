#include "diagnostics/fix/FixParameter.h"
#include "diagnostics/fix/FixFactory.h"
#include "diagnostics/fix/FixSteps.h"

#include <gtest/gtest.h>

using namespace wsafix;

TEST(FixParameter, InterfaceNamesFollowTheKernelRules)
{
    for (const std::string ok : {"eth0", "wlp3s0", "a\"b'c", "x&y|z;", "vé", "veth-1.2", "-dash"})
        EXPECT_EQ(linuxInterfaceName(ok), "") << ok;
    for (const auto& bad :
         std::vector<std::string>{"", "eth0\nip", "a b", "a/b", "a:b", ".", "..", "sixteen-bytes-xx", "tab\tx", "50%",
                                  "eth%d", std::string("nul\0x", 5), "\xff\xfe", "bell\x07"})
        EXPECT_NE(linuxInterfaceName(bad), "") << bad;
}

TEST(FixParameter, UnitNamesAreSystemdNames)
{
    for (const std::string ok : {"NetworkManager.service", "getty@tty1.service", "a\\x2db.service", "sshd"})
        EXPECT_EQ(systemdUnitName(ok), "") << ok;
    for (const std::string bad :
         {"", "--now", "-x", "a b", "a&b", "a|b", "50%", "\"quoted\"", "a'b", "ün.service", "x\ny", "a;reboot"})
        EXPECT_NE(systemdUnitName(bad), "") << bad;
}

TEST(FixParameter, PreloadPathsAreAbsoluteAndUnsplittable)
{
    EXPECT_EQ(preloadEntryPath("/usr/lib/libx.so"), "");
    EXPECT_EQ(preloadEntryPath("/opt/a&b|c%'\"/lib.so"), "");
    for (const std::string bad : {"", "libx.so", "/a b.so", "/a:b.so", "/x\n/y.so", "/\xc3"})
        EXPECT_NE(preloadEntryPath(bad), "") << bad;
}

TEST(FixFactory, BuildsByNameAndRefusesWithAReason)
{
    FixFactory factory("test");
    int built = 0;
    factory.add("restart-adapter", linuxInterfaceName, [&](const std::string&) -> std::unique_ptr<Fix> {
        ++built;
        return nullptr;
    });
    factory.add("flush-dns", noParameter, [&](const std::string&) -> std::unique_ptr<Fix> {
        ++built;
        return nullptr;
    });
    factory.create("restart-adapter:x&y");
    factory.create("flush-dns");
    EXPECT_EQ(built, 2);
    try {
        factory.create("winsock-reset");
        ADD_FAILURE();
    } catch (const FixIdError& e) {
        EXPECT_NE(std::string(e.what()).find("unknown fix 'winsock-reset'"), std::string::npos);
        EXPECT_NE(std::string(e.what()).find("restart-adapter, flush-dns"), std::string::npos);
    }
    EXPECT_THROW(factory.create("restart-adapter:a\nb"), FixIdError);
    EXPECT_THROW(factory.create("restart-adapter"), FixIdError);
    EXPECT_THROW(factory.create("flush-dns:now"), FixIdError);
    EXPECT_EQ(built, 2);
    EXPECT_EQ(FixFactory::splitId("lsp-bypass:C:\\x.exe"),
              std::make_pair(std::string("lsp-bypass"), std::string("C:\\x.exe")));
}

TEST(FixSteps, DisplayQuotesWhatAShellWouldInterpret)
{
    EXPECT_EQ(FixSteps::display({"ip", "link", "set", "dev", "eth0", "up"}), "ip link set dev eth0 up");
    EXPECT_EQ(FixSteps::display({"ip", "link", "set", "dev", "a'b&c", "up"}), "ip link set dev 'a'\\''b&c' up");
    EXPECT_EQ(FixSteps::display({"x", "a\nb", ""}), "x 'a\\x0ab' ''");
}
