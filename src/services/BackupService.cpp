#include "BackupService.h"

#include "AuditLog.h"
#include "core/Errors.h"
#include "db/Database.h"
#include "db/StoreFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <memory>

namespace ocopos::services {

namespace {

std::string str(const QString& s) { return s.toStdString(); }

void removeWithCompanions(const QString& file)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(file + QLatin1String(suffix));
}

/// Flushes a file (or a folder's entries, after a rename) to disk. Throws Error.
void syncToDisk(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        if (fd >= 0)
            ::close(fd);
        throw Error("cannot flush " + str(path) + " to disk");
    }
    ::close(fd);
}

void renameOver(const QString& from, const QString& to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        throw Error("cannot move " + str(from) + " over " + str(to));
    syncToDisk(QFileInfo(to).absolutePath());
}

/// Throws Conflict while any connection (of this process or another) holds the
/// database at `path`.
void refuseWhileInUse(const QString& path)
{
    if (db::storeInUse(path))
        throw Conflict("the database " + str(path)
                       + " is open in another program or till: close every till using it, then restore");
}

/// Verifies the backup on `staged` (a private copy) and records the restore in
/// it; returns its check. Throws as restoreDatabase promises.
CheckReport verifyCopy(const Session& admin, const core::Clock& clock, const QString& source, const QString& staged)
{
    std::unique_ptr<db::Database> opened;
    try {
        opened = std::make_unique<db::Database>(staged);  // migrates an older backup forward
    } catch (const db::NotAStoreDatabase&) {
        throw ValidationError("file", str(source) + " is not an OCOPOS backup (not a store database, or damaged)");
    } catch (const db::NewerSchemaError&) {
        throw;
    } catch (const db::DbError& e) {
        throw ValidationError("file", str(source) + " is not a readable OCOPOS backup (" + e.driverMessage() + ")");
    }
    db::Database& copy = *opened;
    Context ctx{copy, clock};
    const CheckReport report = IntegrityService(ctx).check(admin);
    if (!report.ok)
        throw Conflict("the backup fails its check: "
                       + (report.firstBad ? str(report.firstBad->reason)
                                          : str((report.databaseProblems + report.ledgerProblems).join(QStringLiteral("; ")))));
    db::TransactionGuard tx(copy);
    audit(ctx, nullptr, QStringLiteral("restore"), QStringLiteral("from %1 by %2").arg(source, admin.username), admin.username);
    tx.commit();
    db::checkpointStore(copy);
    return report;
}

} // namespace

void BackupService::backup(const Session& admin, const QString& target)
{
    requireRole(admin, core::Role::Admin, "backup");
    if (QFileInfo::exists(target))
        throw Conflict("backup file " + str(target) + " already exists: choose a new name");
    // Written under another name and renamed: a backup cut short by a full disk
    // or a power loss never lies at `target` looking whole.
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    try {
        db::copyStoreTo(m_ctx.db, partial);
        syncToDisk(partial);
        if (QFileInfo::exists(target))
            throw Conflict("backup file " + str(target) + " already exists: choose a new name");
        renameOver(partial, target);
    } catch (...) {
        QFile::remove(partial);
        throw;
    }
    db::TransactionGuard tx(m_ctx.db);
    audit(m_ctx, &admin, QStringLiteral("backup"), target);
    tx.commit();
}

CheckReport restoreDatabase(const Session& admin, const core::Clock& clock, const QString& source, const QString& target,
                            const RestoreSteps& steps)
{
    requireRole(admin, core::Role::Admin, "restore");
    if (!QFileInfo(source).isFile())
        throw NotFound("no backup file " + str(source));
    const QString staged = target + QStringLiteral(".restoring");
    const QString before = target + QStringLiteral(".before-restore");
    removeWithCompanions(staged);
    if (!QFile::copy(source, staged))
        throw Error("cannot copy " + str(source) + " next to " + str(target));
    CheckReport report;
    bool keptOld = false;
    try {
        report = verifyCopy(admin, clock, source, staged);
        for (const char* suffix : {"-wal", "-shm"})
            QFile::remove(staged + QLatin1String(suffix));
        syncToDisk(staged);
        refuseWhileInUse(target);
        if (QFileInfo::exists(target)) {
            // A second name for the old file: the rename below replaces `target`
            // in one step, and this one stays until the new file has opened.
            QFile::remove(before);
            if (::link(QFile::encodeName(target).constData(), QFile::encodeName(before).constData()) != 0
                && !QFile::copy(target, before))
                throw Error("cannot keep the current database as " + str(before));
            keptOld = true;
        }
        (steps.replace ? steps.replace : renameOver)(staged, target);
    } catch (...) {
        removeWithCompanions(staged);
        if (keptOld)
            QFile::remove(before);
        throw;
    }
    try {
        db::Database check(target);
    } catch (const std::exception& e) {
        if (keptOld) {
            removeWithCompanions(target);
            renameOver(before, target);
        }
        throw Error("the restored database did not open (" + std::string(e.what()) + "); the previous one is back at "
                    + str(target));
    }
    if (keptOld)
        QFile::remove(before);
    return report;
}

} // namespace ocopos::services
