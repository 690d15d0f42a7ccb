#include "core/Errors.h"
#include "core/Fefo.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <tuple>

using namespace ocopos;
using namespace ocopos::core;

namespace {
const QDate kToday(2026, 11, 28);

Quantity q(std::int64_t units) { return Quantity::units(units); }
Quantity t(std::int64_t thousandths) { return Quantity::fromThousandths(thousandths); }

LotSnapshot lot(qint64 id, std::optional<QDate> expires, qint64 receipt, Quantity onHand, qint64 producer = 1)
{
    return LotSnapshot{id, producer, expires, receipt, onHand};
}

std::vector<qint64> ids(const std::vector<LotTake>& takes)
{
    std::vector<qint64> out;
    for (const auto& tk : takes)
        out.push_back(tk.lotId);
    return out;
}

std::vector<qint64> ids(const std::vector<LotSnapshot>& lots)
{
    std::vector<qint64> out;
    for (const auto& l : lots)
        out.push_back(l.lotId);
    return out;
}
} // namespace

TEST(Fefo, EarliestExpiryFirst)
{
    const auto r = allocateFefo({lot(1, kToday.addDays(30), 1, q(5)), lot(2, kToday.addDays(3), 2, q(5))}, q(7), kToday);
    EXPECT_EQ(ids(r.takes), (std::vector<qint64>{2, 1}));
    EXPECT_EQ(r.takes[0].qty, q(5));
    EXPECT_EQ(r.takes[1].qty, q(2));
    EXPECT_TRUE(r.shortBy.isZero());
    EXPECT_TRUE(r.expiredOnHand.isZero());
}

TEST(Fefo, TiesOnExpiryGoToTheOlderReceipt)
{
    const QDate d = kToday.addDays(10);
    // Lot ids deliberately against receipt order: the receipt decides, not the id.
    const auto r = allocateFefo({lot(7, d, 3, q(2)), lot(8, d, 1, q(2)), lot(9, d, 2, q(2))}, q(5), kToday);
    EXPECT_EQ(ids(r.takes), (std::vector<qint64>{8, 9, 7}));
    EXPECT_EQ(r.takes[2].qty, q(1));
}

TEST(Fefo, TiesOnExpiryAndReceiptGoToTheLowerLotId)
{
    const QDate d = kToday.addDays(10);
    std::vector<LotSnapshot> lots{lot(5, d, 1, q(1)), lot(4, d, 1, q(1))};
    sortFefo(lots);
    EXPECT_EQ(ids(lots), (std::vector<qint64>{4, 5}));
}

TEST(Fefo, UndatedLotsLastInReceiptOrder)
{
    std::vector<LotSnapshot> lots{lot(1, std::nullopt, 1, q(1)), lot(2, kToday.addDays(900), 5, q(1)),
                                  lot(3, std::nullopt, 0, q(1)), lot(4, kToday, 9, q(1))};
    sortFefo(lots);
    EXPECT_EQ(ids(lots), (std::vector<qint64>{4, 2, 3, 1}));
    const auto r = allocateFefo(lots, q(3), kToday);
    EXPECT_EQ(ids(r.takes), (std::vector<qint64>{4, 2, 3}));
}

TEST(Fefo, ALotExpiringTodayIsStillSold)
{
    const auto r = allocateFefo({lot(1, kToday, 1, q(3))}, q(3), kToday);
    ASSERT_EQ(r.takes.size(), 1u);
    EXPECT_EQ(r.takes[0].qty, q(3));
    EXPECT_TRUE(r.shortBy.isZero());
    EXPECT_FALSE(isExpired(kToday, kToday));
}

TEST(Fefo, ALotThatExpiredYesterdayIsNeverSold)
{
    const auto r = allocateFefo({lot(1, kToday.addDays(-1), 1, q(3)), lot(2, kToday.addDays(1), 2, q(1))}, q(3), kToday);
    EXPECT_EQ(ids(r.takes), (std::vector<qint64>{2}));
    EXPECT_EQ(r.shortBy, q(2));
    EXPECT_EQ(r.expiredOnHand, q(3));
    EXPECT_TRUE(isExpired(kToday.addDays(-1), kToday));
    EXPECT_FALSE(isExpired(std::nullopt, kToday));
}

