// Four tills selling at once on one PostgreSQL store, as separate processes:
// four loops of `ocopos-cli sell`, each its own till code and cashier, against a
// throwaway cluster. Afterwards `check` is clean, every till's receipt numbers run
// 1..n without a gap, the scarce lot was sold exactly once per unit (the rest
// refused with exit 5, stock.short), and every lot's stock is its receipts less
// its sales, exactly. $OCOPOS_MULTITILL_SALES sets the sales per till (default 500).
#include "PgCluster.h"
#include "SaleFixtures.h"
#include "TestSupport.h"

#include "services/ShiftService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QUrl>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using namespace ocopos;

namespace {

qint64 scalarOf(db::Database& db, const QString& sql)
{
    db::Query q(db, sql);
    return q.scalar().value_or(QVariant()).toLongLong();
}

TEST(MultiTillCli, FourSellLoopsOnOnePostgresStoreKeepEveryRule)
{
    qputenv("OCOPOS_TEST_BACKEND", "postgres");
    ASSERT_TRUE(test::testingOnPostgres());
    const int perTill = qEnvironmentVariableIsSet("OCOPOS_MULTITILL_SALES")
                            ? qEnvironmentVariableIntValue("OCOPOS_MULTITILL_SALES")
                            : 500;
    test::TempStore store;
    store.loadSmallCatalog();
    test::addLot(store, QStringLiteral("NM-500"), QStringLiteral("NM-L1"), QStringLiteral("HO-A1"), QStringLiteral("100000"));
    test::addLot(store, QStringLiteral("TRA-50"), QStringLiteral("TRA-L1"), QStringLiteral("HO-B1"), QStringLiteral("100000"));
    const qint64 scarce = test::addLot(store, QStringLiteral("NK-500"), QStringLiteral("NK-L1"), QStringLiteral("DN-C"),
                                       QStringLiteral("10"));
    for (int i = 1; i <= 4; ++i) {
        const auto cashier = store.addUser(QStringLiteral("thungan%1").arg(i), core::Role::Cashier);
        services::Context ctx = store.ctx();
        ctx.till = QStringLiteral("Q0%1").arg(i);
        services::ShiftService(ctx).open(cashier, core::Money(0));
    }

    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    std::atomic<int> ok{0}, scarceRefused{0}, other{0};
    std::vector<std::thread> loops;
    for (int i = 1; i <= 4; ++i)
        loops.emplace_back([&, i] {
            QProcessEnvironment env;
            env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("xdg")));
            env.insert(QStringLiteral("HOME"), home.path());
            env.insert(QStringLiteral("OCOPOS_NOW"), QStringLiteral("2026-11-28T09:00:00+07:00"));
            env.insert(QStringLiteral("OCOPOS_DB"), store.path());
            env.insert(QStringLiteral("OCOPOS_TILL"), QStringLiteral("Q0%1").arg(i));
            env.insert(QStringLiteral("OCOPOS_USER"), QStringLiteral("thungan%1").arg(i));
            env.insert(QStringLiteral("OCOPOS_PIN"), QStringLiteral("1234"));
            for (int n = 0; n < perTill; ++n) {
                // Every tenth sale of every till wants the scarce water: 200 wanted, 10 on the shelf.
                const QByteArray sale = n % 10 == 0
                    ? QByteArray(R"({"lines":[{"code":"NK-500"},{"code":"NM-500"}],"payments":[{"method":"cash","amount":200000}]})")
                    : QByteArray(R"({"lines":[{"code":"NM-500"},{"code":"TRA-50","qty":"2"}],"payments":[{"method":"cash","amount":2000000}]})");
                const auto r = test::runCli({QStringLiteral("--json"), QStringLiteral("sell")}, env, sale);
                if (r.exitCode == 0) {
                    ++ok;
                    continue;
                }
                const auto err = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("error")).toObject();
                if (r.exitCode == 5 && err.value(QStringLiteral("reason")).toString() == QLatin1String("stock.short")) {
                    ++scarceRefused;
                    continue;
                }
                ++other;
                ADD_FAILURE() << "till " << i << " sale " << n << ": exit " << r.exitCode << " " << r.err.toStdString();
            }
        });
    for (auto& t : loops)
        t.join();
    EXPECT_EQ(other, 0);
    EXPECT_EQ(ok + scarceRefused, 4 * perTill);
    EXPECT_EQ(scarceRefused, 4 * ((perTill + 9) / 10) - 10);

    auto& db = store.db();
    for (int i = 1; i <= 4; ++i) {
        const QString till = QStringLiteral("Q0%1").arg(i);
        const qint64 n = scalarOf(db, QStringLiteral("SELECT COUNT(*) FROM sales WHERE till = '%1'").arg(till));
        EXPECT_GT(n, 0) << till.toStdString();
        EXPECT_EQ(scalarOf(db, QStringLiteral("SELECT MIN(seq) FROM sales WHERE till = '%1'").arg(till)), 1);
        EXPECT_EQ(scalarOf(db, QStringLiteral("SELECT MAX(seq) FROM sales WHERE till = '%1'").arg(till)), n)
            << "a gap in " << till.toStdString() << "'s receipt numbers";
    }
    EXPECT_EQ(scalarOf(db, QStringLiteral("SELECT COUNT(*) FROM sales")), ok.load());
    EXPECT_EQ(scalarOf(db, QStringLiteral("SELECT on_hand FROM lots WHERE id = %1").arg(scarce)), 0);
    EXPECT_EQ(scalarOf(db, QStringLiteral("SELECT SUM(qty) FROM sale_line_lots WHERE lot_id = %1").arg(scarce)), 10'000);
    // Stock = receipts − sales, exactly, lot by lot.
    EXPECT_EQ(scalarOf(db, QStringLiteral("SELECT COUNT(*) FROM lots l WHERE l.on_hand <> l.received_qty - "
                                          "(SELECT COALESCE(SUM(a.qty), 0) FROM sale_line_lots a WHERE a.lot_id = l.id)")),
              0);
    EXPECT_EQ(scalarOf(db, QStringLiteral("SELECT COUNT(*) FROM lots WHERE on_hand < 0")), 0);

    QProcessEnvironment env;
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("xdg")));
    env.insert(QStringLiteral("OCOPOS_DB"), store.path());
    env.insert(QStringLiteral("OCOPOS_USER"), QStringLiteral("admin"));
    env.insert(QStringLiteral("OCOPOS_PIN"), QStringLiteral("000000"));
    const auto check = test::runCli({QStringLiteral("--json"), QStringLiteral("check")}, env);
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson(check.out).object().value(QStringLiteral("ok")).toBool()) << check.out.toStdString();
}

