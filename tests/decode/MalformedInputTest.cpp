// Input that is empty, broken or hostile gets a clear answer, never a crash or a guess, in bounded time.
#include "diagnostics/errors/DecodeJson.h"
#include "diagnostics/errors/Decoder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>

using namespace wsafix;

namespace {

bool mentions(const std::vector<std::string>& lines, const std::string& text)
{
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string& l) { return l.find(text) != std::string::npos; });
}

// Every result must be printable as JSON (which needs valid UTF-8) and say something.
void expectExplained(const DecodeResult& r)
{
    EXPECT_NO_THROW((void)decodeDocument(r).dump());
    if (!r.decoded()) {
        EXPECT_FALSE(r.notUnderstood.empty());
    }
}

} // namespace

TEST(MalformedInput, Empty)
{
    const DecodeResult r = decodeError("");
    EXPECT_EQ(r.status, DecodeStatus::Unknown);
    EXPECT_TRUE(mentions(r.notUnderstood, "empty"));
    expectExplained(r);
}

TEST(MalformedInput, OnlyWhitespace)
{
    const DecodeResult r = decodeError(" \t\r\n  ");
    EXPECT_EQ(r.status, DecodeStatus::Unknown);
    EXPECT_TRUE(mentions(r.notUnderstood, "only spaces"));
    expectExplained(r);
}

TEST(MalformedInput, FortyDigits)
{
    const DecodeResult r = decodeError(std::string(40, '7'));
    EXPECT_EQ(r.status, DecodeStatus::Unknown);
    EXPECT_TRUE(mentions(r.notUnderstood, "40-digit number is too long"));
    expectExplained(r);
}

TEST(MalformedInput, LeadingZerosDoNotCountAsLength)
{
    const DecodeResult r = decodeError("000000000000000000000000000000000010056");
    ASSERT_TRUE(r.decoded());
    EXPECT_EQ(r.entry->code, 10056u);
}

TEST(MalformedInput, HexWithoutDigits)
{
    const DecodeResult r = decodeError("0x");
    EXPECT_EQ(r.status, DecodeStatus::Unknown);
    EXPECT_TRUE(mentions(r.notUnderstood, "'0x' has no digits after it"));
    expectExplained(r);
    EXPECT_TRUE(mentions(decodeError("0xZZ").notUnderstood, "not a hexadecimal number"));
    EXPECT_TRUE(mentions(decodeError("0x1234567890ABCDEF12").notUnderstood, "too long"));
    EXPECT_TRUE(mentions(decodeError("0x123456789").notUnderstood, "larger than 32 bits"));
}

TEST(MalformedInput, BarePrefixOfAName)
{
    const DecodeResult r = decodeError("WSAE");
    EXPECT_EQ(r.status, DecodeStatus::Unknown);
    EXPECT_TRUE(mentions(r.notUnderstood, "'WSAE' is not a known error name"));
    ASSERT_FALSE(r.nearest.empty());
    for (const auto* e : r.nearest)
        EXPECT_EQ(e->name.substr(0, 4), "WSAE");
    expectExplained(r);
}

TEST(MalformedInput, MarkerWithoutNumber)
{
    for (const char* input : {"errno", "WinError", "Socket error #"}) {
        const DecodeResult r = decodeError(input);
        EXPECT_EQ(r.status, DecodeStatus::Unknown) << input;
        EXPECT_TRUE(mentions(r.notUnderstood, "not followed by a number")) << input;
    }
}

TEST(MalformedInput, ZeroAndMinusOne)
{
    EXPECT_TRUE(mentions(decodeError("0").notUnderstood, "success"));
    EXPECT_TRUE(mentions(decodeError("-1").notUnderstood, "SOCKET_ERROR"));
}

TEST(MalformedInput, GibberishSaysWhatWouldWork)
{
    const DecodeResult r = decodeError("my internet is broken please help");
    EXPECT_EQ(r.status, DecodeStatus::Unknown);
    EXPECT_TRUE(mentions(r.notUnderstood, "nothing in the input looks like an error code"));
    EXPECT_TRUE(r.nearest.empty());
}

