// The sale engine on PostgreSQL (issue 13), on a throwaway server with a real
// store's durability (fsync, synchronous_commit and full_page_writes on; see
// pg/PgBenchServer.h):
//  - a 10-line sale through SaleService against the same rows written through
//    raw libpq in one transaction (goal: the service within 1.5×);
//  - one statement through db::Query against raw libpq (what each round trip costs);
//  - 1, 2 and 4 tills selling at once on one database, each a process with its
//    own connection: sales/s and commit latency p50/p99.
// Besides the wall time, each sale's CPU is reported on both sides of the
// socket (the client's thread and the server's backend process): on a shared
// machine the wall time carries the neighbours' load.
// Scan and search at 300k products on PostgreSQL: bench_scale --pg.
#include "pg/PgBenchServer.h"

#include "core/Clock.h"
#include "db/Database.h"
#include "services/AuthService.h"
#include "services/CatalogImportService.h"
#include "services/GoodsReceiptService.h"
#include "services/SaleService.h"
#include "services/SettingsService.h"
#include "services/ShiftService.h"

#include <benchmark/benchmark.h>
#include <libpq-fe.h>
#include <spdlog/spdlog.h>

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

using namespace ocopos;

namespace {

std::unique_ptr<bench::PgBenchServer> g_server;
int g_databases = 0;
int mark = 0;  ///< statementsOf's markers in the server log (one counter for every instantiation)

QString freshDatabase() { return g_server->createDatabase(QStringLiteral("b_%1").arg(++g_databases)); }

double threadCpuUs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
}

double monotonicUs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
}

