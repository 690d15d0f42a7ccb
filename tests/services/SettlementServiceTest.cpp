// Settlement statements over the history of ReportFixture.h: lines per product
// and supply, households, the payout VietQR, freezing and overlapping periods,
// and the cooperative scope.
#include "ReportFixture.h"

#include "core/Errors.h"
#include "core/VietQr.h"
#include "services/AuditLog.h"
#include "services/SettlementService.h"

using namespace ocopos;
using namespace ocopos::services;
using namespace ocopos::test;

namespace {

class SettleTest : public ReportFixture {
protected:
    void SetUp() override
    {
        ReportFixture::SetUp();
        makeHistory();  // the clock ends on 2026-11-04
    }
    SettlementService svc() { return SettlementService(store.ctx()); }
    const QDate from{2026, 11, 1};
    const QDate to{2026, 11, 3};
};

} // namespace

TEST_F(SettleTest, StatementByProductAndHouseholdWithPayoutQr)
{
    const Statement st = svc().statement(manager, QStringLiteral("HTX-A"), from, to);
    EXPECT_FALSE(st.finalized);
    EXPECT_EQ(st.producer.name, QStringLiteral("HTX Nước mắm Cái Rồng"));
    ASSERT_EQ(st.lines.size(), 2u);
    EXPECT_EQ(st.lines[0].sku, QStringLiteral("CM-KG"));
    EXPECT_EQ(st.lines[0].qty.thousandths(), 350);
    EXPECT_EQ(st.lines[0].net.dong(), 145785);
    EXPECT_EQ(st.lines[0].commission.dong(), 36446);
    EXPECT_EQ(st.lines[0].payout.dong(), 109339);
    EXPECT_EQ(st.lines[1].sku, QStringLiteral("NM-500"));
    EXPECT_EQ(st.lines[1].qty.thousandths(), 4000);
    EXPECT_EQ(st.lines[1].net.dong(), 476920);
    EXPECT_EQ(st.lines[1].returns.dong(), 116920);
    EXPECT_EQ(st.lines[1].commission.dong(), 95384);
    EXPECT_EQ(st.lines[1].payout.dong(), 381536);
    ASSERT_EQ(st.households.size(), 2u);
    EXPECT_EQ(st.households[0].producer, QStringLiteral("HO-A1"));
    EXPECT_EQ(st.households[0].net.dong(), 116920);
    EXPECT_EQ(st.households[1].producer, QStringLiteral("HO-A2"));
    EXPECT_EQ(st.households[1].net.dong(), 505785);
    EXPECT_EQ(st.total.net.dong(), 622705);
    EXPECT_EQ(st.total.returns.dong(), 116920);
    EXPECT_EQ(st.total.commission.dong(), 131830);
    EXPECT_EQ(st.total.payout.dong(), 490875);
    EXPECT_TRUE(st.purchased.net.isZero());
    // The payout goes to the producer's own account, for exactly the payout.
    const auto qr = core::parseVietQr(st.vietqr.toStdString());
    EXPECT_EQ(qr.bankBin, "970436");
    EXPECT_EQ(qr.account, "0141000765432");
    EXPECT_EQ(qr.amount->dong(), 490875);
    EXPECT_TRUE(st.vietqrNote.isEmpty());
}

TEST_F(SettleTest, PurchasedSalesShownApartAndNoQrWithoutAnAccountOrPayout)
{
    const Statement c = svc().statement(manager, QStringLiteral("DN-C"), from, to);
    ASSERT_EQ(c.lines.size(), 1u);
    EXPECT_EQ(c.lines[0].supply, core::Supply::Purchased);
    EXPECT_EQ(c.purchased.returns.dong(), 24000);
    EXPECT_TRUE(c.total.payout.isZero());
    EXPECT_TRUE(c.vietqr.isEmpty());
    EXPECT_TRUE(c.vietqrNote.contains(QStringLiteral("no payout"))) << c.vietqrNote.toStdString();

    const Statement b = svc().statement(manager, QStringLiteral("HTX-B"), from, to);
    EXPECT_EQ(b.total.payout.dong(), 740000);
    EXPECT_TRUE(b.vietqr.isEmpty());
    EXPECT_TRUE(b.vietqrNote.contains(QStringLiteral("no bank account"))) << b.vietqrNote.toStdString();
    // The lot of the owner itself counts as the owner's "household" line.
    ASSERT_EQ(b.households.size(), 2u);
    EXPECT_EQ(b.households[1].producer, QStringLiteral("HTX-B"));
}

