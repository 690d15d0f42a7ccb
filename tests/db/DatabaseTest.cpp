// Database: opening, pragmas, migrations forward, refusal of newer and foreign
// files, transactions, two connections, DbError. Parameterised over backends
// (docs/CONVENTIONS.md): these are about the SQLite file; PostgresDatabaseTest.cpp
// covers the same ground on PostgreSQL.
#include "TestSupport.h"

#include "db/Database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace ocopos;
using namespace ocopos::db;

namespace {

QVariant pragma(Database& db, const QString& name)
{
    Query q(db, QStringLiteral("PRAGMA ") + name);
    return q.scalar().value_or(QVariant());
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/// Runs SQL on a plain Qt connection, outside Database (to forge files).
void rawExec(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw-%1").arg(reinterpret_cast<quintptr>(&statements));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        for (const auto& s : statements) {
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(s)) << s.toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// Whether some process holds SQLite's read lock on the store file (the SHARED
/// byte range above 1 GiB that an open WAL-mode connection keeps), as another
/// process sees it: asked from a forked child with F_GETLK.
bool anotherProcessSeesAReadLock(const QString& path)
{
    const QByteArray file = QFile::encodeName(path);
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int fd = ::open(file.constData(), O_RDWR);
        struct flock lk {};
        lk.l_type = F_WRLCK;
        lk.l_whence = SEEK_SET;
        lk.l_start = 0x40000000 + 2;  // SQLite's SHARED_FIRST
        lk.l_len = 510;               // SHARED_SIZE
        if (fd < 0 || ::fcntl(fd, F_GETLK, &lk) != 0)
            ::_exit(2);
        ::_exit(lk.l_type == F_UNLCK ? 0 : 1);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 1;
}

/// Options built field by field (GCC 12 warns on partial designated initializers).
Database::Options options(std::optional<int> migrateTo, int busyTimeoutMs = 10000, const QString& migrationsDir = {})
{
    Database::Options o;
    o.migrateTo = migrateTo;
    o.busyTimeoutMs = busyTimeoutMs;
    o.migrationsDir = migrationsDir;
    return o;
}

class DatabaseTest : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override
    {
        if (GetParam() != "sqlite")
            GTEST_SKIP() << "about the SQLite file; PostgresDatabaseTest covers " << GetParam();
        ASSERT_TRUE(m_dir.isValid());
    }
    QString path(const QString& name = QStringLiteral("store.db")) const { return m_dir.filePath(name); }
    /// A migrations folder: the shipped 0001 plus the given extra scripts.
    QString migrationsWith(const std::vector<std::pair<QString, QByteArray>>& extra)
    {
        const QString dir = m_dir.filePath(QStringLiteral("migrations"));
        QDir().mkpath(dir);
        const QString shipped = QDir(qEnvironmentVariable("OCOPOS_SOURCE_DIR")).filePath(QStringLiteral("db/migrations"));
        for (const auto& f : QDir(shipped).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name))
            QFile::copy(QDir(shipped).filePath(f), QDir(dir).filePath(f));
        for (const auto& [name, sql] : extra) {
            QFile f(QDir(dir).filePath(name));
            EXPECT_TRUE(f.open(QIODevice::WriteOnly));
            f.write(sql);
        }
        return dir;
    }
    QTemporaryDir m_dir;
};

INSTANTIATE_TEST_SUITE_P(Backends, DatabaseTest, ::testing::ValuesIn(test::databaseBackends()));