/// CPU time a process has had, in µs (/proc/PID/schedstat, nanoseconds): the
/// server backend of a connection.
double processCpuUs(long pid)
{
    std::ifstream f("/proc/" + std::to_string(pid) + "/schedstat");
    double ns = 0;
    f >> ns;
    return ns / 1e3;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

/// How many statements one call of `sale` sends, from the server's log: the
/// connection (a superuser's) logs every statement between two markers.
template <typename Exec, typename Sale>
double statementsOf(Exec&& exec, Sale&& sale)
{
    const std::string begin = "'ocopos-mark-" + std::to_string(++mark) + "'";
    const std::string end = "'ocopos-mark-" + std::to_string(++mark) + "'";
    exec("SET log_statement = 'all'");
    exec("SELECT " + begin);
    sale();
    exec("SELECT " + end);
    exec("SET log_statement = 'none'");
    const QString log = g_server->log();
    const qsizetype from = log.indexOf(QString::fromStdString(begin)), to = log.indexOf(QString::fromStdString(end));
    if (from < 0 || to < from)
        return -1;
    static const QRegularExpression statement(QStringLiteral("LOG:  (statement|execute [^:]*):"));
    // $OCOPOS_BENCH_PG_STATEMENTS=FILE: append them there, to see where the round trips go.
    if (const QString dump = qEnvironmentVariable("OCOPOS_BENCH_PG_STATEMENTS"); !dump.isEmpty()) {
        QFile f(dump);
        if (f.open(QIODevice::Append))
            f.write(log.mid(from, to - from).toUtf8());
    }
    return static_cast<double>(log.mid(from, to - from).count(statement)) - 1;  // less the end marker
}

/// The store of BenchSale (the small catalogue, a cashier, big lots, an open
/// shift) on a new database of the benchmark's server, built through the services.
struct PgStore {
    QString url;
    core::FixedClock clock{core::parseIsoTime(QStringLiteral("2026-11-28T09:00:00+07:00"), "now")};
    std::unique_ptr<db::Database> db;
    QString till;  ///< this process's till code (Context::till); empty: the store's setting

    services::Context ctx()
    {
        services::Context c{*db, clock, nullptr, services::PinHashCost::minimum()};
        c.till = till;
        return c;
    }

    explicit PgStore(const QString& location) : url(location), db(std::make_unique<db::Database>(location)) {}

    /// A new database with the catalogue, cashiers thu1..thuN and the stock.
    static QString create(int cashiers)
    {
        PgStore s(freshDatabase());
        services::AuthService auth(s.ctx());
        auth.ensureAdmin(services::InitialAdmin::Training);
        const auto admin = auth.login(QStringLiteral("admin"), QStringLiteral("000000"));
        services::CatalogImportService import(s.ctx());
        import.importProducers(admin, "code,kind,name,parent_code,bank_bin,bank_account,commission_pct\n"
                                      "HTX-A,cooperative,HTX Nước mắm Cái Rồng,,970436,0141000765432,20\n"
                                      "HO-A1,household,Hộ Nguyễn Văn Hải,HTX-A,,,\n"
                                      "HTX-B,cooperative,HTX Trà hoa vàng Ba Chẽ,,,,\n"
                                      "DN-C,enterprise,Công ty Nước khoáng Quang Hanh,,,,10\n");
        import.importProducts(
            admin,
            "sku,name,unit,sold_by,price,vat,owner_code,supply,barcodes,category,commission_pct,reorder_point,plu,ocop_stars\n"
            "NM-500,Nước mắm Cái Rồng,chai 500ml,unit,120000,8,HTX-A,consignment,8938505974194,Thực phẩm,,5,,4\n"
            "CM-KG,Chả mực Hạ Long,kg,weight,450000,8,HTX-A,consignment,,Thực phẩm,25,2,10001,5\n"
            "TRA-50,Trà hoa vàng Ba Chẽ,hộp 50g,unit,650000,8,HTX-B,consignment,8936045000014,Dược liệu,,,,5\n"
            "RUOU-500,Rượu ba kích,chai 500ml,unit,350000,10,HTX-B,consignment,8936289000016,Đồ uống,,,,4\n"
            "NK-500,Nước khoáng Quang Hanh,chai 500ml,unit,8000,8,DN-C,purchased,8936167000015,Đồ uống,,24,,4\n"
            "GA-KG,Gà Tiên Yên,kg,weight,220000,KCT,HTX-B,consignment,,Thực phẩm,,,10003,3\n");
        services::GoodsReceiptService receipts(s.ctx());
        receipts.receive(admin, "code,qty,lot_code\nNM-500,1000000,B1\nCM-KG,1000000,B1\n");
        receipts.receive(admin, "code,qty,lot_code\nTRA-50,1000000,B1\nRUOU-500,1000000,B1\nGA-KG,1000000,B1\n");
        receipts.receive(admin, "code,qty,lot_code,unit_cost\nNK-500,1000000,B1,5000\n");
        for (int i = 1; i <= cashiers; ++i) {
            const QString name = QStringLiteral("thu%1").arg(i);
            auth.addUser(admin, services::NewUser{name, name, core::Role::Cashier, QString(), QStringLiteral("1111")});
        }
        return s.url;
    }

    services::Session login(int cashier)
    {
        return services::AuthService(ctx()).login(QStringLiteral("thu%1").arg(cashier), QStringLiteral("1111"));
    }

    long backendPid() { return db::Query(*db, QStringLiteral("SELECT pg_backend_pid()")).scalar()->toLongLong(); }
};

/// BenchSale's 10-line basket of three owners, paid in cash.
services::SaleRequest tenLines()
{
    services::SaleRequest request;
    const char* codes[] = {"NM-500", "TRA-50", "RUOU-500", "NK-500", "CM-KG", "GA-KG", "NM-500", "TRA-50", "NK-500", "CM-KG"};
    for (const char* c : codes) {
        services::SaleLineRequest l;
        l.code = QString::fromLatin1(c);
        l.qty = core::Quantity::fromThousandths(c[1] == 'M' && c[3] == 'K' ? 350 : (c[0] == 'G' ? 1200 : 1000));
        request.lines.push_back(l);
    }
    request.payments = {core::Payment{core::PaymentMethod::Cash, core::Money(10'000'000), {}}};
    return request;
}

/// Per-iteration CPU of the client thread and of the server backend, as counters.
struct CpuMeter {
    long pid;
    double client0 = threadCpuUs(), server0;
    explicit CpuMeter(long backend) : pid(backend), server0(processCpuUs(backend)) {}
    void report(benchmark::State& state) const
    {
        const auto n = static_cast<double>(state.iterations());
        state.counters["client_cpu_us"] = (threadCpuUs() - client0) / n;
        state.counters["server_cpu_us"] = (processCpuUs(pid) - server0) / n;
    }
};

void BM_PgSaleServiceCommit10Lines(benchmark::State& state)
{
    PgStore s(PgStore::create(1));
    const auto cashier = s.login(1);
    services::ShiftService(s.ctx()).open(cashier, core::Money(0));
    services::SaleService sales(s.ctx());
    const auto request = tenLines();
    sales.commit(cashier, request);  // warm the statement cache
    CpuMeter cpu(s.backendPid());
    for (auto _ : state)
        benchmark::DoNotOptimize(sales.commit(cashier, request));
    cpu.report(state);
    state.counters["statements"] = statementsOf([&](const std::string& sql) { s.db->execute(QString::fromStdString(sql)); },
                                                [&] { sales.commit(cashier, request); });
}
BENCHMARK(BM_PgSaleServiceCommit10Lines)->Unit(benchmark::kMicrosecond)->MinTime(1.0)->UseRealTime();

struct Raw {
    PGconn* c;
    explicit Raw(const QString& url) : c(PQconnectdb(bench::conninfoFromUrl(url).c_str()))
    {
        if (PQstatus(c) != CONNECTION_OK)
            throw std::runtime_error(std::string("libpq: ") + PQerrorMessage(c));
    }
    ~Raw() { PQfinish(c); }
    PGresult* check(PGresult* r, const char* what)
    {
        const auto st = PQresultStatus(r);
        if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
            std::fprintf(stderr, "libpq %s: %s\n", what, PQerrorMessage(c));
            std::abort();
        }
        return r;
    }
    void exec(const char* sql) { PQclear(check(PQexec(c, sql), sql)); }
    void prepare(const char* name, const char* sql) { PQclear(check(PQprepare(c, name, sql, 0, nullptr), name)); }
    /// Runs a prepared statement with text parameters; returns the first column
    /// of the first row as a number (RETURNING id), or 0.
    long long run(const char* name, std::initializer_list<const char*> params)
    {
        std::vector<const char*> p(params);
        PGresult* r = check(PQexecPrepared(c, name, static_cast<int>(p.size()), p.data(), nullptr, nullptr, 0), name);
        const long long v = PQntuples(r) > 0 ? std::atoll(PQgetvalue(r, 0, 0)) : 0;
        PQclear(r);
        return v;
    }
    long backendPid() { return PQbackendPID(c); }
};

