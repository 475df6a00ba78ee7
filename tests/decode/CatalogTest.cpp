#include "diagnostics/errors/Decoder.h"
#include "diagnostics/errors/ErrorCatalog.h"

#include "WinsockTsv.h"

#include <gtest/gtest.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <set>

using namespace wsafix;

namespace {

std::vector<WinsockTsvRow> tsvOrFail()
{
    std::string error;
    auto rows = readWinsockTsv(error);
    EXPECT_TRUE(error.empty()) << error;
    return rows;
}

std::string shortHex(std::uint32_t code)
{
    char text[16];
    std::snprintf(text, sizeof text, "0x%X", static_cast<unsigned>(code));
    return text;
}

void expectDecodes(const std::string& input, const WinsockTsvRow& row)
{
    const DecodeResult r = decodeError(input);
    ASSERT_EQ(r.status, DecodeStatus::Decoded) << "input '" << input << "' for " << row.name;
    EXPECT_EQ(r.entry->code, row.decimal) << input;
    EXPECT_EQ(r.entry->name, row.name) << input;
    EXPECT_EQ(r.entry->shortMessage, row.message) << input;
}

} // namespace

TEST(Catalog, HoldsExactlyTheTsvRowsInOrder)
{
    const auto rows = tsvOrFail();
    ASSERT_EQ(rows.size(), 95u);
    const auto catalog = errorCatalog();
    ASSERT_EQ(catalog.size(), rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        EXPECT_EQ(catalog[i].code, rows[i].decimal);
        EXPECT_EQ(catalog[i].name, rows[i].name);
        EXPECT_EQ(catalog[i].shortMessage, rows[i].message);
        EXPECT_EQ(errorHex(catalog[i].code), rows[i].hex);
        EXPECT_FALSE(catalog[i].systemMessage.empty()) << rows[i].name;
    }
}

TEST(Catalog, EveryTsvRowDecodesFromDecimalHexAndName)
{
    for (const auto& row : tsvOrFail()) {
        SCOPED_TRACE(row.name);
        const bool small = row.decimal <= 133; // a bare small number is also a Linux errno: say whose
        expectDecodes(small ? "WinError " + std::to_string(row.decimal) : std::to_string(row.decimal), row);
        expectDecodes(row.hex, row);               // 0x00002748
        expectDecodes(shortHex(row.decimal), row); // 0x2748
        expectDecodes(row.name, row);              // WSAEISCONN
    }
}

TEST(Catalog, BareSmallTsvCodesAreAmbiguousNotGuessed)
{
    for (const char* input : {"6", "8", "87"}) {
        const DecodeResult r = decodeError(input);
        EXPECT_EQ(r.status, DecodeStatus::Ambiguous) << input;
        ASSERT_FALSE(r.candidates.empty()) << input;
        EXPECT_EQ(std::to_string(r.candidates.front().entry->code), input);
    }
}

TEST(Catalog, EveryMessageDecodesToItsOwnCode)
{
    for (const auto& e : errorCatalog()) {
        for (const auto message : {e.shortMessage, e.systemMessage, e.errnoMessage}) {
            if (message.empty())
                continue;
            SCOPED_TRACE(std::string(e.name) + ": " + std::string(message));
            const DecodeResult r = decodeError(message);
            if (r.decoded()) {
                EXPECT_EQ(r.entry, &e);
                continue;
            }
            // Only messages Microsoft gives to two codes ("No more results.") may stay ambiguous.
            ASSERT_EQ(r.status, DecodeStatus::Ambiguous);
            bool listed = false;
            for (const auto& c : r.candidates) {
                listed = listed || c.entry == &e;
                EXPECT_TRUE(c.entry->shortMessage == message || c.entry->systemMessage == message);
            }
            EXPECT_TRUE(listed);
        }
    }
}

TEST(Catalog, NamesAndCodesAreUnique)
{
    std::set<std::uint32_t> codes;
    std::set<std::string_view> names;
    std::set<int> errnos;
    for (const auto& e : errorCatalog()) {
        EXPECT_TRUE(codes.insert(e.code).second) << e.code;
        EXPECT_TRUE(names.insert(e.name).second) << e.name;
        if (e.errnoValue) {
            EXPECT_TRUE(errnos.insert(e.errnoValue).second) << e.errnoName;
            EXPECT_EQ(e.name.substr(0, 4), "WSAE") << "only WSAE<X> has an errno twin E<X>";
            EXPECT_EQ(e.name.substr(4), e.errnoName.substr(1));
        }
    }
}

