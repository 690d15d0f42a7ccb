// Backup writes whole files only; restore verifies the backup before it touches
// the live store, replaces it in one rename, and leaves it exactly as it was on
// every failure.
#include "TestSupport.h"

#include "services/AuthService.h"
#include "services/BackupService.h"
#include "services/IntegrityService.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace ocopos;
using namespace ocopos::services;
using ocopos::test::TempStore;

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

class BackupServiceTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        db::Database live(livePath());
        Context ctx{live, m_store.clock()};
        AuthService(ctx).ensureAdmin();
        live.execute(QStringLiteral("INSERT INTO settings (key, value) VALUES ('till', 'LIVE')"));
        m_store.db().execute(QStringLiteral("INSERT INTO settings (key, value) VALUES ('till', 'BACKUP')"));
        BackupService(m_store.ctx()).backup(m_store.admin(), backupPath());
    }
    QString livePath() const { return QDir(m_store.dir()).filePath(QStringLiteral("live.db")); }
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
        const QByteArray before = bytes(livePath());
        ASSERT_FALSE(before.isEmpty());
        EXPECT_THROW(restore(source, steps), E);
        EXPECT_EQ(bytes(livePath()), before);
        EXPECT_FALSE(QFile::exists(livePath() + QStringLiteral(".restoring")));
        EXPECT_FALSE(QFile::exists(livePath() + QStringLiteral(".before-restore")));
        EXPECT_EQ(till(livePath()), QStringLiteral("LIVE"));
        db::Database db(livePath());
        Context ctx{db, m_store.clock()};
        EXPECT_TRUE(IntegrityService(ctx).check(m_store.admin()).ok);
    }
    TempStore m_store;
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

} // namespace
