// Adapter disable/enable by device GUID. Wine lists no devices of class Net, so every adapter is "no such
// device" there: the tests assert that this is said clearly and that nothing else happens.
#include "WineDetection.h"

#include "diagnostics/platform/windows/AdapterDevice.h"
#include "diagnostics/platform/windows/IpConfiguration.h"

#include <gtest/gtest.h>

using namespace wsafix;
using win::ActionStatus;

TEST(AdapterDevice, AnUnknownGuidIsNoSuchDevice)
{
    const std::string guid = "{00000000-0000-0000-0000-00000000D1E5}";
    std::string error;
    EXPECT_FALSE(win::adapterDeviceEnabled(guid, error));
    EXPECT_NE(error.find("no such device"), std::string::npos) << error;
    for (const bool enabled : {false, true}) {
        const auto result = win::setAdapterDeviceEnabled(guid, enabled);
        EXPECT_EQ(result.status, ActionStatus::Unavailable) << win::describe(result);
        EXPECT_EQ(win::describe(result).rfind("unavailable: no such device", 0), 0u) << win::describe(result);
        EXPECT_NE(result.message.find(guid), std::string::npos) << result.message;
    }
}

TEST(AdapterDevice, ANameIsNeverTakenForAnAdapter)
{
    for (const std::string name : {"Ethernet", "Local Area Connection", "{not-a-guid}", ""}) {
        const auto result = win::setAdapterDeviceEnabled(name, false);
        EXPECT_EQ(result.status, ActionStatus::Failed) << name;
        EXPECT_NE(result.message.find("is not an adapter GUID"), std::string::npos) << result.message;
    }
}

TEST(AdapterDevice, UnderWineEveryAdapterIsUnavailable)
{
    if (!test::runningUnderWine())
        GTEST_SKIP() << "on Windows this would disable an adapter";
    const auto adapters = win::captureIpConfiguration();
    ASSERT_TRUE(adapters.available()) << adapters.status.reason;
    for (const auto& adapter : adapters.value) {
        const auto result = win::setAdapterDeviceEnabled(adapter.guid, false);
        EXPECT_EQ(result.status, ActionStatus::Unavailable) << adapter.guid << ": " << win::describe(result);
        EXPECT_NE(result.message.find("no such device"), std::string::npos) << result.message;
    }
}
