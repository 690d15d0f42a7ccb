#include "SaleFixtures.h"

#include "core/Barcode.h"
#include "core/Errors.h"
#include "core/VietQr.h"
#include "services/IntegrityService.h"
#include "services/ReturnService.h"
#include "services/SaleReader.h"
#include "services/SaleService.h"
#include "services/SettingsService.h"
#include "services/ShiftService.h"

#include <gtest/gtest.h>

using namespace ocopos;
using namespace ocopos::services;
using namespace ocopos::test;
using core::Money;

namespace {

class SaleTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        store.loadSmallCatalog();
        SettingsService settings(store.ctx());
        settings.set(store.admin(), QStringLiteral("bank_bin"), QStringLiteral("970436"));
        settings.set(store.admin(), QStringLiteral("bank_account"), QStringLiteral("1023456789"));
        cashier = store.addUser(QStringLiteral("thu"), core::Role::Cashier, QString(), QStringLiteral("1111"));
        manager = store.addUser(QStringLiteral("ql"), core::Role::Manager, QString(), QStringLiteral("2222"));
        ShiftService(store.ctx()).open(cashier, Money(500000));
    }

    SaleResult sell(std::vector<SaleLineRequest> lines, std::vector<core::Payment> payments = {},
                    core::Discount discount = {}, std::optional<OverrideRequest> ovr = std::nullopt)
    {
        SaleRequest r;
        r.lines = std::move(lines);
        r.payments = std::move(payments);
        r.discount = discount;
        r.override = ovr;
        return SaleService(store.ctx()).commit(cashier, r);
    }

    std::int64_t count(const char* table)
    {
        db::Query q(store.db(), QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
        return q.scalar()->toLongLong();
    }

    bool checkOk() { return IntegrityService(store.ctx()).check(store.admin()).ok; }

    TempStore store;
    Session cashier;
    Session manager;
};

} // namespace

TEST_F(SaleTest, CommitsLinesLotsPaymentsAndJournal)
{
    const qint64 lotOld = addLot(store, QStringLiteral("NM-500"), QStringLiteral("L1"), QStringLiteral("HO-A1"), QStringLiteral("1"),
                                 QDate(2027, 1, 1));
    const qint64 lotNew = addLot(store, QStringLiteral("NM-500"), QStringLiteral("L2"), QStringLiteral("HO-A2"), QStringLiteral("5"),
                                 QDate(2027, 6, 1));
    const auto s = sell({saleLine(QStringLiteral("8938505974194"), QStringLiteral("2"))}, {cash(300000)});
    EXPECT_EQ(s.receiptNo, QStringLiteral("Q01-000001"));
    ASSERT_EQ(s.lines.size(), 1u);
    const auto& l = s.lines[0];
    EXPECT_EQ(l.gross.dong(), 240000);
    EXPECT_EQ(l.net.dong(), 240000);
    EXPECT_EQ(l.vat.dong(), 17778);
    EXPECT_EQ(l.ownerCode, QStringLiteral("HTX-A"));
    EXPECT_EQ(l.commissionPct.bp, 2000);  // the owner's 20 %
    EXPECT_EQ(l.commission.dong(), 48000);
    ASSERT_EQ(l.lots.size(), 2u);  // FEFO: the earlier expiry first
    EXPECT_EQ(l.lots[0].lotCode, QStringLiteral("L1"));
    EXPECT_EQ(l.lots[0].producerCode, QStringLiteral("HO-A1"));
    EXPECT_EQ(l.lots[0].amount.dong() + l.lots[1].amount.dong(), 240000);
    EXPECT_EQ(l.lots[1].producerCode, QStringLiteral("HO-A2"));
    EXPECT_EQ(s.change.dong(), 60000);
    EXPECT_EQ(s.journalHash.size(), 64);
    EXPECT_EQ(onHandOf(store, lotOld), 0);
    EXPECT_EQ(onHandOf(store, lotNew), 4000);
    EXPECT_EQ(ledgerOf(store, lotNew), 4000);
    EXPECT_TRUE(checkOk());
}

