// Several tills on one store at once, each with its own connection and till
// code (threads here; tests/cli/MultiTillCliTest runs processes): on SQLite and,
// in the `pg` pass, on PostgreSQL. Receipt numbers stay gapless per till, the
// last unit of a lot is sold once, settlement periods never overlap even when two
// managers finalize together, and a stocktake or goods receipt that runs while
// tills sell gives what it would have given run alone at its moment.
#include "PgCluster.h"
#include "SaleFixtures.h"
#include "TestSupport.h"

#include "services/CartSession.h"
#include "services/GoodsReceiptService.h"
#include "services/IntegrityService.h"
#include "services/SaleService.h"
#include "services/SettlementService.h"
#include "services/ShiftService.h"
#include "services/StocktakeService.h"

#include <gtest/gtest.h>

#include <atomic>
#include <map>
#include <thread>

using namespace ocopos;
using namespace ocopos::services;

namespace {

qint64 scalarOf(db::Database& db, const QString& sql)
{
    db::Query q(db, sql);
    return q.scalar().value_or(QVariant()).toLongLong();
}

/// One till: its own connection to the store, its own till code and cashier.
struct Till {
    Till(test::TempStore& store, const QString& code, const Session& who)
        : db(store.path()), ctx{db, store.clock(), nullptr, PinHashCost::minimum(), code}, cashier(who)
    {
    }
    db::Database db;
    Context ctx;
    Session cashier;
};

SaleRequest saleOf(std::initializer_list<const char*> codes)
{
    SaleRequest r;
    for (const char* c : codes)
        r.lines.push_back(test::saleLine(QString::fromLatin1(c)));
    r.payments = {test::cash(5'000'000)};
    return r;
}

class MultiTill : public ::testing::Test {
protected:
    void SetUp() override
    {
        store.loadSmallCatalog();
        test::addLot(store, QStringLiteral("NM-500"), QStringLiteral("NM-L1"), QStringLiteral("HO-A1"), QStringLiteral("5000"));
        test::addLot(store, QStringLiteral("TRA-50"), QStringLiteral("TRA-L1"), QStringLiteral("HO-B1"), QStringLiteral("5000"));
        scarceLot = test::addLot(store, QStringLiteral("NK-500"), QStringLiteral("NK-L1"), QStringLiteral("DN-C"),
                                 QStringLiteral("5"));
        for (int i = 1; i <= 4; ++i)
            cashiers.push_back(store.addUser(QStringLiteral("thungan%1").arg(i), core::Role::Cashier));
        manager = store.addUser(QStringLiteral("quanly"), core::Role::Manager);
    }
    /// Opens a shift on each of `n` tills Q01..Q0n, each by its own cashier.
    std::vector<std::unique_ptr<Till>> openTills(int n)
    {
        std::vector<std::unique_ptr<Till>> tills;
        for (int i = 0; i < n; ++i) {
            tills.push_back(std::make_unique<Till>(store, QStringLiteral("Q0%1").arg(i + 1), cashiers[static_cast<std::size_t>(i)]));
            ShiftService(tills.back()->ctx).open(tills.back()->cashier, core::Money(0));
        }
        return tills;
    }
    void expectCheckClean()
    {
        const CheckReport r = IntegrityService(store.ctx()).check(store.admin());
        EXPECT_TRUE(r.ok) << (r.firstBad ? r.firstBad->reason.toStdString() : std::string())
                          << r.databaseProblems.join(QLatin1Char('\n')).toStdString()
                          << r.ledgerProblems.join(QLatin1Char('\n')).toStdString();
    }
    /// Every lot: received − sold + returned ± adjusted = on hand, and never below 0.
    void expectStockAddsUp()
    {
        EXPECT_EQ(scalarOf(store.db(), QStringLiteral("SELECT COUNT(*) FROM lots WHERE on_hand < 0")), 0);
        EXPECT_EQ(scalarOf(store.db(), QStringLiteral("SELECT COUNT(*) FROM lots l WHERE l.on_hand <> "
                                                      "(SELECT COALESCE(SUM(m.qty), 0) FROM stock_movements m "
                                                      "WHERE m.lot_id = l.id)")),
                  0);
        EXPECT_EQ(scalarOf(store.db(), QStringLiteral("SELECT COUNT(*) FROM lots l WHERE l.on_hand <> l.received_qty - "
                                                      "(SELECT COALESCE(SUM(a.qty), 0) FROM sale_line_lots a JOIN sale_lines sl "
                                                      "ON sl.id = a.sale_line_id JOIN sales s ON s.id = sl.sale_id "
                                                      "WHERE a.lot_id = l.id AND s.status = 'completed') + "
                                                      "(SELECT COALESCE(SUM(m.qty), 0) FROM stock_movements m WHERE "
                                                      "m.lot_id = l.id AND m.kind IN ('count', 'adjustment'))")),
                  0);
    }