TEST(MalformedInput, FullWidthDigitsAreNormalisedAndSaidSo)
{
    const DecodeResult r = decodeError("\xEF\xBC\x91\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x95\xEF\xBC\x96"); // １００５６
    ASSERT_TRUE(r.decoded());
    EXPECT_EQ(r.entry->code, 10056u);
    EXPECT_TRUE(mentions(r.understood, "full-width characters were read as plain ASCII"));
    const DecodeResult hex = decodeError("\xEF\xBC\x90\xEF\xBD\x98\xEF\xBC\x92\xEF\xBC\x97\xEF\xBC\x94\xEF\xBC\x98");
    ASSERT_TRUE(hex.decoded()); // ０ｘ２７４８
    EXPECT_EQ(hex.entry->code, 10056u);
}

TEST(MalformedInput, ArabicIndicDigitsAreNormalisedAndSaidSo)
{
    // ١٠٠٥٦ (U+0661 U+0660 U+0660 U+0665 U+0666)
    const DecodeResult r = decodeError("\xD9\xA1\xD9\xA0\xD9\xA0\xD9\xA5\xD9\xA6");
    ASSERT_TRUE(r.decoded());
    EXPECT_EQ(r.entry->code, 10056u);
    EXPECT_TRUE(mentions(r.understood, "Arabic-Indic digits were read as 0-9"));
    EXPECT_EQ(r.input, "\xD9\xA1\xD9\xA0\xD9\xA0\xD9\xA5\xD9\xA6") << "the echo shows what was typed";
}

TEST(MalformedInput, OtherUnicodeIsNotADigit)
{
    const DecodeResult r = decodeError("\xE2\x91\xA0\xE2\x91\xA1"); // ①② are not decimal digits
    EXPECT_EQ(r.status, DecodeStatus::Unknown);
    expectExplained(r);
}

TEST(MalformedInput, NulBytes)
{
    const std::string input("100\0"
                            "56",
                            6);
    const DecodeResult split = decodeError(input);
    EXPECT_NE(split.status, DecodeStatus::Decoded) << "a NUL splits the number: no silent joining";
    EXPECT_TRUE(mentions(split.understood, "NUL"));
    expectExplained(split);

    const DecodeResult around = decodeError(std::string("\0WSAEISCONN\0", 12));
    ASSERT_TRUE(around.decoded());
    EXPECT_EQ(around.entry->code, 10056u);
    expectExplained(around);
}

TEST(MalformedInput, InvalidUtf8)
{
    const DecodeResult r = decodeError("\xFF\xFE"
                                       "10056 \xC3\x28 \xED\xA0\x80 \xF0\x9F");
    ASSERT_TRUE(r.decoded()) << testing::PrintToString(r.notUnderstood);
    EXPECT_EQ(r.entry->code, 10056u);
    EXPECT_TRUE(mentions(r.notUnderstood, "not valid UTF-8"));
    EXPECT_NE(r.input.find("\xEF\xBF\xBD"), std::string::npos) << "bad bytes show as U+FFFD";
    expectExplained(r);

    const DecodeResult junk = decodeError("\x80\x81\x82\xC0\xAF");
    EXPECT_EQ(junk.status, DecodeStatus::Unknown);
    expectExplained(junk);
}

TEST(MalformedInput, OneMegabyteLineIsBoundedWork)
{
    const auto started = std::chrono::steady_clock::now();
    std::string line = "ERROR connect failed: WSAGetLastError()=10056 ";
    line.resize(1 << 20, 'A');
    const DecodeResult r = decodeError(line);
    ASSERT_TRUE(r.decoded());
    EXPECT_EQ(r.entry->code, 10056u);
    EXPECT_TRUE(mentions(r.understood, "only the first 65536 were read"));
    EXPECT_LE(r.input.size(), 4u * 81u) << "the echo stays short";
    expectExplained(r);

    // Repetitive input that trips naive substring searches: many almost-messages and almost-numbers.
    std::string hostile;
    while (hostile.size() < (1 << 20))
        hostile += "a connect request was made on an already connected sockeX 1.2.3 0x 12345678901 errno ";
    const DecodeResult h = decodeError(hostile);
    expectExplained(h);

    const auto elapsed = std::chrono::steady_clock::now() - started;
    EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count(), 2000);
}

TEST(MalformedInput, ManyCodesAreCapped)
{
    std::string many;
    for (int i = 0; i < 200; ++i)
        many += "WinError 10056 ";
    const DecodeResult r = decodeError(many);
    ASSERT_TRUE(r.decoded()) << "200 times the same code is still one code";
    EXPECT_TRUE(mentions(r.understood, "only the first 32 codes were read"));
}