TEST_P(DatabaseTest, OpeningCreatesAndMigratesWithDurablePragmas)
{
    ASSERT_FALSE(QFile::exists(path()));
    Database db(path());
    EXPECT_TRUE(QFile::exists(path()));
    EXPECT_GE(Database::latestVersion(), 1);
    EXPECT_EQ(db.schemaVersion(), Database::latestVersion());
    EXPECT_EQ(pragma(db, QStringLiteral("user_version")).toInt(), Database::latestVersion());
    EXPECT_EQ(pragma(db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);
    EXPECT_EQ(pragma(db, QStringLiteral("synchronous")).toInt(), 2);  // FULL
    EXPECT_EQ(pragma(db, QStringLiteral("busy_timeout")).toInt(), 10000);
    for (const char* table : {"producers", "products", "barcodes", "price_history", "price_schedule", "lots",
                              "stock_movements", "sales", "sale_lines", "sale_line_lots", "payments", "returns",
                              "shifts", "settlements", "users", "settings", "audit_log", "journal"})
        EXPECT_EQ(test::countRows(db, QString::fromLatin1(table)), 0) << table;
    EXPECT_TRUE(db.integrityCheck().isEmpty());
}

TEST_P(DatabaseTest, BusyTimeoutIsConfigurable)
{
    Database db(path(), options(std::nullopt, 1234));
    EXPECT_EQ(pragma(db, QStringLiteral("busy_timeout")).toInt(), 1234);
}

TEST_P(DatabaseTest, ReopeningKeepsDataAndVersion)
{
    {
        Database db(path());
        db.execute(QStringLiteral("INSERT INTO settings (key, value) VALUES ('till', 'Q07')"));
    }
    Database db(path());
    EXPECT_EQ(db.schemaVersion(), Database::latestVersion());
    Query q(db, QStringLiteral("SELECT value FROM settings WHERE key = 'till'"));
    EXPECT_EQ(q.scalar()->toString(), QStringLiteral("Q07"));
}

TEST_P(DatabaseTest, MigratesForwardFromVersionZero)
{
    {
        Database db(path(), options(0));
        EXPECT_EQ(db.schemaVersion(), 0);
        Query q(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"));
        EXPECT_EQ(q.scalar()->toInt(), 0);
    }
    Database db(path());
    EXPECT_EQ(db.schemaVersion(), Database::latestVersion());
    EXPECT_EQ(test::countRows(db, QStringLiteral("products")), 0);
}

TEST_P(DatabaseTest, MigratesAnOlderFileForwardKeepingItsData)
{
    const QString dir = migrationsWith(
        {{QStringLiteral("9999_test_note.sql"),
          "-- a later migration: a column with a default, and a data fix-up\n"
          "ALTER TABLE products ADD COLUMN test_note TEXT NOT NULL DEFAULT 'none';\n"
          "UPDATE products SET test_note = 'from v1; kept' WHERE sku = 'NM-500';\n"
          "CREATE TABLE test_extra (id INTEGER PRIMARY KEY, note TEXT);\n"}});
    {
        Database v1(path(), options(1, 10000, dir));
        EXPECT_EQ(v1.schemaVersion(), 1);
        v1.execute(QStringLiteral("INSERT INTO producers (id, code, kind, name, name_key, created_at, updated_at) "
                                  "VALUES (1, 'HTX-A', 'cooperative', 'HTX A', 'htx a', 't', 't')"));
        v1.execute(QStringLiteral("INSERT INTO products (sku, name, name_key, unit, sold_by, price_vnd, vat, owner_id, "
                                  "supply, created_at, updated_at) VALUES ('NM-500', 'Nước mắm', 'nuoc mam', 'chai', "
                                  "'unit', 120000, '8', 1, 'consignment', 't', 't')"));
    }
    Database v2(path(), options(std::nullopt, 10000, dir));
    // The version is the test migration's file number.
    EXPECT_EQ(v2.knownVersion(), 9999);
    EXPECT_EQ(v2.schemaVersion(), 9999);
    Query q(v2, QStringLiteral("SELECT name, price_vnd, test_note FROM products WHERE sku = 'NM-500'"));
    q.exec();
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("Nước mắm"));
    EXPECT_EQ(q.value(1).toLongLong(), 120000);
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("from v1; kept"));
    EXPECT_EQ(test::countRows(v2, QStringLiteral("test_extra")), 0);
    EXPECT_TRUE(v2.integrityCheck().isEmpty());
}