// commit() builds its result and the journal's content from what it wrote rather
// than reading the sale back: both must be exactly what SaleReader reads.
TEST_F(SaleTest, TheResultIsWhatWasStored)
{
    addLot(store, QStringLiteral("NM-500"), QStringLiteral("L1"), QStringLiteral("HO-A1"), QStringLiteral("1"), QDate(2027, 1, 1));
    addLot(store, QStringLiteral("NM-500"), QStringLiteral("L2"), QStringLiteral("HO-A2"), QStringLiteral("1"), QDate(2027, 6, 1));
    addLot(store, QStringLiteral("RUOU-500"), QStringLiteral("R1"), QStringLiteral("HO-B1"), QStringLiteral("5"));
    const auto s = sell({saleLine(QStringLiteral("NM-500"), QStringLiteral("3")), saleLine(QStringLiteral("RUOU-500")),
                         saleLine(QStringLiteral("8938505974194"))},
                        {{core::PaymentMethod::BankQr, Money(200000), QStringLiteral("ref 1")}, cash(900000)},
                        core::Discount::amount(Money(10000)), OverrideRequest{QStringLiteral("ql"), QStringLiteral("2222")});
    const auto r = SaleReader(store.ctx()).byId(s.saleId);
    ASSERT_TRUE(r);
    EXPECT_EQ(canonicalSale(s), canonicalSale(*r));
    EXPECT_EQ(s.receiptNo, r->receiptNo);
    EXPECT_EQ(s.time, r->time);
    EXPECT_EQ(s.cashier, r->cashier);
    EXPECT_EQ(s.cashierName, r->cashierName);
    EXPECT_EQ(s.shiftId, r->shiftId);
    EXPECT_EQ(s.status, r->status);
    EXPECT_EQ(s.saleDiscount, r->saleDiscount);
    EXPECT_EQ(s.vietqr, r->vietqr);
    EXPECT_EQ(s.overrideBy, r->overrideBy);
    EXPECT_EQ(s.journalHash, r->journalHash);
    ASSERT_EQ(s.vat.size(), r->vat.size());
    for (std::size_t i = 0; i < s.vat.size(); ++i) {
        EXPECT_EQ(s.vat[i].rate, r->vat[i].rate);
        EXPECT_EQ(s.vat[i].amount, r->vat[i].amount);
        EXPECT_EQ(s.vat[i].vat, r->vat[i].vat);
        EXPECT_EQ(s.vat[i].base, r->vat[i].base);
    }
    ASSERT_EQ(s.lines.size(), r->lines.size());
    for (std::size_t i = 0; i < s.lines.size(); ++i) {
        const auto &a = s.lines[i], &b = r->lines[i];
        EXPECT_EQ(a.lineId, b.lineId);
        EXPECT_EQ(a.productId, b.productId);
        EXPECT_EQ(a.unit, b.unit);
        EXPECT_EQ(a.soldBy, b.soldBy);
        EXPECT_EQ(a.ownerName, b.ownerName);
        EXPECT_EQ(a.unlotted, b.unlotted);
        EXPECT_EQ(a.ocopStars, b.ocopStars);
        ASSERT_EQ(a.lots.size(), b.lots.size());
        for (std::size_t k = 0; k < a.lots.size(); ++k) {
            EXPECT_EQ(a.lots[k].lotId, b.lots[k].lotId);
            EXPECT_EQ(a.lots[k].lotCode, b.lots[k].lotCode);
            EXPECT_EQ(a.lots[k].producerName, b.lots[k].producerName);
        }
    }
    ASSERT_EQ(s.payments.size(), r->payments.size());
    for (std::size_t i = 0; i < s.payments.size(); ++i) {
        EXPECT_EQ(s.payments[i].vietqr, r->payments[i].vietqr);
        EXPECT_EQ(s.payments[i].reference, r->payments[i].reference);
    }
    EXPECT_TRUE(s.lines[0].unlotted);
    EXPECT_TRUE(checkOk());
}

