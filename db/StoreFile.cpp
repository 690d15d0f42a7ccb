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

} // namespace ocopos::db
