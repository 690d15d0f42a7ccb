// `report sales --by owner` over a million sale lines (issue 6: ≤ 300 ms), and
// the other groupings for comparison. The data: the demo store's month of sales,
// made by the sale engine (init --demo), copied by bulk SQL into a year of
// sales until there are a million lines — the same rows the engine writes
// (lines with their report columns, lot allocations, payments, returns), with
// new ids, receipt numbers and days; then the per-owner, per-day sums are
// rebuilt from the lines, as the migration does. Run it from a Release build:
//   build-release/tests/bench/bench_report --benchmark_min_time=2
#include "TestSupport.h"

#include "db/ReportRepository.h"
#include "services/DemoData.h"
#include "services/ReportService.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>

#include <cstdio>

using namespace ocopos;
using namespace ocopos::test;

namespace {

// OCOPOS_BENCH_LINES picks another size (scripts/bench: 100k and 1M, for the scaling).
const std::int64_t kLines = qEnvironmentVariableIsSet("OCOPOS_BENCH_LINES") ? qEnvironmentVariable("OCOPOS_BENCH_LINES").toLongLong()
                                                                           : 1'000'000;

std::int64_t scalar(db::Database& db, const char* sql)
{
    db::Query q(db, QString::fromLatin1(sql));
    return q.scalar()->toLongLong();
}

/// The demo month, copied `copies` times; copy c lands (c mod 12) months back.
void replicate(db::Database& db, std::int64_t copies)
{
    const auto max = [&](const char* table) {
        return QString::number(scalar(db, (std::string("SELECT MAX(id) FROM ") + table).c_str()));
    };
    const QString S = max("sales"), L = max("sale_lines"), A = max("sale_line_lots"), P = max("payments"),
                  R = max("returns"), RL = max("return_lines"), RLL = max("return_line_lots");
    const QString copiesCte = QStringLiteral("WITH RECURSIVE n(c) AS (SELECT 1 UNION ALL SELECT c + 1 FROM n WHERE c < %1) ")
                                  .arg(copies);
    const QString shift = QStringLiteral("'-' || ((n.c % 12) * 30) || ' days'");
    const auto run = [&](const QString& sql) { db.execute(copiesCte + sql); };
    db::TransactionGuard tx(db);
    run(QStringLiteral(
            "INSERT INTO sales (id, till, seq, receipt_no, shift_id, cashier_id, at, sale_date, gross_vnd, discount_vnd, "
            "total_vnd, vat_vnd, paid_vnd, change_vnd, sale_discount_kind, sale_discount_value, override_by, status, "
            "voided_at, voided_by) SELECT t.id + n.c * %1, t.till, t.seq + n.c * %1, t.receipt_no || '-' || n.c, t.shift_id, "
            "t.cashier_id, date(t.sale_date, %2) || substr(t.at, 11), date(t.sale_date, %2), t.gross_vnd, t.discount_vnd, "
            "t.total_vnd, t.vat_vnd, t.paid_vnd, t.change_vnd, t.sale_discount_kind, t.sale_discount_value, t.override_by, "
            "t.status, t.voided_at, t.voided_by FROM sales t, n WHERE t.id <= %1")
            .arg(S, shift));
    run(QStringLiteral(
            "INSERT INTO sale_lines (id, sale_id, line_no, product_id, sku, name, unit, sold_by, category, qty, unit_price_vnd, "
            "gross_vnd, line_discount_vnd, line_discount_kind, line_discount_value, sale_discount_vnd, net_vnd, vat_rate, "
            "vat_vnd, owner_id, supply, commission_bp, commission_vnd, payout_vnd, unlotted, sale_date, owner_first) "
            "SELECT t.id + n.c * %1, t.sale_id + n.c * %2, t.line_no, t.product_id, t.sku, t.name, t.unit, t.sold_by, "
            "t.category, t.qty, t.unit_price_vnd, t.gross_vnd, t.line_discount_vnd, t.line_discount_kind, "
            "t.line_discount_value, t.sale_discount_vnd, t.net_vnd, t.vat_rate, t.vat_vnd, t.owner_id, t.supply, "
            "t.commission_bp, t.commission_vnd, t.payout_vnd, t.unlotted, date(t.sale_date, %3), t.owner_first "
            "FROM sale_lines t, n WHERE t.id <= %1")
            .arg(L, S, shift));
    run(QStringLiteral("INSERT INTO sale_line_lots (id, sale_line_id, seq, lot_id, producer_id, qty, amount_vnd) "
                       "SELECT t.id + n.c * %1, t.sale_line_id + n.c * %2, t.seq, t.lot_id, t.producer_id, t.qty, t.amount_vnd "
                       "FROM sale_line_lots t, n WHERE t.id <= %1")
            .arg(A, L));
    run(QStringLiteral("INSERT INTO payments (id, sale_id, seq, method, amount_vnd, reference, vietqr) "
                       "SELECT t.id + n.c * %1, t.sale_id + n.c * %2, t.seq, t.method, t.amount_vnd, t.reference, t.vietqr "
                       "FROM payments t, n WHERE t.id <= %1")
            .arg(P, S));
    run(QStringLiteral("INSERT INTO returns (id, number, sale_id, shift_id, at, return_date, user_id, damaged, refund_vnd, reason) "
                       "SELECT t.id + n.c * %1, t.number || '-' || n.c, t.sale_id + n.c * %2, t.shift_id, "
                       "date(t.return_date, %3) || substr(t.at, 11), date(t.return_date, %3), t.user_id, t.damaged, "
                       "t.refund_vnd, t.reason FROM returns t, n WHERE t.id <= %1")
            .arg(R, S, shift));
    run(QStringLiteral("INSERT INTO return_lines (id, return_id, sale_line_id, qty, refund_vnd, vat_vnd, commission_vnd, payout_vnd) "
                       "SELECT t.id + n.c * %1, t.return_id + n.c * %2, t.sale_line_id + n.c * %3, t.qty, t.refund_vnd, "
                       "t.vat_vnd, t.commission_vnd, t.payout_vnd FROM return_lines t, n WHERE t.id <= %1")
            .arg(RL, R, L));
    run(QStringLiteral("INSERT INTO return_line_lots (id, return_line_id, lot_id, producer_id, qty, amount_vnd) "
                       "SELECT t.id + n.c * %1, t.return_line_id + n.c * %2, t.lot_id, t.producer_id, t.qty, t.amount_vnd "
                       "FROM return_line_lots t, n WHERE t.id <= %1")
            .arg(RLL, RL));
    // The per-owner, per-day sums the sale engine keeps line by line.
    db::ReportRepository(db).rebuildOwnerDays();
    tx.commit();
}

struct Store {
    TempStore store;
    services::Session manager;
    services::Session coop;
    QDate from, to;

