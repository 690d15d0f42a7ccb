// The till at chain scale (issue 8): cold start to "ready to scan", barcode →
// priced cart line, search as you type (index and the SQL path side by side) on a
// generated store. Usage: bench_scale --products=N [--dir=/tmp/ocopos-bench] [--pg]
// [benchmark flags | --till-memory]. The store is generated once into DIR/store-N.db and reused.
// With --pg the same store is copied (db::StoreCopy) into a throwaway PostgreSQL
// server (durable settings, tests/bench/pg) and every figure is measured there (issue 13).
// Latency benchmarks time every call and report p50/p99 (µs) as counters.
#include "generator/StoreGenerator.h"
#include "pg/PgBenchServer.h"

#include "core/Cart.h"
#include "core/Clock.h"
#include "db/Database.h"
#include "db/StoreCopy.h"
#include "services/CatalogLookup.h"
#include "services/PriceService.h"
#include "services/ProductSearchIndex.h"
#include "services/SettingsService.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <fstream>
#include <memory>
#include <random>
#include <string>

using namespace ocopos;

namespace {

int g_products = 300'000;
QString g_store;
const core::FixedClock g_clock(core::parseIsoTime(QStringLiteral("2026-11-28T09:00:00+07:00"), "now"));

services::Session manager()
{
    services::Session s;
    s.userId = 1;
    s.username = QStringLiteral("admin");
    s.role = core::Role::Admin;
    return s;
}

// 3–12 characters, no accents, as a cashier types them: growing prefixes of real
// words, two-word queries, producer and place names, SKU digits, and misses.
std::vector<QString> searchQueries()
{
    const char* typed[] = {"nuo", "nuoc", "nuoc m", "nuoc mam", "nuoc mam ca", "nuoc mam phu", "mat", "mat on", "mat ong",
                           "mat ong rung", "tra", "tra hoa", "tra hoa v", "tra hoa vang", "cha m", "cha muc", "cha muc ha",
                           "mien", "mien dong", "banh da", "che shan", "ca phe", "ca phe dak", "hat dieu", "gao st",
                           "gao st25", "nam linh", "mang kho", "mam tom", "ruou ngo", "ruou tao", "sam ngoc", "toi co don",
                           "vai thieu", "nhan long", "keo dua", "banh pia", "tom kho", "muc mot", "hong treo", "atiso",
                           "cao atiso", "que", "dau tram", "ca cao", "sua chua", "phu quoc", "ba che", "ha long",
                           "cai rong", "moc chau", "da lat", "ben tre", "huu co", "dac biet", "500ml", "hu 250",
                           "mam ha long", "tra ba che", "sp0012", "sp12345", "htx-0042", "nguyen van", "ho tran",
                           "banh trang", "lap xuong", "kho ca dua", "mut gung", "tinh bot", "sa chanh", "xoai cat",
                           "zzq", "qwxyz", "nuoc xyz", "bun bo hue", "phoo", "matong"};
    std::vector<QString> out;
    for (const char* t : typed)
        out.push_back(QString::fromLatin1(t));
    return out;
}

// Wall time and this thread's CPU time: on a shared machine the wall p99 carries
// the scheduler's waits, the CPU p99 is the work itself.
void percentiles(benchmark::State& state, std::vector<double>& us);

struct Samples {
    std::vector<double> wall, cpu;
};

void percentiles(benchmark::State& state, Samples& s)
{
    percentiles(state, s.wall);
    std::sort(s.cpu.begin(), s.cpu.end());
    if (!s.cpu.empty()) {
        state.counters["cpu_p50_us"] = s.cpu[s.cpu.size() / 2];
        state.counters["cpu_p99_us"] = s.cpu[std::min(s.cpu.size() - 1, s.cpu.size() * 99 / 100)];
    }
}

void percentiles(benchmark::State& state, std::vector<double>& us)
{
    if (us.empty())
        return;
    std::sort(us.begin(), us.end());
    const auto at = [&](double p) { return us[std::min(us.size() - 1, static_cast<std::size_t>(p * static_cast<double>(us.size())))]; };
    state.counters["p50_us"] = at(0.50);
    state.counters["p99_us"] = at(0.99);
    state.counters["max_us"] = us.back();
}

double threadCpuUs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
}

