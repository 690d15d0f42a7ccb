// Schema versions are migration file numbers, recorded in schema_migrations;
// files of the old scheme (user_version = files applied in list order) are
// carried forward; unknown versions and foreign files are refused untouched;
// the shipped scripts are pinned by SHA-256.
#include "TestSupport.h"

#include "db/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>

using namespace ocopos;
using namespace ocopos::db;

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString shippedDir() { return QDir(qEnvironmentVariable("OCOPOS_SOURCE_DIR")).filePath(QStringLiteral("db/migrations")); }

/// Runs SQL on a plain Qt connection, outside Database (to build files by other rules).
void rawExec(const QString& path, const QStringList& statements)
{
    static int counter = 0;
    const QString name = QStringLiteral("mig-raw-%1").arg(++counter);
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

/// A store as the code before schema_migrations made it: the first `count` files
/// of the list 0001, 0002, 0004, 0005, each followed by user_version = its position.
/// `preEditIndex` adds the lots_expiry index the first 0002 created.
void buildOldScheme(const QString& path, int count, bool preEditIndex)
{
    const QStringList order{QStringLiteral("0001_init.sql"), QStringLiteral("0002_inventory.sql"),
                            QStringLiteral("0004_reports.sql"), QStringLiteral("0005_report_sums.sql")};
    QStringList statements{QStringLiteral("PRAGMA journal_mode=WAL")};
    for (int i = 0; i < count; ++i) {
        statements << QStringLiteral("BEGIN IMMEDIATE");
        statements << splitSqlStatements(QString::fromUtf8(fileBytes(QDir(shippedDir()).filePath(order[i]))));
        if (i == 1 && preEditIndex)
            statements << QStringLiteral("CREATE INDEX lots_expiry ON lots(expires_on, on_hand)");
        statements << QStringLiteral("PRAGMA user_version=%1").arg(i + 1) << QStringLiteral("COMMIT");
    }
    statements << QStringLiteral("INSERT INTO settings (key, value) VALUES ('till', 'OLD')");
    rawExec(path, statements);
}

QStringList rows(Database& db, const QString& sql)
{
    QStringList out;
    Query q(db, sql);
    q.exec();
    while (q.next()) {
        QStringList cols;
        for (int i = 0; i < q.columnCount(); ++i)
            cols << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        out << cols.join(QLatin1Char('|'));
    }
    return out;
}

/// The schema as SQLite keeps it, without the bookkeeping table.
QStringList schemaOf(Database& db)
{
    return rows(db, QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name <> 'schema_migrations' "
                                   "ORDER BY type, name"));
}

QString sha(const QString& path)
{
    return QString::fromLatin1(QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex());
}

class MigrationTest : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override
    {
        if (GetParam() != "sqlite")
            GTEST_SKIP() << "about the SQLite file; PostgresDatabaseTest covers " << GetParam();
        ASSERT_TRUE(m_dir.isValid());
    }
    QString path(const QString& name = QStringLiteral("store.db")) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

INSTANTIATE_TEST_SUITE_P(Backends, MigrationTest, ::testing::ValuesIn(test::databaseBackends()));

