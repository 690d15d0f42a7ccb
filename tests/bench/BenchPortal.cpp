// The cooperatives' portal at scale (issue 15, docs/PERFORMANCE.md §Portal):
// bench_centre's generated year of N stores, ingested the same way, then each
// portal page answered `reps` times through portal::Portal::handle (the code
// behind the HTTP route, with a real session cookie), p50/p95 per page.
//   build/dev/tests/bench/bench_portal [--stores=30] [--days=365] [--sales=150] [--reps=30] [--threads=2]
// Built from BenchCentre.cpp (the generator and the ingest) with
// OCOPOS_BENCH_PORTAL, which hands the loaded database to benchPortal().
#include "core/Clock.h"
#include "db/Database.h"
#include "db/centre/PortalRepository.h"
#include "portal/Portal.h"

#include <QDate>
#include <QFile>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ocopos;

namespace {

double ms(qint64 ns)
{
    return static_cast<double>(ns) / 1e6;
}

struct Page {
    const char* name;
    QString path;
    QString query;
    QString cookie;
};

} // namespace

int benchPortal(db::Database& dbase, const core::Clock& clock, int days, int reps)
{
    // Users at libsodium's smallest cost: logging in is argon2id by design
    // (tens of ms at the real cost) and not a page; it is timed apart below.
    portal::PortalAuth auth(dbase, clock, services::PinHashCost::minimum());
    const QString password = QStringLiteral("mat-khau-bench");
    auth.addUser(QStringLiteral("htx5"), QStringLiteral("HTX 5"), QStringLiteral("cooperative"),
        QStringLiteral("HTX:HTX-5"), password);
    auth.addUser(QStringLiteral("tinh"), QStringLiteral("Tỉnh"), QStringLiteral("province"), QString(), password);
    auth.addUser(
        QStringLiteral("qn00"), QStringLiteral("QN-00"), QStringLiteral("store"), QStringLiteral("QN-00"), password);
    const auto cookieOf = [&](const char* login) {
        const auto out = auth.login(QStringLiteral("127.0.0.1"), QString::fromLatin1(login), password);
        return QStringLiteral("ocopos_session=") + out.token;
    };
    const QString coop = cookieOf("htx5"), province = cookieOf("tinh"), store = cookieOf("qn00");

    const QDate last = QDate(2026, 1, 1).addDays(days - 1);
    const QDate first(last.year(), last.month(), 1);
    const QString month = first.toString(QStringLiteral("yyyy-MM"));
    const QString range = QStringLiteral("from=%1&to=%2").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate));
    db::PortalScope scope;
    scope.producerKey = QStringLiteral("HTX:HTX-5");
    db::PortalLineFilter f;
    f.from = first.toString(Qt::ISODate);
    f.to = last.toString(Qt::ISODate);
    f.limit = 1;
    const db::PortalLinePage one = db::PortalRepository(dbase).lines(scope, f);
    if (one.lines.empty()) {
        std::fprintf(stderr, "bench_portal: cooperative HTX-5 has no line in %s\n", month.toStdString().c_str());
        return 1;
    }
    const auto& l = one.lines.front();
    const qint64 lastPage = std::max<qint64>(1, (one.total + 49) / 50);
    std::printf("portal: cooperative HTX:HTX-5 (and its member household), %s: %lld sale lines in the month\n",
        month.toStdString().c_str(), static_cast<long long>(one.total));

    const std::vector<Page> pages {
        { "dashboard (month, vs previous)", QStringLiteral("/portal/dashboard"), QStringLiteral("month=") + month,
            coop },
        { "lines, first page of 50", QStringLiteral("/portal/lines"), range, coop },
        { "lines, last page", QStringLiteral("/portal/lines"), range + QStringLiteral("&page=%1").arg(lastPage), coop },
        { "lines filtered by product", QStringLiteral("/portal/lines"), range + QStringLiteral("&sku=") + l.sku, coop },
        { "lines.csv (whole month)", QStringLiteral("/portal/lines.csv"), range, coop },
        { "statements (+ drafts)", QStringLiteral("/portal/statements"), QString(), coop },
        { "verify (chain up to the entry)", QStringLiteral("/portal/verify"),
            QStringLiteral("store=%1&sale=%2&line=%3").arg(l.storeCode).arg(l.saleId).arg(l.lineNo), coop },
        { "draft statement PDF", QStringLiteral("/portal/draft.pdf"),
            QStringLiteral("store=%1&owner=%2").arg(l.storeCode, l.owner), coop },
        { "province admin", QStringLiteral("/portal/admin"), QString(), province },
        { "store manager's dashboard", QStringLiteral("/portal/dashboard"), QStringLiteral("month=") + month, store },
    };
    portal::Portal site(dbase, clock, services::PinHashCost::minimum());
    std::printf("| page | p50 | p95 | max | bytes |\n|---|---|---|---|---|\n");
    for (const Page& p : pages) {
        portal::Request req;
        req.method = "GET";
        req.path = p.path;
        req.query = QUrlQuery(p.query);
        req.cookie = p.cookie.toLatin1();
        req.ip = QStringLiteral("127.0.0.1");
        std::vector<qint64> ns;
        qsizetype bytes = 0;
        for (int i = 0; i < reps; ++i) {
            QElapsedTimer t;
            t.start();
            const portal::Response r = site.handle(req);
            ns.push_back(t.nsecsElapsed());
            if (r.status != 200) {
                std::fprintf(stderr, "bench_portal: %s answered %d\n", p.name, r.status);
                return 1;
            }
            bytes = r.body.size();
        }
        std::sort(ns.begin(), ns.end());
        const auto pct = [&](double q) {
            return ms(ns[std::min(ns.size() - 1, static_cast<std::size_t>(q * static_cast<double>(ns.size())))]);
        };
        std::printf("| %s | %.1f ms | %.1f ms | %.1f ms | %lld |\n", p.name, pct(0.5), pct(0.95), ms(ns.back()),
            static_cast<long long>(bytes));
        std::fflush(stdout);
    }
    // A login at the real cost (argon2id, 64 MiB), for scale: not a page.
    portal::PortalAuth real(dbase, clock);
    real.addUser(QStringLiteral("real"), QStringLiteral("Real"), QStringLiteral("province"), QString(), password);
    QElapsedTimer t;
    t.start();
    real.login(QStringLiteral("127.0.0.2"), QStringLiteral("real"), password);
    std::printf("login at the real argon2id cost: %.0f ms\n", ms(t.nsecsElapsed()));

    // Upgrading a centre that already holds this year: migration 0003's backfill
    // (its own statements, from the built-in migration) in one transaction, as
    // the first start of the new ocopos-centre runs it.
    QFile migration(QStringLiteral(":/ocopos-centre/migrations/0003_portal_sums.sql"));
    if (!migration.open(QIODevice::ReadOnly))
        return 1;
    const QString text = QString::fromUtf8(migration.readAll());
    const qsizetype from = text.indexOf(QStringLiteral("-- A centre that already holds sales"));
    t.restart();
    {
        db::TransactionGuard tx(dbase);
        dbase.execute(QStringLiteral("DELETE FROM centre_sku_days"));
        dbase.execute(QStringLiteral("DELETE FROM centre_household_days"));
        for (const QString& statement : text.mid(from).split(QLatin1Char(';')))
            if (statement.contains(QStringLiteral("INSERT")))
                dbase.execute(statement);
        tx.commit();
    }
    db::Query sku(dbase, QStringLiteral("SELECT COUNT(*) FROM centre_sku_days"));
    db::Query households(dbase, QStringLiteral("SELECT COUNT(*) FROM centre_household_days"));
    std::printf("upgrade of this centre to migration 0003 (the backfill): %.1f s, %lld SKU-day and %lld household-day rows\n",
        ms(t.nsecsElapsed()) / 1000.0, static_cast<long long>(sku.scalar()->toLongLong()),
        static_cast<long long>(households.scalar()->toLongLong()));
    return 0;
}
