// ocopos_torture (run by scripts/torture; docs/RELIABILITY.md): SIGKILL a process
// that sells — random carts, split payments, discounts, returns and voids mixed
// in — at random moments, N times, and after every kill check the store:
//   - it opens (SQLite recovers its WAL; PostgreSQL rolled the transaction back);
//   - `check` is clean (integrity, the journal's hash chain against the rows, the
//     stock ledger against the lots' cached on-hand);
//   - every sale, return and void the seller reported (it prints a line only after
//     the commit returned) is there, whole; nothing else is, except at most the one
//     operation in flight when the kill came;
//   - receipt numbers are gapless; each lot's on-hand equals what was received minus
//     what completed sales took plus what undamaged returns brought back.
// Prints the counts at the end; exit 0 when every check held, 1 at the first that
// did not (the store is kept for a post-mortem).
//
//   ocopos_torture [--kills N] [--seed S] [--backend sqlite|postgres] [--keep DIR] [--kills-per-store N]
//   ocopos_torture seller LOCATION CASHIER_ID MANAGER_ID SEED     (the child)
#include "SaleFixtures.h"
#include "TestSupport.h"
#include "core/Clock.h"
#include "db/Database.h"
#include "services/IntegrityService.h"
#include "services/ReturnService.h"
#include "services/SaleService.h"
#include "services/SettingsService.h"
#include "services/ShiftService.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <cstdio>
#include <map>
#include <random>
#include <set>
#include <stdexcept>
#include <string>

using namespace ocopos;

