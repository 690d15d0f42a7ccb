// A 10-line durable sale through SaleService, side by side with a raw SQLite
// transaction that writes the same rows (same pragmas, one fsync). Issue 4's goal:
// the service within 1.5× of the raw transaction.
#include "SaleFixtures.h"

#include "services/SaleService.h"
#include "services/SettingsService.h"
#include "services/ShiftService.h"

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <QCoreApplication>

using namespace ocopos;
using namespace ocopos::test;

namespace {

struct Store {
    TempStore store;
    services::Session cashier;
    services::SaleRequest request;

    Store()
    {
        store.loadSmallCatalog();
        cashier = store.addUser(QStringLiteral("thu"), core::Role::Cashier, QString(), QStringLiteral("1111"));
        for (const char* sku : {"NM-500", "TRA-50", "RUOU-500", "NK-500", "CM-KG", "GA-KG"})
            addLot(store, QString::fromLatin1(sku), QStringLiteral("B1"), sku[0] == 'N' && sku[1] == 'K' ? QStringLiteral("DN-C")
                                                                                                          : QStringLiteral("HTX-A"),
                   QStringLiteral("1000000"));
        services::ShiftService(store.ctx()).open(cashier, core::Money(0));
        const char* codes[] = {"NM-500", "TRA-50", "RUOU-500", "NK-500", "CM-KG", "GA-KG", "NM-500", "TRA-50", "NK-500", "CM-KG"};
        for (const char* c : codes) {
            services::SaleLineRequest l;
            l.code = QString::fromLatin1(c);
            l.qty = core::Quantity::fromThousandths(c[1] == 'M' && c[3] == 'K' ? 350 : (c[0] == 'G' ? 1200 : 1000));
            request.lines.push_back(l);
        }
        request.payments = {core::Payment{core::PaymentMethod::Cash, core::Money(10'000'000), {}}};
    }
};

void exec(sqlite3* db, const char* sql)
{
    char* err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        std::fprintf(stderr, "sqlite: %s\n", err);
        sqlite3_free(err);
        std::abort();
    }
}

void BM_SaleServiceCommit10Lines(benchmark::State& state)
{
    Store s;
    services::SaleService sales(s.store.ctx());
    for (auto _ : state)
        benchmark::DoNotOptimize(sales.commit(s.cashier, s.request));
}
BENCHMARK(BM_SaleServiceCommit10Lines)->Unit(benchmark::kMicrosecond)->MinTime(0.5);

// The same sale with e-invoicing on (issue 17): the invoice's number, its XML
// (10 lines) and its hash are written in the sale's transaction.
void BM_SaleServiceCommit10LinesEInvoice(benchmark::State& state)
{
    Store s;
    services::SettingsService settings(s.store.ctx());
    const auto set = [&](const char* k, const char* v) {
        settings.set(s.store.admin(), QLatin1String(k), QString::fromUtf8(v));
    };
    set("store_address", "Hạ Long, Quảng Ninh");
    set("einvoice_seller_tax_code", "0100109106");
    set("einvoice_series", "C26MAA");
    set("einvoice_enabled", "1");
    services::SaleService sales(s.store.ctx());
    for (auto _ : state)
        benchmark::DoNotOptimize(sales.commit(s.cashier, s.request));
}
BENCHMARK(BM_SaleServiceCommit10LinesEInvoice)->Unit(benchmark::kMicrosecond)->MinTime(0.5);

