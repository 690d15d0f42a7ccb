#pragma once

#include "IntegrityService.h"
#include "Session.h"

#include <QString>

#include <functional>

namespace ocopos::services {

/// Online backup and restore of the store database.
class BackupService {
public:
    explicit BackupService(Context ctx) : m_ctx(ctx) {}

    /// A consistent copy of the open database at `target`, safe while tills keep
    /// selling, written beside it under a temporary name, flushed to disk and
    /// renamed into place: `target` is whole or absent. Always a SQLite store
    /// file: a SQLite store by `VACUUM INTO`, a PostgreSQL store by db::StoreCopy
    /// (one snapshot of every table, ids kept) into a new file of the same
    /// format. Refuses (Conflict) to overwrite an existing file.
    void backup(const Session& admin, const QString& target);

private:
    Context m_ctx;
};

/// How restoreDatabase moves the verified copy over the live file. Tests replace
/// `replace` to make that step fail.
struct RestoreSteps {
    /// Moves `from` over `to` in one step (rename(2)); throws Error when it cannot.
    std::function<void(const QString& from, const QString& to)> replace;
};

/// Replaces the database at `target` by the backup at `source`. The backup is
/// verified first, on a private copy beside `target`: it must be an OCOPOS store
/// (ValidationError for a file that is not SQLite, truncated or another
/// program's), not newer than this build (NewerSchemaError; older ones are
/// migrated forward) and pass SQLite's integrity check and the journal check
/// (Conflict). Then, refusing (Conflict) while any connection holds `target`, the
/// copy is flushed and renamed over `target`; the old file is kept as
/// `<target>.before-restore` until the new one opens, then removed. On any
/// failure `target` is left as it was. `admin` is who asked, recorded in the
/// restored database's audit log. Returns the backup's check.
///
/// `target` may also be a PostgreSQL URL: the store is opened and restored by
/// restoreInto (RestoreSteps do not apply).
CheckReport restoreDatabase(const Session& admin, const core::Clock& clock, const QString& source, const QString& target,
                            const RestoreSteps& steps = {});

/// Replaces every row of the open PostgreSQL store `live` by the backup file at
/// `source` (a SQLite store file, as `backup` writes), in ONE transaction under
/// the store's write lock: the backup is opened from a private copy (refused as
/// restoreDatabase refuses it: ValidationError, NewerSchemaError; SQLite's
/// integrity check too), every row of every store table is deleted, the
/// backup's rows are copied in (db::StoreCopy, ids kept, sequences reset), the
/// restore is audited and `check` runs on the result (Conflict when it fails);
/// only then does it commit. Refused (Conflict) while other sessions are
/// connected to the database. On any failure the live store is exactly as it
/// was. Admin only (AuthError). Returns the check of the restored store.
CheckReport restoreInto(const Session& admin, Context live, const QString& source);

} // namespace ocopos::services
