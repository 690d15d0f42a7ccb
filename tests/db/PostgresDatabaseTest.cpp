// db::Database on PostgreSQL: the URL, migrations from the same numbered files,
// refusal of newer and foreign databases, the write lock, a broken link and the
// reconnect after it, and the messages of a server that can't be used. Runs in
// the `pg` pass of test_db_database (skipped on SQLite, whose file is covered
// by DatabaseTest and MigrationTest).
#include "PgCluster.h"
#include "TestSupport.h"

#include "db/Database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QUrl>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace ocopos;
using namespace ocopos::db;
using ocopos::test::PgCluster;

namespace {

/// Runs statements outside Database (to forge databases).
void rawExec(const QString& url, const QStringList& statements) { ASSERT_NO_THROW(PgCluster::execute(url, statements)); }

qint64 count(Database& db, const QString& sql)
{
    Query q(db, sql);
    return q.scalar()->toLongLong();
}

class PostgresDatabaseTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (!test::testingOnPostgres())
            GTEST_SKIP() << "PostgreSQL only (the pg pass of this suite)";
    }
    PgCluster& cluster() { return PgCluster::shared(); }
    QString fresh() { return cluster().createDatabase(cluster().freshName()); }
};

TEST_F(PostgresDatabaseTest, AnEmptyDatabaseIsMigratedFromTheSameNumberedFiles)
{
    const QString url = fresh();
    Database db(url);
    EXPECT_TRUE(db.isPostgres());
    EXPECT_EQ(db.schemaVersion(), Database::latestVersion());
    const auto scripts = migrationScripts();
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")), static_cast<qint64>(scripts.size()));
    for (const auto& m : scripts) {
        Query q(db, QStringLiteral("SELECT sha256 FROM schema_migrations WHERE version = :v"));
        q.bind(QStringLiteral(":v"), m.version);
        EXPECT_EQ(q.scalar().value_or(QVariant()).toString(), migrationSha256(m)) << m.name.toStdString();
    }
    // Reopening runs nothing again.
    Database again(url);
    EXPECT_EQ(again.schemaVersion(), Database::latestVersion());
}