TEST_P(DatabaseTest, AFailingMigrationLeavesTheFileAtItsVersion)
{
    const QString dir = migrationsWith({{QStringLiteral("9999_broken.sql"),
                                         "ALTER TABLE products ADD COLUMN half_done TEXT;\n"
                                         "INSERT INTO no_such_table VALUES (1);\n"}});
    {
        Database v1(path());
        v1.execute(QStringLiteral("INSERT INTO settings (key, value) VALUES ('till', 'Q02')"));
    }
    try {
        Database v2(path(), options(std::nullopt, 10000, dir));
        FAIL() << "a broken migration must throw";
    } catch (const NewerSchemaError&) {
        FAIL() << "not a newer-schema error";
    } catch (const DbError& e) {
        EXPECT_NE(std::string(e.what()).find("9999_broken.sql"), std::string::npos) << e.what();
        EXPECT_EQ(e.statement(), "INSERT INTO no_such_table VALUES (1)");
        EXPECT_NE(e.driverMessage().find("no_such_table"), std::string::npos) << e.driverMessage();
    }
    Database again(path());
    EXPECT_EQ(again.schemaVersion(), Database::latestVersion());
    Query col(again, QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('products') WHERE name = 'half_done'"));
    EXPECT_EQ(col.scalar()->toInt(), 0);
    Query till(again, QStringLiteral("SELECT value FROM settings WHERE key = 'till'"));
    EXPECT_EQ(till.scalar()->toString(), QStringLiteral("Q02"));
}

TEST_P(DatabaseTest, MigratingBeyondTheKnownVersionIsRefused)
{
    EXPECT_THROW(Database(path(), options(Database::latestVersion() + 1)), DbError);
}

TEST_P(DatabaseTest, ANewerFileIsRefusedByteForByteUntouched)
{
    {
        Database db(path());
        db.execute(QStringLiteral("INSERT INTO settings (key, value) VALUES ('till', 'Q09')"));
    }
    rawExec(path(), {QStringLiteral("PRAGMA user_version=%1").arg(Database::latestVersion() + 1)});
    const QDateTime old(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
    {
        QFile f(path());
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.setFileTime(old, QFileDevice::FileModificationTime));
    }
    const QByteArray before = fileBytes(path());
    ASSERT_FALSE(before.isEmpty());
    ASSERT_FALSE(QFile::exists(path() + QStringLiteral("-wal")));
    try {
        Database db(path());
        FAIL() << "a newer file must be refused";
    } catch (const NewerSchemaError& e) {
        EXPECT_NE(std::string(e.what()).find("newer"), std::string::npos) << e.what();
    }
    EXPECT_EQ(fileBytes(path()), before);
    EXPECT_EQ(QFileInfo(path()).lastModified().toUTC(), old);
    EXPECT_FALSE(QFile::exists(path() + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(path() + QStringLiteral("-shm")));
    EXPECT_FALSE(QFile::exists(path() + QStringLiteral("-journal")));
}

TEST_P(DatabaseTest, ANewerVersionStillInTheWalIsRefusedAndTheMainFileUntouched)
{
    // A newer program migrated the file and stopped before checkpointing: the
    // header still says the old version, the WAL holds the new one.
    {
        Database db(path());
    }
    const QString copy = path(QStringLiteral("copy.db"));
    const QString name = QStringLiteral("holder");
    {
        QSqlDatabase h = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        h.setDatabaseName(path());
        ASSERT_TRUE(h.open());
        QSqlQuery q(h);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version=%1").arg(Database::latestVersion() + 1)));
        ASSERT_TRUE(QFile::copy(path(), copy));
        ASSERT_TRUE(QFile::copy(path() + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        h.close();
    }
    QSqlDatabase::removeDatabase(name);
    const QByteArray before = fileBytes(copy);
    const QByteArray walBefore = fileBytes(copy + QStringLiteral("-wal"));
    ASSERT_FALSE(walBefore.isEmpty());
    EXPECT_THROW(Database{copy}, NewerSchemaError);
    EXPECT_EQ(fileBytes(copy), before) << "the main file was changed (checkpointed?)";
    EXPECT_EQ(fileBytes(copy + QStringLiteral("-wal")), walBefore);
}

// A checkpoint killed midway leaves the store file shorter than its header says
// — page 1, with the new size, copied back from the WAL; later pages not yet —
// while the WAL still holds every page. SQLite finishes that checkpoint: it is
// a store, not a truncated file. (scripts/torture found the refusal once the
// store stopped being memory-mapped, which had pre-sized the file: a till that
// lost power mid-checkpoint would not have started.) The same file without its
// WAL is truncated, and refused untouched.
TEST_P(DatabaseTest, AFileShortOfItsHeaderIsAStoreWhileItsWalHoldsTheRest)
{
    {
        Database db(path());
    }
    const QString copy = path(QStringLiteral("copy.db"));
    const QString name = QStringLiteral("grower");
    {
        QSqlDatabase h = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        h.setDatabaseName(path());
        ASSERT_TRUE(h.open());
        QSqlQuery q(h);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")));
        ASSERT_TRUE(q.exec(QStringLiteral("BEGIN")));
        for (int i = 0; i < 300; ++i)
            ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('grow-%1', '%2')")
                                   .arg(i)
                                   .arg(QString(1000, QLatin1Char('x')))));
        ASSERT_TRUE(q.exec(QStringLiteral("COMMIT")));
        // The files as a power cut would leave them: the growth only in the WAL.
        ASSERT_TRUE(QFile::copy(path(), copy));
        ASSERT_TRUE(QFile::copy(path() + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        h.close();
    }
    QSqlDatabase::removeDatabase(name);
    const auto be32 = [](const QByteArray& b, qsizetype at) {
        quint32 v = 0;
        for (qsizetype i = at; i < at + 4; ++i)
            v = (v << 8) | static_cast<unsigned char>(b[i]);
        return static_cast<qint64>(v);
    };
    const QByteArray wal = fileBytes(copy + QStringLiteral("-wal"));
    const qint64 pageSize = be32(wal, 8);
    QByteArray page1;
    for (qint64 at = 32; at + 24 + pageSize <= wal.size(); at += 24 + pageSize)
        if (be32(wal, at) == 1)
            page1 = wal.mid(at + 24, pageSize);
    ASSERT_EQ(page1.size(), pageSize) << "the growth rewrote page 1 (the file's size in its header)";
    QByteArray file = fileBytes(copy);
    file.replace(0, pageSize, page1);  // the checkpoint's first page, then the kill
    ASSERT_EQ(file.mid(24, 4), file.mid(92, 4));
    ASSERT_LT(file.size(), be32(file, 28) * pageSize) << "not shorter than its header says";
    for (const QString& f : {copy, path(QStringLiteral("alone.db"))}) {
        QFile out(f);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(file);
    }

    EXPECT_THROW(Database{path(QStringLiteral("alone.db"))}, NotAStoreDatabase);
    EXPECT_EQ(fileBytes(path(QStringLiteral("alone.db"))), file);
    Database db(copy);
    Query q(db, QStringLiteral("SELECT COUNT(*) FROM settings WHERE key LIKE 'grow-%'"));
    EXPECT_EQ(q.scalar()->toLongLong(), 300);
    EXPECT_TRUE(db.integrityCheck().isEmpty()) << db.integrityCheck().join(QStringLiteral("; ")).toStdString();
}

TEST_P(DatabaseTest, ANonDatabaseFileIsRefusedUntouched)
{
    QByteArray junk;
    for (int i = 0; i < 100; ++i)
        junk += "this is a receipt, not a database\n";
    {
        QFile f(path());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(junk);
    }
    try {
        Database db(path());
        FAIL() << "a text file must be refused";
    } catch (const NotAStoreDatabase& e) {
        EXPECT_NE(std::string(e.what()).find(path().toStdString()), std::string::npos) << e.what();
    }
    EXPECT_EQ(fileBytes(path()), junk);
    EXPECT_FALSE(QFile::exists(path() + QStringLiteral("-wal")));
}

TEST_P(DatabaseTest, AnotherProgramsSqliteFileIsRefusedUntouched)
{
    rawExec(path(), {QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)"),
                     QStringLiteral("INSERT INTO moz_places (url) VALUES ('https://example.org')")});
    const QByteArray before = fileBytes(path());
    try {
        Database db(path());
        FAIL() << "a foreign database must be refused";
    } catch (const NotAStoreDatabase& e) {
        EXPECT_NE(std::string(e.what()).find("not an OCOPOS database"), std::string::npos) << e.what();
    }
    EXPECT_EQ(fileBytes(path()), before);
    EXPECT_FALSE(QFile::exists(path() + QStringLiteral("-wal")));
}

TEST_P(DatabaseTest, TransactionGuardRollsBackOnExceptionAndCommitsExplicitly)
{
    Database db(path());
    const auto insert = [&](const char* key) {
        Query q(db, QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, 'v')"));
        q.bind(QStringLiteral(":k"), QString::fromLatin1(key)).exec();
    };
    try {
        TransactionGuard tx(db);
        insert("thrown");
        throw std::runtime_error("boom");
    } catch (const std::runtime_error&) {
    }
    {
        TransactionGuard tx(db);
        insert("forgotten");  // no commit(): the destructor rolls back
    }
    {
        TransactionGuard tx(db);
        insert("kept");
        tx.commit();
    }
    EXPECT_EQ(test::countRows(db, QStringLiteral("settings")), 1);
    Query q(db, QStringLiteral("SELECT key FROM settings"));
    EXPECT_EQ(q.scalar()->toString(), QStringLiteral("kept"));
    // One transaction at a time per connection.
    TransactionGuard outer(db);
    EXPECT_THROW(TransactionGuard inner(db), DbError);
}

TEST_P(DatabaseTest, ASecondWriterWaitsForTheFirstInsteadOfFailing)
{
    { Database init(path()); }
    Database first(path());
    auto tx = std::make_unique<TransactionGuard>(first);
    first.execute(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')"));
    std::atomic<bool> started{false};
    QString seenByTheSecond;
    std::string error;
    std::thread second([&] {
        try {
            Database db(path(), options(std::nullopt, 60000));
            started = true;
            TransactionGuard tx2(db);  // held by the first writer: waits, does not fail
            Query q(db, QStringLiteral("SELECT group_concat(key, ',') FROM settings"));
            seenByTheSecond = q.scalar()->toString();
            db.execute(QStringLiteral("INSERT INTO settings (key, value) VALUES ('b', '2')"));
            tx2.commit();
        } catch (const std::exception& e) {
            error = e.what();
            started = true;
        }
    });
    while (!started)
        std::this_thread::yield();
    // The second writer's transaction began after this commit: it saw 'a'.
    tx->commit();
    tx.reset();
    second.join();
    EXPECT_EQ(error, "");
    EXPECT_EQ(seenByTheSecond, QStringLiteral("a"));
    EXPECT_EQ(test::countRows(first, QStringLiteral("settings")), 2);
}

TEST_P(DatabaseTest, ASecondWriterGivesUpAfterTheBusyTimeout)
{
    { Database init(path()); }
    Database first(path());
    TransactionGuard tx(first);
    std::string error;
    std::thread second([&] {
        try {
            Database db(path(), options(std::nullopt, 100));
            TransactionGuard tx2(db);
        } catch (const DbBusy& e) {  // db.busy, as on PostgreSQL
            error = e.driverMessage() + " | " + e.statement();
        }
    });
    second.join();
    EXPECT_NE(error.find("BEGIN IMMEDIATE"), std::string::npos) << error;
    EXPECT_NE(error.find("locked"), std::string::npos) << error;
}

TEST_P(DatabaseTest, DbErrorCarriesTheStatementAndTheDriverMessage)
{
    Database db(path());
    try {
        Query q(db, QStringLiteral("SELECT * FROM no_such_table"));
        FAIL();
    } catch (const DbError& e) {
        EXPECT_EQ(e.statement(), "SELECT * FROM no_such_table");
        EXPECT_NE(e.driverMessage().find("no such table"), std::string::npos) << e.driverMessage();
        EXPECT_NE(std::string(e.what()).find("no such table"), std::string::npos);
    }
    try {
        Query q(db, QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, NULL)"));
        q.bind(QStringLiteral(":k"), QStringLiteral("x")).exec();
        FAIL();
    } catch (const DbError& e) {
        EXPECT_EQ(e.statement(), "INSERT INTO settings (key, value) VALUES (:k, NULL)");
        EXPECT_NE(e.driverMessage().find("NOT NULL"), std::string::npos) << e.driverMessage();
    }
    try {
        db.execute(QStringLiteral("DROP TABLE nothing_here"));
        FAIL();
    } catch (const DbError& e) {
        EXPECT_EQ(e.statement(), "DROP TABLE nothing_here");
    }
}

TEST_P(DatabaseTest, OptionalIntegersAreBoundAsIntegers)
{
    Database db(path());
    Query q(db, QStringLiteral("SELECT typeof(:a), typeof(:b), typeof(:c), :a + 1"));
    q.bindOpt(QStringLiteral(":a"), std::optional<std::int64_t>(9000000000LL))
        .bindOpt(QStringLiteral(":b"), std::optional<int>(5))
        .bindOpt(QStringLiteral(":c"), std::optional<std::int64_t>());
    q.exec();
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("integer"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("integer"));
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("null"));
    EXPECT_EQ(q.value(3).toLongLong(), 9000000001LL);
}

TEST_P(DatabaseTest, ValuesComeBackAsQtsDriverGaveThemAndAReusedStatementForgetsItsBindings)
{
    // Query on SQLite runs SQLite's C API on Qt's connection (db/SqliteStatement):
    // the values it returns must be what the code was written against.
    Database db(path());
    {
        Query q(db, QStringLiteral("SELECT :i, :t, :n, :d, :b, :dt, 1.5, NULL, X'00ff', :missing"));
        q.bind(QStringLiteral(":i"), v64(9000000000LL))
            .bind(QStringLiteral(":t"), QStringLiteral("Nước mắm"))
            .bind(QStringLiteral(":n"), QVariant())
            .bind(QStringLiteral(":d"), QDate(2026, 12, 7))
            .bind(QStringLiteral(":b"), true)
            .bind(QStringLiteral(":dt"), QDateTime(QDate(2026, 12, 7), QTime(9, 5, 1, 20), QTimeZone(7 * 3600)))
            .bind(QStringLiteral(":not_in_the_statement"), 1)  // ignored, as Qt does
            .exec();
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).typeId(), QMetaType::LongLong);
        EXPECT_EQ(q.value(0).toLongLong(), 9000000000LL);
        EXPECT_EQ(q.value(1).typeId(), QMetaType::QString);
        EXPECT_EQ(q.value(1).toString(), QStringLiteral("Nước mắm"));
        EXPECT_TRUE(q.value(2).isNull());
        EXPECT_EQ(q.value(2).typeId(), QMetaType::QString);  // a null QString, as Qt's driver
        EXPECT_EQ(q.value(3).toString(), QStringLiteral("2026-12-07"));
        EXPECT_EQ(q.value(4).toLongLong(), 1);
        EXPECT_EQ(q.value(5).toString(), QStringLiteral("2026-12-07T09:05:01.020+07:00"));
        EXPECT_EQ(q.value(6).typeId(), QMetaType::Double);
        EXPECT_TRUE(q.value(7).isNull());
        EXPECT_EQ(q.value(8).toByteArray(), QByteArray("\x00\xff", 2));
        EXPECT_TRUE(q.value(9).isNull());  // never bound: NULL
        EXPECT_EQ(q.columnCount(), 10);
        EXPECT_FALSE(q.next());
    }
    db.execute(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INTEGER)"));
    const QString insert = QStringLiteral("INSERT INTO t (a, b) VALUES (:a, :b)");
    {
        Query q(db, insert);
        q.bind(QStringLiteral(":a"), QStringLiteral("first")).bind(QStringLiteral(":b"), 7).exec();
        EXPECT_EQ(q.lastInsertId(), 1);
        EXPECT_EQ(q.rowsAffected(), 1);
        // Run again with one value changed: the other keeps its binding.
        q.bind(QStringLiteral(":a"), QStringLiteral("second")).exec();
        EXPECT_EQ(q.lastInsertId(), 2);
    }
    {
        // The same text again: the cached statement, without the last user's values.
        Query q(db, insert);
        q.bind(QStringLiteral(":a"), QStringLiteral("third")).exec();
    }
    Query rows(db, QStringLiteral("SELECT a, b FROM t ORDER BY id"));
    rows.exec();
    std::vector<std::pair<QString, QVariant>> got;
    while (rows.next())
        got.emplace_back(rows.value(QStringLiteral("a")).toString(), rows.value(QStringLiteral("B")));
    ASSERT_EQ(got.size(), 3u);
    EXPECT_EQ(got[1].first, QStringLiteral("second"));
    EXPECT_EQ(got[1].second.toLongLong(), 7);
    EXPECT_EQ(got[2].first, QStringLiteral("third"));
    EXPECT_TRUE(got[2].second.isNull());
    // Positional placeholders, and a failing step named like any other DbError.
    Query pos(db, QStringLiteral("INSERT INTO t (id, a) VALUES (?, ?)"));
    pos.bind(0, 1).bind(1, QStringLiteral("dup"));
    try {
        pos.exec();
        FAIL();
    } catch (const DbError& e) {
        EXPECT_NE(e.driverMessage().find("UNIQUE constraint failed"), std::string::npos) << e.driverMessage();
    }
    pos.bind(0, 10).exec();
    EXPECT_EQ(Query(db, QStringLiteral("SELECT a FROM t WHERE id = 10")).scalar()->toString(), QStringLiteral("dup"));
}

TEST_P(DatabaseTest, TheStatementCacheKeepsABoundedNumberOfTextsDroppingTheLeastRecentlyUsed)
{
    Database db(path());
    const QString kept = QStringLiteral("SELECT 1");
    Query(db, kept).exec();
    for (std::size_t i = 0; i < 3 * Database::kStatementTexts; ++i) {
        Query q(db, QStringLiteral("SELECT %1").arg(i + 2));
        ASSERT_EQ(q.scalar()->toLongLong(), static_cast<qlonglong>(i + 2));
        if (i % 16 == 0)
            Query(db, kept).exec();  // used again: stays among the recent ones
        EXPECT_LE(db.cachedStatementTexts(), Database::kStatementTexts);
    }
    EXPECT_EQ(db.cachedStatementTexts(), Database::kStatementTexts);
    // An evicted text is prepared again on demand and still answers.
    Query again(db, QStringLiteral("SELECT 2"));
    EXPECT_EQ(again.scalar()->toLongLong(), 2);
}

} // namespace

