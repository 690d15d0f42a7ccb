// The province centre at scale (issue 14, docs/PERFORMANCE.md §Centre): N stores
// × D days × S sales a day (~3 lines each, a lot per line, 1 % returned, 0.3 %
// voided) ingested through CentreService::postBatch — the code path of
// `POST /api/v1/batches` after HTTP: token check, JSON parse, chain
// verification, every row and the per-day sums — in batches of 1000 entries,
// into a durable throwaway PostgreSQL (tests/bench/pg). Then the report by
// producer over the whole period: p50/p95 of `reps` runs.
// A plain program, not a test:
//   build/dev/tests/bench/bench_centre [--stores=30] [--days=365] [--sales=150] [--reps=50] [--threads=1]
// --threads: stores ingested in parallel (each thread its own connection).
// The contents have the shape and size of the store's canonical JSON (keys of
// services/SaleReader.cpp canonicalSale), generated here: a real sale engine
// would take hours to make 1.6 M sales.
#include "pg/PgBenchServer.h"

#include "centre/CentreService.h"
#include "centre/Protocol.h"
#include "core/Clock.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace ocopos;

namespace {

struct Options {
    int stores = 30, days = 365, sales = 150, reps = 50, threads = 1;
};

int intOption(const QStringList& args, const char* name, int fallback)
{
    const QString prefix = QStringLiteral("--%1=").arg(QLatin1String(name));
    for (const QString& a : args)
        if (a.startsWith(prefix))
            return a.mid(prefix.size()).toInt();
    return fallback;
}

constexpr int kOwners = 20;  // 8 cooperatives, 12 households under them

QString owner(int i) { return i < 8 ? QStringLiteral("HTX-%1").arg(i) : QStringLiteral("HO-%1").arg(i); }

QJsonArray producers()
{
    QJsonArray out;
    for (int i = 0; i < kOwners; ++i)
        out.append(QJsonObject{{QStringLiteral("code"), owner(i)},
                               {QStringLiteral("kind"), i < 8 ? QStringLiteral("cooperative") : QStringLiteral("household")},
                               {QStringLiteral("name"), i < 8 ? QStringLiteral("HTX Nước mắm %1").arg(i)
                                                              : QStringLiteral("Hộ Nguyễn Văn %1").arg(i)},
                               {QStringLiteral("parent"), i < 8 ? QJsonValue() : QJsonValue(owner(i % 8))},
                               {QStringLiteral("tax_code"), i < 4 ? QJsonValue(QStringLiteral("57001000%1").arg(i)) : QJsonValue()},
                               {QStringLiteral("district"), QStringLiteral("Vân Đồn")},
                               {QStringLiteral("province"), QStringLiteral("Quảng Ninh")}});
    return out;
}

/// One store's generator: its journal entries, chained, in order.
class StoreHistory {
public:
    StoreHistory(int store, const Options& o) : m_store(store), m_o(o), m_rng(static_cast<quint32>(1000 + store)) {}

    QString code() const { return QStringLiteral("QN-%1").arg(m_store, 2, 10, QLatin1Char('0')); }

    /// The next up to 1000 entries (a sale and its void or return stay together); empty at the end.
    QJsonArray next()
    {
        QJsonArray out;
        while (out.size() < 999 && m_day < m_o.days) {
            const QDate day = QDate(2026, 1, 1).addDays(m_day);
            if (m_sale < m_o.sales) {
                const int minute = 8 * 60 + m_sale * 600 / std::max(1, m_o.sales);
                const QString time = QStringLiteral("%1T%2:%3:00+07:00")
                                         .arg(day.toString(Qt::ISODate))
                                         .arg(minute / 60, 2, 10, QLatin1Char('0'))
                                         .arg(minute % 60, 2, 10, QLatin1Char('0'));
                out.append(sale(time));
                const quint32 roll = m_rng.bounded(1000u);
                if (roll < 3)
                    out.append(voidLast(time));
                else if (roll < 13)
                    out.append(returnLast(time));
                ++m_sale;
            } else {
                m_sale = 0;
                ++m_day;
            }
        }
        return out;
    }
    qint64 sales() const { return m_sales; }
    qint64 lines() const { return m_lines; }

private:
    QJsonObject entry(const QString& kind, qint64 ref, const QString& time, const QByteArray& content)
    {
        const QString text = QString::fromUtf8(content);
        const QString hash = centre::chainHash(m_last, text);
        QJsonObject e{{QStringLiteral("seq"), ++m_id}, {QStringLiteral("type"), QStringLiteral("journal")},
                      {QStringLiteral("id"), m_id},    {QStringLiteral("at"), time},
                      {QStringLiteral("kind"), kind},  {QStringLiteral("ref_id"), ref},
                      {QStringLiteral("prev_hash"), m_last}, {QStringLiteral("hash"), hash},
                      {QStringLiteral("content"), text}};
        m_last = hash;
        return e;
    }