    test::TempStore store;
    std::vector<Session> cashiers;
    Session manager;
    qint64 scarceLot = 0;
};

TEST_F(MultiTill, FourTillsSellingTheSameProductsKeepReceiptsGaplessAndSellTheLastUnitOnce)
{
    auto tills = openTills(4);
    constexpr int kSales = 40;
    std::atomic<int> scarceSold{0}, scarceRefused{0}, failures{0};
    std::vector<std::thread> threads;
    for (auto& t : tills)
        threads.emplace_back([&, till = t.get()] {
            for (int i = 0; i < kSales; ++i) {
                try {
                    // Every till wants the scarce product on every other sale: 80 wanted, 5 on the shelf.
                    if (i % 2 == 0) {
                        try {
                            SaleService(till->ctx).commit(till->cashier, saleOf({"NM-500", "NK-500"}));
                            ++scarceSold;
                            continue;
                        } catch (const Conflict& e) {
                            EXPECT_EQ(e.code(), "stock.short") << e.what();
                            ++scarceRefused;
                        }
                    }
                    SaleService(till->ctx).commit(till->cashier, saleOf({"NM-500", "TRA-50"}));
                } catch (const std::exception& e) {
                    ++failures;
                    ADD_FAILURE() << till->ctx.till.toStdString() << ": " << e.what();
                }
            }
        });
    for (auto& t : threads)
        t.join();
    EXPECT_EQ(failures, 0);
    EXPECT_EQ(scarceSold, 5);
    EXPECT_EQ(scarceRefused, 4 * kSales / 2 - 5);
    for (const auto& t : tills) {
        const QString till = t->ctx.till;
        EXPECT_EQ(scalarOf(store.db(), QStringLiteral("SELECT COUNT(*) FROM sales WHERE till = '%1'").arg(till)), kSales);
        EXPECT_EQ(scalarOf(store.db(), QStringLiteral("SELECT MIN(seq) FROM sales WHERE till = '%1'").arg(till)), 1);
        EXPECT_EQ(scalarOf(store.db(), QStringLiteral("SELECT MAX(seq) FROM sales WHERE till = '%1'").arg(till)), kSales);
        EXPECT_EQ(scalarOf(store.db(), QStringLiteral("SELECT COUNT(DISTINCT receipt_no) FROM sales WHERE till = '%1' AND "
                                                      "receipt_no LIKE '%1-%'").arg(till)),
                  kSales);
    }
    EXPECT_EQ(scalarOf(store.db(), QStringLiteral("SELECT on_hand FROM lots WHERE id = %1").arg(scarceLot)), 0);
    EXPECT_EQ(scalarOf(store.db(), QStringLiteral("SELECT SUM(qty) FROM sale_line_lots WHERE lot_id = %1").arg(scarceLot)),
              5000);
    expectStockAddsUp();
    expectCheckClean();
}

TEST_F(MultiTill, TwoManagersFinalizingOverlappingPeriodsAtOnceSettleOnce)
{
    auto tills = openTills(1);
    for (int i = 0; i < 5; ++i)
        SaleService(tills[0]->ctx).commit(tills[0]->cashier, saleOf({"NM-500", "TRA-50"}));
    // The day after the sales: the period is over.
    core::FixedClock tomorrow(core::parseIsoTime(QStringLiteral("2026-11-29T08:00:00+07:00"), "now"));
    const QDate from(2026, 11, 1);
    std::atomic<int> finalized{0}, refused{0};
    std::vector<std::thread> managers;
    for (int m = 0; m < 2; ++m)
        managers.emplace_back([&, m] {
            db::Database own(store.path());
            Context ctx{own, tomorrow, nullptr, PinHashCost::minimum()};
            try {
                // The two periods overlap on the 10th to the 28th.
                SettlementService(ctx).finalize(manager, QStringLiteral("HTX-A"), m == 0 ? from : QDate(2026, 11, 10),
                                                QDate(2026, 11, 28));
                ++finalized;
            } catch (const Conflict& e) {
                EXPECT_EQ(e.code(), "settlement.already_settled") << e.what();
                ++refused;
            }
        });
    for (auto& t : managers)
        t.join();
    EXPECT_EQ(finalized, 1);
    EXPECT_EQ(refused, 1);
    EXPECT_EQ(scalarOf(store.db(), QStringLiteral("SELECT COUNT(*) FROM settlements")), 1);
}

TEST_F(MultiTill, AStocktakeAndAGoodsReceiptWhileTillsSellGiveWhatTheyWouldAlone)
{
    auto tills = openTills(2);
    std::atomic<bool> done{false};
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (auto& t : tills)
        threads.emplace_back([&, till = t.get()] {
            for (int i = 0; i < 30; ++i) {
                try {
                    SaleService(till->ctx).commit(till->cashier, saleOf({"NM-500", "TRA-50"}));
                } catch (const std::exception& e) {
                    ++failures;
                    ADD_FAILURE() << e.what();
                }
            }
        });
    std::thread office([&] {
        db::Database own(store.path());
        Context ctx{own, store.clock(), nullptr, PinHashCost::minimum()};
        GoodsReceiptService(ctx).receive(manager, "code,qty,lot_code\nNM-500,200,NM-L2\n");
        // The shelf of tea is counted at 4990 while the tills sell from it.
        StocktakeService(ctx).count(manager, "code,lot_code,counted_qty\nTRA-50,TRA-L1,4990\n");
        done = true;
    });
    for (auto& t : threads)
        t.join();
    office.join();
    ASSERT_TRUE(done);
    EXPECT_EQ(failures, 0);
    // The count saw exactly the movements before it, and what was sold after it
    // comes off the counted quantity.
    const qint64 lot = scalarOf(store.db(), QStringLiteral("SELECT id FROM lots WHERE lot_code = 'TRA-L1'"));
    const qint64 countMove = scalarOf(
        store.db(), QStringLiteral("SELECT MIN(id) FROM stock_movements WHERE lot_id = %1 AND kind IN ('count', 'adjustment')")
                        .arg(lot));
    if (countMove != 0) {  // no movement when the count matched what was on hand
        EXPECT_EQ(scalarOf(store.db(), QStringLiteral("SELECT expected_qty FROM stock_count_lines WHERE lot_id = %1").arg(lot)),
                  scalarOf(store.db(), QStringLiteral("SELECT SUM(qty) FROM stock_movements WHERE lot_id = %1 AND id < %2")
                                           .arg(lot)
                                           .arg(countMove)));
    }
    const qint64 soldAfter = scalarOf(
        store.db(), QStringLiteral("SELECT COALESCE(SUM(qty), 0) FROM stock_movements WHERE lot_id = %1 AND kind = 'sale' AND "
                                   "id > (SELECT MAX(id) FROM stock_movements WHERE lot_id = %1 AND kind <> 'sale')")
                        .arg(lot));
    EXPECT_EQ(scalarOf(store.db(), QStringLiteral("SELECT on_hand FROM lots WHERE id = %1").arg(lot)), 4'990'000 + soldAfter);
    // Nothing lost of the receipt: the new lot is whole or sold from by FEFO order.
    EXPECT_EQ(scalarOf(store.db(), QStringLiteral("SELECT SUM(on_hand) FROM lots l JOIN products p ON p.id = l.product_id "
                                                  "WHERE p.sku = 'NM-500'")),
              5'200'000 - 60'000);
    expectStockAddsUp();
    expectCheckClean();
}

TEST_F(MultiTill, ALinkThatBreaksMidSaleLosesNothingKeepsTheCartAndTheNextAttemptSells)
{
    if (!test::testingOnPostgres())
        GTEST_SKIP() << "a link to a database server: PostgreSQL only";
    auto tills = openTills(1);
    Till& till = *tills[0];
    CartSession cart(till.ctx);
    cart.add(QStringLiteral("NM-500"));
    cart.add(QStringLiteral("TRA-50"));
    const core::Money total = cart.total();
    const qint64 salesBefore = scalarOf(store.db(), QStringLiteral("SELECT COUNT(*) FROM sales"));
    // The server drops this till's connection (a cable pulled, a server restart).
    const qint64 pid = scalarOf(till.db, QStringLiteral("SELECT pg_backend_pid()"));
    test::PgCluster::shared().admin({QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)});
    try {
        cart.commit(till.cashier, {test::cash(total.dong())});
        FAIL() << "sold over a broken link";
    } catch (const db::DbConnectionLost& e) {
        EXPECT_EQ(e.code(), "db.connection_lost");
    }
    EXPECT_EQ(cart.size(), 2);
    EXPECT_EQ(cart.total(), total);
    EXPECT_EQ(scalarOf(store.db(), QStringLiteral("SELECT COUNT(*) FROM sales")), salesBefore);
    // The link is back: the same cart sells, with the next receipt number.
    const SaleResult sold = cart.commit(till.cashier, {test::cash(total.dong())});
    EXPECT_EQ(sold.receiptNo, QStringLiteral("Q01-000001"));
    EXPECT_TRUE(cart.isEmpty());
    expectCheckClean();
}

} // namespace
