// Backup writes whole files only; restore verifies the backup before it touches
// the live store, replaces it (a SQLite file: in one rename; a PostgreSQL
// store: in one transaction) and leaves it exactly as it was on every failure.
// On the pg pass the store backed up and the live store restored into are
// PostgreSQL databases; the backup is a SQLite file either way.
#include "StoreDump.h"

#include "services/AuthService.h"
#include "services/BackupService.h"
#include "services/IntegrityService.h"
#include "services/Journal.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace ocopos;
using namespace ocopos::services;
using ocopos::test::TempStore;
using ocopos::test::testingOnPostgres;

namespace {

QByteArray bytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString& path, const QByteArray& data)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(data);
}

QString till(const QString& path)
{
    db::Database db(path);
    db::Query q(db, QStringLiteral("SELECT value FROM settings WHERE key = 'till'"));
    return q.scalar().value_or(QVariant()).toString();
}

/// What a refused restore must leave unchanged: the file's bytes, or every row
/// of the PostgreSQL store.
QByteArray state(const QString& location)
{
    if (!db::isPostgresUrl(location))
        return bytes(location);
    db::Database db(location);
    QByteArray out;
    for (const auto& [table, rows] : test::dumpStore(db))
        for (const auto& row : rows)
            out += table.toUtf8() + ": " + row.toUtf8() + "\n";
    return out;
}

class BackupServiceTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_live = m_store.freshLocation(QStringLiteral("live.db"));
        db::Database live(livePath());
        Context ctx{live, m_store.clock()};
        AuthService(ctx).ensureAdmin();
        live.execute(QStringLiteral("INSERT INTO settings (key, value) VALUES ('till', 'LIVE')"));
        m_store.db().execute(QStringLiteral("INSERT INTO settings (key, value) VALUES ('till', 'BACKUP')"));
        BackupService(m_store.ctx()).backup(m_store.admin(), backupPath());
    }
    /// The store restored into: a file, or (pg pass) a PostgreSQL database.
    QString livePath() const { return m_live; }
    QString backupPath() const { return QDir(m_store.dir()).filePath(QStringLiteral("backup.db")); }
    QString file(const QString& name) const { return QDir(m_store.dir()).filePath(name); }
    CheckReport restore(const QString& source, const RestoreSteps& steps = {})
    {
        return restoreDatabase(m_store.admin(), m_store.clock(), source, livePath(), steps);
    }
    /// Runs a restore that must fail with E, then shows the live store as it was.
    template <typename E>
    void expectRefusedAndUntouched(const QString& source, const RestoreSteps& steps = {})
    {
        const QByteArray before = state(livePath());
        ASSERT_FALSE(before.isEmpty());
        EXPECT_THROW(restore(source, steps), E);
        EXPECT_EQ(state(livePath()), before);
        EXPECT_FALSE(QFile::exists(livePath() + QStringLiteral(".restoring")));
        EXPECT_FALSE(QFile::exists(livePath() + QStringLiteral(".before-restore")));
        EXPECT_EQ(till(livePath()), QStringLiteral("LIVE"));
        db::Database db(livePath());
        Context ctx{db, m_store.clock()};
        EXPECT_TRUE(IntegrityService(ctx).check(m_store.admin()).ok);
    }
    TempStore m_store;
    QString m_live;
};

TEST_F(BackupServiceTest, RestoreReplacesTheLiveStoreAndRemovesTheOldCopy)
{
    const auto report = restore(backupPath());
    EXPECT_TRUE(report.ok);
    EXPECT_EQ(till(livePath()), QStringLiteral("BACKUP"));
    EXPECT_FALSE(QFile::exists(livePath() + QStringLiteral(".before-restore")));
    EXPECT_FALSE(QFile::exists(livePath() + QStringLiteral(".restoring")));
}

TEST_F(BackupServiceTest, AFailingRenameLeavesTheLiveStoreAsItWas)
{
    if (testingOnPostgres())
        GTEST_SKIP() << "a PostgreSQL store is restored in one transaction, not by a rename "
                        "(ABackupThatFailsItsCheckIsRefused covers its rollback)";
    RestoreSteps failing;
    failing.replace = [](const QString&, const QString&) { throw Error("injected: rename failed"); };
    expectRefusedAndUntouched<Error>(backupPath(), failing);
}

TEST_F(BackupServiceTest, ATruncatedBackupIsRefusedBeforeTheLiveStoreIsTouched)
{
    const QByteArray whole = bytes(backupPath());
    write(file(QStringLiteral("cut.db")), whole.left(whole.size() / 2));
    expectRefusedAndUntouched<ValidationError>(file(QStringLiteral("cut.db")));
}

