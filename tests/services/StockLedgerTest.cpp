// The stock ledger: addMovement, verifyLedger, takeFefo, putBack, write-offs
// and the stock listing with its role rules.
#include "StockFixture.h"

#include "db/CatalogRepository.h"
#include "services/StockLedger.h"
#include "services/StockService.h"

using namespace ocopos;
using namespace ocopos::test;
using services::StockService;

class StockLedger : public StockFixture {
protected:
    db::Movement move(const QString& sku, const QString& lotCode, core::Quantity qty,
                      core::MovementKind kind = core::MovementKind::Adjustment)
    {
        return db::Movement{productId(sku), lot(sku, lotCode).id, kind, qty, QStringLiteral("2026-11-28T09:00:00+07:00"),
                            admin.userId, QStringLiteral("test"), {}};
    }
    qint64 nm() { return productId(QStringLiteral("NM-500")); }
    qint64 lotId(const QString& code) { return lot(QStringLiteral("NM-500"), code).id; }
};

TEST_F(StockLedger, AddMovementKeepsCacheAndLedgerTogether)
{
    receive("NM-500,10,A,,,,\n");
    db::StockRepository repo(store.db());
    db::TransactionGuard tx(store.db());
    repo.addMovement(move(QStringLiteral("NM-500"), QStringLiteral("A"), units(-3)));
    repo.addMovement(move(QStringLiteral("NM-500"), QStringLiteral("A"), units(1), core::MovementKind::Return));
    tx.commit();
    EXPECT_EQ(onHand(QStringLiteral("NM-500"), QStringLiteral("A")), units(8));
    EXPECT_EQ(ledger(QStringLiteral("NM-500"), QStringLiteral("A")), units(8));
    EXPECT_TRUE(StockService(ctx()).verifyLedger().empty());
}

TEST_F(StockLedger, AddMovementRefusesWhatTheLedgerCannotHold)
{
    receive("NM-500,2,A,,,,\nCM-KG,1,B,,,,\n");
    db::StockRepository repo(store.db());
    db::TransactionGuard tx(store.db());
    EXPECT_THROW(repo.addMovement(move(QStringLiteral("NM-500"), QStringLiteral("A"), core::Quantity())), ValidationError);
    EXPECT_THROW(repo.addMovement(move(QStringLiteral("NM-500"), QStringLiteral("A"), units(-3))), Conflict);
    auto wrong = move(QStringLiteral("NM-500"), QStringLiteral("A"), units(-1));
    wrong.lotId = lot(QStringLiteral("CM-KG"), QStringLiteral("B")).id;  // another product's lot
    EXPECT_THROW(repo.addMovement(wrong), Conflict);
    wrong.lotId = 9999;
    EXPECT_THROW(repo.addMovement(wrong), NotFound);
    // Unlotted: the ledger takes it, no lot's cache moves.
    auto unlotted = move(QStringLiteral("NM-500"), QStringLiteral("A"), units(-4), core::MovementKind::Sale);
    unlotted.lotId.reset();
    repo.addMovement(unlotted);
    tx.commit();
    EXPECT_EQ(onHand(QStringLiteral("NM-500"), QStringLiteral("A")), units(2));
    EXPECT_TRUE(StockService(ctx()).verifyLedger().empty());
}