// What a 10-line sale of three owners writes — the receipt counter, the sale, 10
// lines (with their sale date), 10 lot allocations, 10 movements with their lot
// updates, the three owners' day sums, a payment and a journal entry of 1.5 KB
// with its outbox row (one statement, as the service writes them) —
// in one transaction holding the store's write lock (as db::TransactionGuard),
// one prepared statement per row, ids by RETURNING. It reads nothing (no codes,
// prices, lots, shift, settings or hash chain): the floor under the service.
void BM_RawLibpqSameRows(benchmark::State& state)
{
    PgStore s(PgStore::create(1));
    const auto cashier = s.login(1);
    const auto shift = services::ShiftService(s.ctx()).open(cashier, core::Money(0));
    const std::string shiftId = std::to_string(shift.id), cashierId = std::to_string(cashier.userId);
    Raw raw(s.url);
    raw.prepare("lock", "SELECT pg_advisory_xact_lock(1329811280)");  // db::TransactionGuard's key, "OCOP"
    raw.prepare("counter", "INSERT INTO till_counters (till, last_seq) VALUES ('R', 1) ON CONFLICT (till) DO UPDATE SET "
                           "last_seq = till_counters.last_seq + 1 RETURNING last_seq");
    raw.prepare("sale", "INSERT INTO sales (till, seq, receipt_no, shift_id, cashier_id, at, sale_date, gross_vnd, discount_vnd, "
                        "total_vnd, vat_vnd, paid_vnd, change_vnd, status) VALUES ('R', $1, $2, $3, $4, "
                        "'2026-11-28T10:00:00+07:00', '2026-11-28', 1000, 0, 1000, 80, 1000, 0, 'completed') RETURNING id");
    raw.prepare("line", "INSERT INTO sale_lines (sale_id, line_no, product_id, sku, name, unit, sold_by, qty, unit_price_vnd, "
                        "gross_vnd, line_discount_vnd, sale_discount_vnd, net_vnd, vat_rate, vat_vnd, owner_id, supply, "
                        "commission_bp, commission_vnd, payout_vnd, sale_date, owner_first) VALUES ($1, $2, 1, 'NM-500', "
                        "'Nước mắm', 'chai', 'unit', 1000, 100, 100, 0, 0, 100, '8', 7, 1, 'consignment', 2000, 20, 80, "
                        "'2026-11-28', 0) RETURNING id");
    raw.prepare("alloc", "INSERT INTO sale_line_lots (sale_line_id, seq, lot_id, producer_id, qty, amount_vnd) "
                         "VALUES ($1, 1, 1, 1, 1000, 100)");
    raw.prepare("move", "INSERT INTO stock_movements (product_id, lot_id, kind, qty, at, user_id, ref_type, ref_id) "
                        "VALUES (1, 1, 'sale', -1000, '2026-11-28T10:00:00+07:00', $1, 'sale', $2)");
    raw.prepare("lot", "UPDATE lots SET on_hand = on_hand - 1000 WHERE id = 1 AND on_hand >= 1000");
    raw.prepare("owner", "INSERT INTO sale_owner_days (owner_id, sale_date, lines, receipts, gross_vnd, net_vnd, vat_vnd, "
                         "commission_vnd, payout_vnd) VALUES ($1, '2026-11-28', 3, 1, 300, 300, 21, 60, 240) "
                         "ON CONFLICT (owner_id, sale_date) DO UPDATE SET lines = sale_owner_days.lines + excluded.lines, "
                         "receipts = sale_owner_days.receipts + excluded.receipts, "
                         "gross_vnd = sale_owner_days.gross_vnd + excluded.gross_vnd, "
                         "net_vnd = sale_owner_days.net_vnd + excluded.net_vnd, vat_vnd = sale_owner_days.vat_vnd + excluded.vat_vnd, "
                         "commission_vnd = sale_owner_days.commission_vnd + excluded.commission_vnd, "
                         "payout_vnd = sale_owner_days.payout_vnd + excluded.payout_vnd");
    raw.prepare("pay", "INSERT INTO payments (sale_id, seq, method, amount_vnd) VALUES ($1, 1, 'cash', 1000)");
    raw.prepare("journal", "WITH j AS (INSERT INTO journal (at, kind, ref_id, content, prev_hash, hash) VALUES ('x', 'sale', "
                           "$1, $2, $3, $4) RETURNING id) INSERT INTO outbox (type, ref_id) SELECT 'journal', id FROM j");
    const std::string content(1500, 'x');
    const auto sale = [&] {
        raw.exec("BEGIN");
        raw.run("lock", {});
        const std::string seq = std::to_string(raw.run("counter", {}));
        const std::string no = "R-" + seq;
        const std::string saleId = std::to_string(raw.run("sale", {seq.c_str(), no.c_str(), shiftId.c_str(), cashierId.c_str()}));
        for (int i = 1; i <= 10; ++i) {
            const std::string lineNo = std::to_string(i);
            const std::string lineId = std::to_string(raw.run("line", {saleId.c_str(), lineNo.c_str()}));
            raw.run("alloc", {lineId.c_str()});
            raw.run("move", {cashierId.c_str(), saleId.c_str()});
            raw.run("lot", {});
        }
        for (const char* owner : {"1", "3", "4"})
            raw.run("owner", {owner});
        raw.run("pay", {saleId.c_str()});
        const std::string prev = "h" + seq, hash = prev + "n";
        raw.run("journal", {saleId.c_str(), content.c_str(), prev.c_str(), hash.c_str()});
        raw.exec("COMMIT");
    };
    sale();
    CpuMeter cpu(raw.backendPid());
    for (auto _ : state)
        sale();
    cpu.report(state);
    state.counters["statements"] = statementsOf([&](const std::string& sql) { raw.exec(sql.c_str()); }, sale);
}
BENCHMARK(BM_RawLibpqSameRows)->Unit(benchmark::kMicrosecond)->MinTime(1.0)->UseRealTime();

