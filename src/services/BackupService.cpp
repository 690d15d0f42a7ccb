#include "BackupService.h"

#include "AuditLog.h"
#include "FileSteps.h"
#include "StoreCopyService.h"
#include "core/Errors.h"
#include "db/Database.h"
#include "db/StoreCopy.h"
#include "db/StoreFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <unistd.h>

#include <memory>

namespace ocopos::services {

namespace {

std::string str(const QString& s) { return s.toStdString(); }

/// Throws Conflict while any connection (of this process or another) holds the
/// database at `path`.
void refuseWhileInUse(const QString& path)
{
    if (db::storeInUse(path))
        throw Conflict("the database " + str(path)
                       + " is open in another program or till: close every till using it, then restore");
}

/// Opens the backup copied to `staged` (migrating an older one forward). Throws
/// ValidationError for a file that is not an OCOPOS store or cannot be read,
/// NewerSchemaError for one from a newer OCOPOS.
std::unique_ptr<db::Database> openBackup(const QString& source, const QString& staged)
{
    try {
        return std::make_unique<db::Database>(staged);
    } catch (const db::NotAStoreDatabase&) {
        throw ValidationError("file", str(source) + " is not an OCOPOS backup (not a store database, or damaged)");
    } catch (const db::NewerSchemaError&) {
        throw;
    } catch (const db::DbError& e) {
        throw ValidationError("file", str(source) + " is not a readable OCOPOS backup (" + e.driverMessage() + ")");
    }
}

/// Runs `f`, which reads the backup being restored: a database error that is not
/// the environment's (a full or read-only disk, a failing disk, a busy store, a
/// server gone) is the backup's damage — pages that opened but do not read — and
/// so bad input (exit 3), not an internal error. Found by fuzz_restore.
template <typename F>
auto readingBackup(const QString& source, F&& f)
{
    try {
        return f();
    } catch (const db::DbDiskFull&) {
        throw;
    } catch (const db::DbReadOnly&) {
        throw;
    } catch (const db::DbIoError&) {
        throw;
    } catch (const db::DbBusy&) {
        throw;
    } catch (const db::NewerSchemaError&) {
        throw;
    } catch (const db::DbConnectionLost&) {
        throw;
    } catch (const db::DbUnavailable&) {
        throw;
    } catch (const db::DbError& e) {
        throw ValidationError("file", str(source) + " is damaged: reading it failed (" + e.driverMessage() + ")");
    }
}

/// Throws Conflict while other sessions are connected to a PostgreSQL store.
void refuseOtherSessions(db::Database& live)
{
    if (const int others = db::otherSessions(live); others > 0)
        throw Conflict("the database " + str(live.displayName()) + " has " + std::to_string(others)
                       + " other connection(s) (tills, the app, other programs): close them, then restore");
}

/// Verifies the backup on `staged` (a private copy) and records the restore in
/// it; returns its check. Throws as restoreDatabase promises.
CheckReport verifyCopy(const Session& admin, const core::Clock& clock, const QString& source, const QString& staged)
{
    const auto opened = openBackup(source, staged);
    db::Database& copy = *opened;
    Context ctx{copy, clock};
    const CheckReport report = readingBackup(source, [&] { return IntegrityService(ctx).check(admin); });
    if (!report.ok)
        // A damaged backup is bad input (exit 3), as CLI.md says, not a state of the store.
        throw ValidationError("file", str(source) + ": the backup fails its check: "
                                          + (report.firstBad ? str(report.firstBad->reason)
                                                             : str((report.databaseProblems + report.ledgerProblems)
                                                                       .join(QStringLiteral("; ")))));
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
    if (m_ctx.db.isPostgres()) {
        // A PostgreSQL store's backup is the same kind of file as a SQLite
        // store's: a SQLite store written by db::StoreCopy in one snapshot.
        StoreCopyReport ignored;
        writeSqliteCopy(m_ctx.db, target, false, {}, ignored);
    } else {
        // Written under another name and renamed: a backup cut short by a full
        // disk or a power loss never lies at `target` looking whole.
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
    }
    db::TransactionGuard tx(m_ctx.db);
    audit(m_ctx, &admin, QStringLiteral("backup"), target);
    tx.commit();
}

CheckReport restoreInto(const Session& admin, Context live, const QString& source)
{
    requireRole(admin, core::Role::Admin, "restore");
    if (!live.db.isPostgres())
        throw Error("restoreInto replaces the rows of a PostgreSQL store; a SQLite store is restored by restoreDatabase");
    if (!QFileInfo(source).isFile())
        throw NotFound("no backup file " + str(source));
    refuseOtherSessions(live.db);
    // Opening a store migrates it and writes beside it: work on a private copy,
    // never on the user's backup file.
    QTemporaryDir dir;
    if (!dir.isValid())
        throw Error("cannot make a temporary folder for " + str(source));
    const QString staged = dir.filePath(QStringLiteral("restoring.db"));
    if (!QFile::copy(source, staged))
        throw Error("cannot copy " + str(source) + " to " + str(staged));
    QFile::setPermissions(staged, QFile::ReadOwner | QFile::WriteOwner);
    const auto backup = openBackup(source, staged);
    if (const QStringList problems = readingBackup(source, [&] { return backup->integrityCheck(); }); !problems.isEmpty())
        throw ValidationError("file", str(source) + " is damaged: " + str(problems.front()));
    CheckReport report;
    db::StoreCopy copy(*backup, live.db);
    db::StoreCopy::Hooks hooks;
    // Under the write lock: no till may join between this look and the commit
    // without waiting for it.
    hooks.locked = [&] { refuseOtherSessions(live.db); };
    hooks.verify = [&] {
        audit(live, nullptr, QStringLiteral("restore"), QStringLiteral("from %1 by %2").arg(source, admin.username),
              admin.username);
        try {
            report = requireCheckPasses(admin, live.clock, live.db, QStringLiteral("the backup"));
        } catch (const Conflict& e) {
            // A damaged backup is bad input (exit 3), as on SQLite.
            throw ValidationError("file", str(source) + ": " + e.what());
        }
    };
    readingBackup(source, [&] { return copy.run(db::StoreCopy::Target::Replace, hooks); });
    return report;
}

CheckReport restoreDatabase(const Session& admin, const core::Clock& clock, const QString& source, const QString& target,
                            const RestoreSteps& steps)
{
    requireRole(admin, core::Role::Admin, "restore");
    if (db::isPostgresUrl(target)) {
        db::Database live(target);
        return restoreInto(admin, Context{live, clock}, source);
    }
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
