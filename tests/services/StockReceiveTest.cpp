// Goods receipts: GoodsReceiptService::receive and its validation.
#include "StockFixture.h"

#include "services/AuditLog.h"
#include "services/StockService.h"

using namespace ocopos;
using namespace ocopos::test;
using services::GoodsReceiptService;

namespace {
using FieldAt = std::pair<int, std::string>;

std::vector<FieldAt> fieldsOf(const std::vector<Problem>& problems)
{
    std::vector<FieldAt> out;
    for (const auto& p : problems)
        out.emplace_back(p.line, p.field);
    return out;
}

std::string whyAt(const std::vector<Problem>& problems, int line)
{
    for (const auto& p : problems)
        if (p.line == line)
            return p.why;
    return {};
}
} // namespace

class StockReceive : public StockFixture {};

TEST_F(StockReceive, WritesLotsReceiptMovementsAndAudit)
{
    const auto r = receive("NM-500,24,L2411-A,HO-A1,2026-10-01,2027-10-01,\n"
                           "CM-KG,4.350,CM-01,,2026-11-25,2026-12-05,\n");
    EXPECT_EQ(r.number, QStringLiteral("PN-000001"));
    EXPECT_EQ(r.supplierCode, QStringLiteral("HTX-A"));
    EXPECT_EQ(r.ownerCode, QStringLiteral("HTX-A"));
    EXPECT_TRUE(r.warnings.empty());
    ASSERT_EQ(r.lines.size(), 2u);
    EXPECT_EQ(r.lines[0].producerCode, QStringLiteral("HO-A1"));
    EXPECT_EQ(r.lines[1].producerCode, QStringLiteral("HTX-A"));  // default: the owner

    const auto l = lot(QStringLiteral("NM-500"), QStringLiteral("L2411-A"));
    EXPECT_EQ(l.onHand, units(24));
    EXPECT_EQ(l.receivedQty, units(24));
    EXPECT_EQ(l.producerCode, QStringLiteral("HO-A1"));
    EXPECT_EQ(l.receiptNumber, QStringLiteral("PN-000001"));
    EXPECT_EQ(l.producedOn, QDate(2026, 10, 1));
    EXPECT_EQ(l.expiresOn, QDate(2027, 10, 1));
    EXPECT_EQ(onHand(QStringLiteral("CM-KG"), QStringLiteral("CM-01")), milli(4350));

    const auto moves = db::StockRepository(store.db()).movements(productId(QStringLiteral("NM-500")));
    ASSERT_EQ(moves.size(), 1u);
    EXPECT_EQ(moves[0].movement.kind, core::MovementKind::Receipt);
    EXPECT_EQ(moves[0].movement.qty, units(24));
    EXPECT_EQ(moves[0].movement.ref.type, QStringLiteral("goods_receipt"));
    EXPECT_EQ(moves[0].movement.ref.id, r.id);
    EXPECT_EQ(moves[0].movement.userId, admin.userId);
    EXPECT_EQ(moves[0].movement.at, QStringLiteral("2026-11-28T09:00:00+07:00"));

    auto c = ctx();
    const auto log = services::recentAudit(c, 1);
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log[0].action, QStringLiteral("goods_receipt"));
    EXPECT_TRUE(log[0].detail.contains(QStringLiteral("PN-000001")));
    EXPECT_TRUE(services::StockService(ctx()).verifyLedger().empty());
}

TEST_F(StockReceive, ReceiptNumbersCountUp)
{
    EXPECT_EQ(receive("NM-500,1,A1,,,,\n").number, QStringLiteral("PN-000001"));
    EXPECT_EQ(receive("NM-500,1,A2,,,,\n").number, QStringLiteral("PN-000002"));
    EXPECT_EQ(receive("TRA-50,1,B1,,,,\n").number, QStringLiteral("PN-000003"));
}

