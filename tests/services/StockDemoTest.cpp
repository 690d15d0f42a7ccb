// The demo store's stock, loaded through the goods receipt service.
#include "TestSupport.h"

#include "services/AlertService.h"
#include "services/DemoData.h"
#include "services/StockService.h"

#include <gtest/gtest.h>

using namespace ocopos;

namespace {
struct DemoFacts {
    int lots = 0;
    int expiredWithStock = 0;
    int expiringWithinAWeek = 0;
    int weighedFractional = 0;
    int lowStock = 0;
};

DemoFacts loadAt(const QString& now)
{
    test::TempStore store(now);
    const auto sum = services::loadDemoData(store.ctx());
    EXPECT_TRUE(services::StockService(store.ctx()).verifyLedger().empty());
    DemoFacts f;
    f.lots = sum.lots;
    const auto admin = store.admin();
    const auto alerts = services::AlertService(store.ctx()).alerts(admin);
    for (const auto& a : alerts.expiringLots) {
        f.expiredWithStock += a.expired ? 1 : 0;
        f.expiringWithinAWeek += !a.expired && a.daysLeft <= 7 ? 1 : 0;
    }
    f.lowStock = static_cast<int>(alerts.lowStock.size());
    for (const auto& p : services::StockService(store.ctx()).stock(admin))
        for (const auto& l : p.lots)
            f.weighedFractional += p.soldBy == core::SoldBy::Weight && !l.qty.isWhole() ? 1 : 0;
    return f;
}
} // namespace

TEST(StockDemo, ReceiptsGiveLotsFromHouseholdsWithExpiryDates)
{
    test::TempStore store;
    const auto sum = services::loadDemoData(store.ctx());
    EXPECT_EQ(sum.lots, 49);
    db::Query receipts(store.db(), QStringLiteral("SELECT COUNT(*) FROM goods_receipts WHERE number LIKE 'PN-%'"));
    EXPECT_EQ(receipts.scalar()->toLongLong(), 16);

    services::StockFilter f;
    f.productCode = QStringLiteral("NMCR-500");
    const auto nm = services::StockService(store.ctx()).stock(store.admin(), f);
    ASSERT_EQ(nm.size(), 1u);
    ASSERT_EQ(nm[0].lots.size(), 3u);
    EXPECT_EQ(nm[0].lots[0].producerCode, QStringLiteral("HO-NVHAI"));
    EXPECT_EQ(nm[0].lots[1].producerCode, QStringLiteral("HO-TTLAN"));
    EXPECT_TRUE(nm[0].lots[0].expiresOn);

    // A household delivering by itself (R11): the receipt is from it, for its cooperative.
    db::Query r11(store.db(), QStringLiteral("SELECT p.code FROM goods_receipts r JOIN producers p ON p.id = r.producer_id "
                                             "WHERE r.number = 'PN-000011'"));
    EXPECT_EQ(r11.scalar()->toString(), QStringLiteral("HO-TTMAI"));
    // Received over two months, oldest first.
    db::Query first(store.db(), QStringLiteral("SELECT received_at FROM goods_receipts WHERE number = 'PN-000001'"));
    EXPECT_EQ(first.scalar()->toString(), QStringLiteral("2026-09-29T09:00:00+07:00"));
}

TEST(StockDemo, AlwaysHasLotsNearExpiryAndOneExpiredWhateverToday)
{
    for (const auto* now : {"2026-11-28T09:00:00+07:00", "2024-02-29T10:00:00+07:00", "2031-01-01T00:30:00+07:00"}) {
        SCOPED_TRACE(now);
        const auto f = loadAt(QString::fromLatin1(now));
        EXPECT_EQ(f.lots, 49);
        EXPECT_EQ(f.expiredWithStock, 1);
        EXPECT_GE(f.expiringWithinAWeek, 4);
        EXPECT_GE(f.weighedFractional, 6);
        EXPECT_GE(f.lowStock, 3);
    }
}
