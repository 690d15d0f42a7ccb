// Documents over a real store: what the services return, with what they do not
// carry looked up (display names, void time, payment counts, producers, units),
// turned into PDFs. The PDFs themselves are checked with poppler in tests/cli.
#include "docs/Documents.h"

#include "SaleFixtures.h"
#include "core/Errors.h"
#include "services/GoodsReceiptService.h"
#include "services/ReportService.h"
#include "services/ReturnService.h"
#include "services/SaleReader.h"
#include "services/SaleService.h"
#include "services/SettlementService.h"
#include "services/ShiftService.h"

#include <gtest/gtest.h>

using namespace ocopos;
using namespace ocopos::test;
using core::Money;

namespace {

class DocumentsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        store.loadSmallCatalog();
        cashier = store.addUser(QStringLiteral("thu"), core::Role::Cashier, QString(), QStringLiteral("1111"));
        manager = store.addUser(QStringLiteral("ql"), core::Role::Manager, QString(), QStringLiteral("2222"));
        coop = store.addUser(QStringLiteral("htxa"), core::Role::Cooperative, QStringLiteral("HTX-A"), QStringLiteral("3333"));
        store.db().execute(QStringLiteral("UPDATE users SET display_name = 'Nguyễn Thu Ngân' WHERE username = 'thu'"));
        store.db().execute(QStringLiteral("UPDATE users SET display_name = 'Trần Quản Lý' WHERE username = 'ql'"));
        addLot(store, QStringLiteral("NM-500"), QStringLiteral("CR2606B"), QStringLiteral("HO-A1"), QStringLiteral("10"), QDate(2027, 5, 1));
        addLot(store, QStringLiteral("TRA-50"), QStringLiteral("T1"), QStringLiteral("HO-B1"), QStringLiteral("5"), QDate(2027, 12, 30));
        services::ShiftService(store.ctx()).open(cashier, Money(500000));
    }
    services::SaleResult sell(const char* code, std::int64_t cash)
    {
        services::SaleRequest r;
        r.lines.push_back(saleLine(QString::fromLatin1(code)));
        r.payments.push_back(ocopos::test::cash(cash));
        return services::SaleService(store.ctx()).commit(cashier, r);
    }
    static bool isPdf(const QByteArray& b) { return b.startsWith("%PDF-") && b.size() > 1000; }

    TempStore store;
    services::Session cashier, manager, coop;
};

} // namespace

TEST_F(DocumentsTest, ReceiptAndReprint)
{
    const auto sale = sell("NM-500", 200000);
    docs::Documents docs(store.ctx());
    EXPECT_TRUE(isPdf(docs.receipt(sale)));
    EXPECT_TRUE(isPdf(docs.reprint(cashier, sale.receiptNo)));
    EXPECT_TRUE(isPdf(docs.reprint(coop, sale.receiptNo))) << "HTX-A's own products only";
    EXPECT_THROW(docs.reprint(cashier, QStringLiteral("Q01-000404")), NotFound);
    const auto mixed = sell("TRA-50", 700000);
    EXPECT_THROW(docs.reprint(coop, mixed.receiptNo), AuthError);
}

TEST_F(DocumentsTest, ReceiptShowsPercentDiscountsAsRungUp)
{
    services::SaleRequest r;
    auto line = saleLine(QStringLiteral("NM-500"), QStringLiteral("2"));
    line.discount = core::Discount::percent(core::BasisPoints{500});
    r.lines.push_back(line);
    r.discount = core::Discount::percent(core::BasisPoints{200});
    r.payments.push_back(cash(300000));
    const auto sale = services::SaleService(store.ctx()).commit(cashier, r);
    const auto d = docs::Documents(store.ctx()).receiptData(sale);
    ASSERT_TRUE(d.lines[0].lineDiscountPercent.has_value());
    EXPECT_EQ(d.lines[0].lineDiscountPercent->bp, 500);
    ASSERT_TRUE(d.saleDiscountPercent.has_value());
    EXPECT_EQ(d.saleDiscountPercent->bp, 200);
    EXPECT_EQ(d.lines[0].lineDiscount, Money(12000));
    // A reprint reads the percentages back with the sale, not from the store.
    const auto again = docs::Documents(store.ctx()).receiptData(services::SaleReader(store.ctx()).byReceipt(sale.receiptNo), true);
    ASSERT_TRUE(again.lines[0].lineDiscountPercent.has_value());
    EXPECT_EQ(again.lines[0].lineDiscountPercent->bp, 500);
    ASSERT_TRUE(again.saleDiscountPercent.has_value());
    EXPECT_EQ(again.saleDiscountPercent->bp, 200);
    services::SaleResult amountOnly = sale;
    amountOnly.saleDiscountGiven = core::Discount::amount(Money(100));
    amountOnly.lines[0].discountGiven = {};
    const auto plain = docs::Documents(store.ctx()).receiptData(amountOnly);
    EXPECT_FALSE(plain.saleDiscountPercent.has_value()) << "the result, not the stored row, decides";
    EXPECT_FALSE(plain.lines[0].lineDiscountPercent.has_value());
}

