// The pure mappings from service results to printing's structs: every field a
// document prints comes from the result (or the lookups given), nothing is
// left at its default by mistake.
#include "docs/DocumentMappers.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace ocopos;
using core::Money;
using core::Quantity;

namespace {

services::SaleResult sampleSale()
{
    services::SaleResult s;
    s.saleId = 17;
    s.receiptNo = QStringLiteral("Q01-000017");
    s.time = QDateTime::fromString(QStringLiteral("2026-11-28T10:15:00+07:00"), Qt::ISODate);
    s.till = QStringLiteral("Q01");
    s.cashier = QStringLiteral("thungan1");
    s.cashierName = QStringLiteral("Nguyễn Thu Ngân");
    services::SaleLineResult a;
    a.lineNo = 1;
    a.sku = QStringLiteral("NM-500");
    a.name = QStringLiteral("Nước mắm Cái Rồng");
    a.unit = QStringLiteral("chai 500ml");
    a.qty = Quantity::units(2);
    a.unitPrice = Money(120000);
    a.gross = Money(240000);
    a.net = Money(233675);
    a.saleDiscount = Money(6325);
    a.vatRate = core::VatRate::percent(8);
    a.vat = Money(17309);
    a.ocopStars = 4;
    a.lots.push_back({1, QStringLiteral("CR2606B"), QStringLiteral("HO-A1"), QStringLiteral("Hộ Nguyễn Văn Hải"), Quantity::units(2), Money(233675)});
    services::SaleLineResult b;
    b.lineNo = 2;
    b.sku = QStringLiteral("CM-KG");
    b.name = QStringLiteral("Chả mực Hạ Long");
    b.unit = QStringLiteral("kg");
    b.soldBy = core::SoldBy::Weight;
    b.qty = Quantity::fromThousandths(350);
    b.unitPrice = Money(450000);
    b.gross = Money(157500);
    b.discount = Money(7875);
    b.saleDiscount = Money(3675);
    b.net = Money(145950);
    b.vatRate = core::VatRate::percent(8);
    b.lots.push_back({2, QStringLiteral("C1"), QStringLiteral("HO-A2"), QStringLiteral("Hộ Trần Thị Lan"), Quantity::fromThousandths(350), Money(145950)});
    s.lines = {a, b};
    s.gross = Money(397500);
    s.discount = Money(17875);
    s.saleDiscount = Money(10000);
    s.total = Money(379625);
    s.vat = {core::VatRow{core::VatRate::percent(8), Money(379625), Money(28120), Money(351505)}};
    s.payments = {services::PaymentResult{core::PaymentMethod::BankQr, Money(200000), QString(), QStringLiteral("000201QR")},
                  services::PaymentResult{core::PaymentMethod::Cash, Money(500000), QString(), QString()}};
    s.paid = Money(700000);
    s.change = Money(320375);
    s.journalHash = QStringLiteral("ab12cd34ef56").repeated(5) + QStringLiteral("0000");
    return s;
}

docs::StoreSettings settings()
{
    docs::StoreSettings s;
    s.name = QStringLiteral("Cửa hàng OCOP Hạ Long");
    s.address = QStringLiteral("12 Bến Đoan");
    s.taxCode = QStringLiteral("5701234567");
    s.bankBin = QStringLiteral("970436");
    s.bankAccount = QStringLiteral("1023456789");
    s.bankAccountName = QStringLiteral("CUA HANG OCOP");
    s.receiptFooter = QStringLiteral("Cảm ơn quý khách!");
    s.receiptWidthMm = 58;
    return s;
}

} // namespace

