// The privileged state on Windows: %ProgramData%\wsafix\<SID>\, made with a protected DACL for SYSTEM and
// Administrators only. Run on a scratch root the test makes. The access rules are checked on security descriptors
// written in SDDL (exactly, under Wine too); the folders themselves as far as Wine can show them: Wine derives a
// file's DACL from its Unix mode and reports the user as owner of every file, so the owner and the exact DACL of a
// folder made here are asserted on Windows only (PLATFORM-NOTES.md gives the manual check).
#include "PlantedLink.h"
#include "ScratchFolder.h"
#include "WineDetection.h"

#include "diagnostics/fix/PrivilegedState.h"
#include "diagnostics/platform/windows/PrivilegedFolder.h"
#include "diagnostics/platform/windows/UniqueHandle.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <windows.h>

#include <aclapi.h>
#include <sddl.h>
#include <shlobj.h>

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <memory>

using namespace wsafix;
using test::ScratchFolder;
namespace fs = std::filesystem;

namespace {

struct LocalFreeDeleter
{
    void operator()(void* memory) const { LocalFree(memory); }
};

std::unique_ptr<void, LocalFreeDeleter> descriptorOf(const wchar_t* sddl)
{
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    EXPECT_TRUE(ConvertStringSecurityDescriptorToSecurityDescriptorW(sddl, SDDL_REVISION_1, &descriptor, nullptr))
        << win::toUtf8(sddl);
    return std::unique_ptr<void, LocalFreeDeleter>(descriptor);
}

std::string problemOf(const wchar_t* sddl)
{
    const auto descriptor = descriptorOf(sddl);
    return descriptor ? win::privilegedSecurityProblem(descriptor.get()) : "no descriptor";
}

std::string tokenUser()
{
    win::UniqueHandle token;
    EXPECT_TRUE(OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, token.out()));
    std::vector<std::uint8_t> buffer(512);
    DWORD size = 0;
    EXPECT_TRUE(GetTokenInformation(token.get(), TokenUser, buffer.data(), static_cast<DWORD>(buffer.size()), &size));
    LPWSTR text = nullptr;
    EXPECT_TRUE(ConvertSidToStringSidW(reinterpret_cast<TOKEN_USER*>(buffer.data())->User.Sid, &text));
    const std::string sid = win::toUtf8(text);
    LocalFree(text);
    return sid;
}

// The owner and DACL of `path` as SDDL, through GetNamedSecurityInfoW (not the code under test).
std::string securityOf(const fs::path& path, SECURITY_DESCRIPTOR_CONTROL* control = nullptr)
{
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    EXPECT_EQ(GetNamedSecurityInfoW(path.c_str(), SE_FILE_OBJECT,
                                    OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION, nullptr, nullptr, nullptr,
                                    nullptr, &descriptor),
              static_cast<DWORD>(ERROR_SUCCESS));
    const std::unique_ptr<void, LocalFreeDeleter> owned(descriptor);
    if (control) {
        DWORD revision = 0;
        GetSecurityDescriptorControl(descriptor, control, &revision);
    }
    LPWSTR text = nullptr;
    EXPECT_TRUE(ConvertSecurityDescriptorToStringSecurityDescriptorW(
        descriptor, SDDL_REVISION_1, OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION, &text, nullptr));
    std::string sddl = text ? win::toUtf8(text) : "";
    LocalFree(text);
    // Windows marks a DACL it computed at creation as auto-inherited ("PAI"); that is not a right anyone gets.
    if (const auto at = sddl.find("D:PAI("); at != std::string::npos)
        sddl.replace(at, 6, "D:P(");
    return sddl;
}

template <class Call> std::string refusalOf(Call call)
{
    try {
        call();
    } catch (const PrivilegedStateError& e) {
        return e.what();
    }
    return "not refused";
}

} // namespace

