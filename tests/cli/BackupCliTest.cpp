// `backup` and `restore` through the real binary.
#include "SaleFixtures.h"

#include "services/ShiftService.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace ocopos;
using namespace ocopos::test;

TEST(BackupCli, BackupThenRestoreBringsTheOldStateBackAndRefusesBadFiles)
{
    TempStore dir;
    const QString live = dir.dir() + QStringLiteral("/live.db");
    QProcessEnvironment env;
    env.insert(QStringLiteral("OCOPOS_DB"), live);
    ASSERT_EQ(runCli({QStringLiteral("init")}, env).exitCode, 0);
    // A new store's admin chooses a new PIN first; PINs go by file and environment, never argv.
    const auto writeFile = [&](const QString& name, const QByteArray& text) {
        QFile f(dir.dir() + QLatin1Char('/') + name);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
        return f.fileName();
    };
    env.insert(QStringLiteral("OCOPOS_PIN"), QStringLiteral("000000"));
    auto r = runCli({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("set-pin"),
                     QStringLiteral("admin"), QStringLiteral("--new-pin-file"), writeFile(QStringLiteral("admin.pin"), "482913\n")},
                    env);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    env.insert(QStringLiteral("OCOPOS_PIN"), QStringLiteral("482913"));
    const QStringList admin{QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("admin")};
    const QString backup = dir.dir() + QStringLiteral("/backup.db");
    r = runCli(admin + QStringList{QStringLiteral("backup"), backup}, env);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(backup));
    EXPECT_EQ(runCli(admin + QStringList{QStringLiteral("backup"), backup}, env).exitCode, 5);  // never overwrites
    r = runCli(admin + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("thu"), QStringLiteral("--name"),
                                   QStringLiteral("Thu"), QStringLiteral("--role"), QStringLiteral("cashier"),
                                   QStringLiteral("--new-pin-file"), writeFile(QStringLiteral("thu.pin"), "1111\n")},
               env);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // A cashier may not back up.
    QProcessEnvironment cashier = env;
    cashier.insert(QStringLiteral("OCOPOS_PIN"), QStringLiteral("1111"));
    EXPECT_EQ(runCli({QStringLiteral("--user"), QStringLiteral("thu"), QStringLiteral("backup"), dir.dir() + QStringLiteral("/x.db")},
                     cashier).exitCode, 6);
    // Restore: the user added after the backup is gone again.
    r = runCli(admin + QStringList{QStringLiteral("restore"), backup}, env);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    {
        db::Database after(live);
        db::Query q(after, QStringLiteral("SELECT COUNT(*) FROM users WHERE username = 'thu'"));
        EXPECT_EQ(q.scalar()->toLongLong(), 0);
        db::Query audit(after, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'restore'"));
        EXPECT_EQ(audit.scalar()->toLongLong(), 1);
    }
    // Not a database: invalid, and the store is untouched.
    const QString bad = dir.dir() + QStringLiteral("/bad.db");
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("this is not a database");
    f.close();
    EXPECT_EQ(runCli(admin + QStringList{QStringLiteral("restore"), bad}, env).exitCode, 3);
    EXPECT_EQ(runCli(admin + QStringList{QStringLiteral("restore"), dir.dir() + QStringLiteral("/missing.db")}, env).exitCode, 4);
    EXPECT_EQ(runCli(admin + QStringList{QStringLiteral("check")}, env).exitCode, 0);
}

TEST(BackupCli, RestoreIsRefusedWhileAnotherProcessHoldsTheStore)
{
    TempStore store;  // this test process holds store.path() open
    QProcessEnvironment env;
    env.insert(QStringLiteral("OCOPOS_DB"), store.path());
    const QStringList admin{QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--pin"),
                            QStringLiteral("000000")};
    const QString backup = store.dir() + QStringLiteral("/backup.db");
    ASSERT_EQ(runCli(admin + QStringList{QStringLiteral("backup"), backup}, env).exitCode, 0);
    store.addUser(QStringLiteral("thu"), core::Role::Cashier, QString(), QStringLiteral("1111"));
    const auto r = runCli(admin + QStringList{QStringLiteral("restore"), backup}, env);
    EXPECT_EQ(r.exitCode, 5) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("in another program")) << r.err.toStdString();
    db::Query q(store.db(), QStringLiteral("SELECT COUNT(*) FROM users WHERE username = 'thu'"));
    EXPECT_EQ(q.scalar()->toLongLong(), 1);
}