TEST(DocumentMappers, StoreFromSettings)
{
    const auto st = docs::storeInfo(settings());
    EXPECT_EQ(st.name, QStringLiteral("Cửa hàng OCOP Hạ Long"));
    EXPECT_EQ(st.address, QStringLiteral("12 Bến Đoan"));
    EXPECT_EQ(st.taxCode, QStringLiteral("5701234567"));
    EXPECT_EQ(st.bank.bin, QStringLiteral("970436"));
    EXPECT_EQ(st.bank.account, QStringLiteral("1023456789"));
    EXPECT_EQ(st.bank.accountName, QStringLiteral("CUA HANG OCOP"));
    EXPECT_EQ(st.bank.bankName, QStringLiteral("Vietcombank"));
    EXPECT_EQ(st.receiptFooter, QStringLiteral("Cảm ơn quý khách!"));
    EXPECT_EQ(docs::rollWidth(settings()), printing::RollWidth::Mm58);
    auto s80 = settings();
    s80.receiptWidthMm = 80;
    EXPECT_EQ(docs::rollWidth(s80), printing::RollWidth::Mm80);
}

TEST(DocumentMappers, ReceiptCarriesEveryFieldOfTheSale)
{
    const auto d = docs::receiptData(sampleSale(), docs::storeInfo(settings()));
    EXPECT_EQ(d.store.name, QStringLiteral("Cửa hàng OCOP Hạ Long"));
    EXPECT_EQ(d.receiptNo, QStringLiteral("Q01-000017"));
    EXPECT_EQ(d.time, sampleSale().time);
    EXPECT_EQ(d.till, QStringLiteral("Q01"));
    EXPECT_EQ(d.cashier, QStringLiteral("Nguyễn Thu Ngân"));
    ASSERT_EQ(d.lines.size(), 2u);
    const auto& a = d.lines[0];
    EXPECT_EQ(a.name, QStringLiteral("Nước mắm Cái Rồng"));
    EXPECT_EQ(a.unit, QStringLiteral("chai 500ml"));
    EXPECT_FALSE(a.byWeight);
    EXPECT_EQ(a.quantity, Quantity::units(2));
    EXPECT_EQ(a.unitPrice, Money(120000));
    EXPECT_EQ(a.gross, Money(240000));
    EXPECT_EQ(a.net, Money(233675));
    EXPECT_EQ(a.vat.code(), "8");
    EXPECT_EQ(a.ocopStars, 4);
    ASSERT_EQ(a.lots.size(), 1u);
    EXPECT_EQ(a.lots[0].lotCode, QStringLiteral("CR2606B"));
    EXPECT_EQ(a.lots[0].producerName, QStringLiteral("Hộ Nguyễn Văn Hải"));
    EXPECT_EQ(a.lots[0].quantity, Quantity::units(2));
    const auto& b = d.lines[1];
    EXPECT_TRUE(b.byWeight);
    EXPECT_EQ(b.lineDiscount, Money(7875));
    EXPECT_EQ(b.ocopStars, 0);
    EXPECT_EQ(d.gross, Money(397500));
    EXPECT_EQ(d.lineDiscounts, Money(7875));
    EXPECT_EQ(d.saleDiscount, Money(10000));
    EXPECT_EQ(d.total, Money(379625));
    ASSERT_EQ(d.vat.size(), 1u);
    EXPECT_EQ(d.vat[0].amount, Money(379625));
    EXPECT_EQ(d.vat[0].vat, Money(28120));
    EXPECT_EQ(d.vat[0].netOfVat, Money(351505));
    ASSERT_EQ(d.payments.size(), 2u);
    EXPECT_EQ(d.payments[0].method, core::PaymentMethod::BankQr);
    EXPECT_EQ(d.payments[0].vietQrPayload, "000201QR");
    EXPECT_EQ(d.payments[1].amount, Money(500000));
    EXPECT_EQ(d.paid, Money(700000));
    EXPECT_EQ(d.change, Money(320375));
    EXPECT_EQ(d.journalHash, sampleSale().journalHash);
    EXPECT_FALSE(d.reprint);
    EXPECT_TRUE(docs::receiptData(sampleSale(), {}, true).reprint);
}