TEST_F(StockLedger, VerifyLedgerFindsATamperedCacheAndAMisbookedMovement)
{
    receive("NM-500,10,A,,,,\nNM-500,5,B,,,,\n");
    receive("TRA-50,3,T,,,,\n");
    StockService svc(ctx());
    EXPECT_TRUE(svc.verifyLedger().empty());

    db::Query(store.db(), QStringLiteral("UPDATE lots SET on_hand = on_hand + 1000 WHERE lot_code = 'B'")).exec();
    auto bad = svc.verifyLedger();
    ASSERT_EQ(bad.size(), 2u);  // the lot, and its product
    EXPECT_EQ(bad[0].lotId, lotId(QStringLiteral("B")));
    EXPECT_EQ(bad[0].lotCode, QStringLiteral("B"));
    EXPECT_EQ(bad[0].cached, units(6));
    EXPECT_EQ(bad[0].ledger, units(5));
    EXPECT_FALSE(bad[1].lotId);
    EXPECT_EQ(bad[1].sku, QStringLiteral("NM-500"));
    EXPECT_EQ(bad[1].cached, units(16));
    EXPECT_EQ(bad[1].ledger, units(15));
    db::Query(store.db(), QStringLiteral("UPDATE lots SET on_hand = on_hand - 1000 WHERE lot_code = 'B'")).exec();
    EXPECT_TRUE(svc.verifyLedger().empty());

    // A movement booked under the wrong product: every lot adds up, the products don't.
    db::Query(store.db(), QStringLiteral("UPDATE stock_movements SET product_id = (SELECT id FROM products WHERE sku = 'TRA-50') "
                                         "WHERE lot_id = (SELECT id FROM lots WHERE lot_code = 'B')")).exec();
    bad = svc.verifyLedger();
    ASSERT_EQ(bad.size(), 2u);
    EXPECT_EQ(bad[0].sku, QStringLiteral("NM-500"));
    EXPECT_EQ(bad[0].ledger, units(10));
    EXPECT_EQ(bad[1].sku, QStringLiteral("TRA-50"));
    EXPECT_EQ(bad[1].ledger, units(8));

    // A negative cache that the ledger agrees with is still wrong.
    db::Query(store.db(), QStringLiteral("UPDATE stock_movements SET product_id = (SELECT id FROM products WHERE sku = 'NM-500') "
                                         "WHERE lot_id = (SELECT id FROM lots WHERE lot_code = 'B')")).exec();
    db::Query(store.db(), QStringLiteral("INSERT INTO stock_movements (product_id, lot_id, kind, qty, at, user_id) "
                                         "SELECT product_id, id, 'adjustment', -20000, '2026-11-28T09:00:00+07:00', 1 "
                                         "FROM lots WHERE lot_code = 'T'")).exec();
    db::Query(store.db(), QStringLiteral("UPDATE lots SET on_hand = -17000 WHERE lot_code = 'T'")).exec();
    bad = svc.verifyLedger();
    ASSERT_EQ(bad.size(), 1u);
    EXPECT_EQ(bad[0].what, QStringLiteral("lot on-hand is negative"));
}

TEST_F(StockLedger, TakeFefoSellsTheEarliestExpiryThenTheOlderReceipt)
{
    receive("NM-500,3,LATE,,," + day(90).toUtf8() + ",\nNM-500,2,SOON,,," + day(10).toUtf8() + ",\n");
    receive("NM-500,4,SOON2,,," + day(10).toUtf8() + ",\nNM-500,5,NODATE,,,,\n");
    StockService svc(ctx());
    const auto takes = svc.takeFefo(admin, nm(), units(8), db::StockRef{QStringLiteral("sale"), 17});
    ASSERT_EQ(takes.size(), 3u);
    EXPECT_EQ(takes[0].lotId, lotId(QStringLiteral("SOON")));  // same expiry as SOON2, older receipt
    EXPECT_EQ(takes[0].qty, units(2));
    EXPECT_EQ(takes[1].lotId, lotId(QStringLiteral("SOON2")));
    EXPECT_EQ(takes[1].qty, units(4));
    EXPECT_EQ(takes[2].lotId, lotId(QStringLiteral("LATE")));
    EXPECT_EQ(takes[2].qty, units(2));
    EXPECT_EQ(takes[0].producerId, lot(QStringLiteral("NM-500"), QStringLiteral("SOON")).producerId);
    EXPECT_EQ(onHand(QStringLiteral("NM-500"), QStringLiteral("LATE")), units(1));
    EXPECT_EQ(onHand(QStringLiteral("NM-500"), QStringLiteral("NODATE")), units(5));

    const auto moves = db::StockRepository(store.db()).movements(nm());
    int sales = 0;
    for (const auto& m : moves) {
        if (m.movement.kind != core::MovementKind::Sale)
            continue;
        ++sales;
        EXPECT_EQ(m.movement.ref.type, QStringLiteral("sale"));
        EXPECT_EQ(m.movement.ref.id, 17);
        EXPECT_LT(m.movement.qty.thousandths(), 0);
    }
    EXPECT_EQ(sales, 3);
    EXPECT_TRUE(svc.verifyLedger().empty());
}