TEST(MigrationFiles, ShippedScriptsAreNeverEdited)
{
    // A shipped migration is never edited: a change to the schema is a new file,
    // pinned here when it ships. (0001, 0002 and 0004 as they are now; 0002 once
    // lost an index in place, which 0006 makes up for.)
    const std::map<QString, QString> pinned{
        {QStringLiteral("0001_init.sql"), QStringLiteral("d6cb9a2ecf331ff23316f85ea9434dd987f1359a343a948468f44e1c1a7e2a06")},
        {QStringLiteral("0002_inventory.sql"),
         QStringLiteral("2e40783c8df5799d631bf2794f2a14c0228b9275e4b5a8e3a5067ef7d10556aa")},
        {QStringLiteral("0004_reports.sql"), QStringLiteral("b851d26ca9c05cc1b496fa1b4b2ef34588952a719f7aba71383e1cbb94e5f0fd")},
        {QStringLiteral("0005_report_sums.sql"),
         QStringLiteral("55b8c0a317a6bff9f16cffbe1559466a4132fb9fb01567ee8d06f78b7b7fbbfa")},
        {QStringLiteral("0006_drop_lots_expiry.sql"), QStringLiteral("621758f81a3954c662314a90e812808660834889e2d9236bd78b501913aafe47")},
        {QStringLiteral("0007_pin_change.sql"), QStringLiteral("2454a9e2925cda5d0cfca354d6e9c7db7cb381147f7548076b6ccc53e6f40e85")},
        {QStringLiteral("0008_outbox.sql"), QStringLiteral("39542a648af0c67dec210ec7a9ac7211adc41309c5c6eaf576e3b75b01690326")},
        {QStringLiteral("0009_printing.sql"), QStringLiteral("5da16b5a6d2c682109e1e7396e23962a58306ce44fe34bcc55d9add795326adc")},
        {QStringLiteral("0010_einvoice.sql"),
         QStringLiteral("67e6d903876a7135283b9c9c44eaa86af3f26172c32e6470c0dc8c6fdb039191")},
        {QStringLiteral("0011_catalog_token.sql"),
         QStringLiteral("300998d586f07f24b81d345b65228c4f1ae019c64ca6e26a83e1cc8b7b072204")},
    };
    const auto builtIn = migrationScripts();
    ASSERT_EQ(builtIn.size(), pinned.size()) << "a new migration ships with its SHA-256 pinned here";
    for (const Migration& m : builtIn) {
        ASSERT_TRUE(pinned.count(m.name)) << m.name.toStdString() << " is not pinned";
        EXPECT_EQ(migrationSha256(m), pinned.at(m.name)) << m.name.toStdString() << " (built in) was edited";
        EXPECT_EQ(sha(QDir(shippedDir()).filePath(m.name)), pinned.at(m.name)) << m.name.toStdString();
        EXPECT_EQ(m.version, m.name.left(4).toInt());
    }
    EXPECT_EQ(Database::latestVersion(), builtIn.back().version);
}

