#include "StoreCopyService.h"

#include "AuditLog.h"
#include "FileSteps.h"
#include "core/Errors.h"
#include "db/Database.h"
#include "db/StoreCopy.h"
#include "db/StoreFile.h"

#include <QFile>
#include <QFileInfo>

namespace ocopos::services {

namespace {

std::string str(const QString& s) { return s.toStdString(); }

void countInto(const db::StoreCopyCounts& counts, StoreCopyReport& report)
{
    report.tables = counts.tables;
    report.rows = counts.rows;
}

/// A file target may be new, or (when allowed) an empty file; never a store or anything else.
void refuseExistingFile(const QString& target, bool emptyFileAllowed)
{
    const QFileInfo info(target);
    if (!info.exists())
        return;
    if (emptyFileAllowed && info.isFile() && info.size() == 0)
        return;
    throw Conflict("the file " + str(target) + " already exists" + (emptyFileAllowed ? " and is not empty" : "")
                   + ": choose a new name");
}

} // namespace

CheckReport requireCheckPasses(const Session& admin, const core::Clock& clock, db::Database& target, const QString& what)
{
    Context ctx{target, clock};
    const CheckReport r = IntegrityService(ctx).check(admin);
    if (r.ok)
        return r;
    QString why;
    if (r.firstBad)
        why = QStringLiteral("journal entry %1 (%2 %3): %4")
                  .arg(r.firstBad->entryId)
                  .arg(r.firstBad->kind, r.firstBad->ref, r.firstBad->reason);
    else
        why = (r.databaseProblems + r.ledgerProblems).join(QStringLiteral("; "));
    throw Conflict(str(what) + " fails its check: " + str(why));
}

void writeSqliteCopy(db::Database& source, const QString& target, bool emptyFileAllowed,
                     const std::function<void(db::Database&)>& verify, StoreCopyReport& report)
{
    refuseExistingFile(target, emptyFileAllowed);
    // Written under another name and renamed: a copy cut short by a full disk,
    // a failed check or a power loss never lies at `target` looking whole.
    const QString partial = target + QStringLiteral(".partial");
    removeWithCompanions(partial);
    try {
        {
            db::Database to(partial);
            db::StoreCopy copy(source, to);
            db::StoreCopy::Hooks hooks;
            if (verify)
                hooks.verify = [&] { verify(to); };
            countInto(copy.run(db::StoreCopy::Target::MustBeEmpty, hooks), report);
            db::makeSingleFile(to);
        }
        for (const char* suffix : {"-wal", "-shm", "-journal"})
            QFile::remove(partial + QLatin1String(suffix));
        syncToDisk(partial);
        refuseExistingFile(target, emptyFileAllowed);
        renameOver(partial, target);
    } catch (...) {
        removeWithCompanions(partial);
        throw;
    }
}

StoreCopyReport StoreCopyService::copyTo(const Session& admin, const QString& target)
{
    requireRole(admin, core::Role::Admin, "db copy");
    StoreCopyReport report;
    report.from = m_ctx.db.displayName();
    report.to = db::redactedLocation(target);
    const auto verify = [&](db::Database& to) {
        report.journalEntries = requireCheckPasses(admin, m_ctx.clock, to, QStringLiteral("the copy on ") + report.to).entries;
    };
    if (db::isPostgresUrl(target)) {
        db::Database to(target);
        db::StoreCopy copy(m_ctx.db, to);
        db::StoreCopy::Hooks hooks;
        hooks.verify = [&] { verify(to); };
        countInto(copy.run(db::StoreCopy::Target::MustBeEmpty, hooks), report);
    } else {
        writeSqliteCopy(m_ctx.db, target, true, verify, report);
    }
    db::TransactionGuard tx(m_ctx.db);
    audit(m_ctx, &admin, QStringLiteral("db_copy"), QStringLiteral("to %1").arg(report.to));
    tx.commit();
    return report;
}

} // namespace ocopos::services
