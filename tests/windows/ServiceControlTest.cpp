// Service Control Manager stop/start within a time limit, against a service Wine has, and hostile names passed
// as data (they reach OpenServiceW unchanged and come back as "no such service").
#include "HostileArguments.h"

#include "diagnostics/platform/windows/ServiceControl.h"

#include <gtest/gtest.h>

using namespace wsafix;
using namespace std::chrono_literals;
using win::ActionStatus;

namespace {

// Wine's print spooler: a real service process (spoolsv.exe) that starts and stops on request.
constexpr const char* kService = "Spooler";

} // namespace

TEST(ServiceControl, StopsAndStartsAServiceWithinTheTimeLimit)
{
    std::string error;
    const auto before = win::queryService(kService, error);
    ASSERT_TRUE(before) << error;

    const auto started = win::startService(kService, 10s);
    ASSERT_EQ(started.status, ActionStatus::Done) << win::describe(started);
    auto now = win::queryService(kService, error);
    ASSERT_TRUE(now) << error;
    EXPECT_EQ(now->state, "running");
    EXPECT_NE(now->pid, 0u);

    const auto stopped = win::stopService(kService, 10s);
    EXPECT_EQ(stopped.status, ActionStatus::Done) << win::describe(stopped);
    now = win::queryService(kService, error);
    ASSERT_TRUE(now) << error;
    EXPECT_EQ(now->state, "stopped");
    EXPECT_EQ(now->pid, 0u);
    EXPECT_EQ(win::stopService(kService, 10s).message, std::string("service '") + kService + "' was already stopped");

    if (before->state == "running") {
        const auto restored = win::startService(kService, 10s);
        EXPECT_EQ(restored.status, ActionStatus::Done) << win::describe(restored);
    }
}

TEST(ServiceControl, HostileNamesArePassedAsDataAndReportedExactly)
{
    for (const auto& name : test::hostileArguments()) {
        std::string error;
        EXPECT_FALSE(win::queryService("wsafix-test " + name, error)) << name;
        EXPECT_NE(error.find("'wsafix-test " + name + "'"), std::string::npos) << error;
        for (const auto& result :
             {win::stopService("wsafix-test " + name, 1s), win::startService("wsafix-test " + name, 1s)}) {
            EXPECT_EQ(result.status, ActionStatus::Unavailable) << win::describe(result);
            EXPECT_NE(result.message.find("wsafix-test " + name), std::string::npos) << result.message;
        }
    }
}

TEST(ServiceControl, NamesThatCannotBeServicesAreRefusedBeforeTheScm)
{
    for (const std::string& name : std::vector<std::string>{"", "a\\b", "a/b", std::string(257, 's')}) {
        std::string error;
        EXPECT_FALSE(win::queryService(name, error));
        EXPECT_NE(error.find("is not a service name"), std::string::npos) << error;
    }
}