// The same rows a 10-line sale writes — sale, 10 lines, 10 lot allocations,
// 10 movements with their lot updates, a payment, a receipt counter, a journal
// entry and its outbox row — in one raw transaction with prepared statements,
// same pragmas.
void BM_RawSqliteSameRows(benchmark::State& state)
{
    Store s;
    sqlite3* db = nullptr;
    sqlite3_open(s.store.path().toUtf8().constData(), &db);
    exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
    sqlite3_stmt *sale, *line, *alloc, *move, *lot, *pay, *counter, *journal, *outbox;
    sqlite3_prepare_v2(db, "INSERT INTO sales (till, seq, receipt_no, shift_id, cashier_id, at, sale_date, gross_vnd, discount_vnd, "
                           "total_vnd, vat_vnd, paid_vnd, change_vnd, status) VALUES ('R', ?1, ?2, 1, 2, '2026-11-28T10:00:00+07:00', "
                           "'2026-11-28', 1000, 0, 1000, 80, 1000, 0, 'completed')", -1, &sale, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO sale_lines (sale_id, line_no, product_id, sku, name, unit, sold_by, qty, unit_price_vnd, "
                           "gross_vnd, line_discount_vnd, sale_discount_vnd, net_vnd, vat_rate, vat_vnd, owner_id, supply, "
                           "commission_bp, commission_vnd, payout_vnd) VALUES (?1, ?2, 1, 'NM-500', 'Nước mắm', 'chai', 'unit', 1000, "
                           "100, 100, 0, 0, 100, '8', 7, 1, 'consignment', 2000, 20, 80)", -1, &line, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO sale_line_lots (sale_line_id, seq, lot_id, producer_id, qty, amount_vnd) "
                           "VALUES (?1, 1, 1, 1, 1000, 100)", -1, &alloc, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO stock_movements (product_id, lot_id, kind, qty, at, user_id, ref_type, ref_id) "
                           "VALUES (1, 1, 'sale', -1000, '2026-11-28T10:00:00+07:00', 2, 'sale', ?1)", -1, &move, nullptr);
    sqlite3_prepare_v2(db, "UPDATE lots SET on_hand = on_hand - 1000 WHERE id = 1", -1, &lot, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO payments (sale_id, seq, method, amount_vnd) VALUES (?1, 1, 'cash', 1000)", -1, &pay, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO till_counters (till, last_seq) VALUES ('R', 1) ON CONFLICT (till) DO UPDATE SET "
                           "last_seq = last_seq + 1", -1, &counter, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO journal (at, kind, ref_id, content, prev_hash, hash) VALUES ('x', 'sale', ?1, ?2, ?3, ?4)",
                       -1, &journal, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO outbox (type, ref_id) VALUES ('journal', last_insert_rowid())", -1, &outbox, nullptr);
    const std::string content(1500, 'x');
    std::int64_t seq = 0;
    const auto step = [](sqlite3_stmt* st) {
        if (sqlite3_step(st) != SQLITE_DONE)
            std::abort();
        sqlite3_reset(st);
    };
    for (auto _ : state) {
        ++seq;
        exec(db, "BEGIN IMMEDIATE");
        step(counter);
        sqlite3_bind_int64(sale, 1, seq);
        const std::string no = "R-" + std::to_string(seq);
        sqlite3_bind_text(sale, 2, no.c_str(), -1, SQLITE_TRANSIENT);
        step(sale);
        const auto saleId = sqlite3_last_insert_rowid(db);
        for (int i = 1; i <= 10; ++i) {
            sqlite3_bind_int64(line, 1, saleId);
            sqlite3_bind_int(line, 2, i);
            step(line);
            sqlite3_bind_int64(alloc, 1, sqlite3_last_insert_rowid(db));
            step(alloc);
            sqlite3_bind_int64(move, 1, saleId);
            step(move);
            step(lot);
        }
        sqlite3_bind_int64(pay, 1, saleId);
        step(pay);
        const std::string hash = "h" + std::to_string(seq);
        sqlite3_bind_int64(journal, 1, saleId);
        sqlite3_bind_text(journal, 2, content.c_str(), -1, SQLITE_STATIC);
        sqlite3_bind_text(journal, 3, hash.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(journal, 4, (hash + "n").c_str(), -1, SQLITE_TRANSIENT);
        step(journal);
        step(outbox);
        exec(db, "COMMIT");
    }
    for (auto* st : {sale, line, alloc, move, lot, pay, counter, journal, outbox})
        sqlite3_finalize(st);
    sqlite3_close(db);
}
BENCHMARK(BM_RawSqliteSameRows)->Unit(benchmark::kMicrosecond)->MinTime(0.5);

// What one statement costs, inside an open transaction (no fsync): a stock
// movement row through db::Query (named binds, Qt Sql) and through the raw API.
// The sale commit's CPU ratio is about (statements x this gap): what bounds it.
constexpr const char* kMovementSql = "INSERT INTO stock_movements (product_id, lot_id, kind, qty, at, user_id, reason, "
                                     "ref_type, ref_id) VALUES (:p, :lot, :kind, :qty, :at, :u, :reason, :rt, :rid)";

void BM_OneStatementQtSql(benchmark::State& state)
{
    Store s;
    db::Database& d = s.store.db();
    const qint64 product = db::Query(d, QStringLiteral("SELECT MIN(id) FROM products")).scalar()->toLongLong();
    const QString sql = QString::fromLatin1(kMovementSql);
    d.execute(QStringLiteral("BEGIN IMMEDIATE"));
    for (auto _ : state) {
        db::Query q(d, sql);
        q.bind(QStringLiteral(":p"), product)
            .bind(QStringLiteral(":lot"), QVariant())
            .bind(QStringLiteral(":kind"), QStringLiteral("sale"))
            .bind(QStringLiteral(":qty"), db::v64(-1000))
            .bind(QStringLiteral(":at"), QStringLiteral("2026-11-28T10:00:00+07:00"))
            .bind(QStringLiteral(":u"), s.cashier.userId)
            .bind(QStringLiteral(":reason"), QVariant())
            .bind(QStringLiteral(":rt"), QStringLiteral("sale"))
            .bind(QStringLiteral(":rid"), db::v64(1))
            .exec();
    }
    d.execute(QStringLiteral("ROLLBACK"));
}
BENCHMARK(BM_OneStatementQtSql)->Unit(benchmark::kMicrosecond)->MinTime(0.3);

void BM_OneStatementRaw(benchmark::State& state)
{
    Store s;
    const qint64 product = db::Query(s.store.db(), QStringLiteral("SELECT MIN(id) FROM products")).scalar()->toLongLong();
    sqlite3* db = nullptr;
    sqlite3_open(s.store.path().toUtf8().constData(), &db);
    exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, kMovementSql, -1, &st, nullptr);
    exec(db, "BEGIN IMMEDIATE");
    for (auto _ : state) {
        sqlite3_bind_int64(st, 1, product);
        sqlite3_bind_null(st, 2);
        sqlite3_bind_text(st, 3, "sale", -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 4, -1000);
        sqlite3_bind_text(st, 5, "2026-11-28T10:00:00+07:00", -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 6, s.cashier.userId);
        sqlite3_bind_null(st, 7);
        sqlite3_bind_text(st, 8, "sale", -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 9, 1);
        if (sqlite3_step(st) != SQLITE_DONE)
            std::abort();
        sqlite3_reset(st);
    }
    exec(db, "ROLLBACK");
    sqlite3_finalize(st);
    sqlite3_close(db);
}
BENCHMARK(BM_OneStatementRaw)->Unit(benchmark::kMicrosecond)->MinTime(0.3);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