TEST_F(StockLedger, ACartsLinesDrawOnTheLotsInTurnAsIfTakenOneAfterTheOther)
{
    // A sale takes stock for its whole cart at once (one read of the lots, the
    // movements written together); each line must still see what the lines
    // before it left, and each lot end where the movements one by one leave it.
    receive("NM-500,3,SOON,,," + day(10).toUtf8() + ",\nNM-500,5,LATE,,," + day(90).toUtf8() + ",\nCM-KG,2,C1,,,,\n");
    const core::Product nm500 = *db::CatalogRepository(store.db()).productBySku(QStringLiteral("NM-500"));
    const core::Product cm = *db::CatalogRepository(store.db()).productBySku(QStringLiteral("CM-KG"));
    {
        db::TransactionGuard tx(store.db());
        const auto takes = services::StockLedger(ctx()).takeFefo(
            admin, {{&nm500, units(2)}, {&cm, milli(500)}, {&nm500, units(2)}, {&nm500, units(3)}},
            db::StockRef{QStringLiteral("sale"), 5});
        tx.commit();
        ASSERT_EQ(takes.size(), 4u);
        ASSERT_EQ(takes[0].size(), 1u);
        EXPECT_EQ(takes[0][0].lotId, lotId(QStringLiteral("SOON")));
        ASSERT_EQ(takes[2].size(), 2u);  // the last unit of SOON, then LATE
        EXPECT_EQ(takes[2][0].lotId, lotId(QStringLiteral("SOON")));
        EXPECT_EQ(takes[2][0].qty, units(1));
        EXPECT_EQ(takes[2][1].lotId, lotId(QStringLiteral("LATE")));
        EXPECT_EQ(takes[2][1].qty, units(1));
        ASSERT_EQ(takes[3].size(), 1u);
        EXPECT_EQ(takes[3][0].lotId, lotId(QStringLiteral("LATE")));
        EXPECT_EQ(takes[3][0].qty, units(3));
    }
    EXPECT_EQ(onHand(QStringLiteral("NM-500"), QStringLiteral("SOON")), core::Quantity());
    EXPECT_EQ(onHand(QStringLiteral("NM-500"), QStringLiteral("LATE")), units(1));
    EXPECT_EQ(onHand(QStringLiteral("CM-KG"), QStringLiteral("C1")), milli(1500));
    int movements = 0;
    for (const auto& m : db::StockRepository(store.db()).movements(nm()))
        movements += m.movement.kind == core::MovementKind::Sale ? 1 : 0;
    EXPECT_EQ(movements, 4);  // one per line and lot, even where two lines share a lot
    EXPECT_TRUE(StockService(ctx()).verifyLedger().empty());

    // A later line short after the earlier ones took their share: the Conflict
    // names what was left for it, and nothing of the cart is written.
    const qint64 before = rows(QStringLiteral("stock_movements"));
    {
        db::TransactionGuard tx(store.db());
        try {
            services::StockLedger(ctx()).takeFefo(admin, {{&nm500, units(1)}, {&nm500, units(1)}}, {});
            FAIL();
        } catch (const Conflict& e) {
            EXPECT_EQ(std::string(e.what()), "not enough stock of NM-500 (Nước mắm Cái Rồng): wanted 1, sellable 0");
        }
    }
    EXPECT_EQ(rows(QStringLiteral("stock_movements")), before);
    EXPECT_EQ(onHand(QStringLiteral("NM-500"), QStringLiteral("LATE")), units(1));
}

