// `ocopos-cli db copy` through the real binary: a file store to PostgreSQL and
// back, `check` on each copy, the contract's exit codes, and never a password
// in what it prints. PostgreSQL is this binary's own throwaway cluster.
#include "SaleFixtures.h"
#include "StoreDump.h"

#include "services/SaleService.h"
#include "services/ShiftService.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <gtest/gtest.h>

using namespace ocopos;
using namespace ocopos::test;

namespace {

class DbCopyCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        store.loadSmallCatalog();
        const auto cashier = store.addUser(QStringLiteral("thu"), core::Role::Cashier, QString(), QStringLiteral("1111"));
        addLot(store, QStringLiteral("NM-500"), QStringLiteral("L2405"), QStringLiteral("HO-A1"), QStringLiteral("5"));
        services::ShiftService(store.ctx()).open(cashier, core::Money(500000));
        services::SaleRequest r;
        r.lines = {saleLine(QStringLiteral("NM-500"), QStringLiteral("2"))};
        r.payments = {cash(240000)};
        services::SaleService(store.ctx()).commit(cashier, r);
        env.insert(QStringLiteral("OCOPOS_NOW"), QStringLiteral("2026-11-28T10:15:00+07:00"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), store.dir() + QStringLiteral("/xdg"));
    }
    CliResult cli(const QStringList& args, const QString& user = QStringLiteral("admin"),
                  const QString& pin = QStringLiteral("000000"))
    {
        QProcessEnvironment withPin = env;
        withPin.insert(QStringLiteral("OCOPOS_PIN"), pin);
        return runCli(QStringList{QStringLiteral("--json"), QStringLiteral("--user"), user} + args, withPin);
    }
    CliResult copy(const QString& from, const QString& to, const QString& user = QStringLiteral("admin"),
                   const QString& pin = QStringLiteral("000000"))
    {
        return cli({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), from, QStringLiteral("--to"), to},
                   user, pin);
    }
    static QJsonObject json(const CliResult& r) { return QJsonDocument::fromJson(r.out).object(); }
    static QString errorCode(const CliResult& r)
    {
        return json(r).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
    static void expectNoPassword(const CliResult& r)
    {
        EXPECT_FALSE(r.out.contains(PgCluster::password().toUtf8())) << r.out.toStdString();
        EXPECT_FALSE(r.err.contains(PgCluster::password().toUtf8())) << r.err.toStdString();
    }
    QString newPgDatabase() { return PgCluster::shared().createDatabase(PgCluster::shared().freshName()); }
    /// Without what the CLI's own logins and copies add to the audit log.
    static StoreDump withoutCliAudit(StoreDump d)
    {
        auto& audit = d[QStringLiteral("audit_log")];
        audit.erase(std::remove_if(audit.begin(), audit.end(),
                                   [](const QString& row) {
                                       return row.contains(QStringLiteral("| t:db_copy |"))
                                              || row.contains(QStringLiteral("| t:login |"));
                                   }),
                    audit.end());
        return d;
    }

    TempStore store;
    QProcessEnvironment env;
};

} // namespace

TEST_F(DbCopyCli, AFileStoreGoesToPostgresAndBackAndEachCopyPassesCheck)
{
    ASSERT_EQ(PgCluster::missingReason(), QString());
    const QString pg = newPgDatabase();
    auto r = copy(store.path(), pg);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    expectNoPassword(r);
    const QJsonObject o = json(r);
    EXPECT_EQ(o.value(QStringLiteral("from")).toString(), store.path());
    EXPECT_EQ(o.value(QStringLiteral("to")).toString(), db::redactedLocation(pg));
    EXPECT_EQ(o.value(QStringLiteral("journal_entries")).toInt(), 1);
    // The copy holds the admin's login to the source, not yet the audit of the copy.
    StoreDump source = dumpStore(store.db());
    auto& audit = source[QStringLiteral("audit_log")];
    audit.erase(std::remove_if(audit.begin(), audit.end(),
                               [](const QString& row) { return row.contains(QStringLiteral("| t:db_copy |")); }),
                audit.end());
    EXPECT_EQ(o.value(QStringLiteral("tables")).toInt(), static_cast<int>(source.size()));
    EXPECT_EQ(o.value(QStringLiteral("rows")).toInteger(), static_cast<qint64>(rowCount(source)));
    {
        db::Database there(pg);
        EXPECT_EQ(firstDifference(source, dumpStore(there)), "");
    }
    r = cli({QStringLiteral("--db"), pg, QStringLiteral("check")});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(json(r).value(QStringLiteral("ok")).toBool());

    const QString back = store.dir() + QStringLiteral("/back.db");
    r = copy(pg, back);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    expectNoPassword(r);
    EXPECT_EQ(json(r).value(QStringLiteral("from")).toString(), db::redactedLocation(pg));
    EXPECT_FALSE(QFile::exists(back + QStringLiteral(".partial")));
    {
        db::Database file(back);
        EXPECT_EQ(firstDifference(withoutCliAudit(source), withoutCliAudit(dumpStore(file))), "");
    }
    r = cli({QStringLiteral("--db"), back, QStringLiteral("check")});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();

    // Human output names both ends, the password of neither.
    QProcessEnvironment withPin = env;
    withPin.insert(QStringLiteral("OCOPOS_PIN"), QStringLiteral("000000"));
    r = runCli({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("db"), QStringLiteral("copy"),
                QStringLiteral("--from"), pg, QStringLiteral("--to"), store.dir() + QStringLiteral("/again.db")},
               withPin);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith("copied ")) << r.out.toStdString();
    expectNoPassword(r);
}