// One stock movement row inside an open transaction (no commit): through
// db::Query (Qt's QPSQL: PREPARE once, then EXECUTE with the values as literals)
// and through libpq's PQexecPrepared. The sale's gap is about statements × this.
void BM_PgOneStatementQtSql(benchmark::State& state)
{
    PgStore s(PgStore::create(1));
    const auto cashier = s.login(1);
    db::Database& d = *s.db;
    const QString sql = QStringLiteral("INSERT INTO stock_movements (product_id, lot_id, kind, qty, at, user_id, reason, "
                                       "ref_type, ref_id) VALUES (:p, :lot, :kind, :qty, :at, :u, :reason, :rt, :rid)");
    d.execute(QStringLiteral("BEGIN"));
    CpuMeter cpu(s.backendPid());
    for (auto _ : state) {
        db::Query q(d, sql);
        q.bind(QStringLiteral(":p"), db::v64(1))
            .bind(QStringLiteral(":lot"), QVariant())
            .bind(QStringLiteral(":kind"), QStringLiteral("sale"))
            .bind(QStringLiteral(":qty"), db::v64(-1000))
            .bind(QStringLiteral(":at"), QStringLiteral("2026-11-28T10:00:00+07:00"))
            .bind(QStringLiteral(":u"), cashier.userId)
            .bind(QStringLiteral(":reason"), QVariant())
            .bind(QStringLiteral(":rt"), QStringLiteral("sale"))
            .bind(QStringLiteral(":rid"), db::v64(1))
            .exec();
    }
    cpu.report(state);
    d.execute(QStringLiteral("ROLLBACK"));
}
BENCHMARK(BM_PgOneStatementQtSql)->Unit(benchmark::kMicrosecond)->MinTime(0.5)->UseRealTime();

