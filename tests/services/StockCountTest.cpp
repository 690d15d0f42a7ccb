// Stocktakes: StocktakeService::count, by lot and by product.
#include "StockFixture.h"

#include "services/AuditLog.h"
#include "services/StockService.h"
#include "services/StocktakeService.h"

using namespace ocopos;
using namespace ocopos::test;
using services::StocktakeService;

class StockCount : public StockFixture {
protected:
    void SetUp() override
    {
        StockFixture::SetUp();
        // NM-500: SOON (expires in 5 days, 10), LATE (in 60 days, 10), NODATE (4).
        receive("NM-500,10,SOON,HO-A1,," + day(5).toUtf8() + ",\nNM-500,10,LATE,HO-A2,," + day(60).toUtf8()
                + ",\nNM-500,4,NODATE,,,,\nCM-KG,4.350,C1,,," + day(3).toUtf8() + ",\n");
    }
    services::StockCount count(const QByteArray& rows, const QString& note = QString())
    {
        return StocktakeService(ctx()).count(admin, "code,lot_code,counted_qty\n" + rows, note);
    }
    core::Quantity nm(const char* lotCode) { return onHand(QStringLiteral("NM-500"), QString::fromLatin1(lotCode)); }
};

TEST_F(StockCount, ByLotShrinkageAndSurplus)
{
    const auto r = count("NM-500,SOON,8\nNM-500,LATE,11\nCM-KG,C1,4.350\n", QStringLiteral("kiểm kê cuối tháng"));
    ASSERT_EQ(r.lots.size(), 3u);
    EXPECT_EQ(r.lots[0].line, 2);
    EXPECT_FALSE(r.lots[0].byProduct);
    EXPECT_EQ(r.lots[0].lotCode, QStringLiteral("SOON"));
    EXPECT_EQ(r.lots[0].producerCode, QStringLiteral("HO-A1"));
    EXPECT_EQ(r.lots[0].expected, units(10));
    EXPECT_EQ(r.lots[0].counted, units(8));
    EXPECT_EQ(r.lots[0].variance(), units(-2));
    EXPECT_EQ(r.lots[1].variance(), units(1));
    EXPECT_EQ(r.lots[2].variance(), core::Quantity());
    EXPECT_EQ(r.shrinkage(), units(2));
    EXPECT_EQ(r.surplus(), units(1));
    EXPECT_EQ(nm("SOON"), units(8));
    EXPECT_EQ(nm("LATE"), units(11));
    EXPECT_EQ(nm("NODATE"), units(4));  // not counted, not touched

    // Two count movements (the unchanged lot gets none), each saying why.
    db::Query q(store.db(), QStringLiteral("SELECT qty, reason, ref_type, ref_id FROM stock_movements WHERE kind = 'count' ORDER BY id"));
    q.exec();
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), -2000);
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("stocktake #1: expected 10, counted 8 – kiểm kê cuối tháng"));
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("stock_count"));
    EXPECT_EQ(q.value(3).toLongLong(), r.id);
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), 1000);
    EXPECT_FALSE(q.next());

    // The variance report is kept, line by line, with the count.
    EXPECT_EQ(rows(QStringLiteral("stock_count_lines")), 3);
    db::Query note(store.db(), QStringLiteral("SELECT note FROM stock_counts WHERE id = :id"));
    note.bind(QStringLiteral(":id"), r.id);
    EXPECT_EQ(note.scalar()->toString(), QStringLiteral("kiểm kê cuối tháng"));
    auto c = ctx();
    EXPECT_EQ(services::recentAudit(c, 1)[0].action, QStringLiteral("stock_count"));
    EXPECT_TRUE(services::StockService(ctx()).verifyLedger().empty());
}

TEST_F(StockCount, ByProductShrinkageComesOffTheLotsThatSellLast)
{
    // 24 in the book, 15 counted: NODATE (sells last) loses 4, LATE loses 5, SOON keeps 10.
    const auto r = count("NM-500,,15\n");
    ASSERT_EQ(r.lots.size(), 3u);  // in FEFO order
    EXPECT_EQ(r.lots[0].lotCode, QStringLiteral("SOON"));
    EXPECT_EQ(r.lots[0].variance(), core::Quantity());
    EXPECT_EQ(r.lots[1].lotCode, QStringLiteral("LATE"));
    EXPECT_EQ(r.lots[1].variance(), units(-5));
    EXPECT_EQ(r.lots[2].lotCode, QStringLiteral("NODATE"));
    EXPECT_EQ(r.lots[2].variance(), units(-4));
    for (const auto& l : r.lots) {
        EXPECT_TRUE(l.byProduct);
        EXPECT_EQ(l.line, 2);
    }
    EXPECT_EQ(nm("SOON"), units(10));
    EXPECT_EQ(nm("LATE"), units(5));
    EXPECT_EQ(nm("NODATE"), core::Quantity());
    EXPECT_EQ(r.shrinkage(), units(9));
}

TEST_F(StockCount, ByProductSurplusGoesToTheLotThatSellsFirst)
{
    const auto r = count("NM-500,,27\n");
    EXPECT_EQ(r.surplus(), units(3));
    EXPECT_EQ(nm("SOON"), units(13));
    EXPECT_EQ(nm("LATE"), units(10));
    EXPECT_EQ(nm("NODATE"), units(4));
}