// On PostgreSQL (--pg) the work is split: the server's backend process of the
// benchmark's connection runs the SQL. Its CPU time (/proc/PID/schedstat, ns) is
// added to the thread's, so "CPU" is the whole call on both sides of the socket.
long g_backend = 0;

double backendCpuUs()
{
    if (g_backend == 0)
        return 0;
    std::ifstream f("/proc/" + std::to_string(g_backend) + "/schedstat");
    double ns = 0;
    f >> ns;
    return ns / 1e3;
}

/// Follows the server process of `database`'s connection (PostgreSQL only) until destroyed.
struct WatchBackend {
    explicit WatchBackend(db::Database& database)
    {
        g_backend = database.isPostgres()
                        ? static_cast<long>(db::Query(database, QStringLiteral("SELECT pg_backend_pid()")).scalar()->toLongLong())
                        : 0;
    }
    ~WatchBackend() { g_backend = 0; }
    WatchBackend(const WatchBackend&) = delete;
    WatchBackend& operator=(const WatchBackend&) = delete;
};

template <typename F>
void sample(Samples& s, F&& f)
{
    const double c0 = threadCpuUs() + backendCpuUs();
    const auto t0 = std::chrono::steady_clock::now();
    f();
    s.wall.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
    s.cpu.push_back(threadCpuUs() + backendCpuUs() - c0);
}

template <typename F>
double timeUs(F&& f)
{
    const auto t0 = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count();
}

long statusKb(const std::string& key)
{
    std::ifstream f("/proc/self/status");
    std::string k;
    long v = 0;
    while (f >> k)
        if (k == key && (f >> v))
            return v;
    return 0;
}

// A till's memory on this store, as its own process: open, build the index in
// the background, then serve the search-as-you-type queries and scans.
// Prints "rss_MB hwm_MB index_MB read_from_file anon_MB file_MB".
int tillMemory()
{
    db::Database database(g_store);
    services::ProductSearchIndex index;
    services::Context ctx{database, g_clock, &index};
    services::CatalogLookup catalog(ctx);
    services::PriceService(ctx).applyDueChanges();
    // As the app starts it: the saved index read back when there is one (the
    // second run), else built and saved (the first: delete the file to measure a build).
    index.startBuild(g_store, services::ProductSearchIndex::savedPathFor(g_store));
    index.wait();
    const auto actor = manager();
    for (const auto& q : searchQueries())
        benchmark::DoNotOptimize(catalog.listProducts(actor, q, QString(), 20));
    for (int i = 1; i <= 1000; ++i)
        benchmark::DoNotOptimize(catalog.resolveCode(bench::generatedBarcode(i * (g_products / 1000))));
    std::printf("%.1f %.1f %.1f %d %.1f %.1f\n", static_cast<double>(statusKb("VmRSS:")) / 1024.0,
                static_cast<double>(statusKb("VmHWM:")) / 1024.0, static_cast<double>(index.memoryBytes()) / 1e6,
                index.loadedFromFile() ? 1 : 0, static_cast<double>(statusKb("RssAnon:")) / 1024.0,
                static_cast<double>(statusKb("RssFile:")) / 1024.0);
    return 0;
}

// Open + migrate check + due price changes + settings + the first scan: what the
// till does before the cashier can sell. The search index is started on its own
// thread (the till searches SQL until it is ready) and not waited for; how long
// it takes to be ready is reported beside (index_ready_ms, wall, from the start).
void BM_ColdStartReadyToScan(benchmark::State& state)
{
    std::vector<double> readyCpuMs, indexMs;
    for (auto _ : state) {
        const double c0 = threadCpuUs();
        const auto t0 = std::chrono::steady_clock::now();
        db::Database database(g_store);
        services::ProductSearchIndex index;
        services::Context ctx{database, g_clock, &index};
        services::CatalogLookup catalog(ctx);
        services::PriceService(ctx).applyDueChanges();
        services::SettingsService(ctx).scaleConfig();
        index.startBuild(g_store);
        benchmark::DoNotOptimize(catalog.resolveCode(bench::generatedBarcode(g_products / 2)));
        readyCpuMs.push_back((threadCpuUs() - c0) / 1000.0);
        state.PauseTiming();
        index.wait();
        indexMs.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        state.counters["index_MB"] = static_cast<double>(index.memoryBytes()) / 1e6;
        state.ResumeTiming();
    }
    std::sort(indexMs.begin(), indexMs.end());
    std::sort(readyCpuMs.begin(), readyCpuMs.end());
    state.counters["index_ready_ms"] = indexMs[indexMs.size() / 2];
    state.counters["ready_cpu_ms"] = readyCpuMs[readyCpuMs.size() / 2];
}