TEST_F(StockReceive, EveryBadLineIsReportedAndNothingIsWritten)
{
    receive("NM-500,1,L-OLD,,,,\n");
    const qint64 lotsBefore = rows(QStringLiteral("lots"));
    const qint64 movesBefore = rows(QStringLiteral("stock_movements"));
    const qint64 auditBefore = rows(QStringLiteral("audit_log"));
    const auto problems = problemsOf([&] {
        receive("NOPE,1,L1,,,,\n"                          // 2 unknown product
                "NM-500,1.5,L2,,,,\n"                      // 3 fractional, sold by unit
                "NM-500,-2,L3,,,,\n"                       // 4 negative
                "NM-500,0,L4,,,,\n"                        // 5 zero
                "NM-500,abc,L5,,,,\n"                      // 6 not a number
                "NM-500,1,L-OLD,,,,\n"                     // 7 lot already in the database
                "NM-500,1,L6,,,,\n"                        // 8 fine
                "8938505974194,1,L6,,,,\n"                 // 9 same lot as line 8 (by barcode)
                "NM-500,1,L7,HO-B1,,,\n"                   // 10 another cooperative's household
                "NM-500,1,L8,NOBODY,,,\n"                  // 11 unknown producer
                "NM-500,1,L9,,2026-11-20,2026-11-19,\n"    // 12 expiry before production
                "NM-500,1,L10,,2026-13-01,,\n"             // 13 bad date
                "NM-500,1,L11,,,28/11/2026,\n"             // 14 bad date
                "NM-500,1,L12,,2026-11-29,,\n"             // 15 produced tomorrow
                "NM-500,1,L13,,,,-5\n"                     // 16 negative cost
                "NM-500,1,L14,,,,12.5\n"                   // 17 cost not whole đồng
                "NM-500,1,,,,,\n"                          // 18 no lot code
                "NM-500,1,L 15,,,,\n"                      // 19 malformed lot code
                ",1,L16,,,,\n"                             // 20 no product code
                "CM-KG,0.0005,L17,,,,\n");                 // 21 more than three decimals
    });
    const std::vector<FieldAt> expected{
        {2, "code"},          {3, "qty"},           {4, "qty"},        {5, "qty"},        {6, "qty"},
        {7, "lot_code"},      {9, "lot_code"},      {10, "producer_code"}, {11, "producer_code"},
        {12, "expires_on"},   {13, "produced_on"},  {14, "expires_on"}, {15, "produced_on"}, {16, "unit_cost"},
        {17, "unit_cost"},    {18, "lot_code"},     {19, "lot_code"},  {20, "code"},      {21, "qty"}};
    EXPECT_EQ(fieldsOf(problems), expected);
    EXPECT_NE(whyAt(problems, 2).find("no product with SKU or barcode 'NOPE'"), std::string::npos);
    EXPECT_NE(whyAt(problems, 3).find("sold by unit"), std::string::npos);
    EXPECT_NE(whyAt(problems, 4).find("more than 0"), std::string::npos);
    EXPECT_NE(whyAt(problems, 5).find("more than 0"), std::string::npos);
    EXPECT_NE(whyAt(problems, 7).find("PN-000001"), std::string::npos);
    EXPECT_NE(whyAt(problems, 9).find("also on line 8"), std::string::npos);
    EXPECT_NE(whyAt(problems, 10).find("member households"), std::string::npos);
    EXPECT_NE(whyAt(problems, 12).find("before produced_on 2026-11-20"), std::string::npos);
    EXPECT_NE(whyAt(problems, 15).find("future"), std::string::npos);
    EXPECT_NE(whyAt(problems, 16).find("negative"), std::string::npos);
    EXPECT_NE(whyAt(problems, 18).find("required"), std::string::npos);
    EXPECT_NE(whyAt(problems, 21).find("decimal places"), std::string::npos);
    EXPECT_EQ(rows(QStringLiteral("lots")), lotsBefore);
    EXPECT_EQ(rows(QStringLiteral("stock_movements")), movesBefore);
    EXPECT_EQ(rows(QStringLiteral("goods_receipts")), 1);
    EXPECT_EQ(rows(QStringLiteral("audit_log")), auditBefore);
}

TEST_F(StockReceive, TheMessageNamesLineAndField)
{
    try {
        receive("NM-500,1,A1,,,,\nNM-500,2.5,A2,,,,\n");
        FAIL();
    } catch (const ValidationError& e) {
        EXPECT_EQ(e.line(), 3);
        EXPECT_NE(std::string(e.what()).find("line 3, field qty: '2.5': NM-500 is sold by unit"), std::string::npos)
            << e.what();
    }
}