void BM_PgOneStatementRaw(benchmark::State& state)
{
    PgStore s(PgStore::create(1));
    const std::string user = std::to_string(s.login(1).userId);
    Raw raw(s.url);
    raw.prepare("move", "INSERT INTO stock_movements (product_id, lot_id, kind, qty, at, user_id, reason, ref_type, ref_id) "
                        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)");
    raw.exec("BEGIN");
    CpuMeter cpu(raw.backendPid());
    for (auto _ : state)
        raw.run("move", {"1", nullptr, "sale", "-1000", "2026-11-28T10:00:00+07:00", user.c_str(), nullptr, "sale", "1"});
    cpu.report(state);
    raw.exec("ROLLBACK");
}
BENCHMARK(BM_PgOneStatementRaw)->Unit(benchmark::kMicrosecond)->MinTime(0.5)->UseRealTime();

// --- Several tills at once -------------------------------------------------

int salesPerTill() { return qEnvironmentVariableIntValue("OCOPOS_BENCH_TILL_SALES") > 0
                                ? qEnvironmentVariableIntValue("OCOPOS_BENCH_TILL_SALES") : 150; }

/// A till process: its own connection and cashier, on till $OCOPOS_TILL
/// (Context::till, as `ocopos --till` sets it). Opens the till's shift, says
/// "ready", waits for a line on stdin, sells `sales` times and prints
/// "start_us end_us" then each commit's latency in µs.
int tillWorker(const QString& url, int cashierNo, int sales)
{
    PgStore s(url);
    s.till = services::SettingsService::checkedTill(qEnvironmentVariable("OCOPOS_TILL"));
    const auto cashier = s.login(cashierNo);
    services::ShiftService(s.ctx()).open(cashier, core::Money(0));
    services::SaleService service(s.ctx());
    const auto request = tenLines();
    std::printf("ready\n");
    std::fflush(stdout);
    char go[16];
    if (!std::fgets(go, sizeof go, stdin))
        return 1;
    std::vector<double> us;
    us.reserve(static_cast<std::size_t>(sales));
    const double start = monotonicUs();
    for (int i = 0; i < sales; ++i) {
        const double t0 = monotonicUs();
        service.commit(cashier, request);
        us.push_back(monotonicUs() - t0);
    }
    const double end = monotonicUs();
    std::printf("%.0f %.0f\n", start, end);
    for (double v : us)
        std::printf("%.0f\n", v);
    return 0;
}

