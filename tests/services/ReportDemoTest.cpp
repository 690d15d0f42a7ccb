// The demo store's month of history (init --demo): made through the sale engine,
// deterministic, and every cooperative gets a statement worth reading.
#include "TestSupport.h"

#include "services/DemoData.h"
#include "services/IntegrityService.h"
#include "services/ReportExport.h"
#include "services/ReportService.h"
#include "services/SettlementService.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace ocopos;
using namespace ocopos::services;
using namespace ocopos::test;

namespace {

Session manager(TempStore& store)
{
    db::Query q(store.db(), QStringLiteral("SELECT id FROM users WHERE username = 'quanly'"));
    Session s;
    s.userId = q.scalar()->toLongLong();
    s.username = QStringLiteral("quanly");
    s.role = core::Role::Manager;
    return s;
}

std::int64_t count(TempStore& store, const char* sql)
{
    db::Query q(store.db(), QString::fromLatin1(sql));
    return q.scalar()->toLongLong();
}

} // namespace

TEST(ReportDemo, AMonthOfSalesGivesEveryCooperativeAStatement)
{
    TempStore store(QStringLiteral("2026-11-28T09:00:00+07:00"));
    const DemoSummary sum = loadDemoData(store.ctx());
    EXPECT_GE(sum.sales, 300);
    EXPECT_EQ(count(store, "SELECT COUNT(*) FROM sales WHERE status = 'voided'"), 2);
    EXPECT_GE(count(store, "SELECT COUNT(*) FROM returns"), 5);
    EXPECT_GT(count(store, "SELECT COUNT(*) FROM sale_lines WHERE sold_by = 'weight'"), 20);
    EXPECT_GT(count(store, "SELECT COUNT(*) FROM sale_lines WHERE line_discount_vnd > 0 OR sale_discount_vnd > 0"), 20);
    EXPECT_EQ(count(store, "SELECT COUNT(DISTINCT method) FROM payments"), 3);
    EXPECT_GT(count(store, "SELECT COUNT(*) FROM (SELECT sale_id FROM payments GROUP BY sale_id HAVING COUNT(*) > 1) AS split"), 0);
    const auto check = IntegrityService(store.ctx()).check(store.admin());
    EXPECT_TRUE(check.ok) << (check.firstBad ? (check.firstBad->ref + QLatin1Char(' ') + check.firstBad->reason).toStdString() : "")
                          << check.databaseProblems.join(QLatin1Char(';')).toStdString()
                          << check.ledgerProblems.join(QLatin1Char(';')).toStdString();

    const Session m = manager(store);
    const QDate from(2026, 10, 29), to(2026, 11, 27);
    EXPECT_EQ(count(store, "SELECT COUNT(*) FROM sales WHERE sale_date < '2026-10-29' OR sale_date > '2026-11-27'"), 0);
    const auto owners = ReportService(store.ctx()).sales(m, from, to, SalesGrouping::Owner);
    db::Query coops(store.db(), QStringLiteral("SELECT code FROM producers WHERE kind IN ('cooperative', 'coop_group')"));
    coops.exec();
    int checked = 0;
    while (coops.next()) {
        const QString code = coops.value(0).toString();
        SCOPED_TRACE(code.toStdString());
        const Statement st = SettlementService(store.ctx()).statement(m, code, from, to);
        EXPECT_GE(st.lines.size(), 2u);
        EXPECT_GT(st.consignment.payout.dong(), 100000);
        EXPECT_FALSE(st.households.empty());
        EXPECT_FALSE(st.vietqr.isEmpty()) << st.vietqrNote.toStdString();
        ++checked;
    }
    EXPECT_GE(checked, 7);
    EXPECT_GE(owners.rows.size(), 10u);
}

TEST(ReportDemo, HistoryIsDeterministic)
{
    QByteArray first;
    for (int run = 0; run < 2; ++run) {
        TempStore store(QStringLiteral("2026-11-28T09:00:00+07:00"));
        loadDemoData(store.ctx());
        const auto r = ReportService(store.ctx()).sales(manager(store), QDate(2026, 10, 1), QDate(2026, 11, 30),
                                                        SalesGrouping::Producer);
        const QByteArray doc = QJsonDocument(salesReportJson(r)).toJson();
        if (run == 0)
            first = doc;
        else
            EXPECT_EQ(doc, first);
    }
}
