#include "BackupService.h"

#include "AuditLog.h"
#include "core/Errors.h"
#include "db/Database.h"

#include <QFile>

#include <memory>
#include <QFileInfo>

namespace ocopos::services {

void BackupService::backup(const Session& admin, const QString& target)
{
    requireRole(admin, core::Role::Admin, "backup");
    if (QFileInfo::exists(target))
        throw Conflict("backup file " + target.toStdString() + " already exists: choose a new name");
    db::Query q(m_ctx.db, QStringLiteral("VACUUM INTO :target"));
    q.bind(QStringLiteral(":target"), target).exec();
    db::TransactionGuard tx(m_ctx.db);
    audit(m_ctx, &admin, QStringLiteral("backup"), target);
    tx.commit();
}

CheckReport restoreDatabase(const Session& admin, const core::Clock& clock, const QString& source, const QString& target)
{
    requireRole(admin, core::Role::Admin, "restore");
    if (!QFileInfo::exists(source))
        throw NotFound("no backup file " + source.toStdString());
    const QString staged = target + QStringLiteral(".restoring");
    QFile::remove(staged);
    if (!QFile::copy(source, staged))
        throw Error("cannot copy " + source.toStdString() + " next to " + target.toStdString());
    CheckReport report;
    try {
        {
            std::unique_ptr<db::Database> opened;
            try {
                opened = std::make_unique<db::Database>(staged);  // migrates an older backup forward
            } catch (const db::NewerSchemaError&) {
                throw;
            } catch (const db::DbError& e) {
                throw ValidationError("file", source.toStdString() + " is not an OCOPOS database (" + e.driverMessage() + ")");
            }
            db::Database& copy = *opened;
            Context ctx{copy, clock};
            Session checker = admin;
            report = IntegrityService(ctx).check(checker);
            if (!report.ok)
                throw Conflict("the backup fails its check: "
                               + (report.firstBad ? report.firstBad->reason.toStdString()
                                                  : (report.databaseProblems + report.ledgerProblems).join(QStringLiteral("; ")).toStdString()));
            db::TransactionGuard tx(copy);
            audit(ctx, nullptr, QStringLiteral("restore"), QStringLiteral("from %1 by %2").arg(source, admin.username),
                  admin.username);
            tx.commit();
            copy.execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QFile::remove(staged + QStringLiteral("-wal"));
        QFile::remove(staged + QStringLiteral("-shm"));
        QFile::remove(target + QStringLiteral("-wal"));
        QFile::remove(target + QStringLiteral("-shm"));
        QFile::remove(target);
        if (!QFile::rename(staged, target))
            throw Error("cannot move the restored database into place at " + target.toStdString());
    } catch (...) {
        QFile::remove(staged);
        QFile::remove(staged + QStringLiteral("-wal"));
        QFile::remove(staged + QStringLiteral("-shm"));
        throw;
    }
    return report;
}

} // namespace ocopos::services
