#include "diagnostics/errors/ErrorHelp.h"
#include "diagnostics/errors/ErrorCatalog.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace wsafix;

namespace {

bool contains(std::string_view text, std::string_view part)
{
    return text.find(part) != std::string_view::npos;
}

template <typename List> bool anyContains(const List& list, std::string_view part)
{
    return std::any_of(list.begin(), list.end(), [&](std::string_view s) { return contains(s, part); });
}

} // namespace

TEST(ErrorHelp, EveryRequiredCodeHasCompleteHelp)
{
    for (const std::uint32_t code :
         {10048u, 10049u, 10050u, 10051u, 10052u, 10053u, 10054u, 10055u, 10056u, 10057u, 10060u,
          10061u, 10064u, 10065u, 10091u, 10093u, 10106u, 10107u, 11001u, 11002u, 11004u}) {
        SCOPED_TRACE(code);
        const ErrorHelp* help = findErrorHelp(code);
        ASSERT_NE(help, nullptr);
        EXPECT_NE(findErrorByCode(code), nullptr);
        EXPECT_FALSE(help->user.empty());
        EXPECT_FALSE(help->developer.empty());
        EXPECT_GE(help->causes.size(), 2u);
        for (const auto cause : help->causes)
            EXPECT_FALSE(cause.empty());
        EXPECT_FALSE(help->triage.empty());
        EXPECT_FALSE(help->probes.empty());
    }
}

TEST(ErrorHelp, UserTextIsShortEnoughToReadAloud)
{
    for (const auto& help : errorHelpTable()) {
        SCOPED_TRACE(help.code);
        EXPECT_LE(help.user.size(), 260u);
        EXPECT_LE(std::count(help.user.begin(), help.user.end(), '.'), 2);
    }
}

TEST(ErrorHelp, ProbesAndFixesAreTheWizardsOwn)
{
    const auto probes = errorHelpProbes();
    const auto fixes = errorHelpFixes();
    for (const auto& help : errorHelpTable()) {
        SCOPED_TRACE(help.code);
        for (const auto probe : help.probes)
            EXPECT_NE(std::find(probes.begin(), probes.end(), probe), probes.end()) << probe;
        for (const auto fix : help.fixes) {
            const auto id = fix.substr(0, fix.find(':'));
            EXPECT_NE(std::find(fixes.begin(), fixes.end(), id), fixes.end()) << fix;
        }
    }
}

TEST(ErrorHelp, TableIsSortedAndUnique)
{
    const auto table = errorHelpTable();
    EXPECT_TRUE(std::is_sorted(table.begin(), table.end(),
                               [](const ErrorHelp& a, const ErrorHelp& b) { return a.code < b.code; }));
    EXPECT_EQ(std::adjacent_find(table.begin(), table.end(),
                                 [](const ErrorHelp& a, const ErrorHelp& b) { return a.code == b.code; }),
              table.end());
    EXPECT_EQ(findErrorHelp(10004), nullptr);
}

TEST(ErrorHelp, IsConnectedIsHonestAboutWhoIsAtFault)
{
    const ErrorHelp* help = findErrorHelp(10056);
    ASSERT_NE(help, nullptr);
    EXPECT_TRUE(contains(help->user, "mistake in that program"));
    EXPECT_TRUE(contains(help->developer, "SO_ERROR"));
    EXPECT_TRUE(contains(help->developer, "WSAEALREADY"));
    EXPECT_TRUE(contains(help->developer, "writable"));
    EXPECT_TRUE(contains(help->developer, "sendto()"));
    ASSERT_GE(help->causes.size(), 4u);
    EXPECT_TRUE(contains(help->causes.front(), "connect() again")) << "the application cause comes first";
    EXPECT_TRUE(contains(help->causes.front(), "SO_ERROR"));
    EXPECT_TRUE(anyContains(help->causes, "reuses a connected socket"));
    EXPECT_TRUE(anyContains(help->causes, "sendto()"));
    EXPECT_TRUE(contains(help->causes.back(), "layered service provider")) << "the machine cause is the exception";
    EXPECT_TRUE(contains(help->triage, "Only one application"));
    EXPECT_TRUE(contains(help->triage, "Several applications"));
    EXPECT_TRUE(contains(help->triage, "layered provider"));
    EXPECT_TRUE(contains(help->triage, "resetting Winsock will not help"));
    EXPECT_TRUE(anyContains(help->probes, "sockets"));
    EXPECT_TRUE(anyContains(help->probes, "catalog"));
    EXPECT_EQ(help->fixes.back(), "winsock-reset") << "the machine-wide reset is the last resort";
}
