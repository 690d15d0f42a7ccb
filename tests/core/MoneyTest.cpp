#include "core/Arithmetic.h"
#include "core/Decimal.h"
#include "core/Errors.h"
#include "core/Money.h"
#include "core/Quantity.h"
#include "core/Vat.h"

#include <gtest/gtest.h>

#include <limits>
#include <numeric>
#include <random>
#include <type_traits>

using namespace ocopos;
using namespace ocopos::core;

// Money and Quantity can never be built from floating point.
static_assert(!std::is_constructible_v<Money, double>);
static_assert(!std::is_constructible_v<Money, float>);
static_assert(!std::is_convertible_v<double, Money>);
static_assert(!std::is_constructible_v<Quantity, double>);
static_assert(std::is_constructible_v<Money, std::int64_t>);

TEST(Rounding, HalfUpOnExactValue)
{
    EXPECT_EQ(roundHalfUp(5, 2), 3);    // 2.5 -> 3
    EXPECT_EQ(roundHalfUp(7, 2), 4);    // 3.5 -> 4
    EXPECT_EQ(roundHalfUp(4, 3), 1);    // 1.33 -> 1
    EXPECT_EQ(roundHalfUp(5, 3), 2);    // 1.67 -> 2
    EXPECT_EQ(roundHalfUp(-5, 2), -3);  // away from zero
    EXPECT_EQ(roundHalfUp(0, 7), 0);
    EXPECT_EQ(roundHalfUp(149999, 100000), 1);
    EXPECT_EQ(roundHalfUp(150000, 100000), 2);
    EXPECT_THROW(roundHalfUp(1, 0), std::invalid_argument);
}

TEST(Rounding, MulDivUses128BitIntermediate)
{
    const std::int64_t big = std::numeric_limits<std::int64_t>::max() / 2;
    EXPECT_EQ(mulDivRound(big, 1000, 1000), big);
    EXPECT_THROW(mulDivRound(big, 10, 1), OverflowError);
    // 0.350 kg at 450.000 đ/kg = 157.500 đ
    EXPECT_EQ(mulDivRound(450000, 350, 1000), 157500);
    // 0.333 kg at 100.001 đ/kg = 33300.333 -> 33300
    EXPECT_EQ(mulDivRound(100001, 333, 1000), 33300);
    // 0.005 kg at 100.100 đ/kg = 500.5 -> 501
    EXPECT_EQ(mulDivRound(100100, 5, 1000), 501);
}

TEST(Money, CheckedArithmetic)
{
    const Money max(std::numeric_limits<std::int64_t>::max());
    EXPECT_THROW(max + Money(1), OverflowError);
    EXPECT_THROW(Money(std::numeric_limits<std::int64_t>::min()) - Money(1), OverflowError);
    EXPECT_THROW(max.times(2), OverflowError);
    EXPECT_EQ((Money(45000) + Money(5000)).dong(), 50000);
    EXPECT_EQ((-Money(5)).dong(), -5);
    EXPECT_LT(Money(1), Money(2));
}

TEST(Money, FormatVnd)
{
    EXPECT_EQ(formatVnd(Money(45000)), "45.000\u00A0\u20AB");
    EXPECT_EQ(formatVnd(Money(0)), "0\u00A0\u20AB");
    EXPECT_EQ(formatVnd(Money(999)), "999\u00A0\u20AB");
    EXPECT_EQ(formatVnd(Money(1000)), "1.000\u00A0\u20AB");
    EXPECT_EQ(formatVnd(Money(1234567890)), "1.234.567.890\u00A0\u20AB");
    EXPECT_EQ(formatVnd(Money(-45000)), "-45.000\u00A0\u20AB");
    EXPECT_EQ(formatGrouped(std::numeric_limits<std::int64_t>::min()), "-9.223.372.036.854.775.808");
}

TEST(Money, Parse)
{
    EXPECT_EQ(parseMoney("45000", "price").dong(), 45000);
    EXPECT_EQ(parseMoney("45.000", "price").dong(), 45000);
    EXPECT_EQ(parseMoney("1.234.567", "price").dong(), 1234567);
    EXPECT_EQ(parseMoney("-5", "price").dong(), -5);
    for (const char* bad : {"", "0.350", "45.00", "12.5", "1e5", "abc", "45 000", "45,000", "-", "1.2345", ".000",
                            "99999999999999999999"}) {
        EXPECT_THROW(parseMoney(bad, "price"), ValidationError) << bad;
    }
    try {
        parseMoney("12.5", "price");
    } catch (const ValidationError& e) {
        EXPECT_EQ(e.problems().front().field, "price");
    }
}

TEST(Decimal, ParseQuantities)
{
    EXPECT_EQ(parseQuantity("0.350", "qty").thousandths(), 350);
    EXPECT_EQ(parseQuantity("2", "qty").thousandths(), 2000);
    EXPECT_EQ(parseQuantity("2.5", "qty").thousandths(), 2500);
    EXPECT_EQ(parseQuantity("0.001", "qty").thousandths(), 1);
    EXPECT_EQ(parseQuantity("-1.5", "qty", true).thousandths(), -1500);
    for (const char* bad : {"", "0.3501", "1,5", "-1", "1e3", ".", "1.", ".5x", " 1", "abc", "+1",
                            "9999999999999999999"})
        EXPECT_THROW(parseQuantity(bad, "qty"), ValidationError) << bad;
}

