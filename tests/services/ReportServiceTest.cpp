// Every grouping of `report sales` against figures worked out by hand from the
// history of ReportFixture.h (docs/RULES.md rules):
//
// S1  NM-500 ×2: gross 240.000; CM-KG 0,350 kg: gross 157.500, 5 % = 7.875 → 149.625.
//     Sale discount 10.000 over 240.000 : 149.625 by largest remainder → 6.160 : 3.840.
//     NM net 233.840, VAT round(233.840·8/108) = 17.321, commission 20 % = 46.768,
//        payout 187.072; lots L1 (HO-A1) and L2 (HO-A2) 116.920 each.
//     CM net 145.785, VAT 10.799, commission 25 % = 36.446, payout 109.339 (lot C1, HO-A2).
// S2  TRA-50 650.000, VAT 48.148, commission (store default 20 %) 130.000, payout 520.000;
//     NK-500 ×3 purchased 24.000, VAT 1.778, no commission or payout.
//     Paid card 200.000 + cash 500.000 (change 26.000): cash took 474.000.
// S3  voided: in no figure.
// S4  GA-KG 1,250 kg 275.000, KCT (VAT 0), commission 55.000, payout 220.000, bank_qr.
// S5  NM-500 ×3 360.000, VAT 26.667, commission 72.000, payout 288.000, cash.
// Returns on 11-03: 1 of S1's 2 NM-500 refunds round(233.840/2) = 116.920, VAT
//     round(17.321/2) = 8.661, commission 23.384, payout 93.536 (back to L2, HO-A2);
//     all of S2's NK-500 refunds 24.000, VAT 1.778.
#include "ReportFixture.h"

#include "core/Errors.h"
#include "services/ReportService.h"

using namespace ocopos;
using namespace ocopos::services;
using namespace ocopos::test;

namespace {

struct Want {
    std::int64_t gross, discount, returns, net, vat, commission, payout, sales;
};

void expectFigures(const SalesFigures& f, const Want& w, const QString& what)
{
    SCOPED_TRACE(what.toStdString());
    EXPECT_EQ(f.gross.dong(), w.gross);
    EXPECT_EQ(f.discount.dong(), w.discount);
    EXPECT_EQ(f.returns.dong(), w.returns);
    EXPECT_EQ(f.net.dong(), w.net);
    EXPECT_EQ(f.vat.dong(), w.vat);
    EXPECT_EQ(f.commission.dong(), w.commission);
    EXPECT_EQ(f.payout.dong(), w.payout);
    EXPECT_EQ(f.sales, w.sales);
    EXPECT_EQ(f.net.dong(), f.gross.dong() - f.discount.dong() - f.returns.dong()) << "net = gross − discount − returns";
}

const Want kTotals{1706500, 17875, 140920, 1547705, 94274, 316830, 1230875, 4};

class ReportTest : public ReportFixture {
protected:
    void SetUp() override
    {
        ReportFixture::SetUp();
        makeHistory();
    }

    SalesReport report(SalesGrouping by, const Session* who = nullptr, QDate from = QDate(2026, 11, 1),
                       QDate to = QDate(2026, 11, 3))
    {
        return ReportService(store.ctx()).sales(who ? *who : manager, from, to, by);
    }

    /// Checks the rows (keys in order) and the totals.
    void expectRows(const SalesReport& r, const std::vector<std::pair<QString, Want>>& want, const Want& totals = kTotals)
    {
        ASSERT_EQ(r.rows.size(), want.size());
        for (std::size_t i = 0; i < want.size(); ++i) {
            EXPECT_EQ(r.rows[i].key, want[i].first);
            expectFigures(r.rows[i].figures, want[i].second, want[i].first);
        }
        expectFigures(r.totals, totals, QStringLiteral("totals"));
    }
};

} // namespace

TEST_F(ReportTest, ByDayCountsReturnsOnTheirDayAndSkipsTheVoid)
{
    expectRows(report(SalesGrouping::Day), {
        {QStringLiteral("2026-11-01"), {1071500, 17875, 0, 1053625, 78046, 213214, 816411, 2}},
        {QStringLiteral("2026-11-02"), {635000, 0, 0, 635000, 26667, 127000, 508000, 2}},
        {QStringLiteral("2026-11-03"), {0, 0, 140920, -140920, -10439, -23384, -93536, 0}},
    });
}