TEST_F(SaleTest, ReceiptNumbersAreGaplessEvenAfterFailures)
{
    addLot(store, QStringLiteral("NM-500"), QStringLiteral("L1"), QStringLiteral("HO-A1"), QStringLiteral("3"));
    EXPECT_EQ(sell({saleLine(QStringLiteral("NM-500"))}, {cash(120000)}).receiptNo, QStringLiteral("Q01-000001"));
    EXPECT_THROW(sell({saleLine(QStringLiteral("NM-500"), QStringLiteral("5"))}, {cash(600000)}), Conflict);
    EXPECT_THROW(sell({saleLine(QStringLiteral("NM-500"))}, {cash(1)}), Conflict);
    EXPECT_EQ(sell({saleLine(QStringLiteral("NM-500"))}, {cash(120000)}).receiptNo, QStringLiteral("Q01-000002"));
}

TEST_F(SaleTest, WeighedScaleBarcodeCarriesWeight)
{
    addLot(store, QStringLiteral("CM-KG"), QStringLiteral("C1"), QStringLiteral("HO-A1"), QStringLiteral("2.5"));
    const QString label = QString::fromStdString(core::makeScaleBarcode(26, "10001", 350));
    const auto s = sell({saleLine(label)}, {cash(157500)});
    EXPECT_EQ(s.lines[0].qty.thousandths(), 350);
    EXPECT_EQ(s.lines[0].gross.dong(), 157500);
    EXPECT_EQ(s.lines[0].commission.dong(), 39375);  // product override 25 %
    // A weighed product without a weight is refused.
    EXPECT_THROW(sell({saleLine(QStringLiteral("CM-KG"))}, {cash(1000)}), ValidationError);
    EXPECT_EQ(sell({saleLine(QStringLiteral("CM-KG"), QStringLiteral("0.001"))}, {cash(450)}).lines[0].gross.dong(), 450);
}

TEST_F(SaleTest, ShortStockIsRefusedUnlessAManagerOverrides)
{
    const qint64 lot = addLot(store, QStringLiteral("NM-500"), QStringLiteral("L1"), QStringLiteral("HO-A1"), QStringLiteral("1"));
    const auto before = count("sales");
    EXPECT_THROW(sell({saleLine(QStringLiteral("NM-500"), QStringLiteral("3"))}, {cash(360000)}), Conflict);
    EXPECT_EQ(count("sales"), before);
    EXPECT_EQ(count("stock_movements"), 1);
    EXPECT_THROW(sell({saleLine(QStringLiteral("NM-500"), QStringLiteral("3"))}, {cash(360000)}, {},
                      OverrideRequest{QStringLiteral("thu"), QStringLiteral("1111")}),
                 AuthError);  // a cashier can't override
    EXPECT_THROW(sell({saleLine(QStringLiteral("NM-500"), QStringLiteral("3"))}, {cash(360000)}, {},
                      OverrideRequest{QStringLiteral("ql"), QStringLiteral("9999")}),
                 AuthError);
    const auto s = sell({saleLine(QStringLiteral("NM-500"), QStringLiteral("3"))}, {cash(360000)}, {},
                        OverrideRequest{QStringLiteral("ql"), QStringLiteral("2222")});
    ASSERT_EQ(s.lines[0].lots.size(), 2u);
    EXPECT_EQ(s.lines[0].lots[0].qty.thousandths(), 1000);
    EXPECT_FALSE(s.lines[0].lots[1].lotId.has_value());  // unlotted, credited to the owner
    EXPECT_EQ(s.lines[0].lots[1].producerCode, QStringLiteral("HTX-A"));
    EXPECT_EQ(s.lines[0].lots[1].qty.thousandths(), 2000);
    EXPECT_EQ(s.lines[0].lots[0].amount.dong() + s.lines[0].lots[1].amount.dong(), 360000);
    EXPECT_TRUE(s.lines[0].unlotted);
    EXPECT_EQ(s.overrideBy, QStringLiteral("ql"));
    EXPECT_EQ(onHandOf(store, lot), 0);
    EXPECT_TRUE(checkOk());
}