TEST(Decimal, FormatQuantities)
{
    EXPECT_EQ(formatQuantity(Quantity::fromThousandths(350)), "0.350");
    EXPECT_EQ(formatQuantity(Quantity::fromThousandths(2000)), "2");
    EXPECT_EQ(formatQuantity(Quantity::fromThousandths(2500)), "2.500");
    EXPECT_EQ(formatQuantity(Quantity::fromThousandths(-1)), "-0.001");
    EXPECT_EQ(formatQuantity(Quantity::fromThousandths(0)), "0");
}

TEST(Decimal, Percent)
{
    EXPECT_EQ(parsePercent("20", "p").bp, 2000);
    EXPECT_EQ(parsePercent("12.5", "p").bp, 1250);
    EXPECT_EQ(parsePercent("5.25", "p").bp, 525);
    EXPECT_EQ(parsePercent("100", "p").bp, 10000);
    EXPECT_THROW(parsePercent("100.01", "p"), ValidationError);
    EXPECT_THROW(parsePercent("5.255", "p"), ValidationError);
    EXPECT_THROW(parsePercent("-5", "p"), ValidationError);
    EXPECT_EQ(formatPercent(BasisPoints{2000}), "20");
    EXPECT_EQ(formatPercent(BasisPoints{1250}), "12.5");
    EXPECT_EQ(formatPercent(BasisPoints{525}), "5.25");
}

TEST(Allocation, LargestRemainderAddsUpAndBreaksTiesToEarlier)
{
    const std::vector<std::int64_t> w{1, 1, 1};
    EXPECT_EQ(allocateLargestRemainder(100, w), (std::vector<std::int64_t>{34, 33, 33}));
    EXPECT_EQ(allocateLargestRemainder(2, w), (std::vector<std::int64_t>{1, 1, 0}));
    const std::vector<std::int64_t> w2{100, 200, 300};
    EXPECT_EQ(allocateLargestRemainder(10, w2), (std::vector<std::int64_t>{2, 3, 5}));  // 1.67, 3.33, 5
    const std::vector<std::int64_t> zeroes{0, 0};
    EXPECT_EQ(allocateLargestRemainder(7, zeroes), (std::vector<std::int64_t>{7, 0}));
    const std::vector<std::int64_t> withZero{0, 5};
    EXPECT_EQ(allocateLargestRemainder(3, withZero), (std::vector<std::int64_t>{0, 3}));
    EXPECT_TRUE(allocateLargestRemainder(0, std::vector<std::int64_t>{}).empty());
    EXPECT_THROW(allocateLargestRemainder(1, std::vector<std::int64_t>{}), std::invalid_argument);
    EXPECT_THROW(allocateLargestRemainder(-1, w), std::invalid_argument);
}

TEST(Allocation, RandomSumsAreExact)
{
    std::mt19937_64 rng(20261128);
    for (int round = 0; round < 5000; ++round) {
        const auto n = 1 + rng() % 12;
        std::vector<std::int64_t> w(n);
        for (auto& x : w)
            x = static_cast<std::int64_t>(rng() % 5'000'000);
        const auto total = static_cast<std::int64_t>(rng() % 100'000'000);
        const auto parts = allocateLargestRemainder(total, w);
        ASSERT_EQ(std::accumulate(parts.begin(), parts.end(), std::int64_t{0}), total);
        const auto sumW = std::accumulate(w.begin(), w.end(), std::int64_t{0});
        for (std::size_t i = 0; i < n; ++i) {
            if (sumW == 0)
                break;
            // Each part is floor or ceil of its exact share.
            const Int128 exact = static_cast<Int128>(total) * w[i];
            const auto lo = static_cast<std::int64_t>(exact / sumW);
            ASSERT_TRUE(parts[i] == lo || parts[i] == lo + 1);
        }
    }
}

TEST(Vat, IncludedVatPerRate)
{
    EXPECT_EQ(VatRate::percent(8).vatIncludedIn(Money(108000)).dong(), 8000);
    EXPECT_EQ(VatRate::percent(10).vatIncludedIn(Money(110000)).dong(), 10000);
    EXPECT_EQ(VatRate::percent(5).vatIncludedIn(Money(105000)).dong(), 5000);
    // 236850 × 8 / 108 = 17544.44 -> 17544
    EXPECT_EQ(VatRate::percent(8).vatIncludedIn(Money(236850)).dong(), 17544);
    // 27 × 8 / 108 = 2.0 ; 20 × 10 / 110 = 1.818 -> 2 ; 21 × 5/105 = 1
    EXPECT_EQ(VatRate::percent(10).vatIncludedIn(Money(20)).dong(), 2);
    EXPECT_EQ(VatRate::percent(0).vatIncludedIn(Money(100000)).dong(), 0);
    EXPECT_EQ(VatRate::kct().vatIncludedIn(Money(100000)).dong(), 0);
    EXPECT_EQ(VatRate::parse("KCT").code(), "KCT");
    EXPECT_FALSE(VatRate::parse("0") == VatRate::kct());
    EXPECT_THROW(VatRate::parse("7"), ValidationError);
    EXPECT_THROW(VatRate::parse("8%"), ValidationError);
    EXPECT_THROW(VatRate::percent(12), ValidationError);
    EXPECT_TRUE(VatRate::percent(10) < VatRate::kct());
    EXPECT_TRUE(VatRate::percent(0) < VatRate::percent(5));
}