TEST_F(StockLedger, MovementsWrittenTogetherRefuseWhatOneByOneWouldRefuse)
{
    receive("NM-500,2,A,,,,\nCM-KG,1,B,,,,\n");
    db::StockRepository repo(store.db());
    db::TransactionGuard tx(store.db());
    // Two takes of one lot that together exceed it.
    EXPECT_THROW(repo.addMovements({move(QStringLiteral("NM-500"), QStringLiteral("A"), units(-1)),
                                    move(QStringLiteral("NM-500"), QStringLiteral("A"), units(-2))}),
                 Conflict);
    auto wrong = move(QStringLiteral("NM-500"), QStringLiteral("A"), units(-1));
    wrong.lotId = lot(QStringLiteral("CM-KG"), QStringLiteral("B")).id;  // another product's lot
    EXPECT_THROW(repo.addMovements({wrong}), Conflict);
    // Two movements of one lot that disagree on its product: the second is refused.
    auto other = move(QStringLiteral("NM-500"), QStringLiteral("A"), units(-1));
    other.productId = productId(QStringLiteral("CM-KG"));
    try {
        repo.addMovements({move(QStringLiteral("NM-500"), QStringLiteral("A"), units(-1)), other});
        FAIL();
    } catch (const Conflict& e) {
        EXPECT_NE(std::string(e.what()).find("belongs to NM-500"), std::string::npos) << e.what();
    }
    EXPECT_THROW(repo.addMovements({move(QStringLiteral("NM-500"), QStringLiteral("A"), core::Quantity())}), ValidationError);
    // Seventeen rows: two statements on PostgreSQL (16 + 1), one a row on SQLite.
    std::vector<db::Movement> many;
    for (int i = 0; i < 17; ++i)
        many.push_back(move(QStringLiteral("CM-KG"), QStringLiteral("B"), milli(i % 2 == 0 ? -50 : 40)));
    repo.addMovements(many);
    tx.commit();
    EXPECT_EQ(onHand(QStringLiteral("CM-KG"), QStringLiteral("B")), milli(1000 - 9 * 50 + 8 * 40));
    EXPECT_EQ(onHand(QStringLiteral("NM-500"), QStringLiteral("A")), units(2));
    EXPECT_TRUE(StockService(ctx()).verifyLedger().empty());
}

TEST_F(StockLedger, ExpiryBoundaryDay)
{
    receive("NM-500,2,YESTERDAY,,," + day(-1).toUtf8() + ",\nNM-500,1,TODAY,,," + day(0).toUtf8() + ",\n");
    StockService svc(ctx());
    auto takes = svc.takeFefo(admin, nm(), units(1), {});
    ASSERT_EQ(takes.size(), 1u);
    EXPECT_EQ(takes[0].lotId, lotId(QStringLiteral("TODAY")));  // expires today: still sold today
    EXPECT_THROW(svc.takeFefo(admin, nm(), units(1), {}), Conflict);  // yesterday's: never
    EXPECT_EQ(onHand(QStringLiteral("NM-500"), QStringLiteral("YESTERDAY")), units(2));

    // At 23:59 on the expiry day the lot still sells; a minute later it doesn't.
    receive("NM-500,2,EDGE,,," + day(0).toUtf8() + ",\n");
    store.clock().set(core::parseIsoTime(QStringLiteral("2026-11-28T23:59:00+07:00"), "now"));
    EXPECT_EQ(svc.takeFefo(admin, nm(), units(1), {}).size(), 1u);
    store.clock().set(core::parseIsoTime(QStringLiteral("2026-11-29T00:00:00+07:00"), "now"));
    EXPECT_THROW(svc.takeFefo(admin, nm(), units(1), {}), Conflict);
    // The store's day, not UTC's: 2026-11-28T17:00Z is already the 29th in Hạ Long.
    store.clock().set(core::parseIsoTime(QStringLiteral("2026-11-28T17:00:00Z"), "now"));
    EXPECT_THROW(svc.takeFefo(admin, nm(), units(1), {}), Conflict);
}

TEST_F(StockLedger, ShortStockIsAConflictThatSaysWhatIsMissingAndWritesNothing)
{
    receive("NM-500,2,OLD,,2025-01-01," + day(-3).toUtf8() + ",\nNM-500,3,NEW,,," + day(30).toUtf8() + ",\n");
    const qint64 before = rows(QStringLiteral("stock_movements"));
    try {
        StockService(ctx()).takeFefo(admin, nm(), units(4), {});
        FAIL();
    } catch (const Conflict& e) {
        EXPECT_EQ(std::string(e.what()),
                  "not enough stock of NM-500 (Nước mắm Cái Rồng): wanted 4, sellable 3, expired (never sold) 2");
    }
    EXPECT_EQ(rows(QStringLiteral("stock_movements")), before);
    EXPECT_EQ(onHand(QStringLiteral("NM-500"), QStringLiteral("NEW")), units(3));
}

TEST_F(StockLedger, WeighedSalesInThousandths)
{
    receive("CM-KG,0.200,C1,,," + day(1).toUtf8() + ",\nCM-KG,4.350,C2,,," + day(2).toUtf8() + ",\n");
    const auto takes = StockService(ctx()).takeFefo(admin, productId(QStringLiteral("CM-KG")), milli(350), {});
    ASSERT_EQ(takes.size(), 2u);
    EXPECT_EQ(takes[0].qty, milli(200));
    EXPECT_EQ(takes[1].qty, milli(150));
    EXPECT_EQ(onHand(QStringLiteral("CM-KG"), QStringLiteral("C1")), core::Quantity());
    EXPECT_EQ(onHand(QStringLiteral("CM-KG"), QStringLiteral("C2")), milli(4200));
}

