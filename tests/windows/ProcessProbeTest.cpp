#include "diagnostics/platform/windows/WindowsSystem.h"

#include <windows.h>

#include <gtest/gtest.h>

#include <algorithm>

using namespace wsafix;

TEST(ProcessProbe, ListsThisProcessWithNameAndPath)
{
    WindowsSystem system;
    const auto processes = system.processes();
    ASSERT_TRUE(processes.available()) << processes.status.reason;
    ASSERT_GT(processes.value.size(), 1u);

    const auto self = std::find_if(processes.value.begin(), processes.value.end(),
                                   [](const ProcessInfo& p) { return p.pid == GetCurrentProcessId(); });
    ASSERT_NE(self, processes.value.end());
    EXPECT_EQ(self->name, "windows_system_tests.exe");
    EXPECT_TRUE(self->path.ends_with("\\windows_system_tests.exe")) << self->path;
    EXPECT_EQ(self->path.find('/'), std::string::npos) << "a Windows path: " << self->path;
}