TEST(Catalog, ErrnoTwinsAreTheOnesTheBriefNames)
{
    const std::pair<const char*, int> expected[] = {
        {"EISCONN", 106},
        {"ECONNREFUSED", 111},
        {"ETIMEDOUT", 110},
        {"EADDRINUSE", 98},
        {"EADDRNOTAVAIL", 99},
        {"ENETDOWN", 100},
        {"ENETUNREACH", 101},
        {"ENETRESET", 102},
        {"ECONNABORTED", 103},
        {"ECONNRESET", 104},
        {"ENOBUFS", 105},
        {"ENOTCONN", 107},
        {"EHOSTDOWN", 112},
        {"EHOSTUNREACH", 113},
        {"EALREADY", 114},
        {"EINPROGRESS", 115},
        {"EWOULDBLOCK", 11},
        {"EAGAIN", 11},
        {"EINTR", 4},
        {"EBADF", 9},
        {"EACCES", 13},
        {"EFAULT", 14},
        {"EINVAL", 22},
        {"EMFILE", 24},
        {"ENOTSOCK", 88},
        {"EDESTADDRREQ", 89},
        {"EMSGSIZE", 90},
        {"EPROTOTYPE", 91},
        {"ENOPROTOOPT", 92},
        {"EPROTONOSUPPORT", 93},
        {"ESOCKTNOSUPPORT", 94},
        {"EOPNOTSUPP", 95},
        {"EPFNOSUPPORT", 96},
        {"EAFNOSUPPORT", 97},
        {"ESHUTDOWN", 108},
        {"ETOOMANYREFS", 109},
        {"ELOOP", 40},
        {"ENAMETOOLONG", 36},
        {"ENOTEMPTY", 39},
        {"EUSERS", 87},
        {"EDQUOT", 122},
        {"ESTALE", 116},
        {"EREMOTE", 66},
    };
    for (const auto& [name, value] : expected) {
        const ErrorEntry* byName = findErrorByName(name);
        ASSERT_NE(byName, nullptr) << name;
        EXPECT_EQ(byName->errnoValue, value) << name;
        EXPECT_EQ(findErrorByErrno(value), byName) << name;
    }
    EXPECT_EQ(findErrorByName("WSAEPROCLIM")->errnoValue, 0) << "Linux has no EPROCLIM";
    EXPECT_EQ(findErrorByName("WSAEISCONN")->errnoMessage, "Transport endpoint is already connected");
}

#ifdef __linux__
TEST(Catalog, ErrnoValuesAndTextsMatchThisLinux)
{
    for (const auto& e : errorCatalog()) {
        if (!e.errnoValue)
            continue;
        SCOPED_TRACE(e.errnoName);
        EXPECT_EQ(std::strerror(e.errnoValue), e.errnoMessage);
    }
    EXPECT_EQ(findErrorByName("EISCONN")->errnoValue, EISCONN);
    EXPECT_EQ(findErrorByName("ECONNREFUSED")->errnoValue, ECONNREFUSED);
    EXPECT_EQ(findErrorByName("EWOULDBLOCK")->errnoValue, EWOULDBLOCK);
    EXPECT_EQ(findErrorByName("EOPNOTSUPP")->errnoValue, EOPNOTSUPP);
    EXPECT_EQ(findErrorByName("ETOOMANYREFS")->errnoValue, ETOOMANYREFS);
    EXPECT_EQ(findErrorByName("EREMOTE")->errnoValue, EREMOTE);
    EXPECT_EQ(findErrorByName("EDQUOT")->errnoValue, EDQUOT);
}
#endif

TEST(Catalog, AliasesResolve)
{
    EXPECT_EQ(findErrorByName("WSANO_ADDRESS")->code, 11004u);
    EXPECT_EQ(findErrorByName("WSA_QOS_EUNKNOWNPSOBJ")->code, 11024u);
    EXPECT_EQ(findErrorByName("wsa_qos_eunkownpsobj")->code, 11024u);
    EXPECT_EQ(findErrorByName("ERROR_IO_PENDING")->code, 997u);
    EXPECT_EQ(findErrorByName("ENOTSUP")->code, 10045u);
    EXPECT_EQ(findErrorByName("NOPE"), nullptr);
    for (const auto& alias : errorAliases())
        EXPECT_NE(findErrorByCode(alias.code), nullptr) << alias.name;
}

TEST(Catalog, HexAndHresultText)
{
    EXPECT_EQ(errorHex(10056), "0x00002748");
    EXPECT_EQ(errorHResult(10056), "0x80072748");
    EXPECT_EQ(errorHResult(997), "0x800703E5");
    EXPECT_EQ(findErrorByCode(10056)->systemMessage, "A connect request was made on an already connected socket.");
}

TEST(Catalog, NearestNamesHelpWithTypos)
{
    const auto typo = nearestErrorNames("WSAEISCON");
    ASSERT_FALSE(typo.empty());
    EXPECT_EQ(typo.front()->name, "WSAEISCONN");
    const auto prefix = nearestErrorNames("WSAECONN");
    ASSERT_FALSE(prefix.empty());
    for (const auto* e : prefix)
        EXPECT_EQ(e->name.substr(0, 8), "WSAECONN");
    EXPECT_TRUE(nearestErrorNames("completely-unrelated-words").empty());
}