    QJsonObject sale(const QString& time)
    {
        ++m_saleId;
        ++m_sales;
        m_receipt = QStringLiteral("Q01-%1").arg(m_saleId, 6, 10, QLatin1Char('0'));
        const int n = 2 + static_cast<int>(m_rng.bounded(3u));  // 2..4, ~3
        QJsonArray lines;
        qint64 gross = 0, vatSum = 0;
        m_lastLines.clear();
        for (int l = 1; l <= n; ++l) {
            const int o = static_cast<int>(m_rng.bounded(static_cast<quint32>(kOwners)));
            const qint64 qty = 1000 * (1 + m_rng.bounded(3u));
            const qint64 price = 10000 * (2 + m_rng.bounded(60u));
            const qint64 g = price * qty / 1000;
            const qint64 vat = g * 8 / 108;
            const qint64 comm = g * 2000 / 10000;
            gross += g;
            vatSum += vat;
            m_lastLines.push_back({l, g, vat, comm, qty});
            lines.append(QJsonObject{
                {QStringLiteral("commission"), comm},
                {QStringLiteral("commission_bp"), 2000},
                {QStringLiteral("discount"), 0},
                {QStringLiteral("gross"), g},
                {QStringLiteral("line"), l},
                {QStringLiteral("lots"), QJsonArray{QJsonObject{{QStringLiteral("amount"), g},
                                                                {QStringLiteral("lot"), 100 + o},
                                                                {QStringLiteral("producer"), owner(o)},
                                                                {QStringLiteral("qty"), qty}}}},
                {QStringLiteral("name"), QStringLiteral("Sản phẩm OCOP %1").arg(o)},
                {QStringLiteral("net"), g},
                {QStringLiteral("owner"), owner(o)},
                {QStringLiteral("payout"), g - comm},
                {QStringLiteral("qty"), qty},
                {QStringLiteral("sale_discount"), 0},
                {QStringLiteral("sku"), QStringLiteral("SKU-%1-%2").arg(o).arg(l)},
                {QStringLiteral("supply"), QStringLiteral("consignment")},
                {QStringLiteral("unit_price"), price},
                {QStringLiteral("vat"), vat},
                {QStringLiteral("vat_rate"), QStringLiteral("8")}});
            ++m_lines;
        }
        const QJsonObject c{{QStringLiteral("cashier"), QStringLiteral("thu")},
                            {QStringLiteral("change"), 0},
                            {QStringLiteral("discount"), 0},
                            {QStringLiteral("gross"), gross},
                            {QStringLiteral("kind"), QStringLiteral("sale")},
                            {QStringLiteral("lines"), lines},
                            {QStringLiteral("paid"), gross},
                            {QStringLiteral("payments"),
                             QJsonArray{QJsonObject{{QStringLiteral("amount"), gross},
                                                    {QStringLiteral("method"), QStringLiteral("cash")},
                                                    {QStringLiteral("reference"), QString()}}}},
                            {QStringLiteral("receipt_no"), m_receipt},
                            {QStringLiteral("till"), QStringLiteral("Q01")},
                            {QStringLiteral("time"), time},
                            {QStringLiteral("total"), gross},
                            {QStringLiteral("vat"), vatSum}};
        return entry(QStringLiteral("sale"), m_saleId, time, QJsonDocument(c).toJson(QJsonDocument::Compact));
    }