TEST(Fefo, TheSameLotFlipsAtMidnight)
{
    const std::vector<LotSnapshot> lots{lot(1, QDate(2026, 11, 30), 1, q(2))};
    EXPECT_TRUE(allocateFefo(lots, q(2), QDate(2026, 11, 30)).shortBy.isZero());
    const auto next = allocateFefo(lots, q(2), QDate(2026, 12, 1));
    EXPECT_EQ(next.shortBy, q(2));
    EXPECT_EQ(next.expiredOnHand, q(2));
}

TEST(Fefo, ShortStockSaysHowMuchIsMissingAndHowMuchIsExpired)
{
    const auto r = allocateFefo({lot(1, kToday.addDays(-3), 1, q(4)), lot(2, kToday.addDays(-1), 2, q(1)),
                                 lot(3, kToday.addDays(5), 3, q(2)), lot(4, std::nullopt, 4, q(1))},
                                q(10), kToday);
    EXPECT_EQ(ids(r.takes), (std::vector<qint64>{3, 4}));
    EXPECT_EQ(r.shortBy, q(7));
    EXPECT_EQ(r.expiredOnHand, q(5));
}

TEST(Fefo, NoLotsAtAll)
{
    const auto r = allocateFefo({}, q(1), kToday);
    EXPECT_TRUE(r.takes.empty());
    EXPECT_EQ(r.shortBy, q(1));
}

TEST(Fefo, EmptyLotsAreSkipped)
{
    const auto r = allocateFefo({lot(1, kToday, 1, Quantity()), lot(2, kToday.addDays(1), 2, q(1))}, q(1), kToday);
    EXPECT_EQ(ids(r.takes), (std::vector<qint64>{2}));
}

TEST(Fefo, WeighedQuantitiesInThousandths)
{
    const auto r = allocateFefo({lot(1, kToday.addDays(1), 1, t(200), 11), lot(2, kToday.addDays(2), 2, t(4350), 12)},
                                t(350), kToday);
    ASSERT_EQ(r.takes.size(), 2u);
    EXPECT_EQ(r.takes[0].qty, t(200));
    EXPECT_EQ(r.takes[0].producerId, 11);
    EXPECT_EQ(r.takes[1].qty, t(150));
    EXPECT_EQ(r.takes[1].producerId, 12);
    EXPECT_EQ(formatQuantity(r.takes[1].qty), "0.150");
}

TEST(Fefo, WantingNothingTakesNothing)
{
    const auto r = allocateFefo({lot(1, kToday, 1, q(1))}, Quantity(), kToday);
    EXPECT_TRUE(r.takes.empty());
    EXPECT_TRUE(r.shortBy.isZero());
}