TEST(MigrationFiles, BadNamesAndSharedNumbersAreRefused)
{
    QTemporaryDir dir;
    const auto write = [&](const QString& name) {
        QFile f(dir.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("SELECT 1;");
    };
    write(QStringLiteral("0001_a.sql"));
    write(QStringLiteral("0001_b.sql"));
    EXPECT_THROW(migrationScripts(dir.path()), DbError);
    QFile::remove(dir.filePath(QStringLiteral("0001_b.sql")));
    write(QStringLiteral("2_short.sql"));
    EXPECT_THROW(migrationScripts(dir.path()), DbError);
}

TEST_P(MigrationTest, VersionsAreFileNumbersRecordedWithTheirHash)
{
    Database db(path());
    // The newest file's number, not the count of files (there is no 0003).
    const auto scripts = migrationScripts();
    const int newest = scripts.back().version;
    ASSERT_NE(newest, static_cast<int>(scripts.size()));
    EXPECT_EQ(db.schemaVersion(), newest);
    EXPECT_EQ(db.knownVersion(), Database::latestVersion());
    QStringList want;
    for (const Migration& m : migrationScripts())
        want << QStringLiteral("%1|%2|%3").arg(m.version).arg(m.name, migrationSha256(m));
    EXPECT_EQ(rows(db, QStringLiteral("SELECT version, name, sha256 FROM schema_migrations ORDER BY version")), want);
    EXPECT_EQ(rows(db, QStringLiteral("PRAGMA user_version")), QStringList{QString::number(newest)});
    EXPECT_EQ(rows(db, QStringLiteral("PRAGMA application_id")), QStringList{QString::number(kStoreApplicationId)});
}

TEST_P(MigrationTest, MigrateToTakesFileNumbers)
{
    {
        Database db(path(), [] { Database::Options o; o.migrateTo = 3; return o; }());
        EXPECT_EQ(db.schemaVersion(), 2);  // there is no 0003
        EXPECT_EQ(rows(db, QStringLiteral("SELECT version FROM schema_migrations")),
                  (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    }
    {
        Database db(path(), [] { Database::Options o; o.migrateTo = 4; return o; }());
        EXPECT_EQ(db.schemaVersion(), 4);
        EXPECT_EQ(rows(db, QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('sale_lines') WHERE name = 'sale_date'")),
                  QStringList{QStringLiteral("1")});
    }
    Database db(path());
    EXPECT_EQ(db.schemaVersion(), Database::latestVersion());
}

TEST_P(MigrationTest, OldSchemeFilesAreCarriedForwardToTheSameSchemaAsANewOne)
{
    QStringList fresh;
    {
        Database db(path(QStringLiteral("fresh.db")));
        fresh = schemaOf(db);
    }
    for (int count = 1; count <= 4; ++count) {
        for (bool preEdit : {false, true}) {
            if (preEdit && count < 2)
                continue;
            SCOPED_TRACE("old-scheme user_version " + std::to_string(count) + (preEdit ? ", first 0002" : ""));
            const QString file = path(QStringLiteral("old-%1-%2.db").arg(count).arg(preEdit));
            buildOldScheme(file, count, preEdit);
            Database db(file);
            EXPECT_EQ(db.schemaVersion(), Database::latestVersion());
            const QStringList positions{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("4"),
                                        QStringLiteral("5")};
            QStringList want;
            for (int i = 0; i < count; ++i)
                want << positions[i] + QStringLiteral("|NULL");  // the text they ran was not recorded
            for (const Migration& m : migrationScripts())
                if (m.version > positions[count - 1].toInt())
                    want << QStringLiteral("%1|%2").arg(m.version).arg(migrationSha256(m));
            EXPECT_EQ(rows(db, QStringLiteral("SELECT version, sha256 FROM schema_migrations ORDER BY version")), want);
            EXPECT_EQ(schemaOf(db), fresh);
            EXPECT_EQ(rows(db, QStringLiteral("SELECT value FROM settings WHERE key = 'till'")),
                      QStringList{QStringLiteral("OLD")});
            EXPECT_TRUE(db.integrityCheck().isEmpty());
        }
    }
}

TEST_P(MigrationTest, AnUnknownAppliedVersionIsRefusedUntouched)
{
    { Database db(path()); }
    rawExec(path(), {QStringLiteral("INSERT INTO schema_migrations (version, name, sha256, applied_at) "
                                    "VALUES (3, '0003_other_branch.sql', 'x', 't')")});
    const QByteArray before = fileBytes(path());
    EXPECT_THROW(Database{path()}, NewerSchemaError);
    EXPECT_EQ(fileBytes(path()), before);
}

TEST_P(MigrationTest, AnOldSchemeCountBeyondTheOldListIsRefusedUntouched)
{
    buildOldScheme(path(), 4, false);
    rawExec(path(), {QStringLiteral("PRAGMA user_version=5")});
    const QByteArray before = fileBytes(path());
    EXPECT_THROW(Database{path()}, NewerSchemaError);
    EXPECT_EQ(fileBytes(path()), before);
}

TEST_P(MigrationTest, ForeignAndDamagedFilesAreNotStoresAndStayUntouched)
{
    const QString other = path(QStringLiteral("other.db"));
    rawExec(other, {QStringLiteral("CREATE TABLE settings (key TEXT, value TEXT)"), QStringLiteral("PRAGMA user_version=2")});
    const QString tagged = path(QStringLiteral("tagged.db"));
    rawExec(tagged, {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("PRAGMA application_id=1234")});
    const QString versioned = path(QStringLiteral("versioned.db"));
    rawExec(versioned, {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("PRAGMA user_version=3")});
    const QString truncated = path(QStringLiteral("truncated.db"));
    {
        Database db(path());
    }
    QByteArray whole = fileBytes(path());
    ASSERT_GT(whole.size(), 8192);
    {
        QFile f(truncated);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(whole.left(whole.size() / 2));
    }
    const QString text = path(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("not a database at all\n");
    }
    for (const QString& file : {other, versioned, tagged, truncated, text}) {
        SCOPED_TRACE(file.toStdString());
        const QByteArray before = fileBytes(file);
        try {
            Database db(file);
            ADD_FAILURE() << "opened";
        } catch (const NotAStoreDatabase& e) {
            EXPECT_NE(std::string(e.what()).find(file.toStdString()), std::string::npos) << e.what();
        }
        EXPECT_EQ(fileBytes(file), before);
        EXPECT_FALSE(QFile::exists(file + QStringLiteral("-wal")));
    }
}

} // namespace