TEST_F(ReportTest, ByProductWithQuantitiesAndSnapshotNames)
{
    // A later rename and price change never touch past figures.
    store.db().execute(QStringLiteral("UPDATE products SET name = 'Đổi tên', price_vnd = 1 WHERE sku = 'NM-500'"));
    const auto r = report(SalesGrouping::Product);
    expectRows(r, {
        {QStringLiteral("CM-KG"), {157500, 11715, 0, 145785, 10799, 36446, 109339, 1}},
        {QStringLiteral("GA-KG"), {275000, 0, 0, 275000, 0, 55000, 220000, 1}},
        {QStringLiteral("NK-500"), {24000, 0, 24000, 0, 0, 0, 0, 1}},
        {QStringLiteral("NM-500"), {600000, 6160, 116920, 476920, 35327, 95384, 381536, 2}},
        {QStringLiteral("TRA-50"), {650000, 0, 0, 650000, 48148, 130000, 520000, 1}},
    });
    EXPECT_EQ(r.rows[0].label, QStringLiteral("Chả mực Hạ Long"));
    EXPECT_EQ(r.rows[3].label, QStringLiteral("Nước mắm Cái Rồng"));
    EXPECT_EQ(core::formatQuantity(*r.rows[0].figures.qty), "0.350");
    EXPECT_EQ(core::formatQuantity(*r.rows[1].figures.qty), "1.250");
    EXPECT_EQ(core::formatQuantity(*r.rows[2].figures.qty), "0");
    EXPECT_EQ(core::formatQuantity(*r.rows[3].figures.qty), "4");
    EXPECT_FALSE(r.totals.qty.has_value());  // units differ: no total quantity
}

TEST_F(ReportTest, ByCategory)
{
    expectRows(report(SalesGrouping::Category), {
        {QStringLiteral("Dược liệu"), {650000, 0, 0, 650000, 48148, 130000, 520000, 1}},
        {QStringLiteral("Đồ uống"), {24000, 0, 24000, 0, 0, 0, 0, 1}},
        {QStringLiteral("Thực phẩm"), {1032500, 17875, 116920, 897705, 46126, 186830, 710875, 3}},
    });
}

TEST_F(ReportTest, ByVatRateKeepsKctApartFromZero)
{
    expectRows(report(SalesGrouping::Vat), {
        {QStringLiteral("8"), {1431500, 17875, 140920, 1272705, 94274, 261830, 1010875, 3}},
        {QStringLiteral("KCT"), {275000, 0, 0, 275000, 0, 55000, 220000, 1}},
    });
}

TEST_F(ReportTest, ByPaymentSplitsReceiptsAndPutsRefundsInCash)
{
    // S2's 674.000 = card 200.000 + cash 474.000: card gets floor(X·200.000/674.000)
    // of each figure (VAT 14.814, commission 38.575, payout 154.302), cash the rest.
    expectRows(report(SalesGrouping::Payment), {
        {QStringLiteral("cash"), {1231500, 17875, 140920, 1072705, 79460, 223255, 856573, 3}},
        {QStringLiteral("card"), {200000, 0, 0, 200000, 14814, 38575, 154302, 1}},
        {QStringLiteral("bank_qr"), {275000, 0, 0, 275000, 0, 55000, 220000, 1}},
    });
}

TEST_F(ReportTest, ByCashierChargesReturnsToWhoeverSold)
{
    const auto r = report(SalesGrouping::Cashier);
    expectRows(r, {
        {QStringLiteral("ngan"), {635000, 0, 0, 635000, 26667, 127000, 508000, 2}},
        {QStringLiteral("thu"), {1071500, 17875, 140920, 912705, 67607, 189830, 722875, 2}},
    });
}

TEST_F(ReportTest, ByLotProducerSplitsLinesOverLots)
{
    const auto r = report(SalesGrouping::Producer);
    // Sorted by name in Vietnamese collation: Công ty..., Hộ Nguyễn..., Hộ Trần..., Hộ Triệu..., HTX Trà...
    expectRows(r, {
        {QStringLiteral("DN-C"), {24000, 0, 24000, 0, 0, 0, 0, 1}},
        {QStringLiteral("HO-A1"), {120000, 3080, 0, 116920, 8660, 23384, 93536, 1}},
        {QStringLiteral("HO-A2"), {637500, 14795, 116920, 505785, 37466, 108446, 397339, 2}},
        {QStringLiteral("HO-B1"), {650000, 0, 0, 650000, 48148, 130000, 520000, 1}},
        {QStringLiteral("HTX-B"), {275000, 0, 0, 275000, 0, 55000, 220000, 1}},
    });
    EXPECT_EQ(r.rows[1].label, QStringLiteral("Hộ Nguyễn Văn Hải"));
    EXPECT_TRUE(r.totals.unlotted.isZero());
}