TEST_F(SettleTest, FinalizedStatementIsFrozen)
{
    const Statement fin = svc().finalize(manager, QStringLiteral("HTX-A"), from, to);
    EXPECT_TRUE(fin.finalized);
    EXPECT_GT(fin.settlementId, 0);
    EXPECT_EQ(fin.finalizedBy, QStringLiteral("ql"));

    // Later: the producer's details change, a sale is (mis)dated into the period.
    store.db().execute(QStringLiteral("UPDATE producers SET name = 'Đổi tên', bank_account = '999' WHERE code = 'HTX-A'"));
    at("2026-11-02T12:00:00+07:00");
    openShift(thu);
    sell(thu, {saleLine(QStringLiteral("NM-500"))}, {cash(120000)});
    closeShift(thu);
    at("2026-11-10T09:00:00+07:00");

    const Statement again = svc().get(manager, fin.settlementId);
    EXPECT_EQ(again.producer.name, QStringLiteral("HTX Nước mắm Cái Rồng"));
    EXPECT_EQ(again.total.net.dong(), 622705);
    EXPECT_EQ(again.vietqr, fin.vietqr);
    EXPECT_EQ(again.lines.size(), fin.lines.size());
    EXPECT_EQ(again.lines[1].qty.thousandths(), 4000);
    EXPECT_EQ(again.households[1].net.dong(), 505785);
    EXPECT_EQ(again.finalizedAt, fin.finalizedAt);
    // Asking for that period again shows the frozen statement, not a new sum.
    const Statement same = svc().statement(manager, QStringLiteral("HTX-A"), from, to);
    EXPECT_TRUE(same.finalized);
    EXPECT_EQ(same.total.net.dong(), 622705);
    // The audit log says who froze what.
    Context ctx = store.ctx();
    const auto log = recentAudit(ctx, 20);
    EXPECT_TRUE(std::any_of(log.begin(), log.end(), [](const AuditEntry& e) {
        return e.action == QLatin1String("settlement_finalize") && e.detail.contains(QStringLiteral("HTX-A"));
    }));
}

TEST_F(SettleTest, OverlappingPeriodsAreAConflict)
{
    svc().finalize(manager, QStringLiteral("HTX-A"), from, to);
    at("2026-12-01T09:00:00+07:00");
    EXPECT_THROW(svc().finalize(manager, QStringLiteral("HTX-A"), from, to), Conflict);
    EXPECT_THROW(svc().finalize(manager, QStringLiteral("HTX-A"), QDate(2026, 11, 3), QDate(2026, 11, 30)), Conflict);
    EXPECT_THROW(svc().finalize(manager, QStringLiteral("HTX-A"), QDate(2026, 10, 1), QDate(2026, 11, 1)), Conflict);
    // Adjacent periods and other producers are fine.
    EXPECT_NO_THROW(svc().finalize(manager, QStringLiteral("HTX-A"), QDate(2026, 11, 4), QDate(2026, 11, 30)));
    EXPECT_NO_THROW(svc().finalize(manager, QStringLiteral("HTX-B"), from, to));
    const auto all = svc().list(manager);
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0].from, QDate(2026, 11, 4));  // newest period first
    EXPECT_EQ(svc().list(manager, QStringLiteral("HTX-B")).size(), 1u);
}

TEST_F(SettleTest, APeriodMustBeOverBeforeItIsFinalized)
{
    EXPECT_THROW(svc().finalize(manager, QStringLiteral("HTX-A"), from, QDate(2026, 11, 4)), Conflict);  // today
    EXPECT_THROW(svc().finalize(manager, QStringLiteral("HTX-A"), from, QDate(2026, 12, 31)), Conflict);
    EXPECT_TRUE(svc().list(manager).empty());
}

TEST_F(SettleTest, CooperativeSeesItsOwnStatementsOnlyAndCannotFinalize)
{
    const Statement mine = svc().statement(coopA, QStringLiteral("HTX-A"), from, to);
    EXPECT_EQ(mine.total.payout.dong(), 490875);
    EXPECT_THROW(svc().statement(coopA, QStringLiteral("HTX-B"), from, to), AuthError);
    EXPECT_THROW(svc().statement(coopA, QStringLiteral("DN-C"), from, to), AuthError);
    EXPECT_THROW(svc().finalize(coopA, QStringLiteral("HTX-A"), from, to), AuthError);
    EXPECT_THROW(svc().statement(thu, QStringLiteral("HTX-A"), from, to), AuthError);
    EXPECT_THROW(svc().statement(manager, QStringLiteral("NOPE"), from, to), NotFound);

    const auto b = svc().finalize(manager, QStringLiteral("HTX-B"), from, to);
    const auto a = svc().finalize(manager, QStringLiteral("HTX-A"), from, to);
    const auto listed = svc().list(coopA);
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0].producer, QStringLiteral("HTX-A"));
    EXPECT_EQ(svc().get(coopA, a.settlementId).total.payout.dong(), 490875);
    EXPECT_THROW(svc().get(coopA, b.settlementId), AuthError);
    EXPECT_THROW(svc().list(coopA, QStringLiteral("HTX-B")), AuthError);
    EXPECT_THROW(svc().get(manager, 999), NotFound);
}

TEST_F(SettleTest, JsonRoundTripKeepsEveryFigure)
{
    const Statement st = svc().statement(manager, QStringLiteral("HTX-A"), from, to);
    const Statement back = statementFromJson(statementToJson(st));
    EXPECT_EQ(statementToJson(back), statementToJson(st));
    const QJsonObject o = statementToJson(st);
    for (const char* k : {"producer", "from", "to", "lines", "households", "net", "returns", "commission", "payout",
                          "finalized", "vietqr"})
        EXPECT_TRUE(o.contains(QLatin1String(k))) << k;
}