double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// The till's start as it is in the app: the index read back from the file the
// last run saved beside the store (the catalogue unchanged since). How long from
// the start until searches use the index — the window in which a search would
// still go to SQL — in wall time and in the process's CPU (both threads).
void BM_ColdStartSavedIndex(benchmark::State& state)
{
    const QString saved = services::ProductSearchIndex::savedPathFor(g_store);
    {
        // The previous run's save (a build the first time; not timed).
        services::ProductSearchIndex index;
        index.startBuild(g_store, saved);
        index.wait();
    }
    std::vector<double> wallMs, cpuMs;
    bool read = true;
    for (auto _ : state) {
        const double c0 = processCpuMs();
        const auto t0 = std::chrono::steady_clock::now();
        db::Database database(g_store);
        services::ProductSearchIndex index;
        services::Context ctx{database, g_clock, &index};
        services::PriceService(ctx).applyDueChanges();
        index.startBuild(g_store, saved);
        index.wait();
        wallMs.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        cpuMs.push_back(processCpuMs() - c0);
        read = read && index.loadedFromFile();
        state.counters["index_MB"] = static_cast<double>(index.memoryBytes()) / 1e6;
    }
    std::sort(wallMs.begin(), wallMs.end());
    std::sort(cpuMs.begin(), cpuMs.end());
    state.counters["index_ready_ms"] = wallMs[wallMs.size() / 2];
    state.counters["index_ready_max_ms"] = wallMs.back();
    state.counters["process_cpu_ms"] = cpuMs[cpuMs.size() / 2];
    state.counters["read_from_file"] = read ? 1 : 0;
    state.counters["file_MB"] = static_cast<double>(QFileInfo(saved).size()) / 1e6;
}

// Building the index alone, on this thread: its CPU cost (it runs beside the till).
void BM_IndexBuild(benchmark::State& state)
{
    db::Database database(g_store);
    std::vector<double> cpuMs;
    for (auto _ : state) {
        services::ProductSearchIndex index;
        const double c0 = threadCpuUs();
        index.reload(database);
        cpuMs.push_back((threadCpuUs() - c0) / 1000.0);
    }
    std::sort(cpuMs.begin(), cpuMs.end());
    state.counters["cpu_ms"] = cpuMs[cpuMs.size() / 2];
}

void BM_ScanToCartLine(benchmark::State& state)
{
    db::Database database(g_store);
    const WatchBackend backend(database);
    services::Context ctx{database, g_clock};
    services::CatalogLookup catalog(ctx);
    const auto threshold = services::SettingsService(ctx).discountOverrideThreshold();
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> pick(1, g_products);
    Samples us;
    for (auto _ : state) {
        const QString code = bench::generatedBarcode(pick(rng));
        sample(us, [&] {
            const auto scan = catalog.resolveCode(code);
            core::CartLine l;
            l.productId = scan.product.id;
            l.sku = scan.product.sku;
            l.name = scan.product.name;
            l.unit = scan.product.unit;
            l.soldBy = scan.product.soldBy;
            l.unitPrice = scan.product.price;
            l.vat = scan.product.vat;
            l.qty = scan.product.soldBy == core::SoldBy::Weight ? core::Quantity::fromThousandths(350)
                                                                : core::Quantity::fromThousandths(1000);
            l.ownerId = scan.product.ownerId;
            l.ownerCode = scan.product.ownerCode;
            l.supply = scan.product.supply;
            l.commission = scan.commission;
            benchmark::DoNotOptimize(core::priceCart({l}, core::Discount::none(), threshold));
        });
    }
    percentiles(state, us);
}