TEST_F(StockReceive, PurchasedGoodsNeedAUnitCost)
{
    const auto problems = problemsOf([&] { receive("NK-500,24,QH-1,,,,\n"); });
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].field, "unit_cost");
    EXPECT_NE(problems[0].why.find("purchased"), std::string::npos);
    const auto r = receive("NK-500,24,QH-1,,,,5200\n");
    EXPECT_EQ(r.lines[0].unitCost, core::Money(5200));
    EXPECT_EQ(r.totalCost(), core::Money(24 * 5200));
    EXPECT_EQ(lot(QStringLiteral("NK-500"), QStringLiteral("QH-1")).unitCost, core::Money(5200));
    // Consignment goods may go without.
    EXPECT_NO_THROW(receive("NM-500,1,C1,,,,\n"));
    // Zero is a cost (a free sample), a dotted amount is đồng.
    EXPECT_EQ(receive("NK-500,1,QH-2,,,,0\nNK-500,1,QH-3,,,,1.200\n").lines[1].unitCost, core::Money(1200));
}

TEST_F(StockReceive, WeighedCostIsRoundedOnce)
{
    const auto r = receive("CM-KG,0.355,CM-9,,,,\n");
    EXPECT_FALSE(r.lines[0].cost());
    db::Query q(store.db(), QStringLiteral("UPDATE products SET supply = 'purchased' WHERE sku = 'CM-KG'"));
    q.exec();
    const auto r2 = receive("CM-KG,0.355,CM-10,,,,301000\n");
    EXPECT_EQ(r2.lines[0].cost(), core::Money(106855));  // 301000 × 0.355 = 106855
}

TEST_F(StockReceive, OneOwnerPerReceipt)
{
    const auto problems = problemsOf([&] { receive("NM-500,1,A1,,,,\nTRA-50,1,B1,,,,\nCM-KG,1,A2,,,,\n"); });
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].line, 3);
    EXPECT_EQ(problems[0].field, "code");
    EXPECT_NE(problems[0].why.find("belongs to HTX-B but line 2's product to HTX-A"), std::string::npos) << problems[0].why;
}

TEST_F(StockReceive, SupplierIsTheOwnerOrAMemberHousehold)
{
    EXPECT_THROW(receive("NM-500,1,A1,,,,\n", QStringLiteral("NOBODY")), NotFound);

    auto problems = problemsOf([&] { receive("NM-500,1,A1,,,,\n", QStringLiteral("HTX-B")); });
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].field, "code");
    problems = problemsOf([&] { receive("NM-500,1,A1,,,,\n", QStringLiteral("HO-B1")); });
    ASSERT_EQ(problems.size(), 1u);

    // A household delivering for its cooperative: the lots are its own unless said otherwise.
    const auto r = receive("NM-500,1,A1,,,,\nCM-KG,2.5,A2,HO-A2,,,\nNM-500,1,A3,HTX-A,,,\n", QStringLiteral("HO-A1"));
    EXPECT_EQ(r.supplierCode, QStringLiteral("HO-A1"));
    EXPECT_EQ(r.ownerCode, QStringLiteral("HTX-A"));
    EXPECT_EQ(r.lines[0].producerCode, QStringLiteral("HO-A1"));
    EXPECT_EQ(r.lines[1].producerCode, QStringLiteral("HO-A2"));
    EXPECT_EQ(r.lines[2].producerCode, QStringLiteral("HTX-A"));

    // The owner named as supplier explicitly.
    const auto r2 = receive("TRA-50,3,B1,HO-B1,,,\n", QStringLiteral("HTX-B"));
    EXPECT_EQ(r2.supplierCode, QStringLiteral("HTX-B"));
    EXPECT_EQ(r2.lines[0].producerCode, QStringLiteral("HO-B1"));
}

TEST_F(StockReceive, TheSameLotCodeMayServeTwoProducts)
{
    const auto r = receive("NM-500,1,L1,,,,\nCM-KG,1,L1,,,,\n");
    EXPECT_EQ(r.lines.size(), 2u);
}

TEST_F(StockReceive, WeighedQuantitiesInThousandths)
{
    receive("CM-KG,12.345,CM-1,,,,\nCM-KG,0.001,CM-2,,,,\nCM-KG,7,CM-3,,,,\n");
    EXPECT_EQ(onHand(QStringLiteral("CM-KG"), QStringLiteral("CM-1")), milli(12345));
    EXPECT_EQ(onHand(QStringLiteral("CM-KG"), QStringLiteral("CM-2")), milli(1));
    EXPECT_EQ(onHand(QStringLiteral("CM-KG"), QStringLiteral("CM-3")), units(7));
}