TEST_F(SaleTest, ExpiredLotsAreNeverSold)
{
    store.clock().set(core::parseIsoTime(QStringLiteral("2026-12-10T10:00:00+07:00"), "now"));
    addLot(store, QStringLiteral("NM-500"), QStringLiteral("OLD"), QStringLiteral("HO-A1"), QStringLiteral("5"), QDate(2026, 12, 9));
    try {
        sell({saleLine(QStringLiteral("NM-500"))}, {cash(120000)});
        FAIL() << "sold from an expired lot";
    } catch (const Conflict& e) {
        EXPECT_NE(std::string(e.what()).find("expired"), std::string::npos) << e.what();
    }
    // Expiring today is still sellable today.
    addLot(store, QStringLiteral("NM-500"), QStringLiteral("TODAY"), QStringLiteral("HO-A1"), QStringLiteral("1"), QDate(2026, 12, 10));
    EXPECT_EQ(sell({saleLine(QStringLiteral("NM-500"))}, {cash(120000)}).lines[0].lots[0].lotCode, QStringLiteral("TODAY"));
}

TEST_F(SaleTest, NeedsAnOpenShift)
{
    addLot(store, QStringLiteral("NM-500"), QStringLiteral("L1"), QStringLiteral("HO-A1"), QStringLiteral("5"));
    ShiftService(store.ctx()).close(cashier, Money(500000));
    EXPECT_THROW(sell({saleLine(QStringLiteral("NM-500"))}, {cash(120000)}), Conflict);
}

TEST_F(SaleTest, DiscountOverThresholdNeedsManager)
{
    addLot(store, QStringLiteral("NM-500"), QStringLiteral("L1"), QStringLiteral("HO-A1"), QStringLiteral("5"));
    auto line = saleLine(QStringLiteral("NM-500"));
    line.discount = core::Discount::percent(core::BasisPoints{1000});
    EXPECT_EQ(sell({line}, {cash(108000)}).total.dong(), 108000);  // exactly 10 % is fine
    line.discount = core::Discount::percent(core::BasisPoints{1500});
    EXPECT_THROW(sell({line}, {cash(102000)}), AuthError);
    const auto s = sell({line}, {cash(102000)}, {}, OverrideRequest{QStringLiteral("ql"), QStringLiteral("2222")});
    EXPECT_EQ(s.total.dong(), 102000);
    EXPECT_EQ(s.overrideBy, QStringLiteral("ql"));
}

TEST_F(SaleTest, SaleDiscountAndSplitPaymentWithVietQr)
{
    addLot(store, QStringLiteral("NM-500"), QStringLiteral("L1"), QStringLiteral("HO-A1"), QStringLiteral("5"));
    addLot(store, QStringLiteral("RUOU-500"), QStringLiteral("R1"), QStringLiteral("HO-B1"), QStringLiteral("5"));
    const auto s = sell({saleLine(QStringLiteral("NM-500"), QStringLiteral("2")), saleLine(QStringLiteral("RUOU-500"))},
                        {{core::PaymentMethod::BankQr, Money(200000), {}}, cash(500000)}, core::Discount::amount(Money(10000)));
    EXPECT_EQ(s.gross.dong(), 590000);
    EXPECT_EQ(s.discount.dong(), 10000);
    EXPECT_EQ(s.total.dong(), 580000);
    EXPECT_EQ(s.lines[0].saleDiscount.dong() + s.lines[1].saleDiscount.dong(), 10000);
    EXPECT_EQ(s.change.dong(), 120000);
    ASSERT_FALSE(s.vietqr.isEmpty());
    const auto qr = core::parseVietQr(s.vietqr.toStdString());
    EXPECT_EQ(qr.amount->dong(), 200000);
    EXPECT_EQ(qr.bankBin, "970436");
    EXPECT_EQ(qr.purpose, "Q01-000001");
    ASSERT_EQ(s.vat.size(), 2u);
    EXPECT_EQ(s.vat[0].rate.code(), "8");
    EXPECT_EQ(s.vat[1].rate.code(), "10");
}