// Every combination of three lots over expiry {none, yesterday, today, tomorrow,
// in a week}, receipt order {0,1,2} and on hand {0,1,2}, and every wanted
// quantity 0..7: the allocation is the greedy walk of the FEFO order over
// unexpired lots, checked against a reference written independently.
TEST(Fefo, ExhaustiveAgainstAReference)
{
    const std::vector<std::optional<QDate>> expiries{std::nullopt, kToday.addDays(-1), kToday, kToday.addDays(1),
                                                     kToday.addDays(7)};
    int cases = 0;
    for (int e0 = 0; e0 < 5; ++e0)
    for (int e1 = 0; e1 < 5; ++e1)
    for (int e2 = 0; e2 < 5; ++e2)
    for (int r0 = 0; r0 < 3; ++r0)
    for (int r1 = 0; r1 < 3; ++r1)
    for (int h0 = 0; h0 < 3; ++h0)
    for (int h1 = 0; h1 < 3; ++h1)
    for (int h2 = 0; h2 < 3; ++h2) {
        const std::vector<LotSnapshot> lots{lot(1, expiries[e0], r0, q(h0)), lot(2, expiries[e1], r1, q(h1)),
                                            lot(3, expiries[e2], 1, q(h2))};
        // Reference order: a key that ranks dated lots by date, undated after
        // every date, then receipt, then id.
        std::vector<LotSnapshot> ref = lots;
        std::sort(ref.begin(), ref.end(), [](const LotSnapshot& a, const LotSnapshot& b) {
            const auto key = [](const LotSnapshot& l) {
                return std::make_tuple(l.expiresOn ? l.expiresOn->toJulianDay() : std::numeric_limits<qint64>::max(),
                                       l.receiptOrder, l.lotId);
            };
            return key(a) < key(b);
        });
        Quantity sellable, expired;
        for (const auto& l : lots)
            (l.expiresOn && *l.expiresOn < kToday ? expired : sellable) += l.onHand;
        for (int want = 0; want <= 7; ++want) {
            ++cases;
            const auto r = allocateFefo(lots, q(want), kToday);
            std::vector<LotTake> expect;
            Quantity left = q(want);
            for (const auto& l : ref) {
                if (l.expiresOn && *l.expiresOn < kToday)
                    continue;
                const Quantity take = std::min(left, l.onHand);
                if (take.isPositive())
                    expect.push_back(LotTake{l.lotId, l.producerId, take});
                left -= take;
            }
            ASSERT_EQ(r.takes.size(), expect.size()) << "case " << cases;
            for (std::size_t i = 0; i < expect.size(); ++i) {
                ASSERT_EQ(r.takes[i].lotId, expect[i].lotId) << "case " << cases;
                ASSERT_EQ(r.takes[i].qty, expect[i].qty) << "case " << cases;
            }
            ASSERT_EQ(r.shortBy, q(want) > sellable ? q(want) - sellable : Quantity()) << "case " << cases;
            ASSERT_EQ(r.expiredOnHand, expired) << "case " << cases;
        }
    }
    EXPECT_EQ(cases, 125 * 9 * 27 * 8);
}

TEST(SpreadCount, ShrinkageComesOffTheLotThatSellsLast)
{
    const auto r = spreadCount({lot(1, kToday.addDays(5), 1, q(10)), lot(2, kToday.addDays(60), 2, q(10)),
                                lot(3, kToday.addDays(30), 3, q(10))},
                               q(26), kToday);
    ASSERT_EQ(r.size(), 3u);  // FEFO order: 1, 3, 2
    EXPECT_EQ(r[0].lotId, 1);
    EXPECT_EQ(r[0].variance(), Quantity());
    EXPECT_EQ(r[1].lotId, 3);
    EXPECT_EQ(r[1].variance(), Quantity());
    EXPECT_EQ(r[2].lotId, 2);
    EXPECT_EQ(r[2].expected, q(10));
    EXPECT_EQ(r[2].counted, q(6));
}

TEST(SpreadCount, ShrinkageSpillsOverAndTakesUndatedLotsFirst)
{
    const auto r = spreadCount({lot(1, kToday.addDays(5), 1, q(3)), lot(2, std::nullopt, 2, q(2)),
                                lot(3, kToday.addDays(30), 3, q(4))},
                               q(2), kToday);
    ASSERT_EQ(r.size(), 3u);
    EXPECT_EQ(r[0].lotId, 1);
    EXPECT_EQ(r[0].counted, q(2));
    EXPECT_EQ(r[1].lotId, 3);
    EXPECT_EQ(r[1].counted, Quantity());
    EXPECT_EQ(r[2].lotId, 2);
    EXPECT_EQ(r[2].counted, Quantity());
}

TEST(SpreadCount, ExpiredLotsLoseStockOnlyWhenNothingElseIsLeft)
{
    const auto lots = std::vector<LotSnapshot>{lot(1, kToday.addDays(-2), 1, q(4)), lot(2, kToday.addDays(9), 2, q(3))};
    auto r = spreadCount(lots, q(5), kToday);
    ASSERT_EQ(r.size(), 2u);
    EXPECT_EQ(r[0].lotId, 1);
    EXPECT_EQ(r[0].counted, q(4));  // the expired stock stays in the book, to be written off
    EXPECT_EQ(r[1].counted, q(1));
    r = spreadCount(lots, q(1), kToday);
    EXPECT_EQ(r[0].counted, q(1));
    EXPECT_EQ(r[1].counted, Quantity());
}