void BM_SearchAsYouTypeIndex(benchmark::State& state)
{
    db::Database database(g_store);
    const WatchBackend backend(database);
    services::ProductSearchIndex index;
    index.reload(database);
    services::Context ctx{database, g_clock, &index};
    services::CatalogLookup catalog(ctx);
    const auto queries = searchQueries();
    const auto actor = manager();
    Samples us;
    std::size_t i = 0;
    std::vector<double> worst(queries.size(), 0.0);
    for (auto _ : state) {
        const std::size_t k = i++ % queries.size();
        sample(us, [&] { benchmark::DoNotOptimize(catalog.listProducts(actor, queries[k], QString(), 20)); });
        worst[k] = std::max(worst[k], us.cpu.back());
    }
    // Which queries make the tail (stderr: what bounds the p99).
    std::vector<std::size_t> order(queries.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        order[k] = k;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return worst[a] > worst[b]; });
    std::fprintf(stderr, "slowest queries (max CPU us):");
    for (std::size_t k = 0; k < 5 && k < order.size(); ++k)
        std::fprintf(stderr, " \"%s\" %.0f", qPrintable(queries[order[k]]), worst[order[k]]);
    std::fprintf(stderr, "\n");
    percentiles(state, us);
}

// The SQL path of before (LIKE '%w%' on every row, ICU sort of every match) on a
// sample of the queries, for the ratio.
void BM_SearchAsYouTypeSql(benchmark::State& state)
{
    db::Database database(g_store);
    const WatchBackend backend(database);
    services::Context ctx{database, g_clock};
    services::CatalogLookup catalog(ctx);
    const auto all = searchQueries();
    std::vector<QString> queries;
    for (std::size_t k = 0; k < all.size(); k += 7)
        queries.push_back(all[k]);
    const auto actor = manager();
    Samples us;
    std::size_t i = 0;
    for (auto _ : state) {
        const QString& q = queries[i++ % queries.size()];
        sample(us, [&] { benchmark::DoNotOptimize(catalog.listProducts(actor, q, QString(), 20)); });
    }
    percentiles(state, us);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString dir = QStringLiteral("/tmp/ocopos-bench");
    std::vector<char*> rest;
    bool till = false;
    bool pg = false;
    for (int k = 0; k < argc; ++k) {
        const std::string a = argv[k];
        if (a == "--till-memory")
            till = true;
        else if (a == "--pg")
            pg = true;
        else if (a.rfind("--products=", 0) == 0)
            g_products = std::stoi(a.substr(11));
        else if (a.rfind("--dir=", 0) == 0)
            dir = QString::fromStdString(a.substr(6));
        else
            rest.push_back(argv[k]);
    }
    QDir().mkpath(dir);
    g_store = QStringLiteral("%1/store-%2.db").arg(dir).arg(g_products);
    bench::StoreSpec spec;
    spec.products = g_products;
    const auto t0 = std::chrono::steady_clock::now();
    if (bench::ensureStore(g_store, spec))
        std::fprintf(stderr, "generated %s in %.1f s\n", qPrintable(g_store),
                     std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());

    std::unique_ptr<bench::PgBenchServer> server;
    if (pg) {
        const auto t1 = std::chrono::steady_clock::now();
        server = std::make_unique<bench::PgBenchServer>();
        const QString url = server->createDatabase(QStringLiteral("store_%1").arg(g_products));
        {
            // `ocopos-cli db copy`'s engine: every row, ids kept; then the planner's statistics.
            db::Database from(g_store);
            db::Database to(url);
            db::StoreCopy(from, to).run();
            to.execute(QStringLiteral("ANALYZE"));
        }
        std::fprintf(stderr, "copied into PostgreSQL (%s) in %.1f s\n", qPrintable(server->durabilitySettings()),
                     std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count());
        g_store = url;
    }
    if (till)
        return tillMemory();
    const int iters = g_products >= 100'000 ? 3 : 10;
    benchmark::RegisterBenchmark("ColdStartReadyToScan", BM_ColdStartReadyToScan)
        ->Iterations(iters)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("ColdStartSavedIndex", BM_ColdStartSavedIndex)
        ->Iterations(iters)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("IndexBuild", BM_IndexBuild)->Iterations(iters)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("ScanToCartLine", BM_ScanToCartLine)->Iterations(20'000)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("SearchAsYouTypeIndex", BM_SearchAsYouTypeIndex)
        ->Iterations(static_cast<benchmark::IterationCount>(searchQueries().size() * 20))->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("SearchAsYouTypeSql", BM_SearchAsYouTypeSql)
        ->Iterations(g_products >= 100'000 ? 6 : 33)->Unit(benchmark::kMillisecond);

    int n = static_cast<int>(rest.size());
    benchmark::Initialize(&n, rest.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