TEST_F(SaleTest, NonCashCannotExceedDueAndShortPaymentIsAConflict)
{
    addLot(store, QStringLiteral("NM-500"), QStringLiteral("L1"), QStringLiteral("HO-A1"), QStringLiteral("5"));
    EXPECT_THROW(sell({saleLine(QStringLiteral("NM-500"))}, {{core::PaymentMethod::Card, Money(130000), {}}}), ValidationError);
    EXPECT_THROW(sell({saleLine(QStringLiteral("NM-500"))}, {cash(100000)}), Conflict);
    EXPECT_EQ(count("sales"), 0);
}

TEST_F(SaleTest, UnknownAndMalformedCodes)
{
    EXPECT_THROW(sell({saleLine(QStringLiteral("8938505974195"))}, {cash(1)}), ValidationError);  // check digit
    EXPECT_THROW(sell({saleLine(QStringLiteral("8934567890120"))}, {cash(1)}), NotFound);
    EXPECT_THROW(sell({saleLine(QStringLiteral("NO-SUCH"))}, {cash(1)}), NotFound);
    EXPECT_THROW(sell({saleLine(QStringLiteral("NM-500"), QStringLiteral("1.5"))}, {cash(1)}), ValidationError);
}

TEST_F(SaleTest, VoidReversesStockWithinTheShiftOnly)
{
    const qint64 lot = addLot(store, QStringLiteral("NM-500"), QStringLiteral("L1"), QStringLiteral("HO-A1"), QStringLiteral("5"));
    const auto s = sell({saleLine(QStringLiteral("NM-500"), QStringLiteral("2"))}, {cash(240000)});
    EXPECT_THROW(SaleService(store.ctx()).voidSale(cashier, s.receiptNo), AuthError);
    const auto v = SaleService(store.ctx()).voidSale(manager, s.receiptNo);
    EXPECT_EQ(v.status, QStringLiteral("voided"));
    EXPECT_EQ(onHandOf(store, lot), 5000);
    EXPECT_THROW(SaleService(store.ctx()).voidSale(manager, s.receiptNo), Conflict);
    EXPECT_EQ(sell({saleLine(QStringLiteral("NM-500"))}, {cash(120000)}).receiptNo, QStringLiteral("Q01-000002"));
    const auto report = ShiftService(store.ctx()).xReport(cashier);
    EXPECT_EQ(report.sales, 1);
    EXPECT_EQ(report.voids, 1);
    EXPECT_EQ(report.expectedCash.dong(), 620000);
    // A sale of a closed shift can't be voided.
    const auto other = sell({saleLine(QStringLiteral("NM-500"))}, {cash(120000)});
    ShiftService(store.ctx()).close(cashier, Money(740000));
    ShiftService(store.ctx()).open(cashier, Money(0));
    EXPECT_THROW(SaleService(store.ctx()).voidSale(manager, other.receiptNo), Conflict);
    EXPECT_TRUE(checkOk());
}