TEST_F(StockLedger, TakeFefoChecksItsArguments)
{
    receive("NM-500,5,A,,,,\n");
    StockService svc(ctx());
    EXPECT_THROW(svc.takeFefo(admin, nm(), milli(1500), {}), ValidationError);  // sold by unit
    EXPECT_THROW(svc.takeFefo(admin, nm(), core::Quantity(), {}), ValidationError);
    EXPECT_THROW(svc.takeFefo(admin, nm(), units(-1), {}), ValidationError);
    EXPECT_THROW(svc.takeFefo(admin, 9999, units(1), {}), NotFound);
    const auto coop = store.addUser(QStringLiteral("htxa"), core::Role::Cooperative, QStringLiteral("HTX-A"));
    EXPECT_THROW(svc.takeFefo(coop, nm(), units(1), {}), AuthError);
    const auto cashier = store.addUser(QStringLiteral("thungan"), core::Role::Cashier);
    EXPECT_EQ(svc.takeFefo(cashier, nm(), units(1), {}).size(), 1u);
}

TEST_F(StockLedger, InTheCallersTransaction)
{
    receive("NM-500,5,A,,,,\n");
    {
        db::TransactionGuard tx(store.db());
        services::StockLedger(ctx()).takeFefo(admin, nm(), units(2), db::StockRef{QStringLiteral("sale"), 1});
        EXPECT_EQ(onHand(QStringLiteral("NM-500"), QStringLiteral("A")), units(3));
        // No commit: the sale failed later on, so its stock comes back.
    }
    EXPECT_EQ(onHand(QStringLiteral("NM-500"), QStringLiteral("A")), units(5));
    EXPECT_EQ(rows(QStringLiteral("stock_movements")), 1);
}

TEST_F(StockLedger, UnlottedOverrideAndPutBack)
{
    receive("NM-500,2,A,,,,\n");
    std::vector<core::LotTake> takes;
    {
        db::TransactionGuard tx(store.db());
        services::StockLedger ledger(ctx());
        takes = ledger.takeFefo(admin, nm(), units(5), db::StockRef{QStringLiteral("sale"), 3},
                                services::ShortStock::Unlotted);
        tx.commit();
    }
    ASSERT_EQ(takes.size(), 2u);
    EXPECT_EQ(takes[0].lotId, lotId(QStringLiteral("A")));
    EXPECT_EQ(takes[1].lotId, 0);
    EXPECT_EQ(takes[1].qty, units(3));
    db::Query owner(store.db(), QStringLiteral("SELECT id FROM producers WHERE code = 'HTX-A'"));
    EXPECT_EQ(takes[1].producerId, owner.scalar()->toLongLong());
    EXPECT_EQ(onHand(QStringLiteral("NM-500"), QStringLiteral("A")), core::Quantity());
    db::Query unlotted(store.db(), QStringLiteral("SELECT SUM(qty) FROM stock_movements WHERE lot_id IS NULL"));
    EXPECT_EQ(unlotted.scalar()->toLongLong(), -3000);

    // The sale is voided: everything goes back where it came from.
    {
        db::TransactionGuard tx(store.db());
        services::StockLedger(ctx()).putBack(admin, nm(), takes, core::MovementKind::Void,
                                             db::StockRef{QStringLiteral("void"), 3}, QStringLiteral("voided"));
        tx.commit();
    }
    EXPECT_EQ(onHand(QStringLiteral("NM-500"), QStringLiteral("A")), units(2));
    EXPECT_EQ(unlotted.scalar()->toLongLong(), 0);
    EXPECT_TRUE(StockService(ctx()).verifyLedger().empty());
}