TEST(MultiTillCli, AServerThatCannotBeUsedGetsItsExitCodeAndReasonWithoutThePassword)
{
    auto& cluster = test::PgCluster::shared();
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    const auto run = [&](const QString& location) {
        QProcessEnvironment env;
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("xdg")));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("OCOPOS_DB"), location);
        return test::runCli({QStringLiteral("--json"), QStringLiteral("init")}, env);
    };
    const auto reasonOf = [](const test::CliResult& r) {
        return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("error")).toObject().value(
            QStringLiteral("reason")).toString();
    };
    QUrl wrong(cluster.url(cluster.freshName()));
    wrong.setPassword(QStringLiteral("s3cret-wrong"));
    const auto refused = run(wrong.toString());
    EXPECT_EQ(refused.exitCode, 6) << refused.err.toStdString();
    EXPECT_EQ(reasonOf(refused), QStringLiteral("db.auth_failed"));
    EXPECT_FALSE(refused.err.contains("s3cret-wrong")) << refused.err.toStdString();
    EXPECT_FALSE(refused.out.contains("s3cret-wrong")) << refused.out.toStdString();

    // Another program's database: refused, untouched.
    const QString foreign = cluster.freshName();
    cluster.createDatabase(foreign);
    {
        db::Database probe(cluster.url(foreign));  // a store: then make a foreign one beside it
    }
    const QString other = cluster.freshName();
    cluster.createDatabase(other);
    test::PgCluster::execute(cluster.url(other), {QStringLiteral("CREATE TABLE invoices (id int)")});
    const auto notStore = run(cluster.url(other));
    EXPECT_EQ(notStore.exitCode, 3) << notStore.err.toStdString();
    EXPECT_EQ(reasonOf(notStore), QStringLiteral("db.not_a_store"));

    // Nothing listens: exit 1, said plainly.
    int closedPort = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    const auto down = run(QStringLiteral("postgresql://ocopos:pw@127.0.0.1:%1/store?connect_timeout=3").arg(closedPort));
    EXPECT_EQ(down.exitCode, 1) << down.err.toStdString();
    EXPECT_EQ(reasonOf(down), QStringLiteral("db.unreachable"));
    EXPECT_TRUE(down.err.contains("cannot reach the PostgreSQL server")) << down.err.toStdString();

    // A till code that is not one: bad input.
    QProcessEnvironment env;
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("xdg")));
    env.insert(QStringLiteral("OCOPOS_DB"), cluster.url(foreign));
    const auto badTill = test::runCli({QStringLiteral("--till"), QStringLiteral("q-1"), QStringLiteral("init")}, env);
    EXPECT_EQ(badTill.exitCode, 3) << badTill.err.toStdString();
}

} // namespace