TEST_F(ReportTest, ByOwner)
{
    expectRows(report(SalesGrouping::Owner), {
        {QStringLiteral("DN-C"), {24000, 0, 24000, 0, 0, 0, 0, 1}},
        {QStringLiteral("HTX-A"), {757500, 17875, 116920, 622705, 46126, 131830, 490875, 2}},
        {QStringLiteral("HTX-B"), {925000, 0, 0, 925000, 48148, 185000, 740000, 2}},
    });
}

TEST_F(ReportTest, PeriodBoundsAreInclusiveStoreDays)
{
    const Want day2{635000, 0, 0, 635000, 26667, 127000, 508000, 2};
    expectRows(report(SalesGrouping::Owner, nullptr, QDate(2026, 11, 2), QDate(2026, 11, 2)),
               {{QStringLiteral("HTX-A"), {360000, 0, 0, 360000, 26667, 72000, 288000, 1}},
                {QStringLiteral("HTX-B"), {275000, 0, 0, 275000, 0, 55000, 220000, 1}}},
               day2);
    EXPECT_TRUE(report(SalesGrouping::Day, nullptr, QDate(2026, 10, 1), QDate(2026, 10, 31)).rows.empty());
    EXPECT_THROW(report(SalesGrouping::Day, nullptr, QDate(2026, 11, 3), QDate(2026, 11, 1)), ValidationError);
}

TEST_F(ReportTest, CooperativeSeesOnlyItsOwnLinesInEveryGrouping)
{
    const Want a{757500, 17875, 116920, 622705, 46126, 131830, 490875, 2};
    for (auto by : {SalesGrouping::Day, SalesGrouping::Product, SalesGrouping::Category, SalesGrouping::Vat,
                    SalesGrouping::Payment, SalesGrouping::Cashier, SalesGrouping::Producer, SalesGrouping::Owner}) {
        const auto r = report(by, &coopA);
        SCOPED_TRACE(toCode(by).toStdString());
        expectFigures(r.totals, a, QStringLiteral("HTX-A totals"));
        EXPECT_EQ(r.scopeOwner, QStringLiteral("HTX-A"));
        for (const auto& row : r.rows)
            EXPECT_NE(row.key, QStringLiteral("HTX-B"));
    }
    expectRows(report(SalesGrouping::Producer, &coopA),
               {{QStringLiteral("HO-A1"), {120000, 3080, 0, 116920, 8660, 23384, 93536, 1}},
                {QStringLiteral("HO-A2"), {637500, 14795, 116920, 505785, 37466, 108446, 397339, 2}}},
               a);
    // Cashiers may not read reports at all.
    EXPECT_THROW(report(SalesGrouping::Day, &thu), AuthError);
}

TEST_F(ReportTest, BestSellersRankByNet)
{
    const auto best = ReportService(store.ctx()).bestSellers(manager, QDate(2026, 11, 1), QDate(2026, 11, 3), 3);
    ASSERT_EQ(best.size(), 3u);
    EXPECT_EQ(best[0].key, QStringLiteral("TRA-50"));
    EXPECT_EQ(best[1].key, QStringLiteral("NM-500"));
    EXPECT_EQ(best[2].key, QStringLiteral("GA-KG"));
    const auto mine = ReportService(store.ctx()).bestSellers(coopA, QDate(2026, 11, 1), QDate(2026, 11, 3), 10);
    ASSERT_EQ(mine.size(), 2u);
    EXPECT_EQ(mine[0].key, QStringLiteral("NM-500"));
}

