#include "diagnostics/errors/DecodeJson.h"

#include <gtest/gtest.h>

using namespace wsafix;

TEST(DecodeJson, DecodedHasTheContractKeys)
{
    const auto j = decodeDocument(decodeError("0x00002748"));
    for (const char* key : {"name", "decimal", "hex", "hresult", "message", "meaning", "causes", "neighbours", "errno",
                            "developer", "probes", "fixes", "input", "understood", "status"})
        EXPECT_TRUE(j.contains(key)) << key;
    EXPECT_EQ(j["status"], "decoded");
    EXPECT_EQ(j["name"], "WSAEISCONN");
    EXPECT_EQ(j["decimal"], 10056);
    EXPECT_EQ(j["hex"], "0x00002748");
    EXPECT_EQ(j["hresult"], "0x80072748");
    EXPECT_EQ(j["message"], "Socket is already connected.");
    EXPECT_EQ(j["systemMessage"], "A connect request was made on an already connected socket.");
    EXPECT_EQ(j["errno"]["value"], 106);
    EXPECT_EQ(j["errno"]["name"], "EISCONN");
    EXPECT_EQ(j["input"], "0x00002748");
    EXPECT_GE(j["causes"].size(), 4u);
    ASSERT_EQ(j["neighbours"].size(), 6u);
    EXPECT_EQ(j["neighbours"][0]["decimal"], 10053);
    EXPECT_EQ(j["neighbours"][0]["position"], "before");
    EXPECT_EQ(j["neighbours"][5]["name"], "WSAETOOMANYREFS");
    EXPECT_EQ(j["neighbours"][5]["position"], "after");
}

TEST(DecodeJson, WithoutHelpTheMeaningIsMicrosoftsText)
{
    const auto j = decodeDocument(decodeError("WSAEINTR"));
    EXPECT_EQ(j["meaning"], "A blocking operation was interrupted by a call to WSACancelBlockingCall.");
    EXPECT_TRUE(j["causes"].empty());
    EXPECT_TRUE(j["developer"].is_null());
}

TEST(DecodeJson, NotDecodedSaysWhyAndWhatIsNear)
{
    const auto unknown = decodeDocument(decodeError("10100"));
    EXPECT_EQ(unknown["status"], "unknown");
    EXPECT_FALSE(unknown.contains("name"));
    EXPECT_FALSE(unknown["notUnderstood"].empty());
    ASSERT_FALSE(unknown["nearest"].empty());
    EXPECT_EQ(unknown["nearest"][0]["decimal"], 10101);

    const auto ambiguous = decodeDocument(decodeError("87"));
    EXPECT_EQ(ambiguous["status"], "ambiguous");
    ASSERT_EQ(ambiguous["candidates"].size(), 2u);
    EXPECT_TRUE(ambiguous["candidates"][1]["viaErrno"].get<bool>());
}