namespace {

struct Fail : std::runtime_error {
    using std::runtime_error::runtime_error;
};

services::Session sessionOf(qint64 id, const char* name, core::Role role)
{
    services::Session s;
    s.userId = id;
    s.username = QString::fromLatin1(name);
    s.role = role;
    return s;
}

// --- The child: sells until it is killed ----------------------------------------

struct Product {
    QString sku;
    bool weighed = false;
};

std::vector<Product> products(db::Database& d)
{
    db::Query q(d, QStringLiteral("SELECT sku, sold_by FROM products ORDER BY sku"));
    q.exec();
    std::vector<Product> out;
    while (q.next())
        out.push_back({ q.value(0).toString(), q.value(1).toString() == QLatin1String("weight") });
    return out;
}

void say(const QString& line)
{
    // One write per line, flushed: the driver trusts only whole lines.
    std::fputs((line + QLatin1Char('\n')).toLatin1().constData(), stdout);
    std::fflush(stdout);
}

services::SaleRequest randomCart(std::mt19937& rng, const std::vector<Product>& catalogue)
{
    const auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    services::SaleRequest r;
    const int lines = pick(1, 5);
    for (int i = 0; i < lines; ++i) {
        const Product& p = catalogue[static_cast<std::size_t>(pick(0, static_cast<int>(catalogue.size()) - 1))];
        services::SaleLineRequest l;
        l.code = p.sku;
        l.qty = p.weighed ? core::Quantity::fromThousandths(pick(100, 2500)) : core::Quantity::units(pick(1, 3));
        if (pick(0, 9) == 0)
            l.discount = core::Discount::percent(core::BasisPoints { 500 });
        r.lines.push_back(l);
    }
    if (pick(0, 9) == 0)
        r.discount = core::Discount::percent(core::BasisPoints { 300 });
    // Split payments: a little by card or bank QR, the rest in cash with change.
    const int split = pick(0, 9);
    if (split < 3)
        r.payments.push_back(core::Payment { core::PaymentMethod::Card, core::Money(1000), QStringLiteral("SLIP") });
    else if (split < 5)
        r.payments.push_back(core::Payment { core::PaymentMethod::BankQr, core::Money(2000), {} });
    r.payments.push_back(core::Payment { core::PaymentMethod::Cash, core::Money(20000000), {} });
    return r;
}

int seller(const QStringList& args)
{
    db::Database d(args[0]);
    if (!d.isPostgres()) {
        // Checkpoints often, so that kills land in them too.
        db::Query(d, QStringLiteral("PRAGMA wal_autocheckpoint=8")).exec();
    }
    core::SystemClock clock;
    services::Context ctx { d, clock };
    const auto cashier = sessionOf(args[1].toLongLong(), "thu", core::Role::Cashier);
    const auto manager = sessionOf(args[2].toLongLong(), "ql", core::Role::Manager);
    std::mt19937 rng(args[3].toUInt());
    const auto catalogue = products(d);
    const auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    for (;;) {
        const int what = pick(0, 99);
        if (what < 8) {
            // A return of part of a recent line that still has something left.
            db::Query q(d,
                QStringLiteral(
                    "SELECT s.receipt_no, l.sku, l.sold_by, l.qty - COALESCE((SELECT SUM(rl.qty) FROM return_lines rl "
                    "WHERE rl.sale_line_id = l.id), 0) AS left_qty FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
                    "WHERE s.status = 'completed' ORDER BY l.id DESC LIMIT 30"));
            q.exec();
            std::vector<std::tuple<QString, QString, bool, qint64>> open;
            while (q.next())
                if (q.value(3).toLongLong() > 0)
                    open.emplace_back(q.value(0).toString(), q.value(1).toString(),
                        q.value(2).toString() == QLatin1String("weight"), q.value(3).toLongLong());
            if (open.empty())
                continue;
            const auto& [receipt, sku, weighed, left]
                = open[static_cast<std::size_t>(pick(0, static_cast<int>(open.size()) - 1))];
            const qint64 qty = weighed ? std::min<qint64>(left, pick(50, 1000)) : 1000;
            const bool damaged = pick(0, 3) == 0;
            const auto r = services::ReturnService(ctx).returnItems(manager, receipt,
                { services::ReturnLineRequest { sku, core::Quantity::fromThousandths(qty) } }, damaged,
                QStringLiteral("torture"));
            say(QStringLiteral("R %1 %2 %3").arg(r.number, receipt).arg(r.refund.dong()));
        } else if (what < 12) {
            // A void of a recent sale of this shift with no return against it.
            db::Query q(d,
                QStringLiteral("SELECT s.receipt_no FROM sales s WHERE s.status = 'completed' AND s.shift_id = "
                               "(SELECT id FROM shifts WHERE status = 'open') AND NOT EXISTS (SELECT 1 FROM returns r "
                               "WHERE r.sale_id = s.id) ORDER BY s.id DESC LIMIT 10"));
            q.exec();
            QStringList candidates;
            while (q.next())
                candidates << q.value(0).toString();
            if (candidates.isEmpty())
                continue;
            const QString receipt = candidates[pick(0, static_cast<int>(candidates.size()) - 1)];
            services::SaleService(ctx).voidSale(manager, receipt);
            say(QStringLiteral("V %1").arg(receipt));
        } else {
            const auto s = services::SaleService(ctx).commit(cashier, randomCart(rng, catalogue));
            say(QStringLiteral("S %1 %2").arg(s.receiptNo).arg(s.total.dong()));
        }
    }
}

// --- The driver -----------------------------------------------------------------

struct Options {
    int kills = 1000;
    unsigned seed = 1;
    QString backend = QStringLiteral("sqlite");
    QString keep;
    int killsPerStore = 250;
};

struct Known {
    std::map<QString, qint64> sales; ///< receipt -> total, as reported
    std::set<QString> voids; ///< receipts reported voided
    std::set<QString> returns; ///< return numbers reported
};

struct Counts {
    int kills = 0;
    int killedBeforeAnySale = 0;
    int inFlightCommitted = 0; ///< kills after a commit but before its line was printed
    qint64 sales = 0, returns = 0, voids = 0;
    qint64 checkedEntries = 0;
};

std::vector<std::pair<QString, qint64>> storedSales(db::Database& d)
{
    db::Query q(d, QStringLiteral("SELECT receipt_no, seq FROM sales WHERE till = 'Q01' ORDER BY seq"));
    q.exec();
    std::vector<std::pair<QString, qint64>> out;
    while (q.next())
        out.emplace_back(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

qint64 scalar(db::Database& d, const QString& sql)
{
    db::Query q(d, sql);
    const auto v = q.scalar();
    return v ? v->toLongLong() : 0;
}

/// Everything the header promises, after a kill. Adds the one committed but
/// unreported operation (if any) to `known`.
void verify(const QString& location, Known& known, Counts& counts)
{
    db::Database d(location);
    core::SystemClock clock;
    services::Context ctx { d, clock };
    const auto admin = sessionOf(
        scalar(d, QStringLiteral("SELECT id FROM users WHERE username = 'admin'")), "admin", core::Role::Admin);
    const auto report = services::IntegrityService(ctx).check(admin);
    if (!report.ok)
        throw Fail("check: "
            + (report.firstBad
                    ? (report.firstBad->ref + QStringLiteral(": ") + report.firstBad->reason).toStdString()
                    : (report.databaseProblems + report.ledgerProblems).join(QStringLiteral("; ")).toStdString()));
    counts.checkedEntries += report.entries;

    int unreported = 0;
    // Sales: gapless, every reported one whole with its total.
    const auto sales = storedSales(d);
    for (std::size_t i = 0; i < sales.size(); ++i)
        if (sales[i].second != static_cast<qint64>(i) + 1)
            throw Fail("receipt numbers have a gap before " + sales[i].first.toStdString());
    std::set<QString> stored;
    for (const auto& [receipt, seq] : sales)
        stored.insert(receipt);
    for (const auto& [receipt, total] : known.sales)
        if (!stored.count(receipt))
            throw Fail("reported sale " + receipt.toStdString() + " is missing");
    for (const auto& receipt : stored)
        if (!known.sales.count(receipt)) {
            ++unreported;
            known.sales[receipt]
                = scalar(d, QStringLiteral("SELECT total_vnd FROM sales WHERE receipt_no = '%1'").arg(receipt));
        }
    // Whole: totals as reported, lines summing to the sale, lots to the lines,
    // payments covering the total, a journal entry.
    const qint64 broken = scalar(d,
        QStringLiteral("SELECT COUNT(*) FROM sales s WHERE "
                       "(SELECT COUNT(*) FROM sale_lines l WHERE l.sale_id = s.id) = 0 "
                       "OR s.gross_vnd <> (SELECT SUM(l.gross_vnd) FROM sale_lines l WHERE l.sale_id = s.id) "
                       "OR s.total_vnd <> (SELECT SUM(l.net_vnd) FROM sale_lines l WHERE l.sale_id = s.id) "
                       "OR s.paid_vnd <> (SELECT SUM(p.amount_vnd) FROM payments p WHERE p.sale_id = s.id) "
                       "OR s.paid_vnd - s.change_vnd <> s.total_vnd "
                       "OR EXISTS (SELECT 1 FROM sale_lines l WHERE l.sale_id = s.id AND l.qty <> "
                       "  (SELECT COALESCE(SUM(x.qty), 0) FROM sale_line_lots x WHERE x.sale_line_id = l.id)) "
                       "OR NOT EXISTS (SELECT 1 FROM journal j WHERE j.kind = 'sale' AND j.ref_id = s.id)"));
    if (broken != 0)
        throw Fail(std::to_string(broken) + " sale(s) are not whole");
    for (const auto& [receipt, total] : known.sales)
        if (scalar(d, QStringLiteral("SELECT total_vnd FROM sales WHERE receipt_no = '%1'").arg(receipt)) != total)
            throw Fail("sale " + receipt.toStdString() + " has another total than reported");
    // Voids.
    db::Query v(d, QStringLiteral("SELECT receipt_no FROM sales WHERE status = 'voided'"));
    v.exec();
    std::set<QString> voided;
    while (v.next())
        voided.insert(v.value(0).toString());
    for (const auto& r : known.voids)
        if (!voided.count(r))
            throw Fail("reported void of " + r.toStdString() + " is missing");
    for (const auto& r : voided)
        if (!known.voids.count(r)) {
            ++unreported;
            known.voids.insert(r);
        }
    // Returns.
    db::Query rq(d, QStringLiteral("SELECT number FROM returns"));
    rq.exec();
    std::set<QString> returns;
    while (rq.next())
        returns.insert(rq.value(0).toString());
    for (const auto& r : known.returns)
        if (!returns.count(r))
            throw Fail("reported return " + r.toStdString() + " is missing");
    for (const auto& r : returns)
        if (!known.returns.count(r)) {
            ++unreported;
            known.returns.insert(r);
        }
    if (scalar(d,
            QStringLiteral("SELECT COUNT(*) FROM returns r WHERE r.refund_vnd <> "
                           "(SELECT COALESCE(SUM(l.refund_vnd), 0) FROM return_lines l WHERE l.return_id = r.id) "
                           "OR NOT EXISTS (SELECT 1 FROM journal j WHERE j.kind = 'return' AND j.ref_id = r.id)"))
        != 0)
        throw Fail("a return is not whole");
    if (unreported > 1)
        throw Fail(std::to_string(unreported)
            + " operations are in the store that nobody reported (at most the one in flight may be)");
    counts.inFlightCommitted += unreported;
    // Stock, per lot: received − what completed sales took + what undamaged returns brought back.
    const qint64 off = scalar(d,
        QStringLiteral(
            "SELECT COUNT(*) FROM lots t WHERE t.on_hand <> t.received_qty "
            "- (SELECT COALESCE(SUM(x.qty), 0) FROM sale_line_lots x JOIN sale_lines l ON l.id = x.sale_line_id "
            "   JOIN sales s ON s.id = l.sale_id WHERE x.lot_id = t.id AND s.status = 'completed') "
            "+ (SELECT COALESCE(SUM(y.qty), 0) FROM return_line_lots y JOIN return_lines rl ON rl.id = "
            "y.return_line_id "
            "   JOIN returns r ON r.id = rl.return_id WHERE y.lot_id = t.id AND r.damaged = 0)"));
    if (off != 0)
        throw Fail(std::to_string(off) + " lot(s) whose stock is not receipts minus sales plus returns");
}

Options parse(const QStringList& args)
{
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        const auto value = [&]() -> QString {
            if (i + 1 >= args.size())
                throw std::invalid_argument(a.toStdString() + " needs a value");
            return args[++i];
        };
        if (a == QLatin1String("--kills"))
            o.kills = value().toInt();
        else if (a == QLatin1String("--seed"))
            o.seed = value().toUInt();
        else if (a == QLatin1String("--backend"))
            o.backend = value();
        else if (a == QLatin1String("--keep"))
            o.keep = value();
        else if (a == QLatin1String("--kills-per-store"))
            o.killsPerStore = value().toInt();
        else
            throw std::invalid_argument("unknown option " + a.toStdString());
    }
    if (o.kills <= 0 || o.killsPerStore <= 0
        || (o.backend != QLatin1String("sqlite") && o.backend != QLatin1String("postgres")))
        throw std::invalid_argument("usage: ocopos_torture [--kills N>0] [--seed S] [--backend sqlite|postgres] "
                                    "[--keep DIR] [--kills-per-store N]");
    return o;
}

/// A store ready for the seller: catalogue, plenty of stock, users, an open shift.
struct Prepared {
    std::unique_ptr<test::TempStore> store;
    services::Session cashier, manager;
};

Prepared prepare()
{
    Prepared p;
    p.store = std::make_unique<test::TempStore>();
    auto& store = *p.store;
    store.loadSmallCatalog();
    p.cashier = store.addUser(QStringLiteral("thu"), core::Role::Cashier, QString(), QStringLiteral("1111"));
    p.manager = store.addUser(QStringLiteral("ql"), core::Role::Manager, QString(), QStringLiteral("2222"));
    // Plenty of every product in two lots each, so sales never run short.
    const std::pair<const char*, const char*> made[] = { { "NM-500", "HO-A1" }, { "CM-KG", "HO-A2" },
        { "TRA-50", "HO-B1" }, { "RUOU-500", "HO-B1" }, { "NK-500", "DN-C" }, { "GA-KG", "HO-B1" } };
    for (const auto& [sku, producer] : made)
        for (const char* lot : { "L1", "L2" })
            test::addLot(store, QString::fromLatin1(sku), QString::fromLatin1(lot), QString::fromLatin1(producer),
                QStringLiteral("1000000"));
    services::SettingsService settings(store.ctx()); // bank QR payments need the store's account
    settings.set(store.admin(), QStringLiteral("bank_bin"), QStringLiteral("970436"));
    settings.set(store.admin(), QStringLiteral("bank_account"), QStringLiteral("1023456789"));
    core::SystemClock clock;
    services::ShiftService(services::Context { store.db(), clock }).open(p.cashier, core::Money(100000000));
    return p;
}

/// Reads what the killed seller printed: only whole lines count.
int collect(const QByteArray& output, Known& known)
{
    const QStringList lines = QString::fromLatin1(output).split(QLatin1Char('\n'));
    int whole = 0;
    // The last element is what followed the last newline: never a whole line.
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QStringList w = lines[i].split(QLatin1Char(' '));
        if (w.value(0) == QLatin1String("S") && w.size() == 3)
            known.sales[w[1]] = w[2].toLongLong();
        else if (w.value(0) == QLatin1String("R") && w.size() == 4)
            known.returns.insert(w[1]);
        else if (w.value(0) == QLatin1String("V") && w.size() == 2)
            known.voids.insert(w[1]);
        else
            throw Fail("the seller printed " + lines[i].toStdString());
        ++whole;
    }
    return whole;
}

int driver(const Options& o)
{
    if (o.backend == QLatin1String("postgres"))
        qputenv("OCOPOS_TEST_BACKEND", "postgres");
    else
        qunsetenv("OCOPOS_TEST_BACKEND");
    const QString self = QCoreApplication::applicationFilePath();
    std::printf("torture: %d kills of a selling process on %s (seed %u), a new store every %d kills\n", o.kills,
        qPrintable(o.backend), o.seed, o.killsPerStore);
    std::fflush(stdout);

    std::mt19937 rng(o.seed);
    const auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    Counts counts;
    QElapsedTimer timer;
    timer.start();
    Prepared p;
    Known known;
    try {
        for (int round = 1; round <= o.kills; ++round) {
            // A new store now and then: `check` after every kill reads the whole
            // journal, and a store of a few thousand sales keeps that quick.
            if ((round - 1) % o.killsPerStore == 0) {
                counts.sales += static_cast<qint64>(known.sales.size());
                counts.returns += static_cast<qint64>(known.returns.size());
                counts.voids += static_cast<qint64>(known.voids.size());
                known = Known {};
                p = prepare();
            }
            const QString location = p.store->path();
            QProcess proc;
            proc.setProcessChannelMode(QProcess::SeparateChannels);
            proc.start(self,
                { QStringLiteral("seller"), location, QString::number(p.cashier.userId),
                    QString::number(p.manager.userId),
                    QString::number(o.seed * 100003u + static_cast<unsigned>(round)) });
            if (!proc.waitForStarted(10000))
                throw Fail("the seller did not start");
            // Most kills after a few operations and a random pause (so inside a
            // commit or a checkpoint as often as the seller is in one); some
            // before the first, while the store opens.
            if (pick(0, 9) != 0) {
                const int lines = pick(1, 6);
                QElapsedTimer waited;
                waited.start();
                while (proc.peek(1 << 20).count('\n') < lines && waited.elapsed() < 20000
                    && proc.state() == QProcess::Running)
                    proc.waitForReadyRead(100);
                QThread::usleep(static_cast<unsigned long>(pick(0, 30000)));
            } else {
                QThread::usleep(static_cast<unsigned long>(pick(0, 80000)));
            }
            if (proc.state() != QProcess::Running)
                throw Fail("the seller stopped by itself: " + proc.readAllStandardError().toStdString());
            proc.kill(); // SIGKILL
            proc.waitForFinished(10000);
            // state() above is only as fresh as Qt's last look at the child: a
            // seller that exited by itself shows here, as a normal exit.
            if (proc.exitStatus() != QProcess::CrashExit)
                throw Fail("the seller stopped by itself: " + proc.readAllStandardError().toStdString());
            ++counts.kills;
            if (collect(proc.readAllStandardOutput(), known) == 0)
                ++counts.killedBeforeAnySale;
            try {
                verify(location, known, counts);
            } catch (const Fail&) {
                if (!o.keep.isEmpty() && !location.startsWith(QLatin1String("postgres"))) {
                    QDir().mkpath(o.keep);
                    for (const char* suffix : { "", "-wal", "-shm" })
                        QFile::copy(location + QLatin1String(suffix),
                            o.keep + QStringLiteral("/store.db") + QLatin1String(suffix));
                    std::fprintf(stderr, "torture: the store is kept in %s\n", qPrintable(o.keep));
                }
                throw;
            }
            if (round % 100 == 0 || round == o.kills) {
                std::printf("  %5d kills; %.0f s\n", round, static_cast<double>(timer.elapsed()) / 1000.0);
                std::fflush(stdout);
            }
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "torture: FAILED after %d kills: %s\n", counts.kills, e.what());
        return 1;
    }
    counts.sales += static_cast<qint64>(known.sales.size());
    counts.returns += static_cast<qint64>(known.returns.size());
    counts.voids += static_cast<qint64>(known.voids.size());
    std::printf("torture: ok — %d kills (%d before the first operation, %d right after a commit the seller had no "
                "time to report) in %.0f s; %lld sales, %lld returns, %lld voids in the stores; every kill followed "
                "by a clean check (%lld journal entries verified in all)\n",
        counts.kills, counts.killedBeforeAnySale, counts.inFlightCommitted,
        static_cast<double>(timer.elapsed()) / 1000.0, static_cast<long long>(counts.sales),
        static_cast<long long>(counts.returns), static_cast<long long>(counts.voids),
        static_cast<long long>(counts.checkedEntries));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    try {
        if (!args.isEmpty() && args.front() == QLatin1String("seller")) {
            if (args.size() != 5)
                throw std::invalid_argument("usage: ocopos_torture seller LOCATION CASHIER_ID MANAGER_ID SEED");
            return seller(args.mid(1));
        }
        return driver(parse(args));
    } catch (const std::invalid_argument& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "torture: %s\n", e.what());
        return 1;
    }
}