TEST_F(PostgresDatabaseTest, MoneyAndIdsAre64BitAndIdsComeFromIdentityColumns)
{
    Database db(fresh());
    // 3 billion đồng: over PostgreSQL's 32-bit INTEGER, as a year's sums are.
    db.execute(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')"));
    Query ins(db, QStringLiteral("INSERT INTO producers (code, kind, name, name_key, created_at, updated_at) "
                                 "VALUES (:c, 'cooperative', 'HTX', 'htx', 't', 't')"));
    ins.bind(QStringLiteral(":c"), QStringLiteral("HTX-1")).exec();
    const qint64 first = ins.lastInsertId();
    Query ins2(db, QStringLiteral("INSERT INTO producers (code, kind, name, name_key, created_at, updated_at) "
                                  "VALUES ('HTX-2', 'cooperative', 'HTX 2', 'htx 2', 't', 't')"));
    ins2.exec();
    EXPECT_EQ(ins2.lastInsertId(), first + 1);
    Query big(db, QStringLiteral("SELECT CAST(:a AS BIGINT) + 1"));
    big.bind(QStringLiteral(":a"), v64(3'000'000'000LL));
    EXPECT_EQ(big.scalar()->toLongLong(), 3'000'000'001LL);
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = "
                                       "current_schema() AND data_type = 'integer'")),
              0);
    // Sums of bigint are numeric: they come back exact, not through a double.
    Query sum(db, QStringLiteral("SELECT SUM(x) FROM (VALUES (CAST(4503599627370497 AS BIGINT)), (CAST(1 AS BIGINT))) v(x)"));
    EXPECT_EQ(sum.scalar()->toLongLong(), 4503599627370498LL);
}

TEST_F(PostgresDatabaseTest, ADatabaseFromANewerVersionIsRefusedUntouched)
{
    const QString url = fresh();
    { Database db(url); }
    rawExec(url, {QStringLiteral("INSERT INTO schema_migrations (version, name, sha256, applied_at) "
                                 "VALUES (9999, '9999_future.sql', NULL, 'x')")});
    EXPECT_THROW(Database{url}, NewerSchemaError);
    try {
        Database db(url);
    } catch (const NewerSchemaError& e) {
        EXPECT_EQ(e.code(), "db.newer_schema");
        EXPECT_NE(std::string(e.what()).find("9999"), std::string::npos) << e.what();
    }
}

TEST_F(PostgresDatabaseTest, AnotherProgramsDatabaseIsRefusedUntouched)
{
    const QString url = fresh();
    rawExec(url, {QStringLiteral("CREATE TABLE orders (id int)")});
    EXPECT_THROW(Database{url}, NotAStoreDatabase);
    // A web framework's own schema_migrations is not ours either.
    const QString rails = fresh();
    rawExec(rails, {QStringLiteral("CREATE TABLE schema_migrations (version varchar PRIMARY KEY)"),
                    QStringLiteral("INSERT INTO schema_migrations VALUES ('20240101120000')")});
    EXPECT_THROW(Database{rails}, NotAStoreDatabase);
    // Nothing was added to either.
    rawExec(url, {QStringLiteral("DO $$ BEGIN IF EXISTS (SELECT 1 FROM information_schema.tables WHERE table_name = "
                                 "'schema_migrations') THEN RAISE EXCEPTION 'touched'; END IF; END $$")});
    rawExec(rails, {QStringLiteral("DO $$ BEGIN IF EXISTS (SELECT 1 FROM information_schema.tables WHERE table_name = "
                                   "'settings') THEN RAISE EXCEPTION 'touched'; END IF; END $$")});
}

TEST_F(PostgresDatabaseTest, ServersThatCannotBeUsedSayWhyWithoutThePassword)
{
    QUrl wrong(cluster().url(cluster().freshName()));
    wrong.setPassword(QStringLiteral("not-the-password"));
    try {
        Database db(wrong.toString());
        FAIL() << "a wrong password opened the database";
    } catch (const DbAuthFailed& e) {
        EXPECT_EQ(e.code(), "db.auth_failed");
        EXPECT_EQ(std::string(e.what()).find("not-the-password"), std::string::npos) << e.what();
    }
    try {
        Database db(cluster().url(QStringLiteral("no_such_store")));
        FAIL() << "a missing database opened";
    } catch (const NotAStoreDatabase& e) {
        EXPECT_NE(std::string(e.what()).find("no_such_store"), std::string::npos) << e.what();
        EXPECT_EQ(std::string(e.what()).find(PgCluster::password().toStdString()), std::string::npos) << e.what();
    }
    int closedPort = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    try {
        Database db(QStringLiteral("postgresql://ocopos:x@127.0.0.1:%1/store?connect_timeout=3").arg(closedPort));
        FAIL() << "nothing listens there";
    } catch (const DbUnavailable& e) {
        EXPECT_EQ(e.code(), "db.unreachable");
        EXPECT_NE(std::string(e.what()).find(std::to_string(closedPort)), std::string::npos) << e.what();
    }
    EXPECT_THROW(Database(QStringLiteral("postgresql://127.0.0.1:5432/")), NotAStoreDatabase);
    EXPECT_THROW(Database(QStringLiteral("postgresql://127.0.0.1:5432/x?options=-c%20x%3D1;drop")), NotAStoreDatabase);
}

TEST_F(PostgresDatabaseTest, TheLocalSocketURLWorks)
{
    const QString name = cluster().freshName();
    cluster().createDatabase(name);
    const QString url = QStringLiteral("postgresql:///") + name + QStringLiteral("?host=")
                        + QString::fromUtf8(QUrl::toPercentEncoding(cluster().socketDir()))
                        + QStringLiteral("&port=") + QString::number(cluster().port()) + QStringLiteral("&user=")
                        + PgCluster::user();
    Database db(url);
    EXPECT_EQ(db.schemaVersion(), Database::latestVersion());
}

TEST_F(PostgresDatabaseTest, TransactionGuardRollsBackOnExceptionAndCommitsExplicitly)
{
    Database db(fresh());
    try {
        TransactionGuard tx(db);
        db.execute(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')"));
        throw std::runtime_error("boom");
    } catch (const std::runtime_error&) {
    }
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'a'")), 0);
    {
        TransactionGuard tx(db);
        db.execute(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')"));
        tx.commit();
    }
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'a'")), 1);
}

TEST_F(PostgresDatabaseTest, WritersQueueOnTheStoreLockAndReadsSeeWhatCommittedBefore)
{
    const QString url = fresh();
    Database a(url);
    Database b(url);
    a.execute(QStringLiteral("INSERT INTO till_counters (till, last_seq) VALUES ('Q01', 0)"));
    std::atomic<bool> holding{false};
    std::thread other([&] {
        Database c(url);
        TransactionGuard tx(c);
        c.execute(QStringLiteral("UPDATE till_counters SET last_seq = last_seq + 1"));
        holding = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        tx.commit();
    });
    while (!holding)
        std::this_thread::yield();
    const auto start = std::chrono::steady_clock::now();
    {
        TransactionGuard tx(b);  // waits for the other writer
        // Read after the lock: the other's increment is visible, so this one adds to it.
        const qint64 seen = count(b, QStringLiteral("SELECT last_seq FROM till_counters"));
        b.execute(QStringLiteral("UPDATE till_counters SET last_seq = %1").arg(seen + 1));
        tx.commit();
    }
    other.join();
    EXPECT_GE(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(200));
    EXPECT_EQ(count(a, QStringLiteral("SELECT last_seq FROM till_counters")), 2);
}

TEST_F(PostgresDatabaseTest, AWriterGivesUpAfterTheBusyTimeoutWithDbBusy)
{
    const QString url = fresh();
    Database holder(url);
    Database::Options quick;
    quick.busyTimeoutMs = 200;
    Database waiter(url, quick);
    TransactionGuard held(holder);
    try {
        TransactionGuard tx(waiter);
        FAIL() << "took the lock another connection holds";
    } catch (const DbBusy& e) {
        EXPECT_EQ(e.code(), "db.busy");
    }
    // The failed attempt left no transaction open on the waiter.
    held.commit();
    TransactionGuard again(waiter);
    again.commit();
}

TEST_F(PostgresDatabaseTest, ABrokenLinkIsDbConnectionLostAndTheNextTransactionReconnects)
{
    const QString url = fresh();
    Database db(url);
    const qint64 pid = count(db, QStringLiteral("SELECT pg_backend_pid()"));
    {
        TransactionGuard tx(db);
        db.execute(QStringLiteral("INSERT INTO settings (key, value) VALUES ('half', 'written')"));
        cluster().admin({QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)});
        try {
            db.execute(QStringLiteral("INSERT INTO settings (key, value) VALUES ('other', 'half')"));
            FAIL() << "a statement ran on a terminated connection";
        } catch (const DbConnectionLost& e) {
            EXPECT_EQ(e.code(), "db.connection_lost");
        }
    }
    {
        TransactionGuard tx(db);  // reconnects
        db.execute(QStringLiteral("INSERT INTO settings (key, value) VALUES ('after', 'ok')"));
        tx.commit();
    }
    EXPECT_NE(count(db, QStringLiteral("SELECT pg_backend_pid()")), pid);
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM settings WHERE key IN ('half', 'other')")), 0);
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'after'")), 1);
}

TEST_F(PostgresDatabaseTest, TillsStartingTogetherOnANewDatabaseMigrateItOnce)
{
    const QString url = fresh();
    std::vector<std::thread> tills;
    std::atomic<int> failures{0};
    for (int i = 0; i < 4; ++i)
        tills.emplace_back([&] {
            try {
                Database db(url);
            } catch (const std::exception& e) {
                ++failures;
                ADD_FAILURE() << e.what();
            }
        });
    for (auto& t : tills)
        t.join();
    EXPECT_EQ(failures, 0);
    Database db(url);
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")),
              static_cast<qint64>(migrationScripts().size()));
}

TEST_F(PostgresDatabaseTest, DbErrorCarriesTheStatementAndTheServerMessage)
{
    Database db(fresh());
    try {
        Query q(db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', NULL)"));
        q.exec();
        FAIL();
    } catch (const DbError& e) {
        EXPECT_NE(e.statement().find("INSERT INTO settings"), std::string::npos);
        EXPECT_NE(e.driverMessage().find("null"), std::string::npos) << e.driverMessage();
    }
}

} // namespace

namespace {
TEST_F(PostgresDatabaseTest, ANamedPlaceholderUsedTwiceIsBoundBothTimes)
{
    Database db(fresh());
    Query q(db, QStringLiteral("SELECT CAST(:a AS BIGINT) * 10 + CAST(:b AS BIGINT) + CAST(:a AS BIGINT) * 100"));
    q.bind(QStringLiteral(":a"), 1).bind(QStringLiteral(":b"), 2);
    EXPECT_EQ(q.scalar()->toLongLong(), 112);
}
} // namespace
