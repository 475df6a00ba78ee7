// The Linux catalog: /etc/ld.so.preload parsed the way ld.so reads it.
#include "diagnostics/platform/linux/PreloadCatalog.h"
#include "diagnostics/platform/linux/LinuxSystem.h"

#include "TempDir.h"

#include <gtest/gtest.h>

using namespace wsafix;

TEST(PreloadCatalog, EachLibraryIsALayeredEntry)
{
    const auto entries = lnx::parsePreloadText("# installed by the vendor\n"
                                               "/usr/lib/libhook.so\n"
                                               "\n"
                                               "  /opt/av/lib/libsock$LIB.so   # comment\n"
                                               "/a/one.so:/b/two.so /c/three.so\n");
    ASSERT_EQ(entries.size(), 5u);
    EXPECT_EQ(entries[0].providerPath, "/usr/lib/libhook.so");
    EXPECT_EQ(entries[0].name, "libhook.so");
    EXPECT_EQ(entries[0].catalogId, 2u);
    EXPECT_EQ(entries[0].kind, CatalogEntry::Kind::Layered);
    EXPECT_EQ(entries[0].catalog, "preload");
    EXPECT_EQ(entries[1].providerPath, "/opt/av/lib/libsock$LIB.so") << "paths are kept as written";
    EXPECT_EQ(entries[1].catalogId, 4u);
    EXPECT_EQ(entries[2].name, "one.so");
    EXPECT_EQ(entries[2].catalogId, 5u);
    EXPECT_EQ(entries[3].name, "two.so");
    EXPECT_EQ(entries[4].name, "three.so");
    EXPECT_NE(entries[3].catalogId, entries[2].catalogId);
    EXPECT_NE(entries[4].catalogId, entries[3].catalogId);
}

TEST(PreloadCatalog, NothingButCommentsIsEmpty)
{
    EXPECT_TRUE(lnx::parsePreloadText("# nothing\n   \n#/usr/lib/disabled.so\n").empty());
}

TEST(PreloadCatalog, AbsentFileMeansNoInterposers)
{
    const test::TempDir dir;
    const auto catalog = lnx::readPreloadCatalog(dir.path() + "/ld.so.preload");
    EXPECT_TRUE(catalog.available());
    EXPECT_TRUE(catalog.value.empty());
}

TEST(PreloadCatalog, UnreadableFileIsUnavailableWithTheReason)
{
    const test::TempDir dir;
    // A directory cannot be read as a file, also not by root (whom permissions do not stop).
    const auto catalog = lnx::readPreloadCatalog(dir.path());
    EXPECT_FALSE(catalog.available());
    EXPECT_NE(catalog.status.reason.find(dir.path()), std::string::npos) << catalog.status.reason;
    EXPECT_TRUE(catalog.value.empty());
}

TEST(PreloadCatalog, LinuxSystemReadsTheFileItIsGiven)
{
    const test::TempDir dir;
    LinuxSystem::Paths paths;
    paths.preload = dir.write("ld.so.preload", "/usr/lib/x86_64-linux-gnu/libproxychains.so.4\n");
    const auto catalog = LinuxSystem(paths).catalog();
    ASSERT_TRUE(catalog.available()) << catalog.status.reason;
    ASSERT_EQ(catalog.value.size(), 1u);
    EXPECT_EQ(catalog.value[0].name, "libproxychains.so.4");
    EXPECT_EQ(catalog.value[0].catalogId, 1u);
}

TEST(PreloadCatalog, ThisMachine)
{
    const auto catalog = LinuxSystem().catalog();
    if (::access("/etc/ld.so.preload", F_OK) != 0) {
        EXPECT_TRUE(catalog.available()) << catalog.status.reason;
        EXPECT_TRUE(catalog.value.empty());
    } else {
        EXPECT_TRUE(catalog.available() || !catalog.status.reason.empty());
    }
}

TEST(PreloadCatalog, MissingLibrariesAreMarkedOrphaned)
{
    const test::TempDir dir;
    const std::string present = dir.write("libreal.so", "");
    const std::string file = dir.write("ld.so.preload", present + "\n" + dir.path() + "/libgone.so\nlibbare.so\n");
    const auto catalog = lnx::readPreloadCatalog(file);
    ASSERT_TRUE(catalog.available()) << catalog.status.reason;
    ASSERT_EQ(catalog.value.size(), 3u);
    EXPECT_EQ(catalog.value[0].dllExists, std::optional<bool>(true));
    EXPECT_EQ(catalog.value[1].dllExists, std::optional<bool>(false));
    EXPECT_FALSE(catalog.value[2].dllExists.has_value()) << "ld.so searches its own paths for bare names";
}