TEST(PrivilegedState, TheAccessRulesKeepTheFolderToSystemAndAdministrators)
{
    EXPECT_EQ(problemOf(win::kPrivilegedFolderSddl), "");
    EXPECT_EQ(problemOf(L"O:SYD:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;0x1200a9;;;BU)"), "") << "reading is fine";
    EXPECT_EQ(problemOf(L"O:BAD:P(D;OICI;FA;;;WD)(A;OICI;FA;;;BA)"), "") << "a deny entry gives nothing";

    EXPECT_NE(problemOf(L"O:BAD:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;FA;;;WD)")
                  .find("lets S-1-1-0 (access mask 0x001F01FF) write"),
              std::string::npos);
    // Inherit-only: not on the folder itself, but on every file made in it.
    EXPECT_NE(problemOf(L"O:BAD:P(A;OICI;FA;;;BA)(A;OICIIO;0x2;;;BU)")
                  .find("lets S-1-5-32-545 (access mask 0x00000002) write"),
              std::string::npos);
    EXPECT_NE(problemOf(L"O:BAD:P(A;;FA;;;BA)(A;;WD;;;AU)").find("lets S-1-5-11 (access mask 0x00040000) write"),
              std::string::npos)
        << "re-permissioning is writing";
    EXPECT_NE(problemOf(L"O:BAD:P(A;;FA;;;BA)(A;;GA;;;BU)").find("S-1-5-32-545"), std::string::npos);
    EXPECT_NE(problemOf(L"O:BAD:P(A;;FA;;;BA)(A;;SD;;;S-1-5-21-1-2-3-1000)").find("S-1-5-21-1-2-3-1000"),
              std::string::npos)
        << "deleting is writing";
    // A null DACL (no list at all) lets everyone do everything.
    SECURITY_DESCRIPTOR open{};
    ASSERT_TRUE(InitializeSecurityDescriptor(&open, SECURITY_DESCRIPTOR_REVISION));
    ASSERT_TRUE(SetSecurityDescriptorDacl(&open, TRUE, nullptr, FALSE));
    BYTE administrators[SECURITY_MAX_SID_SIZE];
    DWORD size = sizeof administrators;
    ASSERT_TRUE(CreateWellKnownSid(WinBuiltinAdministratorsSid, nullptr, administrators, &size));
    ASSERT_TRUE(SetSecurityDescriptorOwner(&open, administrators, FALSE));
    EXPECT_NE(win::privilegedSecurityProblem(&open).find("no access list"), std::string::npos);
    EXPECT_NE(problemOf(L"O:BUD:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)").find("owned by S-1-5-32-545"), std::string::npos);
    EXPECT_NE(
        problemOf(L"O:S-1-5-21-1-2-3-1000D:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)").find("owned by S-1-5-21-1-2-3-1000"),
        std::string::npos);
}

TEST(PrivilegedState, TheFolderIsNamedAfterTheUserOwningTheStateDirectory)
{
    ScratchFolder scratch;
    // A folder the user made is owned by the user, who is this process's token user here (plain UAC); Wine reports
    // the user as owner of everything. A folder owned by Administrators falls back to the token user too.
    EXPECT_EQ(win::folderUserSid(scratch.path()), tokenUser());
    EXPECT_NE(refusalOf([&] { win::folderUserSid(scratch.path() / "missing"); }).find("cannot be read"),
              std::string::npos);
}

TEST(PrivilegedState, TheDefaultRootIsUnderProgramData)
{
    const fs::path root = defaultPrivilegedRoot();
    EXPECT_EQ(root.filename(), "wsafix");
    wchar_t expanded[MAX_PATH];
    ASSERT_GT(ExpandEnvironmentStringsW(L"%ProgramData%", expanded, MAX_PATH), 0u);
    EXPECT_EQ(root.parent_path(), fs::path(expanded));
    EXPECT_TRUE(runningPrivileged() == (test::runningUnderWine() || IsUserAnAdmin()))
        << "Wine runs every program elevated";
}