TEST_F(StockReceive, ALotExpiredOnArrivalIsKeptWithAWarningAndNeverSold)
{
    const auto r = receive("NM-500,5,OLD,,2025-01-01," + day(-1).toUtf8() + ",\nNM-500,2,TODAY,,," + day(0).toUtf8() + ",\n");
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_EQ(r.warnings[0].line, 2);
    EXPECT_EQ(r.warnings[0].field, "expires_on");
    EXPECT_NE(r.warnings[0].why.find("never sold"), std::string::npos);
    EXPECT_EQ(onHand(QStringLiteral("NM-500"), QStringLiteral("OLD")), units(5));

    services::StockService stock(ctx());
    const qint64 nm = productId(QStringLiteral("NM-500"));
    const auto takes = stock.takeFefo(admin, nm, units(2), {});
    ASSERT_EQ(takes.size(), 1u);
    EXPECT_EQ(takes[0].lotId, lot(QStringLiteral("NM-500"), QStringLiteral("TODAY")).id);
    try {
        stock.takeFefo(admin, nm, units(1), {});
        FAIL();
    } catch (const Conflict& e) {
        EXPECT_NE(std::string(e.what()).find("expired (never sold) 5"), std::string::npos) << e.what();
    }
    EXPECT_EQ(onHand(QStringLiteral("NM-500"), QStringLiteral("OLD")), units(5));
}

TEST_F(StockReceive, ManagersOnly)
{
    const auto cashier = store.addUser(QStringLiteral("thungan"), core::Role::Cashier);
    const auto coop = store.addUser(QStringLiteral("htxa"), core::Role::Cooperative, QStringLiteral("HTX-A"));
    const auto manager = store.addUser(QStringLiteral("quanly"), core::Role::Manager);
    GoodsReceiptService svc(ctx());
    const QByteArray csv = "code,qty,lot_code\nNM-500,1,A1\n";
    EXPECT_THROW(svc.receive(cashier, csv), AuthError);
    EXPECT_THROW(svc.receive(coop, csv), AuthError);
    EXPECT_EQ(rows(QStringLiteral("lots")), 0);
    EXPECT_EQ(svc.receive(manager, csv).username, QStringLiteral("quanly"));
}

TEST_F(StockReceive, FileShapeProblems)
{
    GoodsReceiptService svc(ctx());
    EXPECT_THROW(svc.receive(admin, "code,qty,lot_code\n"), ValidationError);  // no lines
    EXPECT_THROW(svc.receive(admin, "code,qty\nNM-500,1\n"), ValidationError);  // lot_code column missing
    EXPECT_THROW(svc.receive(admin, "code,qty,lot_code,colour\nNM-500,1,A,red\n"), ValidationError);
    EXPECT_EQ(rows(QStringLiteral("goods_receipts")), 0);
}

TEST_F(StockReceive, ReadBackByNumber)
{
    receive("NM-500,6,A1,HO-A2,2026-11-01,2027-11-01,\nCM-KG,1.250,A2,,,,\n");
    const auto r = GoodsReceiptService(ctx()).receipt(admin, QStringLiteral("PN-000001"));
    EXPECT_EQ(r.supplierCode, QStringLiteral("HTX-A"));
    EXPECT_EQ(r.ownerCode, QStringLiteral("HTX-A"));
    EXPECT_EQ(r.username, QStringLiteral("admin"));
    ASSERT_EQ(r.lines.size(), 2u);
    EXPECT_EQ(r.lines[0].sku, QStringLiteral("NM-500"));
    EXPECT_EQ(r.lines[0].producerCode, QStringLiteral("HO-A2"));
    EXPECT_EQ(r.lines[0].qty, units(6));
    EXPECT_EQ(r.lines[1].qty, milli(1250));
    EXPECT_EQ(r.lines[1].unit, QStringLiteral("kg"));
    EXPECT_THROW(GoodsReceiptService(ctx()).receipt(admin, QStringLiteral("PN-000009")), NotFound);
}