TEST(DocumentMappers, DiscountPercentsWhereTheyWereGiven)
{
    docs::DiscountPercents p;
    p.sale = core::BasisPoints{250};
    p.lines[2] = core::BasisPoints{500};
    p.lines[1] = core::BasisPoints{1000};  // line 1 has no discount: no percent printed
    const auto d = docs::receiptData(sampleSale(), {}, false, p);
    EXPECT_FALSE(d.lines[0].lineDiscountPercent.has_value());
    ASSERT_TRUE(d.lines[1].lineDiscountPercent.has_value());
    EXPECT_EQ(d.lines[1].lineDiscountPercent->bp, 500);
    ASSERT_TRUE(d.saleDiscountPercent.has_value());
    EXPECT_EQ(d.saleDiscountPercent->bp, 250);
    EXPECT_FALSE(docs::receiptData(sampleSale(), {}).saleDiscountPercent.has_value());
}

TEST(DocumentMappers, CashierFallsBackToTheUsername)
{
    auto s = sampleSale();
    s.cashierName.clear();
    EXPECT_EQ(docs::receiptData(s, {}).cashier, QStringLiteral("thungan1"));
}

TEST(DocumentMappers, ReturnSlipTakesUnitsAndProducersFromTheSale)
{
    services::ReturnResult r;
    r.number = QStringLiteral("TH-000001");
    r.receiptNo = QStringLiteral("Q01-000017");
    r.time = QDateTime::fromString(QStringLiteral("2026-11-28T11:00:00+07:00"), Qt::ISODate);
    r.user = QStringLiteral("ql");
    r.reason = QStringLiteral("Chai bị nứt");
    r.damaged = true;
    r.refund = Money(116838);
    services::ReturnLineResult l;
    l.saleLineNo = 1;
    l.sku = QStringLiteral("NM-500");
    l.name = QStringLiteral("Nước mắm Cái Rồng");
    l.qty = Quantity::units(1);
    l.refund = Money(116838);
    l.vat = Money(8655);
    l.vatRate = core::VatRate::percent(8);
    l.lots.push_back({1, QStringLiteral("CR2606B"), QStringLiteral("HO-A1"), Quantity::units(1), Money(116838)});
    r.lines = {l};
    r.journalHash = QStringLiteral("f00d");
    const auto d = docs::returnSlipData(r, sampleSale(), docs::storeInfo(settings()), {QStringLiteral("Q01"), QStringLiteral("Trần Quản Lý")});
    EXPECT_EQ(d.returnNo, QStringLiteral("TH-000001"));
    EXPECT_EQ(d.originalReceiptNo, QStringLiteral("Q01-000017"));
    EXPECT_EQ(d.originalTime, sampleSale().time);
    EXPECT_EQ(d.time, r.time);
    EXPECT_EQ(d.till, QStringLiteral("Q01"));
    EXPECT_EQ(d.manager, QStringLiteral("Trần Quản Lý"));
    EXPECT_EQ(d.reason, QStringLiteral("Chai bị nứt"));
    EXPECT_TRUE(d.damaged);
    ASSERT_EQ(d.lines.size(), 1u);
    EXPECT_EQ(d.lines[0].unit, QStringLiteral("chai 500ml"));
    EXPECT_EQ(d.lines[0].refund, Money(116838));
    ASSERT_EQ(d.lines[0].lots.size(), 1u);
    EXPECT_EQ(d.lines[0].lots[0].producerName, QStringLiteral("Hộ Nguyễn Văn Hải"));
    ASSERT_EQ(d.vat.size(), 1u);
    EXPECT_EQ(d.vat[0].amount, Money(116838));
    EXPECT_EQ(d.vat[0].vat, Money(8655));
    EXPECT_EQ(d.vat[0].netOfVat, Money(116838 - 8655));
    EXPECT_EQ(d.totalRefund, Money(116838));
    EXPECT_EQ(d.journalHash, QStringLiteral("f00d"));
}

TEST(DocumentMappers, VoidSlip)
{
    const QDateTime at = QDateTime::fromString(QStringLiteral("2026-11-28T10:20:00+07:00"), Qt::ISODate);
    const auto d = docs::voidSlipData(sampleSale(), {}, QStringLiteral("Trần Quản Lý"), at);
    EXPECT_EQ(d.receiptNo, QStringLiteral("Q01-000017"));
    EXPECT_EQ(d.saleTime, sampleSale().time);
    EXPECT_EQ(d.voidTime, at);
    EXPECT_EQ(d.cashier, QStringLiteral("Nguyễn Thu Ngân"));
    EXPECT_EQ(d.manager, QStringLiteral("Trần Quản Lý"));
    ASSERT_EQ(d.lines.size(), 2u);
    EXPECT_TRUE(d.lines[1].byWeight);
    EXPECT_EQ(d.lines[1].net, Money(145950));
    EXPECT_EQ(d.total, Money(379625));
    EXPECT_EQ(d.payments.size(), 2u);
}