    Store()
    {
        QElapsedTimer t;
        t.start();
        services::loadDemoData(store.ctx());
        const std::int64_t template_ = scalar(store.db(), "SELECT COUNT(*) FROM sale_lines");
        const std::int64_t copies = (kLines + template_ - 1) / template_ - 1;
        replicate(store.db(), copies);
        store.db().execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        std::fprintf(stderr, "bench_report: %lld sale lines, %lld sales, %lld returns (demo month × %lld) built in %.1f s\n",
                     static_cast<long long>(scalar(store.db(), "SELECT COUNT(*) FROM sale_lines")),
                     static_cast<long long>(scalar(store.db(), "SELECT COUNT(*) FROM sales")),
                     static_cast<long long>(scalar(store.db(), "SELECT COUNT(*) FROM returns")),
                     static_cast<long long>(copies + 1), static_cast<double>(t.elapsed()) / 1000.0);
        manager = session("quanly", core::Role::Manager);
        coop = session("htxcairong", core::Role::Cooperative);
        to = store.clock().today();
        from = to.addDays(-365);
    }

    services::Session session(const char* name, core::Role role)
    {
        db::Query q(store.db(), QStringLiteral("SELECT id, producer_id FROM users WHERE username = :u"));
        q.bind(QStringLiteral(":u"), QString::fromLatin1(name)).exec();
        q.next();
        services::Session s;
        s.userId = q.value(0).toLongLong();
        s.username = QString::fromLatin1(name);
        s.role = role;
        if (!q.value(1).isNull())
            s.producerId = q.value(1).toLongLong();
        return s;
    }
};

Store& store()
{
    static Store s;
    return s;
}

void bySales(benchmark::State& state, services::SalesGrouping by, bool cooperative)
{
    Store& s = store();
    services::ReportService reports(s.store.ctx());
    std::int64_t net = 0;
    for (auto _ : state) {
        const auto r = reports.sales(cooperative ? s.coop : s.manager, s.from, s.to, by);
        net = r.totals.net.dong();
        benchmark::DoNotOptimize(net);
    }
    state.counters["net_dong"] = static_cast<double>(net);
}

} // namespace

BENCHMARK_CAPTURE(bySales, owner, services::SalesGrouping::Owner, false)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK_CAPTURE(bySales, owner_as_cooperative, services::SalesGrouping::Owner, true)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(bySales, day, services::SalesGrouping::Day, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(bySales, product, services::SalesGrouping::Product, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(bySales, category, services::SalesGrouping::Category, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(bySales, vat, services::SalesGrouping::Vat, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(bySales, cashier, services::SalesGrouping::Cashier, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(bySales, payment, services::SalesGrouping::Payment, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(bySales, producer, services::SalesGrouping::Producer, false)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
