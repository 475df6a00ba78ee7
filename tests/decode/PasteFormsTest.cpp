// Every form in which users paste an error, alone and inside whole log lines.
#include "diagnostics/errors/Decoder.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace wsafix;

namespace {

struct Form
{
    const char* input;
    std::uint32_t code;
    bool viaErrno = false;
};

class DecodesTo : public testing::TestWithParam<Form>
{
};

bool mentions(const std::vector<std::string>& lines, const std::string& text)
{
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string& l) { return l.find(text) != std::string::npos; });
}

std::vector<std::uint32_t> candidateCodes(const DecodeResult& r)
{
    std::vector<std::uint32_t> codes;
    for (const auto& c : r.candidates)
        codes.push_back(c.entry->code);
    std::sort(codes.begin(), codes.end());
    return codes;
}

} // namespace

TEST_P(DecodesTo, TheRightCode)
{
    const Form f = GetParam();
    const DecodeResult r = decodeError(f.input);
    ASSERT_EQ(r.status, DecodeStatus::Decoded) << f.input << "\n" << testing::PrintToString(r.notUnderstood);
    EXPECT_EQ(r.entry->code, f.code) << f.input;
    EXPECT_EQ(r.viaErrno, f.viaErrno) << f.input;
    EXPECT_FALSE(r.understood.empty()) << f.input;
    ASSERT_EQ(r.candidates.size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(
    PasteForms, DecodesTo,
    testing::Values(Form{"0x00002748", 10056}, Form{"0x2748", 10056}, Form{"0X2748", 10056}, Form{"2748h", 10056},
                    Form{"2748H", 10056}, Form{"10056", 10056}, Form{"  10056\n", 10056}, Form{"10056L", 10056},
                    Form{"WSAEISCONN", 10056}, Form{"wsaeisconn", 10056}, Form{"EISCONN", 10056, true},
                    Form{"eisconn", 10056, true}, Form{"errno 106", 10056, true}, Form{"errno=106", 10056, true},
                    Form{"Errno: 106", 10056, true}, Form{"0x80072748", 10056}, Form{"HRESULT 0x80072748", 10056},
                    Form{"hr=0x80072748", 10056}, Form{"-2147014840", 10056}, Form{"2147952456", 10056},
                    Form{"Error 10056", 10056}, Form{"error 10056", 10056}, Form{"Socket error # 10056", 10056},
                    Form{"Socket Error #10056", 10056}, Form{"WinError 10056", 10056},
                    Form{"[WinError 10056] A connect request was made on an already connected socket", 10056},
                    Form{"OSError: [WinError 10056] A connect request was made on an already connected socket", 10056},
                    Form{"System.Net.Sockets.SocketException (10056): A connect request was made on an already "
                         "connected socket.",
                         10056},
                    Form{"System.Net.Sockets.SocketException (0x80004005): A connect request was made on an "
                         "already connected socket",
                         10056},
                    Form{"System.Net.Sockets.SocketException (10056)", 10056},
                    Form{"[Errno 106] Transport endpoint is already connected", 10056, true},
                    Form{"OSError: [Errno 106] Transport endpoint is already connected", 10056, true},
                    Form{"Transport endpoint is already connected (os error 106)", 10056, true},
                    Form{"A connect request was made on an already connected socket", 10056},
                    Form{"a connect request was made on an already-connected socket.", 10056},
                    Form{"Socket is already connected.", 10056}, Form{"WSAGetLastError() = 10056", 10056},
                    Form{"WSAGetLastError returned error 10056", 10056}, Form{"GetLastError: 10056", 10056},
                    Form{"System error 10056 has occurred.", 10056}, Form{"error 10056 (WSAEISCONN)", 10056},
                    Form{"WSAEISCONN (10056)", 10056}, Form{"errno 10056", 10056}, Form{"WinError 87", 87},
                    Form{"ERROR_IO_PENDING", 997}, Form{"WSANO_ADDRESS", 11004}, Form{"EAGAIN", 10035, true},
                    Form{"errno 11", 10035, true}, Form{"Socket error # 10061", 10061},
                    Form{"No connection could be made because the target "
                         "machine actively refused it",
                         10061},
                    Form{"Nonauthoritative host not found.", 11002}, Form{"Host not found.", 11001}));

INSTANTIATE_TEST_SUITE_P(
    LogLines, DecodesTo,
    testing::Values(
        Form{"2024-05-01 12:00:01,123 ERROR [OrderSync] connect to 10.1.2.3:443 failed: WSAGetLastError()=10056",
             10056},
        Form{"May  1 12:00:01 host app[4412]: connect(): Transport endpoint is already connected", 10056, true},
        Form{"12:00:01.5 pid 4412 tid 17 send failed 10056 after 3 retries", 10056},
        Form{"[2024-05-01T12:00:01Z] ERROR Connect failed: System.Net.Sockets.SocketException (10056): A connect "
             "request was made on an already connected socket. at System.Net.Sockets.Socket.Connect(EndPoint)",
             10056},
        Form{"Traceback ... ConnectionRefusedError: [WinError 10061] No connection could be made because the target "
             "machine actively refused it",
             10061},
        Form{"Exception: HRESULT: 0x80072746 while reading", 10054},
        Form{"connect() to 192.168.1.20:8080 failed (0x2748)", 10056},
        Form{"retry 5 of 10: error code 11001, host not known", 11001}));

TEST(PasteForms, TheUnderstoodLinesSayHowTheInputWasRead)
{
    const DecodeResult hr = decodeError("0x80072748");
    EXPECT_TRUE(mentions(hr.understood, "HRESULT_FROM_WIN32(10056)"));
    const DecodeResult dotnet = decodeError(
        "System.Net.Sockets.SocketException (0x80004005): A connect request was made on an already connected socket");
    EXPECT_TRUE(mentions(dotnet.understood, "E_FAIL"));
    const DecodeResult eisconn = decodeError("EISCONN");
    EXPECT_TRUE(mentions(eisconn.understood, "Linux name"));
}

TEST(PasteForms, TwoDifferentCodesInOneLineAreAmbiguous)
{
    const DecodeResult r = decodeError("connect failed with error 10061, the retry with error 10056");
    ASSERT_EQ(r.status, DecodeStatus::Ambiguous);
    EXPECT_EQ(candidateCodes(r), (std::vector<std::uint32_t>{10056, 10061}));
    EXPECT_TRUE(mentions(r.notUnderstood, "2 different errors"));
}

TEST(PasteForms, ACodeThatContradictsItsMessageIsAmbiguous)
{
    const DecodeResult r =
        decodeError("Socket error # 10061: A connect request was made on an already connected socket");
    ASSERT_EQ(r.status, DecodeStatus::Ambiguous);
    EXPECT_EQ(candidateCodes(r), (std::vector<std::uint32_t>{10056, 10061}));
}

TEST(PasteForms, BareSmallNumbersShowBothReadings)
{
    const DecodeResult r = decodeError("106");
    ASSERT_EQ(r.status, DecodeStatus::Ambiguous);
    ASSERT_EQ(r.candidates.size(), 1u);
    EXPECT_EQ(r.candidates[0].entry->code, 10056u);
    EXPECT_TRUE(r.candidates[0].viaErrno);
    EXPECT_TRUE(mentions(r.notUnderstood, "Windows error code or a Linux errno"));
    EXPECT_TRUE(mentions(r.notUnderstood, "as a Windows error code it is not a Winsock error"));

    const DecodeResult both = decodeError("87");
    ASSERT_EQ(both.status, DecodeStatus::Ambiguous);
    EXPECT_EQ(candidateCodes(both), (std::vector<std::uint32_t>{87, 10068})); // WSA_INVALID_PARAMETER, EUSERS

    const DecodeResult generic = decodeError("error 106");
    EXPECT_EQ(generic.status, DecodeStatus::Ambiguous) << "'error' does not say whose code it is";
}

TEST(PasteForms, ASmallNumberIsSettledByItsMessage)
{
    const DecodeResult r = decodeError("error 106: Transport endpoint is already connected");
    ASSERT_TRUE(r.decoded());
    EXPECT_EQ(r.entry->code, 10056u);
}

TEST(PasteForms, NumbersInLogLinesWithoutAMarkerAreNotCodes)
{
    const DecodeResult r = decodeError("2024-05-01 12:00:01 took 995 ms, pid 4412");
    EXPECT_EQ(r.status, DecodeStatus::Unknown);
    EXPECT_TRUE(mentions(r.notUnderstood, "not taken as codes"));
    EXPECT_TRUE(mentions(r.notUnderstood, "995"));
}

TEST(PasteForms, PortsAndAddressesAreNotCodes)
{
    const DecodeResult r = decodeError("connected to 10.0.0.5:10061 then WSAEISCONN");
    ASSERT_TRUE(r.decoded());
    EXPECT_EQ(r.entry->code, 10056u);
}

TEST(PasteForms, OtherHresultsAreExplained)
{
    const DecodeResult r = decodeError("0x80090308");
    EXPECT_EQ(r.status, DecodeStatus::Unknown);
    EXPECT_TRUE(mentions(r.notUnderstood, "not FACILITY_WIN32"));
    const DecodeResult win32 = decodeError("0x80070005");
    EXPECT_EQ(win32.status, DecodeStatus::Unknown);
    EXPECT_TRUE(mentions(win32.notUnderstood, "Windows error 5"));
    EXPECT_FALSE(win32.nearest.empty());
}

TEST(PasteForms, UnknownCodesComeWithTheNearestKnownOnes)
{
    const DecodeResult r = decodeError("10100");
    ASSERT_EQ(r.status, DecodeStatus::Unknown);
    ASSERT_FALSE(r.nearest.empty());
    EXPECT_EQ(r.nearest.front()->code, 10101u);
    EXPECT_TRUE(mentions(r.notUnderstood, "10100 is not a Winsock error"));

    const DecodeResult errnoUnknown = decodeError("errno 2");
    EXPECT_EQ(errnoUnknown.status, DecodeStatus::Unknown);
    EXPECT_TRUE(mentions(errnoUnknown.notUnderstood, "errno 2 is not a socket error"));
    EXPECT_FALSE(errnoUnknown.nearest.empty());

    const DecodeResult typo = decodeError("WSAEISCON");
    ASSERT_EQ(typo.status, DecodeStatus::Unknown);
    ASSERT_FALSE(typo.nearest.empty());
    EXPECT_EQ(typo.nearest.front()->code, 10056u);
}

TEST(PasteForms, AnUnknownClaimedCodeKeepsAnotherFromBeingCertain)
{
    const DecodeResult r = decodeError("WinError 12345 after WSAEISCONN");
    EXPECT_EQ(r.status, DecodeStatus::Ambiguous);
    EXPECT_TRUE(mentions(r.notUnderstood, "12345"));
}

TEST(PasteForms, MessagesSharedByTwoCodesAreAmbiguousUntilNamed)
{
    EXPECT_EQ(decodeError("No more results.").status, DecodeStatus::Ambiguous);
    const DecodeResult named = decodeError("WSA_E_NO_MORE: No more results.");
    ASSERT_TRUE(named.decoded());
    EXPECT_EQ(named.entry->code, 10110u);
}
