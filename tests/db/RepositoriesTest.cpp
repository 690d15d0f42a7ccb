// The repositories that hold the SQL of shifts, sales, returns, the journal,
// settings and users: each row comes back as its named struct. The data is made
// through the services, as the till makes it.
#include "SaleFixtures.h"

#include "db/JournalRepository.h"
#include "db/ReturnRepository.h"
#include "db/SaleRepository.h"
#include "db/SettingsRepository.h"
#include "db/ShiftRepository.h"
#include "db/UserLookup.h"
#include "services/ReturnService.h"
#include "services/SaleService.h"
#include "services/SettingsService.h"
#include "services/ShiftService.h"

#include <gtest/gtest.h>

using namespace ocopos;
using namespace ocopos::test;
using core::Money;

namespace {

class RepositoriesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        store.loadSmallCatalog();
        cashier = store.addUser(QStringLiteral("thu"), core::Role::Cashier, QString(), QStringLiteral("1111"));
        manager = store.addUser(QStringLiteral("ql"), core::Role::Manager, QString(), QStringLiteral("2222"));
        services::ShiftService(store.ctx()).open(cashier, Money(500000));
        addLot(store, QStringLiteral("NM-500"), QStringLiteral("L1"), QStringLiteral("HO-A1"), QStringLiteral("50"),
               QDate(2027, 1, 1));
    }

    services::SaleResult sell(const char* qty, std::int64_t paid)
    {
        services::SaleRequest r;
        r.lines = {saleLine(QStringLiteral("NM-500"), QString::fromLatin1(qty))};
        r.payments = {cash(paid)};
        return services::SaleService(store.ctx()).commit(cashier, r);
    }

    TempStore store;
    services::Session cashier, manager;
};

} // namespace

TEST_F(RepositoriesTest, ShiftTotalsCountCompletedAndVoidedSalesApart)
{
    const auto kept = sell("1", 200000);
    const auto voided = sell("2", 300000);
    services::SaleService(store.ctx()).voidSale(manager, voided.receiptNo);
    db::ShiftRepository shifts(store.db());
    const auto open = shifts.openOnTill(services::SettingsService(store.ctx()).till());
    ASSERT_TRUE(open);
    EXPECT_TRUE(open->open);
    EXPECT_EQ(open->openedBy, QStringLiteral("thu"));
    EXPECT_EQ(open->openingFloat.dong(), 500000);

    const db::ShiftSaleTotals t = shifts.saleTotals(open->id);
    EXPECT_EQ(t.sales, 1);
    EXPECT_EQ(t.total, kept.total);
    EXPECT_EQ(t.changeGiven, kept.change);
    EXPECT_EQ(t.voids, 1);
    EXPECT_EQ(t.voidedTotal, voided.total);
    EXPECT_EQ(t.firstReceipt, kept.receiptNo);
    EXPECT_EQ(t.lastReceipt, voided.receiptNo);

    const auto pays = shifts.payments(open->id);
    ASSERT_EQ(pays.size(), 1u);
    EXPECT_EQ(pays[0].method, core::PaymentMethod::Cash);
    EXPECT_EQ(pays[0].amount.dong(), 200000);
    EXPECT_EQ(pays[0].sales, 1);
    EXPECT_EQ(shifts.refunds(open->id).returns, 0);
    EXPECT_FALSE(shifts.byId(open->id + 100));
}

