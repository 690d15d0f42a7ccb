#include "SaleFixtures.h"

#include "core/Barcode.h"
#include "core/Errors.h"
#include "core/VietQr.h"
#include "services/AuthService.h"
#include "services/CartSession.h"
#include "services/LoginDirectory.h"
#include "services/SaleReader.h"
#include "services/SettingsService.h"
#include "services/ShiftService.h"

#include <gtest/gtest.h>

using namespace ocopos;
using namespace ocopos::services;
using namespace ocopos::test;
using core::Money;
using core::Quantity;

namespace {

class CartTest : public ::testing::Test {
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
        addLot(store, QStringLiteral("NM-500"), QStringLiteral("L1"), QStringLiteral("HO-A1"), QStringLiteral("10"));
        addLot(store, QStringLiteral("CM-KG"), QStringLiteral("C1"), QStringLiteral("HO-A1"), QStringLiteral("5"));
        addLot(store, QStringLiteral("NK-500"), QStringLiteral("K1"), QStringLiteral("DN-C"), QStringLiteral("48"));
    }

    TempStore store;
    Session cashier;
    Session manager;
};

} // namespace

TEST_F(CartTest, ScansMergeUnitProductsAndKeepScaleLabelsApart)
{
    CartSession cart(store.ctx());
    EXPECT_EQ(cart.add(QStringLiteral("8938505974194")), 0);
    EXPECT_EQ(cart.add(QStringLiteral("NM-500")), 0);  // same product, other code: one line
    const QString label = QString::fromStdString(core::makeScaleBarcode(26, "10001", 350));
    EXPECT_EQ(cart.add(label), 1);
    EXPECT_EQ(cart.add(label), 2);  // a second weighed pack is its own line
    ASSERT_EQ(cart.size(), 3);
    EXPECT_EQ(cart.lines()[0].qty.thousandths(), 2000);
    EXPECT_EQ(cart.lines()[0].name, QStringLiteral("Nước mắm Cái Rồng"));
    EXPECT_EQ(cart.lines()[0].ownerName, QStringLiteral("HTX Nước mắm Cái Rồng"));
    EXPECT_EQ(cart.lines()[0].priced.net.dong(), 240000);
    EXPECT_EQ(cart.lines()[1].qty.thousandths(), 350);
    EXPECT_TRUE(cart.lines()[1].fixedByLabel);
    EXPECT_EQ(cart.lines()[1].priced.gross.dong(), 157500);
    EXPECT_EQ(cart.total().dong(), 240000 + 2 * 157500);
    EXPECT_THROW(cart.setQuantity(1, Quantity::fromThousandths(500)), ValidationError);
}

TEST_F(CartTest, BadCodesAndQuantitiesLeaveTheCartAsItWas)
{
    CartSession cart(store.ctx());
    cart.add(QStringLiteral("NM-500"));
    EXPECT_THROW(cart.add(QStringLiteral("8938505974195")), ValidationError);  // check digit
    EXPECT_THROW(cart.add(QStringLiteral("8934567890120")), NotFound);
    EXPECT_THROW(cart.add(QStringLiteral("CM-KG")), ValidationError);  // weighed, no weight given
    EXPECT_THROW(cart.setQuantity(0, Quantity::fromThousandths(1500)), ValidationError);
    EXPECT_THROW(cart.setQuantity(3, Quantity::units(1)), NotFound);
    EXPECT_THROW(cart.setLineDiscount(0, core::Discount::amount(Money(130000))), ValidationError);
    ASSERT_EQ(cart.size(), 1);
    EXPECT_EQ(cart.lines()[0].qty.thousandths(), 1000);
    EXPECT_EQ(cart.total().dong(), 120000);
    EXPECT_EQ(cart.add(QStringLiteral("CM-KG"), Quantity::fromThousandths(250)), 1);
    EXPECT_EQ(cart.total().dong(), 120000 + 112500);
}