TEST_F(DocumentsTest, VoidSlipReadsWhoVoidedItAndWhen)
{
    const auto sale = sell("NM-500", 200000);
    store.clock().set(core::parseIsoTime(QStringLiteral("2026-11-28T09:30:00+07:00"), "now"));
    const auto voided = services::SaleService(store.ctx()).voidSale(manager, sale.receiptNo);
    docs::Documents docs(store.ctx());
    const auto d = docs.voidSlipData(voided);
    EXPECT_EQ(d.manager, QStringLiteral("Trần Quản Lý"));
    EXPECT_EQ(d.voidTime, core::parseIsoTime(QStringLiteral("2026-11-28T09:30:00+07:00"), "t"));
    EXPECT_EQ(d.cashier, QStringLiteral("Nguyễn Thu Ngân"));
    EXPECT_EQ(d.total, Money(120000));
    EXPECT_TRUE(isPdf(docs.voidSlip(voided)));
    EXPECT_THROW(docs.voidSlipData(sell("NM-500", 200000)), NotFound) << "a completed sale has no void slip";
    EXPECT_EQ(docs.reprint(cashier, sale.receiptNo), docs.voidSlip(voided)) << "a voided sale reprints as its void slip";
}

TEST_F(DocumentsTest, ReturnSlipAndZReportCountWhatTheServicesDoNotCarry)
{
    const auto a = sell("NM-500", 200000);
    services::SaleRequest qr;
    qr.lines.push_back(saleLine(QStringLiteral("NM-500")));
    qr.payments.push_back(core::Payment{core::PaymentMethod::Card, Money(120000), QStringLiteral("SLIP-1")});
    services::SaleService(store.ctx()).commit(cashier, qr);
    const auto c = sell("NM-500", 120000);
    services::SaleService(store.ctx()).voidSale(manager, c.receiptNo);
    const auto ret = services::ReturnService(store.ctx()).returnItems(manager, a.receiptNo,
                                                                      {services::ReturnLineRequest{QStringLiteral("NM-500"), core::Quantity::units(1)}},
                                                                      false, QStringLiteral("Khách đổi ý"));
    docs::Documents docs(store.ctx());
    const auto slip = docs.returnSlipData(ret);
    EXPECT_EQ(slip.manager, QStringLiteral("Trần Quản Lý"));
    EXPECT_EQ(slip.till, QStringLiteral("Q01"));
    EXPECT_EQ(slip.reason, QStringLiteral("Khách đổi ý"));
    EXPECT_EQ(slip.originalTime, a.time);
    ASSERT_EQ(slip.lines.size(), 1u);
    EXPECT_EQ(slip.lines[0].unit, QStringLiteral("chai 500ml"));
    ASSERT_EQ(slip.lines[0].lots.size(), 1u);
    EXPECT_EQ(slip.lines[0].lots[0].producerName, QStringLiteral("Hộ Nguyễn Văn Hải"));
    EXPECT_TRUE(isPdf(docs.returnSlip(ret)));

    const auto z = services::ShiftService(store.ctx()).close(cashier, Money(500000));
    const auto x = docs.shiftExtras(z);
    EXPECT_EQ(x.openedByName, QStringLiteral("Nguyễn Thu Ngân"));
    EXPECT_EQ(x.voidCount, 1);
    EXPECT_EQ(x.voidedTotal, Money(120000));
    EXPECT_EQ(x.paymentCounts.at(core::PaymentMethod::Cash), 1);
    EXPECT_EQ(x.paymentCounts.at(core::PaymentMethod::Card), 1);
    EXPECT_TRUE(isPdf(docs.shiftReport(z)));
}