TEST_F(RepositoriesTest, SaleReadsBackItsDiscountsAndItsVoid)
{
    services::SaleRequest r;
    r.lines = {saleLine(QStringLiteral("NM-500"), QStringLiteral("1"))};
    r.lines[0].discount = core::Discount::percent(core::BasisPoints{500});
    r.discount = core::Discount::amount(Money(1000));
    r.payments = {cash(200000)};
    const auto sale = services::SaleService(store.ctx()).commit(cashier, r);
    services::SaleService(store.ctx()).voidSale(manager, sale.receiptNo);

    db::SaleRepository sales(store.db());
    const auto stored = sales.saleByReceipt(sale.receiptNo);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->id, sale.saleId);
    EXPECT_EQ(stored->saleDiscount.kind, core::Discount::Kind::Amount);
    EXPECT_EQ(stored->saleDiscount.value, 1000);
    EXPECT_EQ(stored->status, QStringLiteral("voided"));
    EXPECT_EQ(stored->voidedBy, QStringLiteral("ql"));
    EXPECT_FALSE(stored->voidedAt.isEmpty());
    const auto lines = sales.linesOf(sale.saleId);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0].line.discount.kind, core::Discount::Kind::Percent);
    EXPECT_EQ(lines[0].line.discount.value, 500);
    EXPECT_EQ(lines[0].ownerCode, QStringLiteral("HTX-A"));
    ASSERT_EQ(sales.allocationsOf(sale.saleId).size(), 1u);
    EXPECT_EQ(sales.allocationsOf(sale.saleId)[0].lotCode, QStringLiteral("L1"));
    ASSERT_EQ(sales.paymentsOf(sale.saleId).size(), 1u);
    EXPECT_FALSE(sales.saleByReceipt(QStringLiteral("Q01-999999")));
}

TEST_F(RepositoriesTest, SaleNamesAnswerForMoreIdsThanOneStatementHolds)
{
    std::vector<qint64> lots;
    for (int i = 0; i < 40; ++i)
        lots.push_back(addLot(store, QStringLiteral("NM-500"), QStringLiteral("M%1").arg(i), QStringLiteral("HO-A2"),
                              QStringLiteral("1")));
    lots.push_back(-1);  // unknown: no name
    const db::SaleNames names = db::SaleRepository(store.db()).saleNames(cashier.userId, {}, lots);
    EXPECT_EQ(names.cashierUsername, QStringLiteral("thu"));
    ASSERT_EQ(names.lotCodes.size(), 40u);
    EXPECT_EQ(names.lotCodes.at(lots[0]), QStringLiteral("M0"));
    EXPECT_EQ(names.lotCodes.at(lots[39]), QStringLiteral("M39"));
    EXPECT_TRUE(names.lastJournalHash.isEmpty()) << "no sale yet";
}

TEST_F(RepositoriesTest, ReturnsSumWhatWentBackOfALine)
{
    const auto sale = sell("3", 400000);
    services::ReturnService(store.ctx()).returnItems(manager, sale.receiptNo, {{QStringLiteral("NM-500"), core::Quantity::units(1)}},
                                                      false);
    db::ReturnRepository returns(store.db());
    const db::ReturnedSums back = returns.returnedOfLine(sale.lines[0].lineId);
    EXPECT_EQ(back.qty, core::Quantity::units(1));
    EXPECT_EQ(back.refund.dong(), sale.lines[0].net.dong() / 3);
    EXPECT_EQ(returns.allocationsNewestFirst(sale.lines[0].lineId).size(), 1u);
    EXPECT_EQ(returns.returnedFromAllocation(sale.lines[0].lineId, sale.lines[0].lots[0].lotId), core::Quantity::units(1));
}

TEST_F(RepositoriesTest, JournalSettingsAndUsers)
{
    db::JournalRepository journal(store.db());
    EXPECT_FALSE(journal.lastHash());
    const auto sale = sell("1", 200000);
    EXPECT_EQ(journal.lastHash(), sale.journalHash);
    int visited = 0;
    journal.forEachEntry([&](const db::JournalEntry& e) {
        ++visited;
        EXPECT_EQ(e.kind, QStringLiteral("sale"));
        EXPECT_EQ(e.refId, sale.saleId);
        return true;
    });
    EXPECT_EQ(visited, 1);
    EXPECT_FALSE(journal.firstUnjournaled());

    db::SettingsRepository settings(store.db());
    EXPECT_FALSE(settings.value(QStringLiteral("receipt_footer")));
    settings.set(QStringLiteral("receipt_footer"), QStringLiteral("Hẹn gặp lại"));
    settings.set(QStringLiteral("receipt_footer"), QStringLiteral("Cảm ơn"));
    EXPECT_EQ(settings.value(QStringLiteral("receipt_footer")), QStringLiteral("Cảm ơn"));

    db::UserLookup users(store.db());
    EXPECT_TRUE(users.displayName(QStringLiteral("thu")));
    EXPECT_FALSE(users.displayName(QStringLiteral("nobody")));
}