TEST_F(ReportTest, StockIsValuedAtCostWhenPurchasedAndAtRetailOnConsignment)
{
    const auto r = ReportService(store.ctx()).stock(manager);
    const auto row = [&](const char* sku) {
        for (const auto& s : r.rows)
            if (s.sku == QLatin1String(sku))
                return s;
        ADD_FAILURE() << sku;
        return StockRow{};
    };
    // NK-500: 100 received, 3 sold, 3 returned = 100 at cost 5.500.
    EXPECT_EQ(row("NK-500").onHand.thousandths(), 100000);
    EXPECT_EQ(row("NK-500").costValue->dong(), 550000);
    EXPECT_EQ(row("NK-500").retailValue.dong(), 800000);
    EXPECT_EQ(row("NK-500").value.dong(), 550000);
    // NM-500: 11 − 2 − 3 + 1 = 7 at 120.000; no cost for consignment.
    EXPECT_EQ(row("NM-500").onHand.thousandths(), 7000);
    EXPECT_FALSE(row("NM-500").costValue.has_value());
    EXPECT_EQ(row("NM-500").value.dong(), 840000);
    // CM-KG: 5 − 0,350 kg at 450.000/kg = 2.092.500; GA-KG 8,750 kg at 220.000 = 1.925.000.
    EXPECT_EQ(row("CM-KG").value.dong(), 2092500);
    EXPECT_EQ(row("GA-KG").value.dong(), 1925000);
    EXPECT_EQ(r.purchasedAtCost.dong(), 550000);
    EXPECT_EQ(r.value.dong(), r.purchasedAtCost.dong() + r.consignmentAtRetail.dong());
    // RUOU-500: the void put it back: 5 at 350.000; TRA-50: 4 at 650.000.
    EXPECT_EQ(r.consignmentAtRetail.dong(), 840000 + 2092500 + 1925000 + 1750000 + 2600000);

    const auto mine = ReportService(store.ctx()).stock(coopA);
    ASSERT_EQ(mine.rows.size(), 2u);
    EXPECT_EQ(mine.rows[0].sku, QStringLiteral("CM-KG"));
    EXPECT_THROW(ReportService(store.ctx()).stock(thu), AuthError);
}

TEST_F(ReportTest, MovementHistoryRunsTheBalance)
{
    const auto h = ReportService(store.ctx()).movements(manager, QStringLiteral("NM-500"));
    ASSERT_EQ(h.entries.size(), 6u);  // two receipts, three sale takes (S1 two lots, S5), one return
    EXPECT_EQ(h.entries.back().kind, QStringLiteral("return"));
    EXPECT_EQ(h.entries.back().balance.thousandths(), 7000);
    EXPECT_EQ(h.entries[2].reference, s1.receiptNo);
    const auto day2 = ReportService(store.ctx()).movements(manager, QStringLiteral("8938505974194"), QDate(2026, 11, 2),
                                                           QDate(2026, 11, 2));
    ASSERT_EQ(day2.entries.size(), 1u);
    EXPECT_EQ(day2.entries[0].qty.thousandths(), -3000);
    EXPECT_EQ(day2.entries[0].balance.thousandths(), 6000);
    EXPECT_THROW(ReportService(store.ctx()).movements(coopB, QStringLiteral("NM-500")), AuthError);
    EXPECT_THROW(ReportService(store.ctx()).movements(manager, QStringLiteral("NOPE")), NotFound);
}

TEST_F(ReportTest, UnlottedSalesAreFlaggedAndCreditedToTheOwner)
{
    at("2026-11-05T09:00:00+07:00");
    openShift(thu);
    SaleRequest r;
    r.lines = {saleLine(QStringLiteral("TRA-50"), QStringLiteral("6"))};  // 4 on hand
    r.payments = {cash(3900000)};
    r.override = OverrideRequest{QStringLiteral("ql"), QStringLiteral("2222")};
    SaleService(store.ctx()).commit(thu, r);
    const auto rep = report(SalesGrouping::Producer, nullptr, QDate(2026, 11, 5), QDate(2026, 11, 5));
    // 4 from T1 (HO-B1) and 2 unlotted, credited to HTX-B: 3.900.000 split 4 : 2.
    ASSERT_EQ(rep.rows.size(), 2u);
    EXPECT_EQ(rep.rows[0].key, QStringLiteral("HO-B1"));
    EXPECT_EQ(rep.rows[0].figures.net.dong(), 2600000);
    EXPECT_TRUE(rep.rows[0].figures.unlotted.isZero());
    EXPECT_EQ(rep.rows[1].key, QStringLiteral("HTX-B"));
    EXPECT_EQ(rep.rows[1].figures.net.dong(), 1300000);
    EXPECT_EQ(rep.rows[1].figures.unlotted.dong(), 1300000);
    EXPECT_EQ(rep.totals.unlotted.dong(), 1300000);
}