TEST_F(DbCopyCli, RefusalsUseTheContractsExitCodesAndWriteNothing)
{
    const QString pg = newPgDatabase();
    ASSERT_EQ(copy(store.path(), pg).exitCode, 0);

    // A target with rows: conflict, and it is left as it was.
    auto r = copy(store.path(), pg);
    EXPECT_EQ(r.exitCode, 5) << r.err.toStdString();
    EXPECT_EQ(errorCode(r), QStringLiteral("conflict"));
    EXPECT_TRUE(r.err.contains("already holds data")) << r.err.toStdString();
    expectNoPassword(r);
    // An existing file, even this very store.
    r = copy(pg, store.path());
    EXPECT_EQ(r.exitCode, 5) << r.err.toStdString();
    // A source that is not a store.
    const QString notes = store.dir() + QStringLiteral("/notes.db");
    QFile f(notes);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("a shopping list, not a store\n").repeated(40));
    f.close();
    r = copy(notes, store.dir() + QStringLiteral("/x.db"));
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
    EXPECT_EQ(errorCode(r), QStringLiteral("invalid"));
    EXPECT_FALSE(QFile::exists(store.dir() + QStringLiteral("/x.db")));
    // A PostgreSQL database of another program.
    const QString foreignName = PgCluster::shared().freshName();
    const QString foreign = PgCluster::shared().createDatabase(foreignName);
    PgCluster::execute(foreign, {QStringLiteral("CREATE TABLE invoices (id BIGINT PRIMARY KEY)")});
    r = copy(store.path(), foreign);
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
    expectNoPassword(r);
    // Only the source's admin.
    r = copy(store.path(), newPgDatabase(), QStringLiteral("thu"), QStringLiteral("1111"));
    EXPECT_EQ(r.exitCode, 6) << r.err.toStdString();
    EXPECT_EQ(errorCode(r), QStringLiteral("auth"));
    // Both ends are required.
    r = cli({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), store.path()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(errorCode(r), QStringLiteral("usage"));
}

TEST_F(DbCopyCli, BackupAndRestoreOfAPostgresStore)
{
    const QString pg = newPgDatabase();
    ASSERT_EQ(copy(store.path(), pg).exitCode, 0);
    const QString file = store.dir() + QStringLiteral("/pg-backup.db");
    auto r = cli({QStringLiteral("--db"), pg, QStringLiteral("backup"), file});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(file));
    EXPECT_FALSE(QFile::exists(file + QStringLiteral(".partial")));
    EXPECT_EQ(cli({QStringLiteral("--db"), pg, QStringLiteral("backup"), file}).exitCode, 5);  // never overwrites
    // The backup is a store file like any other: `check` passes on it.
    EXPECT_EQ(cli({QStringLiteral("--db"), file, QStringLiteral("check")}).exitCode, 0);

    {
        db::Database live(pg);
        live.execute(QStringLiteral("DELETE FROM barcodes"));
        // Restore is refused while another session is connected.
        r = cli({QStringLiteral("--db"), pg, QStringLiteral("restore"), file});
        EXPECT_EQ(r.exitCode, 5) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains("other connection")) << r.err.toStdString();
        expectNoPassword(r);
        db::Query q(live, QStringLiteral("SELECT COUNT(*) FROM barcodes"));
        EXPECT_EQ(q.scalar()->toLongLong(), 0);
    }
    r = cli({QStringLiteral("--db"), pg, QStringLiteral("restore"), file});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    expectNoPassword(r);
    EXPECT_EQ(json(r).value(QStringLiteral("database")).toString(), db::redactedLocation(pg));
    EXPECT_EQ(json(r).value(QStringLiteral("journal_entries")).toInt(), 1);
    {
        db::Database live(pg);
        EXPECT_GT(countRows(live, QStringLiteral("barcodes")), 0);
        db::Query audit(live, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'restore'"));
        EXPECT_EQ(audit.scalar()->toLongLong(), 1);
    }
    // Not a store: invalid, and the live store keeps its rows.
    const QString notes = store.dir() + QStringLiteral("/notes.db");
    QFile f(notes);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("not a backup\n").repeated(100));
    f.close();
    r = cli({QStringLiteral("--db"), pg, QStringLiteral("restore"), notes});
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
    db::Database live(pg);
    EXPECT_GT(countRows(live, QStringLiteral("barcodes")), 0);
}
