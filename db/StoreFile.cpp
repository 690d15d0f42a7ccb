#include "StoreFile.h"

#include "Database.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace ocopos::db {

bool storeInUse(const QString& path)
{
    if (!QFileInfo::exists(path))
        return false;
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("ocopos-store-probe-%1").arg(counter.fetch_add(1));
    bool busy = false;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        probe.setDatabaseName(path);
        probe.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        if (probe.open()) {
            QSqlQuery q(probe);
            for (const char* sql : {"PRAGMA locking_mode=EXCLUSIVE", "BEGIN EXCLUSIVE", "COMMIT"}) {
                if (!q.exec(QString::fromLatin1(sql))) {
                    const QString code = q.lastError().nativeErrorCode();
                    busy = code == QLatin1String("5") || code == QLatin1String("6");  // SQLITE_BUSY, SQLITE_LOCKED
                    break;
                }
            }
            q.finish();
            probe.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return busy || QFileInfo::exists(path + QStringLiteral("-wal"));
}

void copyStoreTo(Database& db, const QString& target)
{
    Query q(db, QStringLiteral("VACUUM INTO :target"));
    q.bind(QStringLiteral(":target"), target).exec();
}

void checkpointStore(Database& db) { db.execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); }

void makeSingleFile(Database& db)
{
    Query q(db, QStringLiteral("PRAGMA journal_mode=DELETE"));
    const auto mode = q.scalar();
    if (!mode || mode->toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
        throw DbError("cannot leave " + db.displayName().toStdString() + " as a single file (journal mode "
                          + (mode ? mode->toString().toStdString() : std::string("unknown")) + ")",
                      "PRAGMA journal_mode=DELETE", "");
}

int otherSessions(Database& db)
{
    if (!db.isPostgres())
        return 0;
    const auto count = [&] {
        Query q(db, QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                                   "AND pid <> pg_backend_pid() AND backend_type = 'client backend'"));
        return static_cast<int>(q.scalar().value_or(QVariant(0)).toLongLong());
    };
    // A client that has just closed its connection is listed until its server
    // process has exited: look again for up to a second before believing it.
    int others = count();
    for (int i = 0; i < 10 && others > 0; ++i) {
        db.execute(QStringLiteral("SELECT pg_sleep(0.1)"));
        others = count();
    }
    return others;
}

} // namespace ocopos::db