TEST_F(SaleTest, ReturnsPartialThenCompletingNetToZero)
{
    const qint64 l1 = addLot(store, QStringLiteral("NM-500"), QStringLiteral("L1"), QStringLiteral("HO-A1"), QStringLiteral("1"),
                             QDate(2027, 1, 1));
    const qint64 l2 = addLot(store, QStringLiteral("NM-500"), QStringLiteral("L2"), QStringLiteral("HO-A2"), QStringLiteral("5"),
                             QDate(2027, 2, 1));
    // 3 bottles with a sale discount: net 350.000, not divisible by 3.
    const auto s = sell({saleLine(QStringLiteral("NM-500"), QStringLiteral("3"))}, {cash(350000)},
                        core::Discount::amount(Money(10000)));
    ASSERT_EQ(s.lines[0].net.dong(), 350000);
    ReturnService returns(store.ctx());
    EXPECT_THROW(returns.returnItems(cashier, s.receiptNo, {{QStringLiteral("NM-500"), core::Quantity::units(1)}}, false), AuthError);
    const auto r1 = returns.returnItems(manager, s.receiptNo, {{QStringLiteral("NM-500"), core::Quantity::units(1)}}, false);
    EXPECT_EQ(r1.refund.dong(), 116667);  // round(350000 / 3)
    ASSERT_EQ(r1.lines[0].lots.size(), 1u);
    EXPECT_EQ(r1.lines[0].lots[0].lotCode, QStringLiteral("L2"));  // reverse order: last taken first
    EXPECT_EQ(onHandOf(store, l2), 4000);
    EXPECT_THROW(returns.returnItems(manager, s.receiptNo, {{QStringLiteral("NM-500"), core::Quantity::units(3)}}, false), Conflict);
    EXPECT_THROW(returns.returnItems(manager, s.receiptNo, {{QStringLiteral("TRA-50"), core::Quantity::units(1)}}, false), NotFound);
    const auto r2 = returns.returnItems(manager, s.receiptNo, {{QStringLiteral("NM-500"), core::Quantity::units(2)}}, false);
    EXPECT_EQ(r1.refund.dong() + r2.refund.dong(), 350000);  // fully returned nets to zero
    EXPECT_EQ(r1.lines[0].vat.dong() + r2.lines[0].vat.dong(), s.lines[0].vat.dong());
    EXPECT_EQ(r1.lines[0].commission.dong() + r2.lines[0].commission.dong(), s.lines[0].commission.dong());
    EXPECT_EQ(r1.lines[0].payout.dong() + r2.lines[0].payout.dong(), s.lines[0].payout.dong());
    EXPECT_EQ(onHandOf(store, l1), 1000);
    EXPECT_EQ(onHandOf(store, l2), 5000);
    EXPECT_THROW(returns.returnItems(manager, s.receiptNo, {{QStringLiteral("NM-500"), core::Quantity::units(1)}}, false), Conflict);
    const auto report = ShiftService(store.ctx()).xReport(cashier);
    EXPECT_EQ(report.refunds.dong(), 350000);
    EXPECT_EQ(report.expectedCash.dong(), 500000);
    EXPECT_TRUE(checkOk());
}

TEST_F(SaleTest, DamagedReturnsAreWrittenOff)
{
    const qint64 lot = addLot(store, QStringLiteral("NM-500"), QStringLiteral("L1"), QStringLiteral("HO-A1"), QStringLiteral("2"));
    const auto s = sell({saleLine(QStringLiteral("NM-500"), QStringLiteral("2"))}, {cash(240000)});
    ReturnService(store.ctx()).returnItems(manager, s.receiptNo, {{QStringLiteral("NM-500"), core::Quantity::units(1)}}, true);
    EXPECT_EQ(onHandOf(store, lot), 0);
    EXPECT_EQ(ledgerOf(store, lot), 0);
    EXPECT_TRUE(checkOk());
}

