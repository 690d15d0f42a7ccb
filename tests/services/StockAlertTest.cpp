// Alerts: low stock, expiring lots, OCOP certificates.
#include "StockFixture.h"

#include "services/AlertService.h"
#include "services/SettingsService.h"
#include "services/StockService.h"

using namespace ocopos;
using namespace ocopos::test;
using services::AlertService;

class StockAlerts : public StockFixture {};

TEST_F(StockAlerts, LowStockComparesSellableStockWithTheReorderPoint)
{
    // NM-500 reorder 5: 5 sellable is low (at the point), 6 is not.
    receive("NM-500,5,A,,," + day(100).toUtf8() + ",\nNM-500,9,OLD,,," + day(-1).toUtf8() + ",\n"
            "CM-KG,2.001,K,,,,\n");  // reorder 2: 2.001 is above
    receive("NK-500,10,N,,,,5000\n");     // reorder 24
    auto a = AlertService(ctx()).alerts(admin);
    std::vector<QString> skus;
    for (const auto& x : a.lowStock)
        skus.push_back(x.sku);
    // Sorted by name: Nước khoáng < Nước mắm. Products without a reorder point never show.
    EXPECT_EQ(skus, (std::vector<QString>{QStringLiteral("NK-500"), QStringLiteral("NM-500")}));
    EXPECT_EQ(a.lowStock[1].onHand, units(14));
    EXPECT_EQ(a.lowStock[1].sellable, units(5));
    EXPECT_EQ(a.lowStock[1].reorderPoint, units(5));

    receive("NM-500,1,B,,,,\n");
    a = AlertService(ctx()).alerts(admin);
    EXPECT_EQ(a.lowStock.size(), 1u);
}

TEST_F(StockAlerts, LotsExpiringWithinTheWarningDays)
{
    receive("NM-500,1,D30,,," + day(30).toUtf8() + ",\nNM-500,1,D31,,," + day(31).toUtf8() + ",\n"
            "NM-500,1,D0,,," + day(0).toUtf8() + ",\nNM-500,2,DM1,,," + day(-1).toUtf8() + ",\nNM-500,1,NONE,,,,\n"
            "NM-500,1,EMPTY,,," + day(1).toUtf8() + ",\n");
    services::StockService(ctx()).writeOff(admin, QStringLiteral("NM-500"), QStringLiteral("EMPTY"), std::nullopt,
                                           QStringLiteral("hỏng"));
    auto a = AlertService(ctx()).alerts(admin);
    EXPECT_EQ(a.expiryWarningDays, 30);
    ASSERT_EQ(a.expiringLots.size(), 3u);  // soonest first; an empty lot is no alert
    EXPECT_EQ(a.expiringLots[0].lotCode, QStringLiteral("DM1"));
    EXPECT_TRUE(a.expiringLots[0].expired);
    EXPECT_EQ(a.expiringLots[0].daysLeft, -1);
    EXPECT_EQ(a.expiringLots[0].qty, units(2));
    EXPECT_EQ(a.expiringLots[1].lotCode, QStringLiteral("D0"));
    EXPECT_FALSE(a.expiringLots[1].expired);  // last day it may be sold
    EXPECT_EQ(a.expiringLots[1].daysLeft, 0);
    EXPECT_EQ(a.expiringLots[2].lotCode, QStringLiteral("D30"));
    EXPECT_EQ(a.expiringLots[2].daysLeft, 30);

    services::SettingsService(ctx()).set(admin, QStringLiteral("expiry_warning_days"), QStringLiteral("31"));
    a = AlertService(ctx()).alerts(admin);
    EXPECT_EQ(a.expiringLots.size(), 4u);
    services::SettingsService(ctx()).set(admin, QStringLiteral("expiry_warning_days"), QStringLiteral("0"));
    a = AlertService(ctx()).alerts(admin);
    EXPECT_EQ(a.expiringLots.size(), 2u);
}

TEST_F(StockAlerts, CertificatesExpiredOrExpiringWithin90Days)
{
    // Fixture: CM-KG 2026-11-27 (expired yesterday), GA-KG 2026-11-28 (today),
    // RUOU-500 2027-02-25 (89 days), TRA-50 2027-02-26 (90 days), NM-500 2027-06-30.
    const auto a = AlertService(ctx()).alerts(admin);
    std::vector<QString> skus;
    for (const auto& c : a.certificates)
        skus.push_back(c.sku);
    EXPECT_EQ(skus, (std::vector<QString>{QStringLiteral("CM-KG"), QStringLiteral("GA-KG"), QStringLiteral("RUOU-500"),
                                          QStringLiteral("TRA-50")}));
    EXPECT_TRUE(a.certificates[0].expired);
    EXPECT_EQ(a.certificates[0].daysLeft, -1);
    EXPECT_EQ(a.certificates[0].certNo, QStringLiteral("TW-2"));
    EXPECT_EQ(a.certificates[0].ownerCode, QStringLiteral("HTX-A"));
    EXPECT_FALSE(a.certificates[1].expired);
    EXPECT_EQ(a.certificates[3].daysLeft, 90);
    // A day later: the same four, two of them now expired.
    store.clock().advanceSecs(24 * 3600);
    const auto next = AlertService(ctx()).alerts(admin);
    ASSERT_EQ(next.certificates.size(), 4u);
    EXPECT_TRUE(next.certificates[1].expired);
    EXPECT_EQ(next.certificates[3].daysLeft, 89);
}

TEST_F(StockAlerts, ManagersOnly)
{
    const auto cashier = store.addUser(QStringLiteral("thungan"), core::Role::Cashier);
    const auto coop = store.addUser(QStringLiteral("htxa"), core::Role::Cooperative, QStringLiteral("HTX-A"));
    const auto manager = store.addUser(QStringLiteral("quanly"), core::Role::Manager);
    EXPECT_THROW(AlertService(ctx()).alerts(cashier), AuthError);
    EXPECT_THROW(AlertService(ctx()).alerts(coop), AuthError);
    EXPECT_NO_THROW(AlertService(ctx()).alerts(manager));
}