    QJsonObject voidLast(const QString& time)
    {
        const QJsonObject c{{QStringLiteral("kind"), QStringLiteral("void")},
                            {QStringLiteral("receipt_no"), m_receipt},
                            {QStringLiteral("time"), time},
                            {QStringLiteral("by"), QStringLiteral("ql")}};
        return entry(QStringLiteral("void"), m_saleId, time, QJsonDocument(c).toJson(QJsonDocument::Compact));
    }

    QJsonObject returnLast(const QString& time)
    {
        const Line& l = m_lastLines.front();
        const QJsonObject line{{QStringLiteral("line"), l.no},       {QStringLiteral("sku"), QStringLiteral("SKU")},
                               {QStringLiteral("qty"), l.qty},       {QStringLiteral("refund"), l.gross},
                               {QStringLiteral("vat"), l.vat},       {QStringLiteral("commission"), l.comm},
                               {QStringLiteral("payout"), l.gross - l.comm}, {QStringLiteral("lots"), QJsonArray()}};
        const QJsonObject c{{QStringLiteral("kind"), QStringLiteral("return")},
                            {QStringLiteral("number"), QStringLiteral("R-%1").arg(++m_returnId)},
                            {QStringLiteral("receipt_no"), m_receipt},
                            {QStringLiteral("time"), time},
                            {QStringLiteral("by"), QStringLiteral("ql")},
                            {QStringLiteral("damaged"), false},
                            {QStringLiteral("refund"), l.gross},
                            {QStringLiteral("lines"), QJsonArray{line}}};
        return entry(QStringLiteral("return"), m_returnId, time, QJsonDocument(c).toJson(QJsonDocument::Compact));
    }

    struct Line {
        int no;
        qint64 gross, vat, comm, qty;
    };
    int m_store;
    Options m_o;
    QRandomGenerator m_rng;
    int m_day = 0, m_sale = 0;
    qint64 m_id = 0, m_saleId = 0, m_returnId = 0, m_sales = 0, m_lines = 0;
    QString m_last = centre::genesisHash();
    QString m_receipt;
    std::vector<Line> m_lastLines;
};

double ms(qint64 ns) { return static_cast<double>(ns) / 1e6; }

} // namespace