TEST_F(BackupServiceTest, AnotherProgramsDatabaseIsRefused)
{
    const QString other = file(QStringLiteral("other.db"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        raw.setDatabaseName(other);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    expectRefusedAndUntouched<ValidationError>(other);
}

TEST_F(BackupServiceTest, AFileThatIsNotSqliteIsRefused)
{
    write(file(QStringLiteral("notes.db")), QByteArray("a shopping list, not a database\n").repeated(50));
    expectRefusedAndUntouched<ValidationError>(file(QStringLiteral("notes.db")));
}

TEST_F(BackupServiceTest, RestoreIsRefusedWhileAnotherConnectionHoldsTheStore)
{
    {
        db::Database holder(livePath());
        EXPECT_THROW(restore(backupPath()), Conflict);
    }
    EXPECT_EQ(till(livePath()), QStringLiteral("LIVE"));
    EXPECT_FALSE(QFile::exists(livePath() + QStringLiteral(".restoring")));
    restore(backupPath());  // once it is closed
    EXPECT_EQ(till(livePath()), QStringLiteral("BACKUP"));
}

TEST_F(BackupServiceTest, RestoreReplacesADamagedLiveFile)
{
    if (testingOnPostgres())
        GTEST_SKIP() << "a PostgreSQL store has no file to damage";
    write(livePath(), QByteArray("damaged beyond repair"));
    restore(backupPath());
    EXPECT_EQ(till(livePath()), QStringLiteral("BACKUP"));
}

TEST_F(BackupServiceTest, BackupLeavesNoPartialFileAndNeverOverwrites)
{
    EXPECT_FALSE(QFile::exists(backupPath() + QStringLiteral(".partial")));
    const QByteArray before = bytes(backupPath());
    EXPECT_THROW(BackupService(m_store.ctx()).backup(m_store.admin(), backupPath()), Conflict);
    EXPECT_EQ(bytes(backupPath()), before);
    const QString nowhere = file(QStringLiteral("no/such/folder/b.db"));
    EXPECT_THROW(BackupService(m_store.ctx()).backup(m_store.admin(), nowhere), Error);
    EXPECT_FALSE(QFile::exists(nowhere));
    EXPECT_FALSE(QFile::exists(nowhere + QStringLiteral(".partial")));
}

TEST_F(BackupServiceTest, ABackupThatFailsItsCheckIsRefused)
{
    {
        db::Database backup(backupPath());
        db::Query q(backup, QStringLiteral("INSERT INTO journal (at, kind, ref_id, content, prev_hash, hash) "
                                           "VALUES ('2026-11-28T09:00:00+07:00', 'sale', 1, '{}', :prev, 'forged')"));
        q.bind(QStringLiteral(":prev"), Journal::genesisHash()).exec();
    }
    expectRefusedAndUntouched<ValidationError>(backupPath());
}

TEST_F(BackupServiceTest, TheRestoredStoreHoldsEveryRowOfTheBackupAndTakesNewRows)
{
    restore(backupPath());
    db::Database live(livePath());
    auto restored = test::dumpStore(live);
    // The restore records itself in the restored store's audit log.
    ASSERT_FALSE(restored[QStringLiteral("audit_log")].empty());
    const auto last = std::find_if(restored[QStringLiteral("audit_log")].begin(), restored[QStringLiteral("audit_log")].end(),
                                   [](const QString& row) { return row.contains(QStringLiteral("| t:restore |")); });
    ASSERT_NE(last, restored[QStringLiteral("audit_log")].end());
    restored[QStringLiteral("audit_log")].erase(last);
    test::StoreDump backup;
    {
        db::Database file(backupPath());
        backup = test::dumpStore(file);
    }
    EXPECT_EQ(test::firstDifference(backup, restored), "");
    // Ids continue after the restored ones (PostgreSQL: the sequences were reset).
    Context ctx{live, m_store.clock(), nullptr, PinHashCost::minimum()};
    AuthService(ctx).addUser(m_store.admin(), NewUser{QStringLiteral("thu"), QStringLiteral("Thu"), core::Role::Cashier,
                                                      QString(), QStringLiteral("1111")});
    EXPECT_TRUE(IntegrityService(ctx).check(m_store.admin()).ok);
}

TEST_F(BackupServiceTest, ABackupIsOneSelfContainedStoreFileWithEveryRow)
{
    const QByteArray header = bytes(backupPath()).left(100);
    ASSERT_EQ(header.size(), 100);
    EXPECT_TRUE(header.startsWith(QByteArrayLiteral("SQLite format 3\0")));
    EXPECT_EQ(header[18], 1) << "a rollback-journal file, as VACUUM INTO writes it";
    EXPECT_EQ(header[19], 1);
    EXPECT_FALSE(QFile::exists(backupPath() + QStringLiteral("-wal")));
    auto live = test::dumpStore(m_store.db());
    // The backup is recorded in the store after the file was written.
    auto& audit = live[QStringLiteral("audit_log")];
    audit.erase(std::remove_if(audit.begin(), audit.end(),
                               [](const QString& row) { return row.contains(QStringLiteral("| t:backup |")); }),
                audit.end());
    db::Database file(backupPath());
    EXPECT_EQ(test::firstDifference(live, test::dumpStore(file)), "");
}

} // namespace