TEST(SpreadCount, SurplusGoesToTheUnexpiredLotThatSellsFirst)
{
    const auto r = spreadCount({lot(1, kToday.addDays(-1), 1, q(2)), lot(2, kToday.addDays(20), 2, q(1)),
                                lot(3, kToday.addDays(3), 3, q(1)), lot(4, kToday.addDays(1), 4, Quantity())},
                               q(7), kToday);
    ASSERT_EQ(r.size(), 3u);  // the empty lot 4 is left alone
    EXPECT_EQ(r[0].lotId, 1);
    EXPECT_EQ(r[0].variance(), Quantity());
    EXPECT_EQ(r[1].lotId, 3);
    EXPECT_EQ(r[1].counted, q(4));
    EXPECT_EQ(r[2].lotId, 2);
    EXPECT_EQ(r[2].variance(), Quantity());
}

TEST(SpreadCount, SurplusWithoutUnexpiredStockGoesToTheNewestLot)
{
    const auto r = spreadCount({lot(1, kToday.addDays(-5), 2, q(1)), lot(2, kToday.addDays(40), 1, Quantity()),
                                lot(3, kToday.addDays(-9), 3, Quantity())},
                               q(3), kToday);
    ASSERT_EQ(r.size(), 2u);
    EXPECT_EQ(r[0].lotId, 3);  // FEFO order: 3 (expired earliest), 1
    EXPECT_EQ(r[0].expected, Quantity());
    EXPECT_EQ(r[0].counted, q(2));
    EXPECT_EQ(r[1].lotId, 1);
    EXPECT_EQ(r[1].variance(), Quantity());
}

TEST(SpreadCount, SurplusWithNoLotIsAConflict)
{
    EXPECT_THROW(spreadCount({}, q(1), kToday), Conflict);
    EXPECT_TRUE(spreadCount({}, Quantity(), kToday).empty());
}

TEST(SpreadCount, WeighedQuantities)
{
    const auto r = spreadCount({lot(1, kToday.addDays(1), 1, t(4350)), lot(2, kToday.addDays(4), 2, t(3120))},
                               t(7005), kToday);
    ASSERT_EQ(r.size(), 2u);
    EXPECT_EQ(r[0].counted, t(4350));
    EXPECT_EQ(r[1].counted, t(2655));
    EXPECT_EQ(formatQuantity(r[1].variance()), "-0.465");
}

// Whatever the lots and the count, the lots' counted values add up to the
// count, no lot goes below zero, and only the lots at one end move.
TEST(SpreadCount, AlwaysAddsUpToTheCount)
{
    const std::vector<std::optional<QDate>> expiries{std::nullopt, kToday.addDays(-1), kToday, kToday.addDays(4)};
    for (int e0 = 0; e0 < 4; ++e0)
    for (int e1 = 0; e1 < 4; ++e1)
    for (int e2 = 0; e2 < 4; ++e2)
    for (int h0 = 0; h0 < 3; ++h0)
    for (int h1 = 0; h1 < 3; ++h1)
    for (int h2 = 0; h2 < 3; ++h2)
    for (int counted = 0; counted <= 8; ++counted) {
        const std::vector<LotSnapshot> lots{lot(1, expiries[e0], 1, q(h0)), lot(2, expiries[e1], 2, q(h1)),
                                            lot(3, expiries[e2], 3, q(h2))};
        const auto r = spreadCount(lots, q(counted), kToday);
        Quantity sum;
        int changed = 0;
        for (const auto& c : r) {
            ASSERT_GE(c.counted.thousandths(), 0);
            sum += c.counted;
            changed += c.variance().isZero() ? 0 : 1;
        }
        ASSERT_EQ(sum, q(counted));
        if (counted >= h0 + h1 + h2) {
            ASSERT_LE(changed, 1);  // a surplus lands in one lot
        }
    }
}
