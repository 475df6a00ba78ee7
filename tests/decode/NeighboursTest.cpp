#include "diagnostics/errors/Decoder.h"
#include "diagnostics/errors/ErrorCatalog.h"

#include <gtest/gtest.h>

using namespace wsafix;

namespace {

std::vector<std::uint32_t> codes(const std::vector<const ErrorEntry*>& entries)
{
    std::vector<std::uint32_t> out;
    for (const auto* e : entries)
        out.push_back(e->code);
    return out;
}

} // namespace

TEST(Neighbours, ThreeEachSideWithinTheWinsockFamily)
{
    const auto n = errorNeighbours(*findErrorByCode(10056));
    EXPECT_EQ(codes(n.before), (std::vector<std::uint32_t>{10053, 10054, 10055}));
    EXPECT_EQ(codes(n.after), (std::vector<std::uint32_t>{10057, 10058, 10059}));
}

TEST(Neighbours, FollowTheGapsInTheNumbering)
{
    const auto n = errorNeighbours(*findErrorByCode(10091));
    EXPECT_EQ(codes(n.before), (std::vector<std::uint32_t>{10069, 10070, 10071}));
    EXPECT_EQ(codes(n.after), (std::vector<std::uint32_t>{10092, 10093, 10101}));
}

TEST(Neighbours, StopAtTheEdgesOfAFamily)
{
    const auto first = errorNeighbours(*findErrorByCode(10004));
    EXPECT_TRUE(first.before.empty()) << "997 belongs to the overlapped family";
    EXPECT_EQ(codes(first.after), (std::vector<std::uint32_t>{10009, 10013, 10014}));

    const auto lastWinsock = errorNeighbours(*findErrorByCode(10112));
    EXPECT_TRUE(lastWinsock.after.empty()) << "11001 is the resolver family";

    const auto resolver = errorNeighbours(*findErrorByCode(11004));
    EXPECT_EQ(codes(resolver.before), (std::vector<std::uint32_t>{11001, 11002, 11003}));
    EXPECT_TRUE(resolver.after.empty()) << "11005 and up are QoS codes";

    const auto overlapped = errorNeighbours(*findErrorByCode(87));
    EXPECT_EQ(codes(overlapped.before), (std::vector<std::uint32_t>{6, 8}));
    EXPECT_EQ(codes(overlapped.after), (std::vector<std::uint32_t>{995, 996, 997}));

    const auto qos = errorNeighbours(*findErrorByCode(11031));
    EXPECT_EQ(codes(qos.before), (std::vector<std::uint32_t>{11028, 11029, 11030}));
    EXPECT_TRUE(qos.after.empty());
}

TEST(Neighbours, CountIsAdjustable)
{
    const auto n = errorNeighbours(*findErrorByCode(10056), 1);
    EXPECT_EQ(codes(n.before), (std::vector<std::uint32_t>{10055}));
    EXPECT_EQ(codes(n.after), (std::vector<std::uint32_t>{10057}));
}

TEST(Neighbours, ComeWithEveryDecodedResult)
{
    const DecodeResult r = decodeError("0x2748");
    ASSERT_TRUE(r.decoded());
    EXPECT_EQ(r.neighbours.before.size(), 3u);
    EXPECT_EQ(r.neighbours.after.size(), 3u);
    EXPECT_FALSE(r.neighbours.before.front()->shortMessage.empty());
}

TEST(Neighbours, NearestCodesForAnUnknownNumber)
{
    EXPECT_EQ(codes(nearestErrorCodes(10100, 3)), (std::vector<std::uint32_t>{10101, 10102, 10103}));
    EXPECT_EQ(codes(nearestErrorCodes(10000, 2)), (std::vector<std::uint32_t>{10004, 10009}));
    // errno 108 is ESHUTDOWN (10058); 107 ENOTCONN is as close as 109 and comes first in the catalog.
    EXPECT_EQ(codes(nearestErrnoCodes(108, 2)), (std::vector<std::uint32_t>{10057, 10058}));
}
