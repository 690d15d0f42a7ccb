#pragma once

#include "IntegrityService.h"
#include "Session.h"

#include <QString>

#include <functional>

namespace ocopos::services {

/// What `db copy` did. Locations are shown without passwords.
struct StoreCopyReport {
    QString from;
    QString to;
    int tables = 0;
    qint64 rows = 0;
    int journalEntries = 0;  ///< checked on the target
};

/// `db copy`: a whole store into a new, empty one, SQLite and PostgreSQL either
/// way (a store that outgrows one till moves to PostgreSQL; a PostgreSQL store
/// comes back as a file a shop can open anywhere).
class StoreCopyService {
public:
    /// `source` is the open store to copy.
    explicit StoreCopyService(Context source) : m_ctx(source) {}

    /// Copies every row of every store table to `target` (a file path or a
    /// PostgreSQL URL) with db::StoreCopy, then runs `check` on the target inside
    /// the target's transaction: a failing check rolls the copy back (Conflict).
    /// A PostgreSQL target is opened (an empty database is migrated) and must
    /// hold no row (Conflict naming the table; nothing written). A file target
    /// must not exist, or be empty (Conflict): the copy is written to
    /// `<target>.partial`, flushed and renamed into place, so `target` is whole or
    /// absent. Admin of the source only (AuthError). Records the copy in the
    /// source's audit log. Opening the target throws as db::Database does
    /// (NotAStoreDatabase, NewerSchemaError, DbAuthFailed, DbUnavailable).
    StoreCopyReport copyTo(const Session& admin, const QString& target);

private:
    Context m_ctx;
};

/// Writes the open store `source` as a new SQLite store file `target` in the
/// format of a backup (one file, rollback journal), via `<target>.partial`,
/// flushed and renamed into place. `target` must not exist (Conflict), or may be
/// an empty file when `emptyFileAllowed`. `verify`, when given, runs on the new
/// file inside its transaction and throws to refuse it. Returns the tables and
/// rows copied in `report`. Throws Conflict, DbError, Error.
void writeSqliteCopy(db::Database& source, const QString& target, bool emptyFileAllowed,
                     const std::function<void(db::Database&)>& verify, StoreCopyReport& report);

/// Runs `check` on `target` as `admin`; throws Conflict naming the first problem
/// when it fails (`what` says what was checked), else returns the report.
CheckReport requireCheckPasses(const Session& admin, const core::Clock& clock, db::Database& target, const QString& what);

} // namespace ocopos::services