TEST_F(SaleTest, ShiftCloseComputesExpectedAndVariance)
{
    addLot(store, QStringLiteral("NM-500"), QStringLiteral("L1"), QStringLiteral("HO-A1"), QStringLiteral("9"));
    sell({saleLine(QStringLiteral("NM-500"))}, {cash(200000)});                                          // change 80.000
    sell({saleLine(QStringLiteral("NM-500"))}, {{core::PaymentMethod::Card, Money(120000), QStringLiteral("123")}});
    sell({saleLine(QStringLiteral("NM-500"), QStringLiteral("2"))}, {{core::PaymentMethod::BankQr, Money(40000), {}}, cash(200000)});
    const auto z = ShiftService(store.ctx()).close(cashier, Money(820000));
    // 500.000 + 400.000 cash in − 80.000 change = 820.000 (the third sale's cash is exact)
    EXPECT_EQ(z.expectedCash.dong(), 820000);
    EXPECT_EQ(z.variance->dong(), 0);
    EXPECT_EQ(z.sales, 3);
    EXPECT_EQ(z.byMethod.at(core::PaymentMethod::Cash).dong(), 320000);
    EXPECT_EQ(z.byMethod.at(core::PaymentMethod::Card).dong(), 120000);
    EXPECT_EQ(z.byMethod.at(core::PaymentMethod::BankQr).dong(), 40000);
    EXPECT_EQ(z.firstReceipt, QStringLiteral("Q01-000001"));
    EXPECT_EQ(z.lastReceipt, QStringLiteral("Q01-000003"));
    EXPECT_EQ(z.total.dong(), 480000);
    EXPECT_THROW(ShiftService(store.ctx()).close(cashier, Money(1)), Conflict);
    ShiftService(store.ctx()).open(cashier, Money(100000));
    EXPECT_THROW(ShiftService(store.ctx()).open(cashier, Money(1)), Conflict);
    const auto x = ShiftService(store.ctx()).xReport(cashier);
    EXPECT_EQ(x.sales, 0);
    EXPECT_EQ(x.expectedCash.dong(), 100000);
}

TEST_F(SaleTest, JournalCheckFindsAlteredAndRemovedRows)
{
    addLot(store, QStringLiteral("NM-500"), QStringLiteral("L1"), QStringLiteral("HO-A1"), QStringLiteral("9"));
    sell({saleLine(QStringLiteral("NM-500"))}, {cash(120000)});
    const auto s2 = sell({saleLine(QStringLiteral("NM-500"))}, {cash(120000)});
    sell({saleLine(QStringLiteral("NM-500"))}, {cash(120000)});
    ASSERT_TRUE(checkOk());
    store.db().execute(QStringLiteral("UPDATE sale_lines SET net_vnd = 100000, line_discount_vnd = 20000 WHERE sale_id = %1").arg(s2.saleId));
    auto r = IntegrityService(store.ctx()).check(store.admin());
    ASSERT_FALSE(r.ok);
    ASSERT_TRUE(r.firstBad);
    EXPECT_EQ(r.firstBad->ref, s2.receiptNo);
    store.db().execute(QStringLiteral("UPDATE sale_lines SET net_vnd = 120000, line_discount_vnd = 0 WHERE sale_id = %1").arg(s2.saleId));
    EXPECT_TRUE(checkOk());
    // Removing the last entry leaves a sale without its journal entry.
    store.db().execute(QStringLiteral("DELETE FROM journal WHERE id = (SELECT MAX(id) FROM journal)"));
    r = IntegrityService(store.ctx()).check(store.admin());
    ASSERT_TRUE(r.firstBad);
    EXPECT_EQ(r.firstBad->ref, QStringLiteral("Q01-000003"));
    // Removing an entry in the middle breaks the chain at the next one.
    store.db().execute(QStringLiteral("DELETE FROM journal WHERE id = 1"));
    r = IntegrityService(store.ctx()).check(store.admin());
    ASSERT_TRUE(r.firstBad);
    EXPECT_EQ(r.firstBad->entryId, 2);
    // The ledger check sees a tampered cache.
    store.db().execute(QStringLiteral("UPDATE lots SET on_hand = on_hand + 1"));
    EXPECT_FALSE(IntegrityService(store.ctx()).check(store.admin()).ledgerProblems.isEmpty());
}