TEST_F(StockCount, ByProductExpiredStockStaysInTheBookUntilWrittenOff)
{
    receive("TRA-50,3,OLD,,," + day(-2).toUtf8() + ",\nTRA-50,5,NEW,,," + day(100).toUtf8() + ",\n");
    count("TRA-50,,4\n");
    EXPECT_EQ(onHand(QStringLiteral("TRA-50"), QStringLiteral("OLD")), units(3));
    EXPECT_EQ(onHand(QStringLiteral("TRA-50"), QStringLiteral("NEW")), units(1));
}

TEST_F(StockCount, WeighedCounts)
{
    receive("CM-KG,3.120,C2,,," + day(9).toUtf8() + ",\n");
    const auto r = count("CM-KG,,7.005\n");  // 7.470 in the book
    ASSERT_EQ(r.lots.size(), 2u);
    EXPECT_EQ(r.lots[1].variance(), milli(-465));
    EXPECT_EQ(onHand(QStringLiteral("CM-KG"), QStringLiteral("C1")), milli(4350));
    EXPECT_EQ(onHand(QStringLiteral("CM-KG"), QStringLiteral("C2")), milli(2655));
    count("CM-KG,C1,4.349\n");
    EXPECT_EQ(onHand(QStringLiteral("CM-KG"), QStringLiteral("C1")), milli(4349));
}

TEST_F(StockCount, CountingEverythingAwayAndBackAgain)
{
    count("NM-500,SOON,0\n");
    EXPECT_EQ(nm("SOON"), core::Quantity());
    count("NM-500,SOON,2\n");  // found behind the shelf: an emptied lot can come back by lot
    EXPECT_EQ(nm("SOON"), units(2));
    EXPECT_TRUE(services::StockService(ctx()).verifyLedger().empty());
}

TEST_F(StockCount, EveryBadLineIsReportedAndNothingIsWritten)
{
    const qint64 movesBefore = rows(QStringLiteral("stock_movements"));
    const auto problems = problemsOf([&] {
        count("NOPE,,1\n"            // 2 unknown product
              "NM-500,NOLOT,1\n"     // 3 unknown lot
              "NM-500,SOON,-1\n"     // 4 negative
              "NM-500,LATE,1.5\n"    // 5 fractional, sold by unit
              "RUOU-500,,x\n"        // 6 not a number
              "NM-500,NODATE,1\n"    // 7 fine
              "NM-500,NODATE,2\n"    // 8 the same lot again
              "TRA-50,,1\n"          // 9 a surplus with no lot to put it in
              "CM-KG,,1\n"           // 10 as a whole ...
              "CM-KG,C1,1\n"         // 11 ... and by lot
              "CM-KG,,2\n"           // 12 and as a whole again
              ",,1\n"                // 13 no code
              "GA-KG,,\n");          // 14 no count
    });
    std::vector<std::pair<int, std::string>> got;
    for (const auto& p : problems)
        got.emplace_back(p.line, p.field);
    const std::vector<std::pair<int, std::string>> expected{
        {2, "code"},     {3, "lot_code"}, {4, "counted_qty"}, {5, "counted_qty"}, {6, "counted_qty"},
        {8, "lot_code"}, {9, "counted_qty"}, {11, "lot_code"}, {12, "code"}, {13, "code"}, {14, "counted_qty"}};
    EXPECT_EQ(got, expected);
    EXPECT_EQ(rows(QStringLiteral("stock_movements")), movesBefore);
    EXPECT_EQ(rows(QStringLiteral("stock_counts")), 0);
    EXPECT_EQ(nm("SOON"), units(10));
}

TEST_F(StockCount, ByLotThenAsAWholeIsRefusedToo)
{
    const auto problems = problemsOf([&] { count("NM-500,SOON,1\nNM-500,,2\n"); });
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].line, 3);
    EXPECT_NE(problems[0].why.find("by lot on line 2"), std::string::npos);
}

TEST_F(StockCount, ZeroForAProductWithoutLotsIsFine)
{
    const auto r = count("TRA-50,,0\n");
    EXPECT_TRUE(r.lots.empty());
}

TEST_F(StockCount, ManagersOnly)
{
    const auto cashier = store.addUser(QStringLiteral("thungan"), core::Role::Cashier);
    const auto coop = store.addUser(QStringLiteral("htxa"), core::Role::Cooperative, QStringLiteral("HTX-A"));
    const auto manager = store.addUser(QStringLiteral("quanly"), core::Role::Manager);
    StocktakeService svc(ctx());
    const QByteArray csv = "code,counted_qty\nNM-500,1\n";
    EXPECT_THROW(svc.count(cashier, csv), AuthError);
    EXPECT_THROW(svc.count(coop, csv), AuthError);
    EXPECT_EQ(rows(QStringLiteral("stock_counts")), 0);
    EXPECT_NO_THROW(svc.count(manager, csv));
    EXPECT_THROW(svc.count(manager, "code,counted_qty\n"), ValidationError);
    EXPECT_THROW(svc.count(manager, "lot_code,counted_qty\nA,1\n"), ValidationError);
}