#ifdef OCOPOS_BENCH_PORTAL
// bench_portal (tests/bench/BenchPortal.cpp): the same history, then the portal's pages.
int benchPortal(db::Database& dbase, const core::Clock& clock, int days, int reps);
#endif

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    Options o;
    o.stores = intOption(args, "stores", o.stores);
    o.days = intOption(args, "days", o.days);
    o.sales = intOption(args, "sales", o.sales);
    o.reps = intOption(args, "reps", o.reps);
    o.threads = std::max(1, intOption(args, "threads", o.threads));
    std::printf("bench_centre: %d stores x %d days x %d sales/day, %d thread(s)\n", o.stores, o.days, o.sales, o.threads);

    bench::PgBenchServer server;
    const QString url = server.createDatabase(QStringLiteral("centre"));
    std::printf("PostgreSQL: %s\n", server.durabilitySettings().toStdString().c_str());
    db::Database::Options dbo;
    dbo.schema = db::Schema::Centre;
    core::SystemClock clock;
    std::vector<QString> tokens;
    {
        db::Database adminDb(url, dbo);
        centre::CentreService admin(adminDb, clock);
        for (int s = 0; s < o.stores; ++s)
            tokens.push_back(admin.addStore(StoreHistory(s, o).code(), QStringLiteral("Cửa hàng %1").arg(s)));
    }

    std::atomic<int> nextStore{0};
    std::atomic<qint64> batches{0}, sales{0}, lines{0}, entries{0}, bytes{0};
    std::vector<std::vector<qint64>> batchNs(static_cast<std::size_t>(o.threads));
    QElapsedTimer wall;
    wall.start();
    const auto work = [&](int t) {
        db::Database dbase(url, dbo);
        centre::CentreService service(dbase, clock);
        for (int s = nextStore++; s < o.stores; s = nextStore++) {
            StoreHistory h(s, o);
            const QByteArray auth = "Bearer " + tokens[static_cast<std::size_t>(s)].toLatin1();
            for (QJsonArray e = h.next(); !e.isEmpty(); e = h.next()) {
                const QJsonObject batch{{QStringLiteral("protocol"), 1},
                                        {QStringLiteral("store"), h.code()},
                                        {QStringLiteral("producers"), producers()},
                                        {QStringLiteral("products"), QJsonArray()},
                                        {QStringLiteral("entries"), e}};
                const QByteArray body = QJsonDocument(batch).toJson(QJsonDocument::Compact);
                QElapsedTimer bt;
                bt.start();
                const centre::Reply r = service.postBatch(auth, body);
                batchNs[static_cast<std::size_t>(t)].push_back(bt.nsecsElapsed());
                if (r.status != 200) {
                    std::fprintf(stderr, "batch refused: %d %s\n", r.status,
                                 QJsonDocument(r.body).toJson(QJsonDocument::Compact).constData());
                    std::exit(1);
                }
                ++batches;
                entries += e.size();
                bytes += body.size();
            }
            sales += h.sales();
            lines += h.lines();
            std::printf("  store %s done (%.0f s)\n", h.code().toStdString().c_str(), ms(wall.nsecsElapsed()) / 1000);
            std::fflush(stdout);
        }
    };
    std::vector<std::thread> threads;
    for (int t = 0; t < o.threads; ++t)
        threads.emplace_back(work, t);
    for (auto& th : threads)
        th.join();
    const double secs = ms(wall.nsecsElapsed()) / 1000;
    std::vector<qint64> all;
    for (const auto& v : batchNs)
        all.insert(all.end(), v.begin(), v.end());
    std::sort(all.begin(), all.end());
    const auto pct = [&](std::vector<qint64>& v, double p) {
        return v.empty() ? 0.0 : ms(v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))]);
    };
    std::printf("ingest: %lld sales, %lld lines, %lld entries in %lld batches (%.1f MB of JSON) in %.1f s\n",
                static_cast<long long>(sales.load()), static_cast<long long>(lines.load()),
                static_cast<long long>(entries.load()), static_cast<long long>(batches.load()),
                static_cast<double>(bytes.load()) / 1e6, secs);
    double batchSecs = 0;
    for (qint64 ns : all)
        batchSecs += ms(ns) / 1000;
    std::printf("  in postBatch alone (without generating the JSON): %.1f s of %d thread(s), %.0f sales/s per thread\n",
                batchSecs, o.threads, static_cast<double>(sales.load()) / batchSecs);
    std::printf("  %.0f sales/s, %.0f entries/s; per batch of 1000 entries: p50 %.0f ms, p95 %.0f ms, max %.0f ms\n",
                static_cast<double>(sales.load()) / secs, static_cast<double>(entries.load()) / secs, pct(all, 0.5),
                pct(all, 0.95), all.empty() ? 0.0 : ms(all.back()));

    db::Database dbase(url, dbo);
    dbase.execute(QStringLiteral("ANALYZE"));
    centre::CentreService service(dbase, clock);
    const QDate from(2026, 1, 1), to = from.addDays(o.days - 1);
    std::vector<qint64> reportNs;
    std::size_t rows = 0;
    for (int i = 0; i < o.reps; ++i) {
        QElapsedTimer t;
        t.start();
        rows = service.reportByProducer(from, to).rows.size();
        reportNs.push_back(t.nsecsElapsed());
    }
    std::sort(reportNs.begin(), reportNs.end());
    db::Query count(dbase, QStringLiteral("SELECT COUNT(*) FROM centre_owner_days"));
    const qint64 dayRows = count.scalar()->toLongLong();
    db::Query size(dbase, QStringLiteral("SELECT pg_database_size(current_database())"));
    const qint64 dbBytes = size.scalar()->toLongLong();
    std::printf("report by producer over %s..%s: %zu keys from %lld owner-day rows; p50 %.1f ms, p95 %.1f ms (%d runs)\n",
                from.toString(Qt::ISODate).toStdString().c_str(), to.toString(Qt::ISODate).toStdString().c_str(), rows,
                static_cast<long long>(dayRows), pct(reportNs, 0.5), pct(reportNs, 0.95), o.reps);
    std::printf("database size: %.0f MB\n", static_cast<double>(dbBytes) / 1e6);
#ifdef OCOPOS_BENCH_PORTAL
    return benchPortal(dbase, clock, o.days, o.reps);
#else
    return 0;
#endif
}