TEST(DocumentMappers, ZReportCashDrawer)
{
    services::ShiftReport r;
    r.shift.id = 3;
    r.shift.till = QStringLiteral("Q01");
    r.shift.openedBy = QStringLiteral("thu");
    r.shift.openingFloat = Money(500000);
    r.shift.open = false;
    r.shift.closedBy = QStringLiteral("thu");
    r.shift.closedAt = QDateTime::fromString(QStringLiteral("2026-11-28T18:00:00+07:00"), Qt::ISODate);
    r.sales = 2;
    r.returns = 1;
    r.gross = Money(500000);
    r.discounts = Money(20000);
    r.total = Money(480000);
    r.refunds = Money(50000);
    r.byMethod = {{core::PaymentMethod::Cash, Money(280000)}, {core::PaymentMethod::BankQr, Money(200000)}};
    r.cashIn = Money(600000);
    r.changeGiven = Money(320000);
    r.expectedCash = Money(730000);
    r.counted = Money(729000);
    r.variance = Money(-1000);
    r.firstReceipt = QStringLiteral("Q01-000001");
    r.lastReceipt = QStringLiteral("Q01-000003");
    r.journalHash = QStringLiteral("abc");
    docs::ShiftExtras x;
    x.openedByName = QStringLiteral("Nguyễn Thu Ngân");
    x.closedByName = QStringLiteral("Nguyễn Thu Ngân");
    x.voidCount = 1;
    x.voidedTotal = Money(99000);
    x.paymentCounts = {{core::PaymentMethod::Cash, 2}, {core::PaymentMethod::BankQr, 1}};
    const auto d = docs::zReportData(r, {}, x);
    EXPECT_TRUE(d.closing);
    EXPECT_EQ(d.shiftId, QStringLiteral("3"));
    EXPECT_EQ(d.openedBy, QStringLiteral("Nguyễn Thu Ngân"));
    EXPECT_EQ(d.closedAt, r.shift.closedAt);
    EXPECT_EQ(d.salesCount, 2);
    EXPECT_EQ(d.voidCount, 1);
    EXPECT_EQ(d.returnCount, 1);
    EXPECT_EQ(d.voidedTotal, Money(99000));
    EXPECT_EQ(d.netSales, Money(480000));
    EXPECT_EQ(d.returnsTotal, Money(50000));
    ASSERT_EQ(d.payments.size(), 2u);
    for (const auto& p : d.payments)
        EXPECT_EQ(p.count, p.method == core::PaymentMethod::Cash ? 2 : 1);
    EXPECT_EQ(d.cashSales, Money(280000));
    EXPECT_EQ(d.cashRefunds, Money(50000));
    EXPECT_EQ(d.expectedCash, Money(730000));
    EXPECT_EQ(d.countedCash, Money(729000));
    EXPECT_EQ(d.variance, Money(-1000));
    EXPECT_EQ(d.firstReceiptNo, QStringLiteral("Q01-000001"));
    EXPECT_EQ(d.lastReceiptNo, QStringLiteral("Q01-000003"));

    r.shift.open = true;
    x.printedAt = QDateTime::fromString(QStringLiteral("2026-11-28T12:00:00+07:00"), Qt::ISODate);
    const auto xr = docs::zReportData(r, {}, x);
    EXPECT_FALSE(xr.closing);
    EXPECT_EQ(xr.closedAt, x.printedAt);
    EXPECT_TRUE(xr.closedBy.isEmpty());
}