TEST(PrivilegedState, ALinkPlantedAtTheSidFolderIsRefusedAndWhatItPointsAtIsUntouched)
{
    ScratchFolder scratch;
    const fs::path root = scratch.path() / "root";
    const fs::path victim = scratch.path() / "victim";
    fs::create_directories(root);
    fs::create_directories(victim);
    std::ofstream(victim / "keep.txt") << "the user's";
    const std::string victimSecurity = securityOf(victim);
    const fs::path sidFolder = root / win::toUtf16(tokenUser());
    ASSERT_EQ(test::plantDirectoryLink(sidFolder, victim), "");
    ASSERT_TRUE(GetFileAttributesW(sidFolder.c_str()) & FILE_ATTRIBUTE_REPARSE_POINT)
        << "the planted link is a reparse point, also under Wine";

    EXPECT_NE(win::privilegedFolderProblem(sidFolder).find("is a reparse point"), std::string::npos);
    EXPECT_NE(refusalOf([&] { win::makePrivilegedFolder(sidFolder); }).find("is a reparse point"), std::string::npos);
    EXPECT_NE(refusalOf([&] { privilegedStateDir(scratch.path(), root); }), "not refused");
    EXPECT_EQ(std::distance(fs::directory_iterator(victim), fs::directory_iterator()), 1);
    EXPECT_EQ(securityOf(victim), victimSecurity) << "the folder the link points at was not re-permissioned";

    // A link above the root moves the whole privileged state: refused before anything is made under it.
    const fs::path linkedParent = scratch.path() / "linked";
    ASSERT_EQ(test::plantDirectoryLink(linkedParent, victim), "");
    EXPECT_NE(refusalOf([&] { privilegedStateDir(scratch.path(), linkedParent / "root"); }).find("lies under"),
              std::string::npos);
    EXPECT_FALSE(fs::exists(victim / "root"));
}

TEST(PrivilegedState, AFolderThatLetsEveryoneWriteIsRefused)
{
    ScratchFolder scratch;
    const fs::path open = scratch.path() / "open";
    fs::create_directories(open);
    ASSERT_EQ(test::openToEveryone(open), "");
    ASSERT_NE(securityOf(open).find(";;;WD)"), std::string::npos) << "Everyone has an entry: " << securityOf(open);

    // (Under Wine the user, owner of every file, has an entry too: the message lists both.)
    EXPECT_NE(win::privilegedFolderProblem(open).find("S-1-1-0 (access mask 0x"), std::string::npos)
        << win::privilegedFolderProblem(open);
    EXPECT_NE(refusalOf([&] { win::makePrivilegedFolder(open); }).find("S-1-1-0 (access mask"), std::string::npos);
}

TEST(PrivilegedState, AFolderItMakesIsForSystemAndAdministratorsOnly)
{
    ScratchFolder scratch;
    const fs::path root = scratch.path() / "root";
    const std::string refusal = refusalOf([&] { win::makePrivilegedFolder(root); });
    ASSERT_TRUE(fs::is_directory(root));
    SECURITY_DESCRIPTOR_CONTROL control = 0;
    const std::string made = securityOf(root, &control);
    if (test::runningUnderWine()) {
        // Wine keeps no owner but the user and turns the DACL into the Unix mode (0700 here): it shows SYSTEM and
        // the user, nobody else, and the check refuses the folder for the user's entry.
        EXPECT_EQ(made, "O:" + tokenUser() + "D:(A;OICI;FA;;;SY)(A;OICI;FA;;;" + tokenUser() + ")");
        EXPECT_NE(refusal.find("lets " + tokenUser() + " (access mask 0x001F01FF) write"), std::string::npos)
            << refusal;
        EXPECT_NE(refusalOf([&] { privilegedStateDir(scratch.path(), root); }).find(tokenUser()), std::string::npos);
        return;
    }
    EXPECT_EQ(refusal, "not refused");
    EXPECT_EQ(made, "O:BAD:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)");
    EXPECT_TRUE(control & SE_DACL_PROTECTED) << "nothing inherited from the parent";
    const fs::path dir = privilegedStateDir(scratch.path(), root);
    EXPECT_EQ(dir, root / win::toUtf16(tokenUser()));
    EXPECT_EQ(securityOf(dir), "O:BAD:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)");
    EXPECT_EQ(win::privilegedFolderProblem(dir), "");
}