TEST_F(CartTest, DiscountsOverTheThresholdNeedAnApprovalThatCoversThem)
{
    CartSession cart(store.ctx());
    cart.add(QStringLiteral("NM-500"), Quantity::units(2));
    cart.setLineDiscount(0, core::Discount::percent(core::BasisPoints{1000}));
    EXPECT_TRUE(cart.overrideItems().empty());
    EXPECT_FALSE(cart.approvalNeeded());
    cart.setLineDiscount(0, core::Discount::percent(core::BasisPoints{1500}));
    ASSERT_EQ(cart.overrideItems().size(), 1u);
    EXPECT_EQ(cart.overrideItems()[0].line, 1);
    EXPECT_EQ(cart.overrideItems()[0].discount.dong(), 36000);
    EXPECT_EQ(cart.overrideItems()[0].base.dong(), 240000);
    EXPECT_TRUE(cart.approvalNeeded());
    EXPECT_THROW(cart.commit(cashier, {cash(204000)}), AuthError);
    cart.approve({QStringLiteral("ql"), QStringLiteral("2222")});
    EXPECT_FALSE(cart.approvalNeeded());
    // A bigger sale discount afterwards is not covered by that approval.
    cart.setSaleDiscount(core::Discount::amount(Money(50000)));
    ASSERT_EQ(cart.overrideItems().size(), 2u);
    EXPECT_EQ(cart.overrideItems()[1].line, 0);
    EXPECT_EQ(cart.overrideItems()[1].base.dong(), 204000);
    EXPECT_TRUE(cart.approvalNeeded());
    EXPECT_THROW(cart.commit(cashier, {cash(154000)}), AuthError);
    EXPECT_EQ(cart.size(), 1);  // kept after a refused commit
    cart.approve({QStringLiteral("ql"), QStringLiteral("2222")});
    const auto s = cart.commit(cashier, {cash(154000)});
    EXPECT_EQ(s.total.dong(), 154000);
    EXPECT_EQ(s.overrideBy, QStringLiteral("ql"));
    EXPECT_TRUE(cart.isEmpty());
    EXPECT_FALSE(cart.hasApproval());
}

TEST_F(CartTest, ShortStockIsReportedAndNeedsApproval)
{
    CartSession cart(store.ctx());
    cart.add(QStringLiteral("NM-500"), Quantity::units(8));
    EXPECT_TRUE(cart.shortages().empty());
    cart.add(QStringLiteral("TRA-50"));  // no lot at all
    cart.add(QStringLiteral("NM-500"), Quantity::units(3));  // 11 of 10
    const auto s = cart.shortages();
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(s[0].sku, QStringLiteral("NM-500"));
    EXPECT_EQ(s[0].wanted.thousandths(), 11000);
    EXPECT_EQ(s[0].sellable.thousandths(), 10000);
    EXPECT_EQ(s[1].sku, QStringLiteral("TRA-50"));
    EXPECT_EQ(s[1].sellable.thousandths(), 0);
    EXPECT_TRUE(cart.approvalNeeded());
    EXPECT_THROW(cart.commit(cashier, {cash(2000000)}), Conflict);
    cart.approve({QStringLiteral("ql"), QStringLiteral("2222")});
    cart.setQuantity(0, Quantity::units(12));  // more than approved
    EXPECT_TRUE(cart.approvalNeeded());
    cart.setQuantity(0, Quantity::units(11));
    EXPECT_FALSE(cart.approvalNeeded());
    const auto sale = cart.commit(cashier, {cash(2000000)});
    EXPECT_TRUE(sale.lines[0].unlotted);
}

TEST_F(CartTest, ExpiredStockCountsApart)
{
    store.clock().set(core::parseIsoTime(QStringLiteral("2026-12-10T10:00:00+07:00"), "now"));
    addLot(store, QStringLiteral("RUOU-500"), QStringLiteral("OLD"), QStringLiteral("HO-B1"), QStringLiteral("4"), QDate(2026, 12, 1));
    CartSession cart(store.ctx());
    cart.add(QStringLiteral("RUOU-500"));
    const auto s = cart.shortages();
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s[0].expired.thousandths(), 4000);
    EXPECT_EQ(s[0].sellable.thousandths(), 0);
}