void BM_TillsAtOnce(benchmark::State& state)
{
    const int tills = static_cast<int>(state.range(0));
    const int sales = salesPerTill();
    for (auto _ : state) {
        const QString url = PgStore::create(tills);
        std::vector<std::unique_ptr<QProcess>> workers;
        for (int t = 1; t <= tills; ++t) {
            auto p = std::make_unique<QProcess>();
            auto env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("OCOPOS_TILL"), QStringLiteral("T%1").arg(t));
            env.insert(QStringLiteral("OCOPOS_DB"), url);  // not on the command line: it holds a password
            p->setProcessEnvironment(env);
            p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p->start(QCoreApplication::applicationFilePath(),
                     {QStringLiteral("--till-worker"), QString::number(t), QString::number(sales)});
            workers.push_back(std::move(p));
        }
        for (auto& p : workers)
            if (!p->waitForReadyRead(120000) || !p->readLine().startsWith("ready"))
                throw std::runtime_error("a till worker did not start");
        // QProcess writes only inside its waitFor* calls: push "go" to every till now.
        for (auto& p : workers)
            p->write("go\n");
        for (auto& p : workers)
            p->waitForBytesWritten(10000);
        std::vector<double> latencies;
        double first = 0, last = 0;
        for (auto& p : workers) {
            if (!p->waitForFinished(600000) || p->exitCode() != 0)
                throw std::runtime_error("a till worker failed");
            const QList<QByteArray> lines = p->readAllStandardOutput().trimmed().split('\n');
            const QList<QByteArray> span = lines.front().split(' ');
            const double start = span.at(0).toDouble(), end = span.at(1).toDouble();
            first = first == 0 ? start : std::min(first, start);
            last = std::max(last, end);
            for (qsizetype k = 1; k < lines.size(); ++k)
                latencies.push_back(lines[k].toDouble());
        }
        const double seconds = (last - first) / 1e6;
        state.SetIterationTime(seconds);
        state.counters["sales"] = static_cast<double>(latencies.size());
        state.counters["sales_per_s"] = static_cast<double>(latencies.size()) / seconds;
        state.counters["p50_ms"] = percentile(latencies, 0.50) / 1000;
        state.counters["p99_ms"] = percentile(latencies, 0.99) / 1000;
        state.counters["max_ms"] = percentile(latencies, 1.0) / 1000;
        PgStore check(url);
        state.counters["tills_used"] =
            static_cast<double>(db::Query(*check.db, QStringLiteral("SELECT COUNT(DISTINCT till) FROM sales")).scalar()->toLongLong());
        state.counters["shifts_open"] = static_cast<double>(
            db::Query(*check.db, QStringLiteral("SELECT COUNT(*) FROM shifts WHERE status = 'open'")).scalar()->toLongLong());
    }
}
BENCHMARK(BM_TillsAtOnce)->Arg(1)->Arg(2)->Arg(4)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && std::string(argv[1]) == "--till-worker")
        return tillWorker(qEnvironmentVariable("OCOPOS_DB"), std::atoi(argv[2]), std::atoi(argv[3]));
    spdlog::set_level(spdlog::level::warn);  // not every migration of every benchmark's database
    g_server = std::make_unique<bench::PgBenchServer>();
    std::fprintf(stderr, "PostgreSQL for the benchmark: %s\n", qPrintable(g_server->durabilitySettings()));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_server.reset();
    return 0;
}