TEST(DocumentMappers, SettlementUsesTheServicesVietQrOrSaysWhyNot)
{
    services::Statement s;
    s.producer.code = QStringLiteral("HTX-A");
    s.producer.name = QStringLiteral("HTX Nước mắm Cái Rồng");
    s.producer.address = QStringLiteral("Cái Rồng");
    s.producer.district = QStringLiteral("Vân Đồn");
    s.producer.province = QStringLiteral("Quảng Ninh");
    s.producer.bankBin = QStringLiteral("970436");
    s.producer.bankAccount = QStringLiteral("0141000765432");
    s.from = QDate(2026, 11, 1);
    s.to = QDate(2026, 11, 30);
    s.storeName = QStringLiteral("Cửa hàng cũ");
    services::StatementLine l;
    l.sku = QStringLiteral("NM-500");
    l.name = QStringLiteral("Nước mắm Cái Rồng");
    l.qty = Quantity::units(3);
    l.net = Money(360000);
    l.commission = Money(72000);
    l.payout = Money(288000);
    s.lines = {l};
    s.households = {services::StatementHousehold{QStringLiteral("HO-A1"), QStringLiteral("Hộ Nguyễn Văn Hải"), Money(360000), Money(0),
                                                 Money(72000), Money(288000), Money(0)}};
    s.consignment = s.total = services::StatementTotals{Money(360000), Money(0), Money(72000), Money(288000)};
    s.vietqr = QStringLiteral("000201PAYLOAD");
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-12-01T09:00:00+07:00"), Qt::ISODate);
    auto d = docs::settlementData(s, docs::storeInfo(settings()), [](const QString&) { return QStringLiteral("chai 500ml"); }, now);
    EXPECT_EQ(d.store.name, QStringLiteral("Cửa hàng cũ")) << "the store as the statement was made";
    EXPECT_EQ(d.producer.address, QStringLiteral("Cái Rồng, Vân Đồn, Quảng Ninh"));
    EXPECT_EQ(d.producer.bank.bankName, QStringLiteral("Vietcombank"));
    EXPECT_EQ(d.statementNo, QStringLiteral("NHÁP-HTX-A-011126-301126"));
    EXPECT_FALSE(d.finalized);
    EXPECT_EQ(d.issuedAt, now);
    ASSERT_EQ(d.lines.size(), 1u);
    EXPECT_EQ(d.lines[0].unit, QStringLiteral("chai 500ml"));
    EXPECT_EQ(d.lines[0].payout, Money(288000));
    EXPECT_FALSE(d.lines[0].commissionPercent.has_value()) << "no rate given";
    const auto withRate = docs::settlementData(s, {}, [](const QString&) { return QString(); }, now,
                                               {{QStringLiteral("NM-500"), core::BasisPoints{2000}}});
    ASSERT_TRUE(withRate.lines[0].commissionPercent.has_value());
    EXPECT_EQ(withRate.lines[0].commissionPercent->bp, 2000);
    ASSERT_EQ(d.households.size(), 1u);
    EXPECT_EQ(d.households[0].name, QStringLiteral("Hộ Nguyễn Văn Hải"));
    EXPECT_EQ(d.total.payout, Money(288000));
    ASSERT_TRUE(d.vietQr.has_value());
    EXPECT_EQ(*d.vietQr, "000201PAYLOAD");

    s.vietqr.clear();
    s.producer.bankAccount.clear();
    s.finalized = true;
    s.settlementId = 12;
    s.finalizedAt = QStringLiteral("2026-12-01T08:00:00+07:00");
    d = docs::settlementData(s, {}, [](const QString&) { return QString(); }, now);
    EXPECT_EQ(d.statementNo, QStringLiteral("QT-000012"));
    EXPECT_EQ(d.issuedAt, QDateTime::fromString(s.finalizedAt, Qt::ISODate));
    ASSERT_TRUE(d.vietQr.has_value());
    EXPECT_TRUE(d.vietQr->empty());
    EXPECT_TRUE(d.noVietQrReason.contains(QStringLiteral("chưa đăng ký tài khoản"))) << d.noVietQrReason.toStdString();
    s.total.payout = Money(-5000);
    d = docs::settlementData(s, {}, [](const QString&) { return QString(); }, now);
    EXPECT_TRUE(d.noVietQrReason.contains(QString::fromStdString(core::formatVnd(Money(5000))))) << d.noVietQrReason.toStdString();
}

