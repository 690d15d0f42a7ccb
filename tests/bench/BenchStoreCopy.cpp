// `db copy` timings (issue 13): the demo store and a generated one, SQLite →
// PostgreSQL and back, each with the `check` it runs on the target before
// committing (also timed alone). A plain program (one run per figure is what a
// shop sees), on a throwaway cluster of its own. Run it from a Release build:
//   build-rel/tests/bench/bench_store_copy [--products=N]
// --products: size of the generated store (tests/bench/generator; default 100000).
#include "PgCluster.h"
#include "generator/StoreGenerator.h"

#include "core/Clock.h"
#include "db/Database.h"
#include "services/AuthService.h"
#include "services/DemoData.h"
#include "services/IntegrityService.h"
#include "services/StoreCopyService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <string>

using namespace ocopos;

namespace {

const core::FixedClock g_clock(core::parseIsoTime(QStringLiteral("2026-11-28T09:00:00+07:00"), "now"));

services::Session admin(db::Database& db)
{
    db::Query q(db, QStringLiteral("SELECT id FROM users WHERE username = 'admin'"));
    services::Session s;
    s.userId = q.scalar()->toLongLong();
    s.username = QStringLiteral("admin");
    s.role = core::Role::Admin;
    return s;
}

double seconds(QElapsedTimer& t) { return static_cast<double>(t.nsecsElapsed()) / 1e9; }

/// One copy with copyTo (the whole `db copy`), then `check` alone on the target.
void copyOnce(const char* direction, db::Database& from, const QString& to, const services::Session& who)
{
    QElapsedTimer t;
    t.start();
    const auto r = services::StoreCopyService(services::Context{from, g_clock}).copyTo(who, to);
    const double whole = seconds(t);
    db::Database target(to);
    t.restart();
    services::Context ctx{target, g_clock};
    services::IntegrityService(ctx).check(who);
    const double check = seconds(t);
    std::printf("  %-18s %9lld rows  %7.2f s  (%.0f rows/s; the check in it, timed alone: %.2f s)\n", direction,
                static_cast<long long>(r.rows), whole, static_cast<double>(r.rows) / whole, check);
}

void measure(const char* name, const QString& sqliteStore, test::PgCluster& cluster, const QString& dir)
{
    std::printf("%s\n", name);
    db::Database source(sqliteStore);
    const auto who = admin(source);
    const QString pg = cluster.createDatabase(cluster.freshName());
    copyOnce("SQLite -> PostgreSQL", source, pg, who);
    db::Database onPg(pg);
    copyOnce("PostgreSQL -> SQLite", onPg, dir + QStringLiteral("/back-") + QString::fromLatin1(name).section(QLatin1Char(' '), 0, 0)
                                               + QStringLiteral(".db"), who);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int products = 100'000;
    for (int k = 1; k < argc; ++k) {
        const std::string a = argv[k];
        if (a.rfind("--products=", 0) == 0)
            products = std::stoi(a.substr(11));
        else {
            std::fprintf(stderr, "usage: bench_store_copy [--products=N]\n");
            return 2;
        }
    }
    QTemporaryDir dir;
    test::PgCluster cluster;
    {
        const QString demo = dir.filePath(QStringLiteral("demo.db"));
        db::Database db(demo);
        services::Context ctx{db, g_clock, nullptr, services::PinHashCost::minimum()};
        services::AuthService(ctx).ensureAdmin(services::InitialAdmin::Training);
        services::loadDemoData(ctx);
    }
    measure("demo store (a month of sales)", dir.filePath(QStringLiteral("demo.db")), cluster, dir.path());
    const QString generated = dir.filePath(QStringLiteral("generated.db"));
    bench::StoreSpec spec;
    spec.products = products;
    bench::generateStore(generated, spec);
    measure(("generated store (" + std::to_string(products) + " products)").c_str(), generated, cluster, dir.path());
    return 0;
}