TEST_F(CartTest, PaymentTallyUsesCoreSettlement)
{
    CartSession cart(store.ctx());
    cart.add(QStringLiteral("NM-500"));
    cart.add(QStringLiteral("NK-500"), Quantity::units(2));
    auto t = cart.tally({});
    EXPECT_EQ(t.due.dong(), 136000);
    EXPECT_EQ(t.remaining.dong(), 136000);
    EXPECT_FALSE(t.complete);
    t = cart.tally({{core::PaymentMethod::Card, Money(36000), QStringLiteral("7788")}, cash(50000)});
    EXPECT_EQ(t.remaining.dong(), 50000);
    EXPECT_FALSE(t.complete);
    t = cart.tally({{core::PaymentMethod::Card, Money(36000), {}}, cash(200000)});
    EXPECT_TRUE(t.complete);
    EXPECT_EQ(t.change.dong(), 100000);
    EXPECT_EQ(t.remaining.dong(), 0);
    t = cart.tally({{core::PaymentMethod::BankQr, Money(200000), {}}});
    EXPECT_FALSE(t.complete);
    EXPECT_FALSE(t.problem.isEmpty());  // only cash gives change
}

TEST_F(CartTest, BankQrShownBeforeCommitIsTheOneStored)
{
    CartSession cart(store.ctx());
    cart.add(QStringLiteral("NM-500"));
    EXPECT_EQ(cart.nextReceiptNo(), QStringLiteral("Q01-000001"));
    const QString shown = cart.bankQrPayload(Money(120000));
    const auto qr = core::parseVietQr(shown.toStdString());
    EXPECT_EQ(qr.amount->dong(), 120000);
    EXPECT_EQ(qr.purpose, "Q01-000001");
    const auto s = cart.commit(cashier, {{core::PaymentMethod::BankQr, Money(120000), {}}});
    EXPECT_EQ(s.vietqr, shown);
    EXPECT_EQ(cart.nextReceiptNo(), QStringLiteral("Q01-000002"));
    TempStore noBank;
    noBank.loadSmallCatalog();
    EXPECT_THROW(CartSession(noBank.ctx()).bankQrPayload(Money(1000)), Conflict);
}

TEST_F(CartTest, ParkAndResumeRoundTrip)
{
    CartSession cart(store.ctx());
    cart.add(QStringLiteral("NM-500"), Quantity::units(2));
    cart.setSaleDiscount(core::Discount::amount(Money(5000)));
    const qint64 id = cart.park(cashier, QStringLiteral("khách 1"));
    EXPECT_TRUE(cart.isEmpty());
    cart.add(QStringLiteral("NK-500"));
    EXPECT_THROW(cart.resume(cashier, id), Conflict);
    cart.clear();
    cart.resume(cashier, id);
    EXPECT_EQ(cart.total().dong(), 235000);
    EXPECT_EQ(cart.lines()[0].qty.thousandths(), 2000);
    EXPECT_TRUE(SaleService(store.ctx()).parked().empty());
}

TEST_F(CartTest, CashCountSumsByDenomination)
{
    CashCount c;
    c.set(Money(500000), 2);
    c.set(Money(20000), 3);
    c.set(Money(1000), 7);
    EXPECT_EQ(c.amount(Money(20000)).dong(), 60000);
    EXPECT_EQ(c.total().dong(), 1067000);
    c.set(Money(20000), 0);
    EXPECT_EQ(c.total().dong(), 1007000);
    EXPECT_THROW(c.set(Money(3000), 1), ValidationError);
    EXPECT_THROW(c.set(Money(1000), -1), ValidationError);
    EXPECT_EQ(cashDenominations().size(), 9u);
}

TEST_F(CartTest, LoginDirectoryListsActiveUsersWithLocks)
{
    store.addUser(QStringLiteral("coop"), core::Role::Cooperative, QStringLiteral("HTX-A"), QStringLiteral("3333"));
    AuthService auth(store.ctx());
    for (int i = 0; i < AuthService::kMaxFailures; ++i)
        EXPECT_THROW(auth.login(QStringLiteral("thu"), QStringLiteral("0000")), AuthError);
    const auto users = loginUsers(store.ctx());
    ASSERT_EQ(users.size(), 4u);
    EXPECT_EQ(users[0].username, QStringLiteral("thu"));
    EXPECT_TRUE(users[0].locked);
    EXPECT_EQ(users[1].username, QStringLiteral("ql"));
    EXPECT_EQ(users[2].username, QStringLiteral("admin"));
    EXPECT_EQ(users[3].role, core::Role::Cooperative);
    auth.deactivate(store.admin(), QStringLiteral("ql"));
    EXPECT_EQ(loginUsers(store.ctx()).size(), 3u);
}