TEST_F(DocumentsTest, GoodsReceiptNoteHasTheSupplierAndSupply)
{
    const auto g = services::GoodsReceiptService(store.ctx())
                       .receive(manager, "code,qty,lot_code,unit_cost\nNK-500,24,NK2611,6000\n");
    docs::Documents docs(store.ctx());
    const auto d = docs.goodsReceiptNoteData(g);
    EXPECT_EQ(d.noteNo, g.number);
    EXPECT_EQ(d.supplier.code, QStringLiteral("DN-C"));
    EXPECT_EQ(d.supplier.name, QStringLiteral("Công ty Nước khoáng Quang Hanh"));
    EXPECT_EQ(d.receivedBy, QStringLiteral("Trần Quản Lý"));
    EXPECT_TRUE(d.receivedAt.isValid());
    ASSERT_EQ(d.lines.size(), 1u);
    EXPECT_EQ(d.lines[0].supply, core::Supply::Purchased);
    EXPECT_EQ(d.lines[0].unitCost, Money(6000));
    EXPECT_EQ(d.lines[0].lineCost, Money(144000));
    EXPECT_EQ(d.totalCost, Money(144000));
    EXPECT_TRUE(isPdf(docs.goodsReceiptNote(g)));
}

TEST_F(DocumentsTest, SettlementAndSalesReport)
{
    sell("NM-500", 200000);
    const auto st = services::SettlementService(store.ctx())
                        .statement(manager, QStringLiteral("HTX-A"), QDate(2026, 11, 1), QDate(2026, 11, 30));
    docs::Documents docs(store.ctx());
    const auto d = docs.settlementData(st);
    ASSERT_FALSE(d.lines.empty());
    EXPECT_EQ(d.lines[0].unit, QStringLiteral("chai 500ml"));
    ASSERT_TRUE(d.lines[0].commissionPercent.has_value()) << "HTX-A's 20 % from the sale-line snapshot";
    EXPECT_EQ(d.lines[0].commissionPercent->bp, 2000);
    EXPECT_EQ(d.producer.bank.bankName, QStringLiteral("Vietcombank"));
    ASSERT_TRUE(d.vietQr.has_value());
    EXPECT_EQ(QString::fromStdString(*d.vietQr), st.vietqr);
    EXPECT_FALSE(st.vietqr.isEmpty());
    EXPECT_TRUE(isPdf(docs.settlement(st)));

    const auto r = services::ReportService(store.ctx())
                       .sales(coop, QDate(2026, 11, 1), QDate(2026, 11, 30), services::SalesGrouping::Product);
    const auto sd = docs.salesReportData(r);
    EXPECT_EQ(sd.scope, QStringLiteral("HTX Nước mắm Cái Rồng (HTX-A)"));
    EXPECT_EQ(sd.rows.size(), r.rows.size());
    EXPECT_TRUE(isPdf(docs.salesReport(r)));
}

TEST_F(DocumentsTest, DocumentsAreDatedInStoreTime)
{
    // 00:30 in Hạ Long is still the previous day in UTC, which is what the
    // system clock gives.
    store.clock().set(core::parseIsoTime(QStringLiteral("2026-11-29T00:30:00+07:00"), "now").toUTC());
    sell("NM-500", 200000);
    const auto st = services::SettlementService(store.ctx())
                        .statement(manager, QStringLiteral("HTX-A"), QDate(2026, 11, 1), QDate(2026, 11, 30));
    docs::Documents docs(store.ctx());
    EXPECT_EQ(docs.settlementData(st).issuedAt.date(), QDate(2026, 11, 29));
    const auto r = services::ReportService(store.ctx()).sales(manager, QDate(2026, 11, 1), QDate(2026, 11, 30), services::SalesGrouping::Day);
    EXPECT_EQ(docs.salesReportData(r).generatedAt.date(), QDate(2026, 11, 29));
}

TEST_F(DocumentsTest, ShelfLabels)
{
    docs::Documents docs(store.ctx());
    const auto labels = docs.shelfLabelData(manager, {QStringLiteral("8938505974194"), QStringLiteral("CM-KG")});
    ASSERT_EQ(labels.size(), 2u);
    EXPECT_EQ(labels[0].sku, QStringLiteral("NM-500"));
    EXPECT_EQ(labels[0].ean13, QStringLiteral("8938505974194"));
    EXPECT_TRUE(labels[1].ean13.isEmpty());
    EXPECT_TRUE(labels[1].byWeight);
    EXPECT_EQ(labels[1].ocopStars, 5);
    EXPECT_TRUE(isPdf(docs.shelfLabels(labels)));
    try {
        docs.shelfLabelData(manager, {QStringLiteral("NM-500"), QStringLiteral("KHONG-CO")});
        ADD_FAILURE() << "an unknown code must be refused";
    } catch (const NotFound& e) {
        EXPECT_NE(std::string(e.what()).find("KHONG-CO"), std::string::npos) << e.what();
    }
    EXPECT_THROW(docs.shelfLabelData(cashier, {QStringLiteral("NM-500")}), AuthError);
    EXPECT_THROW(docs.shelfLabelData(manager, {}), ValidationError);
}