TEST_P(DatabaseTest, ASecondConnectionInTheProcessLeavesTheFirstOnesLocksAlone)
{
    // POSIX locks belong to the process: had the second open read the header
    // through a descriptor of its own and closed it, the first connection's
    // read lock would be gone, and another process closing its connection could
    // take the store for unused and delete the WAL under us.
    Database first(path());
    Query(first, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).exec();
    ASSERT_TRUE(anotherProcessSeesAReadLock(path()));
    {
        Database second(path());
        EXPECT_TRUE(anotherProcessSeesAReadLock(path()));
        // The same file under another spelling is the same file.
        Database third(m_dir.path() + QStringLiteral("/./store.db"));
        EXPECT_TRUE(anotherProcessSeesAReadLock(path()));
    }
    EXPECT_TRUE(anotherProcessSeesAReadLock(path()));
    Query(first, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).exec();
    EXPECT_TRUE(anotherProcessSeesAReadLock(path()));
}

TEST_P(DatabaseTest, ANewerFileIsStillRefusedWhenAnotherStoreIsOpenInTheProcess)
{
    Database other(path(QStringLiteral("other.db")));
    { Database make(path()); }
    rawExec(path(), {QStringLiteral("PRAGMA user_version=%1").arg(Database::latestVersion() + 1)});
    EXPECT_THROW(Database again(path()), NewerSchemaError);
}