TEST_F(StockLedger, WriteOffOneLot)
{
    receive("NM-500,5,A,,,,\nCM-KG,2.500,K,,,,\n");
    const auto manager = store.addUser(QStringLiteral("quanly"), core::Role::Manager);
    const auto cashier = store.addUser(QStringLiteral("thungan"), core::Role::Cashier);
    StockService svc(ctx());
    EXPECT_THROW(svc.writeOff(cashier, QStringLiteral("NM-500"), QStringLiteral("A"), units(1), QStringLiteral("vỡ")), AuthError);
    EXPECT_THROW(svc.writeOff(manager, QStringLiteral("NM-500"), QStringLiteral("A"), units(1), QStringLiteral("  ")), ValidationError);
    EXPECT_THROW(svc.writeOff(manager, QStringLiteral("NM-500"), QStringLiteral("A"), units(6), QStringLiteral("vỡ")), Conflict);
    EXPECT_THROW(svc.writeOff(manager, QStringLiteral("NM-500"), QStringLiteral("A"), milli(500), QStringLiteral("vỡ")), ValidationError);
    EXPECT_THROW(svc.writeOff(manager, QStringLiteral("NM-500"), QStringLiteral("Z"), units(1), QStringLiteral("vỡ")), NotFound);
    EXPECT_THROW(svc.writeOff(manager, QStringLiteral("NOPE"), QStringLiteral("A"), units(1), QStringLiteral("vỡ")), NotFound);

    const auto w = svc.writeOff(manager, QStringLiteral("8938505974194"), QStringLiteral("A"), units(2), QStringLiteral("chai vỡ"));
    EXPECT_EQ(w.qty, units(2));
    EXPECT_EQ(w.left, units(3));
    EXPECT_EQ(onHand(QStringLiteral("NM-500"), QStringLiteral("A")), units(3));
    const auto moves = db::StockRepository(store.db()).movements(nm());
    EXPECT_EQ(moves.back().movement.kind, core::MovementKind::WriteOff);
    EXPECT_EQ(moves.back().movement.reason, QStringLiteral("chai vỡ"));
    EXPECT_EQ(moves.back().username, QStringLiteral("quanly"));

    // The whole lot by default; then there is nothing left to write off.
    EXPECT_EQ(svc.writeOff(manager, QStringLiteral("CM-KG"), QStringLiteral("K"), std::nullopt, QStringLiteral("hỏng")).qty, milli(2500));
    EXPECT_THROW(svc.writeOff(manager, QStringLiteral("CM-KG"), QStringLiteral("K"), std::nullopt, QStringLiteral("hỏng")), Conflict);
    EXPECT_TRUE(svc.verifyLedger().empty());
}

TEST_F(StockLedger, WriteOffEveryExpiredLot)
{
    receive("NM-500,2,OLD,,," + day(-1).toUtf8() + ",\nNM-500,3,TODAY,,," + day(0).toUtf8() + ",\n");
    receive("GA-KG,1.250,G,,," + day(-2).toUtf8() + ",\nTRA-50,1,T,,,,\n");
    StockService svc(ctx());
    const auto done = svc.writeOffExpired(admin, QString());
    ASSERT_EQ(done.size(), 2u);
    EXPECT_EQ(done[0].reason, QStringLiteral("expired"));
    EXPECT_EQ(onHand(QStringLiteral("NM-500"), QStringLiteral("OLD")), core::Quantity());
    EXPECT_EQ(onHand(QStringLiteral("GA-KG"), QStringLiteral("G")), core::Quantity());
    EXPECT_EQ(onHand(QStringLiteral("NM-500"), QStringLiteral("TODAY")), units(3));
    EXPECT_TRUE(svc.writeOffExpired(admin, QString()).empty());
    EXPECT_TRUE(svc.verifyLedger().empty());
}