TEST_F(SaleTest, AttributionIsASnapshot)
{
    addLot(store, QStringLiteral("NM-500"), QStringLiteral("L1"), QStringLiteral("HO-A1"), QStringLiteral("9"));
    const auto s = sell({saleLine(QStringLiteral("NM-500"))}, {cash(120000)});
    store.importProducts("sku,name,unit,sold_by,price,vat,owner_code,supply,commission_pct\n"
                         "NM-500,Nước mắm mới,chai,unit,150000,10,HTX-B,purchased,5\n");
    const auto again = SaleReader(store.ctx()).byReceipt(s.receiptNo);
    EXPECT_EQ(again.lines[0].name, s.lines[0].name);
    EXPECT_EQ(again.lines[0].ownerCode, QStringLiteral("HTX-A"));
    EXPECT_EQ(again.lines[0].commission.dong(), 24000);
    EXPECT_EQ(again.lines[0].vatRate.code(), "8");
    EXPECT_TRUE(checkOk());
}

TEST_F(SaleTest, ParkAndResumeSurvivesReopening)
{
    SaleRequest r;
    r.lines = {saleLine(QStringLiteral("NM-500"), QStringLiteral("2")), saleLine(QStringLiteral("CM-KG"), QStringLiteral("0.350"))};
    r.lines[1].discount = core::Discount::percent(core::BasisPoints{500});
    r.discount = core::Discount::amount(Money(1000));
    const qint64 id = SaleService(store.ctx()).park(cashier, r, QStringLiteral("khách áo xanh"));
    db::Database reopened(store.path());
    Context ctx{reopened, store.clock()};
    const auto list = SaleService(ctx).parked();
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].label, QStringLiteral("khách áo xanh"));
    const auto back = SaleService(ctx).resume(cashier, id);
    ASSERT_EQ(back.lines.size(), 2u);
    EXPECT_EQ(back.lines[1].qty->thousandths(), 350);
    EXPECT_EQ(back.lines[1].discount.value, 500);
    EXPECT_EQ(back.discount.value, 1000);
    EXPECT_TRUE(SaleService(ctx).parked().empty());
    EXPECT_THROW(SaleService(ctx).resume(cashier, id), NotFound);
}

TEST_F(SaleTest, SalesOfDifferentLotSetsReuseAFewStatementTextsAndNameEveryLot)
{
    // 60 single-unit lots: each sale below draws a different set of lots (FEFO).
    for (int i = 0; i < 60; ++i)
        addLot(store, QStringLiteral("NM-500"), QStringLiteral("K%1").arg(i, 2, 10, QLatin1Char('0')),
               i % 2 ? QStringLiteral("HO-A1") : QStringLiteral("HO-A2"), QStringLiteral("1"), QDate(2027, 1, 1).addDays(i));
    const auto first = sell({saleLine(QStringLiteral("NM-500"), QStringLiteral("3"))}, {cash(1000000)});
    SaleReader(store.ctx()).byId(first.saleId);
    const std::size_t texts = store.db().cachedStatementTexts();
    int next = 3;
    for (int sale = 0; sale < 12; ++sale) {
        const int units = sale % 2 ? 3 : 4;  // 3 and 4 lots: the same padded statement
        const auto s = sell({saleLine(QStringLiteral("NM-500"), QString::number(units))}, {cash(1000000)});
        ASSERT_EQ(s.lines[0].lots.size(), static_cast<std::size_t>(units));
        for (const auto& lot : s.lines[0].lots) {
            EXPECT_EQ(lot.lotCode, QStringLiteral("K%1").arg(next, 2, 10, QLatin1Char('0')));
            EXPECT_EQ(lot.producerCode, next % 2 ? QStringLiteral("HO-A1") : QStringLiteral("HO-A2"));
            EXPECT_FALSE(lot.producerName.isEmpty());
            ++next;
        }
        EXPECT_EQ(canonicalSale(*SaleReader(store.ctx()).byId(s.saleId)), canonicalSale(s)) << "sale " << sale;
    }
    // The lot ids are bound, not written into the SQL: no new text per lot set.
    EXPECT_LE(store.db().cachedStatementTexts(), texts + 2);
    EXPECT_TRUE(checkOk());
}