TEST(DocumentMappers, SalesReportRowsAndScope)
{
    services::SalesReport r;
    r.from = QDate(2026, 11, 1);
    r.to = QDate(2026, 11, 30);
    r.by = services::SalesGrouping::Product;
    services::SalesRow row;
    row.key = QStringLiteral("NM-500");
    row.label = QStringLiteral("Nước mắm Cái Rồng");
    row.figures.qty = Quantity::units(3);
    row.figures.gross = Money(360000);
    row.figures.net = Money(350000);
    row.figures.discount = Money(10000);
    row.figures.vat = Money(25926);
    row.figures.commission = Money(70000);
    row.figures.payout = Money(280000);
    row.figures.sales = 2;
    r.rows = {row};
    r.totals = row.figures;
    r.scopeOwner = QStringLiteral("HTX-A");
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-12-01T09:00:00+07:00"), Qt::ISODate);
    const auto d = docs::salesReportData(r, {}, now, QStringLiteral("HTX Nước mắm Cái Rồng"));
    EXPECT_EQ(d.groupBy, printing::SalesGroupBy::Product);
    EXPECT_EQ(d.generatedAt, now);
    EXPECT_EQ(d.scope, QStringLiteral("HTX Nước mắm Cái Rồng (HTX-A)"));
    ASSERT_EQ(d.rows.size(), 1u);
    EXPECT_EQ(d.rows[0].key, QStringLiteral("NM-500"));
    EXPECT_EQ(d.rows[0].label, QStringLiteral("Nước mắm Cái Rồng"));
    EXPECT_EQ(d.rows[0].quantity, Quantity::units(3));
    EXPECT_EQ(d.rows[0].payout, Money(280000));
    EXPECT_EQ(d.rows[0].receipts, 2);
    EXPECT_EQ(d.totals.net, Money(350000));
    for (auto [by, want] : std::vector<std::pair<services::SalesGrouping, printing::SalesGroupBy>>{
             {services::SalesGrouping::Day, printing::SalesGroupBy::Day},
             {services::SalesGrouping::Vat, printing::SalesGroupBy::VatRate},
             {services::SalesGrouping::Payment, printing::SalesGroupBy::PaymentMethod},
             {services::SalesGrouping::Owner, printing::SalesGroupBy::Owner}})
        EXPECT_EQ(docs::groupBy(by), want);
}

TEST(DocumentMappers, ShelfLabelPrefersAValidEan13)
{
    core::Product p;
    p.sku = QStringLiteral("NM-500");
    p.name = QStringLiteral("Nước mắm Cái Rồng");
    p.unit = QStringLiteral("chai 500ml");
    p.price = Money(120000);
    p.ocopStars = 4;
    p.ownerName = QStringLiteral("HTX Nước mắm Cái Rồng");
    p.barcodes = {QStringLiteral("12345678"), QStringLiteral("8938505974194")};
    auto d = docs::shelfLabel(p);
    EXPECT_EQ(d.ean13, QStringLiteral("8938505974194"));
    EXPECT_EQ(d.sku, QStringLiteral("NM-500"));
    EXPECT_EQ(d.unit, QStringLiteral("chai 500ml"));
    EXPECT_EQ(d.price, Money(120000));
    EXPECT_EQ(d.ocopStars, 4);
    EXPECT_EQ(d.producerName, QStringLiteral("HTX Nước mắm Cái Rồng"));
    EXPECT_FALSE(d.byWeight);

    p.barcodes = {QStringLiteral("8938505974195")};  // wrong check digit: never printed
    p.soldBy = core::SoldBy::Weight;
    p.unit = QStringLiteral("gói");
    d = docs::shelfLabel(p);
    EXPECT_TRUE(d.ean13.isEmpty());
    EXPECT_TRUE(d.byWeight);
    EXPECT_EQ(d.unit, QStringLiteral("kg"));
}