TEST_F(StockLedger, StockListsProductsByVietnameseNameWithLotsInFefoOrder)
{
    receive("NM-500,3,LATE,HO-A2,," + day(200).toUtf8() + ",\nNM-500,2,SOON,HO-A1,," + day(5).toUtf8() + ",\n"
            "CM-KG,1.250,K,,," + day(-1).toUtf8() + ",\n");
    receive("TRA-50,4,T,HO-B1,,,\n");
    const auto list = StockService(ctx()).stock(admin);
    std::vector<QString> names;
    for (const auto& p : list)
        names.push_back(p.sku);
    // Chả < Gà < Nước khoáng < Nước mắm < Rượu < Trà, and every product, stocked or not.
    EXPECT_EQ(names, (std::vector<QString>{QStringLiteral("CM-KG"), QStringLiteral("GA-KG"), QStringLiteral("NK-500"),
                                           QStringLiteral("NM-500"), QStringLiteral("RUOU-500"), QStringLiteral("TRA-50")}));
    const auto& nmStock = list[3];
    EXPECT_EQ(nmStock.onHand, units(5));
    EXPECT_EQ(nmStock.sellable, units(5));
    ASSERT_EQ(nmStock.lots.size(), 2u);
    EXPECT_EQ(nmStock.lots[0].lotCode, QStringLiteral("SOON"));
    EXPECT_EQ(nmStock.lots[0].producerCode, QStringLiteral("HO-A1"));
    EXPECT_EQ(nmStock.lots[1].producerCode, QStringLiteral("HO-A2"));
    const auto& cm = list[0];
    EXPECT_EQ(cm.onHand, milli(1250));
    EXPECT_EQ(cm.sellable, core::Quantity());
    ASSERT_EQ(cm.lots.size(), 1u);
    EXPECT_TRUE(cm.lots[0].expired);
    EXPECT_TRUE(cm.isLow());  // reorder point 2, nothing sellable
    EXPECT_EQ(list[1].onHand, core::Quantity());
    EXPECT_TRUE(list[1].lots.empty());
}

TEST_F(StockLedger, StockFilters)
{
    receive("NM-500,30,LATE,,," + day(200).toUtf8() + ",\nNM-500,2,SOON,,," + day(7).toUtf8() + ",\n"
            "CM-KG,2.000,K,,," + day(8).toUtf8() + ",\n");
    receive("NK-500,24,N,,,,5000\n");
    StockService svc(ctx());
    services::StockFilter f;
    f.productCode = QStringLiteral("8938505974194");
    auto list = svc.stock(admin, f);
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].sku, QStringLiteral("NM-500"));
    EXPECT_EQ(list[0].lots.size(), 2u);

    f = {};
    f.lowOnly = true;  // CM-KG 2 ≤ 2, NK-500 24 ≤ 24 (exactly at the point counts); NM-500 32 > 5
    list = svc.stock(admin, f);
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].sku, QStringLiteral("CM-KG"));
    EXPECT_EQ(list[1].sku, QStringLiteral("NK-500"));

    f = {};
    f.expiringWithinDays = 7;  // SOON (7 days) in, CM-KG (8 days) out
    list = svc.stock(admin, f);
    ASSERT_EQ(list.size(), 1u);
    ASSERT_EQ(list[0].lots.size(), 1u);
    EXPECT_EQ(list[0].lots[0].lotCode, QStringLiteral("SOON"));
    EXPECT_EQ(list[0].onHand, units(32));  // on hand is still the product's whole stock

    f.expiringWithinDays = -1;
    EXPECT_THROW(svc.stock(admin, f), ValidationError);
    f = {};
    f.productCode = QStringLiteral("NOPE");
    EXPECT_THROW(svc.stock(admin, f), NotFound);
}

TEST_F(StockLedger, ACooperativeSeesOnlyItsOwnStock)
{
    receive("NM-500,3,A,HO-A1,,,\n");
    receive("TRA-50,4,T,,,,\n");
    const auto coop = store.addUser(QStringLiteral("htxa"), core::Role::Cooperative, QStringLiteral("HTX-A"));
    const auto cashier = store.addUser(QStringLiteral("thungan"), core::Role::Cashier);
    StockService svc(ctx());
    const auto mine = svc.stock(coop);
    ASSERT_EQ(mine.size(), 2u);  // CM-KG and NM-500: HTX-A's products only
    for (const auto& p : mine)
        EXPECT_EQ(p.ownerCode, QStringLiteral("HTX-A"));
    services::StockFilter f;
    f.productCode = QStringLiteral("TRA-50");
    EXPECT_THROW(svc.stock(coop, f), AuthError);
    f.productCode = QStringLiteral("NM-500");
    EXPECT_EQ(svc.stock(coop, f).size(), 1u);
    EXPECT_EQ(svc.stock(cashier).size(), 6u);  // any logged-in user sees the whole store
    EXPECT_THROW(svc.stock(services::Session{}), AuthError);
    EXPECT_THROW(svc.movements(coop, QStringLiteral("TRA-50")), AuthError);
    EXPECT_EQ(svc.movements(coop, QStringLiteral("NM-500")).size(), 1u);
    EXPECT_THROW(svc.movements(cashier, QStringLiteral("NM-500")), AuthError);
}
